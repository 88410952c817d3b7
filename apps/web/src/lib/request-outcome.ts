import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What happened while answering one request, shared between the custom server (server.mts),
 * the shared cache handler (src/cache) and the rendering code. The App Router can only
 * answer 200, 404, redirects or 500 for a page; the server adjusts the status line and the
 * caching headers from these flags:
 * - `cmsUnavailable`: a 500 caused by the CMS being unavailable goes out as 503 + Retry-After,
 *   so caches, crawlers and monitors see "temporarily unavailable", not "broken";
 * - `gone`: the page shows a withdrawal notice, so its 200 goes out as 410 Gone (and the
 *   cached page keeps status 410, see server.mts's cache hooks);
 * - `draft`: the page was rendered in draft mode (a preview), so it is `private, no-store`;
 * - `personal`: the page is for the one person holding its link (a subscription's token in
 *   the query), so it is `private, no-store` too;
 * - `refused`: the page shows why the reader's input or link was refused, so its 200 goes out
 *   with that status (400, or 403/404 for a personal link that does not open here);
 * - `tags`: the cache tags of everything the answer was built from (the CMS reads of a
 *   render, or the stored tags of a cached page), sent to the proxy as surrogate keys.
 * Kept on globalThis because the server, the cache handler and the bundled app load
 * separate module copies.
 */
export interface RequestOutcome {
  cmsUnavailable: boolean;
  gone?: boolean;
  draft?: boolean;
  personal?: boolean;
  refused?: RefusedStatus;
  tags?: Set<string>;
}

declare global {
  var __newsroomRequestOutcome: AsyncLocalStorage<RequestOutcome> | undefined;
}

function storage(): AsyncLocalStorage<RequestOutcome> {
  globalThis.__newsroomRequestOutcome ??= new AsyncLocalStorage<RequestOutcome>();
  return globalThis.__newsroomRequestOutcome;
}

export function runWithOutcome<T>(outcome: RequestOutcome, fn: () => T): T {
  return storage().run(outcome, fn);
}

/** The outcome of the request being answered, if any (undefined at build time). */
export function currentOutcome(): RequestOutcome | undefined {
  return storage().getStore();
}

export function markCmsUnavailable(): void {
  const outcome = currentOutcome();
  if (outcome) outcome.cmsUnavailable = true;
}

/** The page answers for a withdrawn release: the server sends 410 instead of 200. */
export function markGone(): void {
  const outcome = currentOutcome();
  if (outcome) outcome.gone = true;
}

/** The page shows draft content: no cache anywhere may keep it. */
export function markDraft(): void {
  const outcome = currentOutcome();
  if (outcome) outcome.draft = true;
}

/** The page is for the holder of its link only: no cache anywhere may keep it. */
export function markPersonal(): void {
  const outcome = currentOutcome();
  if (outcome) outcome.personal = true;
}

export type RefusedStatus = 400 | 403 | 404;

/** The page tells the reader what was wrong with what they sent: the server sends this status (400) instead of 200. */
export function markRefused(status: RefusedStatus = 400): void {
  const outcome = currentOutcome();
  if (outcome) outcome.refused = status;
}

/** Next.js's own implicit path tags (`_N_T_/en/news/…`) are not surrogate keys of ours. */
const NEXT_IMPLICIT_TAG = "_N_T_";

/** The answer depends on content carrying these cache tags (src/lib/cache-tags.ts). */
export function recordTags(tags: Iterable<string>): void {
  const outcome = currentOutcome();
  if (!outcome) return;
  outcome.tags ??= new Set();
  for (const tag of tags) if (!tag.startsWith(NEXT_IMPLICIT_TAG)) outcome.tags.add(tag);
}

export const DRAFT_CACHE_CONTROL = "private, no-store";

/**
 * Lifetimes in shared caches (the proxy, a CDN). Freshness comes from purges on publish
 * (app/api/revalidate), so these only bound how long a lost purge can leave a page stale.
 * Browsers always revalidate (max-age=0): nobody can purge a reader's browser cache.
 * stale-if-error lets any shared cache keep serving the last good page through an outage.
 */
export const SHARED_LIFETIMES: Readonly<Record<number, number>> = { 200: 300, 301: 300, 308: 300, 404: 60, 410: 300 };
const STALE_WHILE_REVALIDATE = 60;
export const STALE_IF_ERROR = 86_400;

export function publicCacheControl(sharedSeconds: number): string {
  return `public, max-age=0, s-maxage=${String(sharedSeconds)}, stale-while-revalidate=${String(STALE_WHILE_REVALIDATE)}, stale-if-error=${String(STALE_IF_ERROR)}`;
}

/** Surrogate keys header (Varnish xkey): space-separated, every page carries `newsroom`. */
export const SURROGATE_KEY_HEADER = "xkey";
const ALL_TAG = "newsroom";
const MAX_SURROGATE_HEADER = 8000;

export function surrogateKeys(tags: ReadonlySet<string> | undefined): string {
  const keys = [ALL_TAG, ...[...(tags ?? [])].filter((t) => t !== ALL_TAG && !/\s/.test(t))];
  // A header past the proxy's limit would be refused whole: the all-tag still purges it.
  let header = "";
  for (const key of keys) {
    if (header.length + key.length + 1 > MAX_SURROGATE_HEADER) break;
    header = header ? `${header} ${key}` : key;
  }
  return header;
}

export interface ResponseContext {
  method: string;
  /** The request path, without the query string. */
  path: string;
  /** The Cache-Control that Next.js (or a route handler) chose, if any. */
  cacheControl: string | undefined;
}

/** Requests the proxy may cache: public pages, feeds and sitemaps; not the API or build assets. */
export function isPublicRequest(context: ResponseContext): boolean {
  if (context.method !== "GET" && context.method !== "HEAD") return false;
  if (context.path === "/" || context.path.startsWith("/api/") || context.path.startsWith("/_next/")) return false;
  return true;
}

/**
 * The status and headers the server sends instead of what Next.js chose, or undefined to
 * leave the response alone. Pure, so it is unit-tested (request-outcome.test.ts).
 * - a CMS outage: 503 + Retry-After, never stored;
 * - a draft (preview): `private, no-store`, whatever the status;
 * - a withdrawn release: 410;
 * - every other public answer with a cacheable status: a shared-cache lifetime and its
 *   surrogate keys. Immutable answers (uploads, build assets) keep their own lifetime;
 *   other statuses (5xx) and non-public requests (the API, previews) are left alone.
 */
export function adjustResponse(
  statusCode: number,
  outcome: RequestOutcome,
  context?: ResponseContext,
): { status: number; headers: Record<string, string> } | undefined {
  if (statusCode === 500 && outcome.cmsUnavailable) {
    return { status: 503, headers: { "Retry-After": "30", "Cache-Control": outcome.draft ? DRAFT_CACHE_CONTROL : "no-store" } };
  }
  const status = statusCode !== 200 ? statusCode : outcome.gone ? 410 : (outcome.refused ?? statusCode);
  if (outcome.draft || outcome.personal) return { status, headers: { "Cache-Control": DRAFT_CACHE_CONTROL } };
  const lifetime = SHARED_LIFETIMES[status];
  if (!context || !isPublicRequest(context) || lifetime === undefined) return status === statusCode ? undefined : { status, headers: {} };
  const keys = { [SURROGATE_KEY_HEADER]: surrogateKeys(outcome.tags) };
  if (/\bimmutable\b/.test(context.cacheControl ?? "")) return { status, headers: keys };
  return { status, headers: { "Cache-Control": publicCacheControl(lifetime), ...keys } };
}
