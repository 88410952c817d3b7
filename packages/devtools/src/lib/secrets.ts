import { randomBytes } from "node:crypto";
import type { Env } from "./env";

/** A random secret of `bytes` bytes, base64url (no characters that need quoting). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** A read-only API token value: 64 hex characters, so API_TOKEN_PATTERN (@newsroom/contract) accepts it. */
export function randomToken(): string {
  return randomBytes(32).toString("hex");
}

export interface CmsSecrets {
  APP_KEYS: string;
  API_TOKEN_SALT: string;
  ADMIN_JWT_SECRET: string;
  TRANSFER_TOKEN_SALT: string;
  ENCRYPTION_KEY: string;
  JWT_SECRET: string;
  CMS_READ_TOKEN: string;
}

/** Every secret the CMS needs (see apps/cms/src/env.ts), freshly generated. */
export function generateCmsSecrets(readToken: string = randomToken()): CmsSecrets {
  return {
    APP_KEYS: [randomSecret(), randomSecret()].join(","),
    API_TOKEN_SALT: randomSecret(),
    ADMIN_JWT_SECRET: randomSecret(),
    TRANSFER_TOKEN_SALT: randomSecret(),
    ENCRYPTION_KEY: randomSecret(),
    JWT_SECRET: randomSecret(),
    CMS_READ_TOKEN: readToken,
  };
}

/**
 * Secrets the CMS and the site share for the editorial loop: the preview's draft-reading
 * token, the key preview links are signed with, and the webhook's secret header.
 */
export interface SiteSecrets {
  CMS_PREVIEW_TOKEN: string;
  PREVIEW_SECRET: string;
  REVALIDATE_SECRET: string;
  /** The token of the site's subscription routes (email alerts). */
  CMS_SUBSCRIPTIONS_TOKEN: string;
}

export function generateSiteSecrets(): SiteSecrets {
  return {
    CMS_PREVIEW_TOKEN: randomToken(),
    PREVIEW_SECRET: randomSecret(),
    REVALIDATE_SECRET: randomSecret(),
    CMS_SUBSCRIPTIONS_TOKEN: randomToken(),
  };
}

/** A password for the sample staff accounts (letters, digits, - and _; 20+ characters). */
export function randomPassword(): string {
  return randomSecret(18);
}

const SECRET_KEY = /KEY|SECRET|SALT|TOKEN|PASSWORD/;

/** The same variables with secret-looking values masked, for printing. */
export function redact(env: Readonly<Env>): Env {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, SECRET_KEY.test(k) && v !== "" ? "<secret>" : v]));
}
