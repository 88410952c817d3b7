import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What happened while answering one request, shared between the custom server (server.mts)
 * and the rendering code. The App Router can only answer 200, 404, redirects or 500 for a
 * page; the server adjusts the status line and caching headers from these flags:
 * - `cmsUnavailable`: a 500 caused by the CMS being unavailable goes out as 503 + Retry-After,
 *   so caches, crawlers and monitors see "temporarily unavailable", not "broken";
 * - `gone`: the page shows a withdrawal notice, so its 200 goes out as 410 Gone;
 * - `draft`: the page was rendered in draft mode (a preview), so it is `private, no-store`.
 * Kept on globalThis because the server and the bundled app load separate module copies.
 */
export interface RequestOutcome {
  cmsUnavailable: boolean;
  gone?: boolean;
  draft?: boolean;
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

export function markCmsUnavailable(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.cmsUnavailable = true;
}

/** The page answers for a withdrawn release: the server sends 410 instead of 200. */
export function markGone(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.gone = true;
}

/** The page shows draft content: no cache anywhere may keep it. */
export function markDraft(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.draft = true;
}

/** Cache-Control of a 410: shared caches may keep it briefly (re-publishing ends it). */
export const GONE_CACHE_CONTROL = "public, max-age=60";
export const DRAFT_CACHE_CONTROL = "private, no-store";

/**
 * The status and headers the server sends instead of what Next.js chose, or undefined to
 * leave the response alone. Pure, so it is unit-tested (request-outcome.test.ts).
 */
export function adjustResponse(statusCode: number, outcome: RequestOutcome): { status: number; headers: Record<string, string> } | undefined {
  if (statusCode === 500 && outcome.cmsUnavailable) {
    return { status: 503, headers: { "Retry-After": "30", "Cache-Control": outcome.draft ? DRAFT_CACHE_CONTROL : "no-store" } };
  }
  if (outcome.draft) return { status: statusCode, headers: { "Cache-Control": DRAFT_CACHE_CONTROL } };
  if (statusCode === 200 && outcome.gone) return { status: 410, headers: { "Cache-Control": GONE_CACHE_CONTROL } };
  return undefined;
}
