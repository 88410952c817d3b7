import { currentOutcome, recordTags } from "../lib/request-outcome";
import { cacheHooks } from "./redis-cache-handler";

/**
 * What the shared cache handler (redis-cache-handler.ts, which Next.js loads as a separate
 * module) tells the server about cached pages, so that a cache hit answers exactly like the
 * render that produced it:
 * - a hit reports the page's cache tags, which become its surrogate keys at the proxy;
 * - a page rendered as a withdrawal notice is stored with status 410, so Next.js answers
 *   410 from the cache too (the render itself is turned into a 410 by server.mts).
 */
export function installCacheHooks(): void {
  const hooks = cacheHooks();
  hooks.onPageHit = (tags) => {
    recordTags(tags);
  };
  hooks.beforePageSet = (value) => {
    if (currentOutcome()?.gone && (value.status === undefined || value.status === 200)) value.status = 410;
  };
}
