import { z } from "zod";
import { newsroomLocaleSchema, signedLinkTokenSchema } from "./subscriptions";

/**
 * Embargoed access for accredited journalists (apps/cms/src/embargo): an editor shares a
 * scheduled release; each journalist gets a personal link to `/{locale}/embargoed?token=…`,
 * which works in the first browser that opens it, until the release goes live.
 */

/** A journalist's languages: one boolean attribute per newsroom language (Strapi has no multi-select field). */
export const journalistLanguageAttributes = { en: "english", es: "spanish", fr: "french" } as const;

/** How long a link works at most, whatever the release's time (a leaked old link stays dead). */
export const EMBARGO_LINK_DAYS = 30;

/**
 * The cookie that ties a link to the browser that first opened it: a random key per browser,
 * of which the CMS stores only a hash. Sent to the site only (HttpOnly), and by the proxy only
 * for the embargo page and the site's API (apps/proxy/vcl/newsroom.vcl).
 */
export const EMBARGO_BROWSER_COOKIE = "newsroom-embargo-browser";
export const embargoBrowserKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a browser key of this site");

/** What the site sends for each look at a link: the link, the language in its address, this browser's key. */
export const embargoRequestSchema = z.object({
  token: signedLinkTokenSchema,
  locale: newsroomLocaleSchema,
  browserKey: embargoBrowserKeySchema.optional(),
  /** For the access log (who opened it, in which browser): cut to its first 300 characters. */
  userAgent: z
    .string()
    .optional()
    .transform((value) => value?.slice(0, 300)),
});
export type EmbargoRequest = z.input<typeof embargoRequestSchema>;

/**
 * What a valid link leads to now. Refusals are HTTP errors with a message for the reader:
 * 404 (not a link of ours), 403 (opened in another browser), 410 (revoked, expired, journalist
 * no longer accredited, release no longer scheduled).
 */
export const embargoViewSchema = z.discriminatedUnion("status", [
  /** Nobody has opened it yet: the reader must open it in this browser (a POST: link scanners only GET). */
  z.object({ status: z.literal("unopened"), locale: z.string(), embargoedUntil: z.string() }),
  /** The release before its time: the site reads the draft by document id with its preview token. */
  z.object({
    status: z.literal("embargoed"),
    locale: z.string(),
    documentId: z.string(),
    embargoedUntil: z.string(),
    journalist: z.object({ name: z.string(), outlet: z.string() }),
  }),
  /** The time has come and the scheduler is publishing it (within seconds): nothing shown early or late. */
  z.object({ status: z.literal("ending"), locale: z.string(), embargoedUntil: z.string() }),
  /** Live: the link leads to the public page. */
  z.object({ status: z.literal("live"), locale: z.string(), slug: z.string() }),
]);
export type EmbargoView = z.infer<typeof embargoViewSchema>;

/** The error name of a link's refusal, told apart from Strapi's own 403 for a wrong token. */
export const EMBARGO_REFUSAL_ERROR = "EmbargoLinkRefused";

/** The CMS's embargo routes, called by the site's server with CMS_SUBSCRIPTIONS_TOKEN (its token for personal links). */
const EMBARGO_API = "api::embargo.embargo";
const route = (path: string, action: string) => ({
  path: `embargo/${path}`,
  handler: `${EMBARGO_API}.${action}`,
  scope: `${EMBARGO_API}.${action}`,
});
export const embargoRoutes = {
  view: route("view", "view"),
  open: route("open", "open"),
} as const;
