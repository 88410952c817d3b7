/**
 * The environment the browser tests read, set by `npm test` (packages/devtools/src/test.ts):
 * the only place they read process.env. playwright.config.ts fills in what the caller left unset.
 */
const list = (value: string | undefined): string[] => (value ?? "").split(",").filter((item) => item !== "");

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

export const testEnv = {
  /** Where the tests reach the site: the proxy in front of the web instances. */
  BASE_URL,
  /** The site's public address as it writes it into feeds, sitemaps and canonical links. */
  SITE_URL: process.env.SITE_URL ?? BASE_URL,
  /** Each web instance behind the proxy, for checks that must hold on every one. */
  WEB_URLS: list(process.env.WEB_URLS),
  CMS_URL: process.env.CMS_URL ?? "",
  CMS_READ_TOKEN: process.env.CMS_READ_TOKEN ?? "",
  SEED_STAFF_PASSWORD: process.env.SEED_STAFF_PASSWORD ?? "",
  PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? "",
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? "",
  /** The mail catcher the CMS sends to (npm test starts one; npm run dev's is http://127.0.0.1:1080). */
  MAIL_CATCHER_URL: process.env.MAIL_CATCHER_URL ?? "",
  /** Replays a fast-check run of hostile-input.spec.ts. */
  FC_SEED: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined,
};
