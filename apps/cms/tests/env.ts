import { z } from "zod";

/**
 * The environment the CMS tests read, set by `npm test` (packages/devtools/src/test.ts): the
 * only place they read process.env. Most are empty when a test file runs without its part of
 * the stack; each file skips or fails with its own message then.
 */
const text = z.string().default("");
const testEnvSchema = z.object({
  CMS_URL: text,
  CMS_READ_TOKEN: text,
  CMS_PREVIEW_TOKEN: text,
  SEED_STAFF_PASSWORD: text,
  SITE_URL: text,
  PREVIEW_SECRET: text,
  WEB_REVALIDATE_URL: z.string().optional(),
  API_RATE_LIMIT_PER_MINUTE: z.string().optional(),
  /** A CMS started at Strapi's real admin login limit (login-rate-limit.test.ts). */
  CMS_LOGIN_LIMIT_URL: text,
  /** A second CMS instance on the same PostgreSQL database (editorial.test.ts). */
  CMS_SECOND_URL: z.string().optional(),
  CMS_SECOND_CLOCK_OFFSET_MS: z.coerce.number().default(0),
  NEWSROOM_TEST_FAULTS_DIR: z.string().optional(),
  OUTBOX_TEST_DATABASE_URL: z.string().optional(),
  /** How many synthetic releases npm test generated into the CMS synthetic-archive.test.ts runs against. */
  SYNTHETIC_COUNT: z.coerce.number().int().default(0),
  /** The token of the site's subscription routes (editorial-alerts.test.ts). */
  CMS_SUBSCRIPTIONS_TOKEN: text,
  /** The run's mail catcher, where every message the CMS sent over SMTP is read back. */
  MAIL_CATCHER_URL: text,
  NEWSROOM_TEST_DIGEST_INTERVAL_MS: text,
});

export const testEnv = testEnvSchema.parse(process.env);
