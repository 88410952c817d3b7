import production from "@newsroom/config/production.json";
import { z } from "zod";
import { apiTokenSchema, sharedSecretSchema, unsafeSecretReason } from "@newsroom/contract";

/**
 * Every variable the CMS reads, validated once at start-up (config/server.ts calls
 * loadCmsEnv). A missing or malformed value stops Strapi with a message naming it.
 */
const secret = (name: string) =>
  z.string({ error: `${name} is required (a random secret; see apps/cms/.env.example)` }).min(16, `${name} must be at least 16 characters`);

/** Which database the CMS uses; also read on its own by `npm run backup` / `npm run restore`. */
const databaseEnvShape = {
  DATABASE_CLIENT: z.enum(["sqlite", "postgres"]).default("sqlite"),
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// URL" }).optional(),
  /** Relative to apps/cms (Strapi's working directory). */
  DATABASE_FILENAME: z.string().default(".tmp/data.db"),
};

function requireUrlForPostgres(env: { DATABASE_CLIENT: string; DATABASE_URL?: string | undefined }, ctx: z.RefinementCtx): void {
  if (env.DATABASE_CLIENT === "postgres" && !env.DATABASE_URL) {
    ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "DATABASE_URL is required when DATABASE_CLIENT=postgres" });
  }
}

export const databaseEnvSchema = z.object(databaseEnvShape).superRefine(requireUrlForPostgres);
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

const cmsEnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(1).max(65535).default(1337),
  APP_KEYS: z
    .string({ error: "APP_KEYS is required (comma-separated random keys)" })
    .refine((v) => v.split(",").filter(Boolean).length >= 2, "APP_KEYS needs at least two comma-separated keys"),
  API_TOKEN_SALT: secret("API_TOKEN_SALT"),
  ADMIN_JWT_SECRET: secret("ADMIN_JWT_SECRET"),
  TRANSFER_TOKEN_SALT: secret("TRANSFER_TOKEN_SALT"),
  ENCRYPTION_KEY: secret("ENCRYPTION_KEY"),
  JWT_SECRET: secret("JWT_SECRET"),
  ...databaseEnvShape,
  /** The read-only API token the web app sends; the CMS makes sure it exists. */
  CMS_READ_TOKEN: apiTokenSchema("CMS_READ_TOKEN", "the read-only token the web app uses"),
  /** Load the sample newsroom content (idempotent; never overwrites editors' changes). */
  SEED_CONTENT: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  ADMIN_EMAIL: z.email({ error: "ADMIN_EMAIL must be an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
  /**
   * Password of the sample staff accounts (admin@, editor@ and author@newsroom.example),
   * created with SEED_CONTENT=true for trying the editorial workflow and for tests.
   */
  SEED_STAFF_PASSWORD: z.string().min(12, "SEED_STAFF_PASSWORD must be at least 12 characters").optional(),
  /**
   * Test-only (npm test runs the production build on seeded content): lets NODE_ENV=production
   * start with SEED_CONTENT, SEED_STAFF_PASSWORD and the sample staff accounts.
   */
  NEWSROOM_ALLOW_SEED_IN_PRODUCTION: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Test-only: runs this process's clock this many milliseconds ahead (negative: behind), as
   * a host with a wrong clock would (src/editorial/clock.ts). The editorial tests skew their
   * second CMS instance to show that embargoes follow the database's clock.
   */
  NEWSROOM_TEST_CLOCK_OFFSET_MS: z.coerce.number().int().optional(),
  /**
   * Test-only: a folder that turns on the scheduler's injected crash between claim and publish
   * for releases whose slug starts with "crash-after-claim-" (src/editorial/test-faults.ts).
   */
  NEWSROOM_TEST_FAULTS_DIR: z.string().optional(),
  /**
   * Tests and benchmarks: every response says how many SQL statements it ran, in
   * X-Newsroom-Sql-Queries (src/middlewares/sql-query-count.ts).
   */
  NEWSROOM_SQL_QUERY_COUNT: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Content API (/api/…) requests a minute per client address, except with the site's own
   * tokens (src/middlewares/content-api-rate-limit.ts).
   */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Where the rate limit counts, shared by every CMS instance (unset: per process). */
  REDIS_URL: z.url({ error: "REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379" }).optional(),
  /** Admin logins allowed per account and IP address in 5 minutes (Strapi's default: 5). */
  ADMIN_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  /** Public address of the site: the preview opens drafts there. */
  SITE_URL: z.url({ error: "SITE_URL must be the public URL of the site, e.g. https://news.example.org" }).optional(),
  /** Signs preview links; apps/web/.env holds the same value. */
  PREVIEW_SECRET: sharedSecretSchema("PREVIEW_SECRET", "the key that signs preview links").optional(),
  /** The API token the site's preview reads drafts with (the CMS makes sure it exists). */
  CMS_PREVIEW_TOKEN: apiTokenSchema("CMS_PREVIEW_TOKEN", "the token the site's previews read drafts with").optional(),
  /** The site's revalidation route, told of every content change (src/revalidation). */
  WEB_REVALIDATE_URL: z.url({ error: "WEB_REVALIDATE_URL must be a URL, e.g. http://127.0.0.1:3000/api/revalidate" }).optional(),
  /** Sent with each change in X-Newsroom-Webhook-Secret; apps/web/.env holds the same value. */
  REVALIDATE_SECRET: sharedSecretSchema("REVALIDATE_SECRET", "the secret of the revalidation webhook").optional(),
  /**
   * Mail (src/alerts/mailer.ts): the SMTP relay the CMS hands confirmations and alerts to.
   * Unset: no subscriptions and no alerts (the site's subscribe form says so).
   */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** starttls: plain connection upgraded with STARTTLS, required; implicit: TLS from the start (port 465); none: loopback only. */
  SMTP_TLS: z.enum(["starttls", "implicit", "none"], { error: "SMTP_TLS is starttls, implicit or none" }).default("starttls"),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The From of every message: "IOM Newsroom <newsroom@iom.int>" or a bare address. */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>@\r\n]+<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'MAIL_FROM must be an address or "Name <address>"')
    .optional(),
  /** Daily digests go out at this hour (UTC) with the matching releases of the 24 hours before. */
  ALERT_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  /** Test-only: digests every this many milliseconds instead of daily. */
  NEWSROOM_TEST_DIGEST_INTERVAL_MS: z.coerce.number().int().min(1000).optional(),
  /** The token the site's subscribe, confirm and unsubscribe routes call the CMS with (the CMS makes sure it exists). */
  CMS_SUBSCRIPTIONS_TOKEN: apiTokenSchema("CMS_SUBSCRIPTIONS_TOKEN", "the token of the site's subscription routes").optional(),
});

