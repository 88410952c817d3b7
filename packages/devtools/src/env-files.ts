/**
 * Development env files: `ensureDevEnvFiles()` creates apps/cms/.env and apps/web/.env when
 * they are missing, with fresh random secrets and the same CMS_READ_TOKEN in both.
 * Existing files are never touched. Run alone: npx tsx packages/devtools/src/env-files.ts
 */
import { pathToFileURL } from "node:url";
import { API_TOKEN_PATTERN } from "@newsroom/contract";
import { isSet, variable } from "./lib/env";
import { envLine, readEnvFile, writeEnvFileIfMissing } from "./lib/envfile";
import { error, errorMessage, info, warn } from "./lib/log";
import { MAIL_CATCHER_DEFAULTS } from "./lib/mail-catcher";
import { paths, rel } from "./lib/paths";
import { generateCmsSecrets, generateSiteSecrets, randomPassword, randomToken, type SiteSecrets } from "./lib/secrets";

export const DEV_HEADER = "# Generated for local development by npm run dev. Never use these values in production.";
export const DEV_CMS_URL = "http://127.0.0.1:1337";
export const DEV_SITE_URL = "http://localhost:3000";

export interface EnsureDevEnvResult {
  cmsCreated: boolean;
  webCreated: boolean;
  /** Problems worth telling the developer about (nothing was overwritten). */
  warnings: string[];
}

function validToken(value: string | undefined): string | undefined {
  return value !== undefined && API_TOKEN_PATTERN.test(value) ? value : undefined;
}

function cmsLines(secrets: ReturnType<typeof generateCmsSecrets>, site: SiteSecrets): string[] {
  return [
    DEV_HEADER,
    "# Variables: apps/cms/.env.example. Delete this file to get a new one from `npm run dev`.",
    "",
    envLine("HOST", "127.0.0.1"),
    envLine("PORT", "1337"),
    "",
    envLine("APP_KEYS", secrets.APP_KEYS),
    envLine("API_TOKEN_SALT", secrets.API_TOKEN_SALT),
    envLine("ADMIN_JWT_SECRET", secrets.ADMIN_JWT_SECRET),
    envLine("TRANSFER_TOKEN_SALT", secrets.TRANSFER_TOKEN_SALT),
    envLine("ENCRYPTION_KEY", secrets.ENCRYPTION_KEY),
    envLine("JWT_SECRET", secrets.JWT_SECRET),
    "",
    envLine("DATABASE_CLIENT", "sqlite"),
    "",
    "# Read-only API token of the web app; apps/web/.env holds the same value.",
    envLine("CMS_READ_TOKEN", secrets.CMS_READ_TOKEN),
    "",
    envLine("SEED_CONTENT", "true"),
    "# Sample staff accounts admin@, editor@ and author@newsroom.example all use this password.",
    envLine("SEED_STAFF_PASSWORD", randomPassword()),
    "",
    "# Preview and on-publish refresh of the site; apps/web/.env holds the same secrets.",
    envLine("SITE_URL", DEV_SITE_URL),
    envLine("WEB_REVALIDATE_URL", `${DEV_SITE_URL}/api/revalidate`),
    envLine("CMS_PREVIEW_TOKEN", site.CMS_PREVIEW_TOKEN),
    envLine("PREVIEW_SECRET", site.PREVIEW_SECRET),
    envLine("REVALIDATE_SECRET", site.REVALIDATE_SECRET),
    "",
    "# Email alerts go to the development mail catcher that npm run dev starts: npm run mail lists",
    `# what it caught, http://127.0.0.1:${String(MAIL_CATCHER_DEFAULTS.httpPort)} shows it. apps/web/.env holds the same token.`,
    envLine("SMTP_HOST", "127.0.0.1"),
    envLine("SMTP_PORT", String(MAIL_CATCHER_DEFAULTS.smtpPort)),
    envLine("SMTP_TLS", "none"),
    envLine("MAIL_FROM", "IOM Newsroom <newsroom@newsroom.example>"),
    envLine("CMS_SUBSCRIPTIONS_TOKEN", site.CMS_SUBSCRIPTIONS_TOKEN),
    "",
    "# Optional development admin user: export ADMIN_EMAIL and ADMIN_PASSWORD (12+ characters)",
    "# in your shell before `npm run dev` rather than writing them here.",
  ];
}

function webLines(readToken: string, site: SiteSecrets): string[] {
  return [
    DEV_HEADER,
    "# Variables: apps/web/.env.example. Delete this file to get a new one from `npm run dev`.",
    "",
    envLine("CMS_URL", DEV_CMS_URL),
    "# Same value as CMS_READ_TOKEN in apps/cms/.env.",
    envLine("CMS_READ_TOKEN", readToken),
    envLine("SITE_URL", DEV_SITE_URL),
    "# Same values as in apps/cms/.env.",
    envLine("CMS_PREVIEW_TOKEN", site.CMS_PREVIEW_TOKEN),
    envLine("PREVIEW_SECRET", site.PREVIEW_SECRET),
    envLine("REVALIDATE_SECRET", site.REVALIDATE_SECRET),
    envLine("CMS_SUBSCRIPTIONS_TOKEN", site.CMS_SUBSCRIPTIONS_TOKEN),
  ];
}

/** The shared editorial secrets from an existing env file, else fresh ones. */
function siteSecretsFrom(file: Record<string, string> | undefined): SiteSecrets {
  const fresh = generateSiteSecrets();
  return {
    CMS_PREVIEW_TOKEN: validToken(file?.CMS_PREVIEW_TOKEN) ?? fresh.CMS_PREVIEW_TOKEN,
    PREVIEW_SECRET: file?.PREVIEW_SECRET !== undefined && file.PREVIEW_SECRET.length >= 32 ? file.PREVIEW_SECRET : fresh.PREVIEW_SECRET,
    REVALIDATE_SECRET:
      file?.REVALIDATE_SECRET !== undefined && file.REVALIDATE_SECRET.length >= 32 ? file.REVALIDATE_SECRET : fresh.REVALIDATE_SECRET,
    CMS_SUBSCRIPTIONS_TOKEN: validToken(file?.CMS_SUBSCRIPTIONS_TOKEN) ?? fresh.CMS_SUBSCRIPTIONS_TOKEN,
  };
}

/**
 * Creates the missing development env files. The read token comes from an existing
 * apps/cms/.env, else an existing apps/web/.env, else is generated. ADMIN_EMAIL and
 * ADMIN_PASSWORD are never written: Strapi reads them from the process environment.
 */
export async function ensureDevEnvFiles(): Promise<EnsureDevEnvResult> {
  const warnings: string[] = [];
  const cmsExisting = await readEnvFile(paths.cmsEnvFile);
  const webExisting = await readEnvFile(paths.webEnvFile);

  let cmsCreated = false;
  let cmsToken = validToken(cmsExisting?.CMS_READ_TOKEN);
  if (cmsExisting === undefined) {
    const token = validToken(webExisting?.CMS_READ_TOKEN) ?? randomToken();
    cmsCreated = await writeEnvFileIfMissing(paths.cmsEnvFile, cmsLines(generateCmsSecrets(token), siteSecretsFrom(webExisting)));
    const written = await readEnvFile(paths.cmsEnvFile);
    cmsToken = validToken(written?.CMS_READ_TOKEN);
  }

  let webCreated = false;
  if (webExisting === undefined) {
    const token = cmsToken ?? validToken(variable("CMS_READ_TOKEN"));
    if (token === undefined) {
      throw new Error(
        `${rel(paths.webEnvFile)} is missing and ${rel(paths.cmsEnvFile)} has no valid CMS_READ_TOKEN to copy into it. ` +
          `Set CMS_READ_TOKEN in ${rel(paths.cmsEnvFile)} (openssl rand -hex 32), or delete that file so npm run dev generates both.`,
      );
    }
    webCreated = await writeEnvFileIfMissing(paths.webEnvFile, webLines(token, siteSecretsFrom(await readEnvFile(paths.cmsEnvFile))));
  } else {
    const webToken = webExisting.CMS_READ_TOKEN ?? "";
    if (cmsToken !== undefined && webToken !== cmsToken) {
      warnings.push(
        `CMS_READ_TOKEN differs between ${rel(paths.cmsEnvFile)} and ${rel(paths.webEnvFile)}: the site will get 401s from the CMS. Make them equal (files left unchanged).`,
      );
    }
  }
  if (cmsExisting !== undefined && (cmsExisting.PREVIEW_SECRET === undefined || cmsExisting.REVALIDATE_SECRET === undefined)) {
    warnings.push(
      `${rel(paths.cmsEnvFile)} has no PREVIEW_SECRET/REVALIDATE_SECRET (it predates preview and on-publish refresh): ` +
        `delete ${rel(paths.cmsEnvFile)} and ${rel(paths.webEnvFile)} to have npm run dev generate complete ones.`,
    );
  }
  if (cmsExisting !== undefined && cmsExisting.CMS_SUBSCRIPTIONS_TOKEN === undefined && cmsExisting.SEED_CONTENT === "true") {
    warnings.push(
      `${rel(paths.cmsEnvFile)} has no SMTP_HOST/CMS_SUBSCRIPTIONS_TOKEN (it predates email alerts): delete ${rel(paths.cmsEnvFile)} and ${rel(paths.webEnvFile)} to have npm run dev generate complete ones.`,
    );
  }
  if (cmsExisting !== undefined && cmsToken === undefined && !isSet("CMS_READ_TOKEN")) {
    warnings.push(`${rel(paths.cmsEnvFile)} has no valid CMS_READ_TOKEN (32-256 letters, digits, - or _); the CMS will not start.`);
  }
  return { cmsCreated, webCreated, warnings };
}

/** Prints what ensureDevEnvFiles did. */
export function reportDevEnvFiles(result: EnsureDevEnvResult): void {
  if (result.cmsCreated) info(`Created ${rel(paths.cmsEnvFile)} with fresh development secrets (SQLite, sample content).`);
  if (result.webCreated) info(`Created ${rel(paths.webEnvFile)} (CMS_URL=${DEV_CMS_URL}, SITE_URL=${DEV_SITE_URL}).`);
  for (const message of result.warnings) warn(message);
  if (isSet("ADMIN_EMAIL") || isSet("ADMIN_PASSWORD")) {
    info("ADMIN_EMAIL/ADMIN_PASSWORD come from your environment (not written to any file).");
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  ensureDevEnvFiles().then(reportDevEnvFiles, (err: unknown) => {
    error(errorMessage(err));
    process.exitCode = 1;
  });
}