export const cmsEnvSchema = cmsEnvObject.superRefine((env, ctx) => {
  if (env.NODE_ENV === "production") refuseUnsafeProductionSettings(env, ctx);
  requireUrlForPostgres(env, ctx);
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither" });
  }
  const pairs = [
    ["SITE_URL", "PREVIEW_SECRET"],
    ["SITE_URL", "CMS_PREVIEW_TOKEN"],
    ["WEB_REVALIDATE_URL", "REVALIDATE_SECRET"],
    ["SMTP_HOST", "MAIL_FROM"],
    ["SMTP_USER", "SMTP_PASSWORD"],
  ] as const;
  for (const [a, b] of pairs) {
    if ((env[a] === undefined) !== (env[b] === undefined)) {
      ctx.addIssue({ code: "custom", path: [env[a] === undefined ? a : b], message: `${a} and ${b} go together: set both or neither` });
    }
  }
  if (env.CMS_SUBSCRIPTIONS_TOKEN !== undefined && (env.SMTP_HOST === undefined || env.SITE_URL === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["CMS_SUBSCRIPTIONS_TOKEN"],
      message: "CMS_SUBSCRIPTIONS_TOKEN needs SMTP_HOST (the mail goes there) and SITE_URL (the links lead there)",
    });
  }
});

export type CmsEnv = z.infer<typeof cmsEnvSchema>;

const PRODUCTION_SECRETS = [
  "API_TOKEN_SALT",
  "ADMIN_JWT_SECRET",
  "TRANSFER_TOKEN_SALT",
  "ENCRYPTION_KEY",
  "JWT_SECRET",
  "CMS_READ_TOKEN",
  "CMS_PREVIEW_TOKEN",
  "PREVIEW_SECRET",
  "REVALIDATE_SECRET",
  "CMS_SUBSCRIPTIONS_TOKEN",
] as const;

function refuseUnsafeProductionSettings(env: z.infer<typeof cmsEnvObject>, ctx: z.RefinementCtx): void {
  const refuse = (path: string, message: string) => {
    ctx.addIssue({ code: "custom", path: [path], message: `${message} (NODE_ENV=production)` });
  };
  for (const name of PRODUCTION_SECRETS) {
    const value = env[name];
    const reason = value === undefined ? undefined : unsafeSecretReason(value);
    if (reason) refuse(name, `${name} ${reason}: openssl rand -base64 32`);
  }
  env.APP_KEYS.split(",").forEach((key, i) => {
    const reason = key === "" ? undefined : unsafeSecretReason(key);
    if (reason) refuse("APP_KEYS", `APP_KEYS key ${String(i + 1)} ${reason}`);
  });
  const dbPassword = env.DATABASE_URL && URL.canParse(env.DATABASE_URL) ? decodeURIComponent(new URL(env.DATABASE_URL).password) : "";
  if (production.exampleSecretValues.includes(dbPassword.toLowerCase())) refuse("DATABASE_URL", "DATABASE_URL has the example password");
  if (env.SMTP_HOST !== undefined && env.SMTP_TLS === "none" && !isLoopback(env.SMTP_HOST))
    refuse("SMTP_TLS", "SMTP_TLS=none sends mail and SMTP credentials in clear to another host: use starttls or implicit");
  if (!env.NEWSROOM_ALLOW_SEED_IN_PRODUCTION) {
    for (const name of ["NEWSROOM_TEST_CLOCK_OFFSET_MS", "NEWSROOM_TEST_FAULTS_DIR", "NEWSROOM_TEST_DIGEST_INTERVAL_MS"] as const) {
      if (env[name] !== undefined) refuse(name, `${name} is refused: it is for tests only`);
    }
    const seedHint = "the sample content and staff accounts are for development and tests";
    if (env.SEED_CONTENT) refuse("SEED_CONTENT", `SEED_CONTENT=true is refused: ${seedHint}`);
    if (env.SEED_STAFF_PASSWORD !== undefined) refuse("SEED_STAFF_PASSWORD", `SEED_STAFF_PASSWORD is refused: ${seedHint}`);
  }
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/** Treats empty strings as unset, so `FOO=` in an env file means "not given". */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv, what: string): z.infer<S> {
  const parsed = schema.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`${what}: invalid environment\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function loadCmsEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  return parseEnv(cmsEnvSchema, source, "The CMS cannot start");
}

/** Where the operator ran npm (npm sets INIT_CWD): the command-line tools resolve their paths from there. */
export function callerDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** Only the database variables (backup and restore need no secrets). */
export function loadDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  return parseEnv(databaseEnvSchema, source, "Backup and restore cannot run");
}
