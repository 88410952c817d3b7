import { createHash, timingSafeEqual } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { createClient } from "redis";
import { loadCmsEnv } from "../env";

const WINDOW_MS = 60_000;

/** Counts requests per key in fixed one-minute windows; resolves to this window's count. */
export interface Counter {
  hit(key: string): Promise<number>;
}

/**
 * Shared by every CMS instance: INCR is atomic, so concurrent requests on several instances
 * are all counted (koa2-ratelimit's Redis store reads and then writes, and undercounts).
 */
function redisCounter(url: string, strapi: Core.Strapi): Counter {
  // Offline, commands fail at once rather than queue: the request then passes (logged).
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
  });
  client.on("error", (error: unknown) => strapi.log.error(`content API rate limit: Redis ${url}: ${String(error)}`));
  client.connect().catch((error: unknown) => strapi.log.error(`content API rate limit: cannot connect to Redis ${url}: ${String(error)}`));
  return {
    async hit(key) {
      if (!client.isReady) throw new Error(`Redis ${url} is not connected`);
      const windowKey = `newsroom:cms-rate:${key}:${String(Math.floor(Date.now() / WINDOW_MS))}`;
      const [count] = await client.multi().incr(windowKey).pExpire(windowKey, WINDOW_MS).exec();
      return Number(count);
    },
  };
}

/** One process only: a dev fallback, N instances allow N times the limit. */
function memoryCounter(): Counter {
  const windows = new Map<string, number>();
  let current = 0;
  return {
    hit(key) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      if (window !== current) {
        windows.clear();
        current = window;
      }
      const count = (windows.get(key) ?? 0) + 1;
      windows.set(key, count);
      return Promise.resolve(count);
    },
  };
}

/** A counter shared by every instance through Redis when REDIS_URL is set (also the subscribe form's, src/alerts). */
export function requestCounter(strapi: Core.Strapi): Counter {
  const url = loadCmsEnv().REDIS_URL;
  return url ? redisCounter(url, strapi) : memoryCounter();
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * A request-rate bound for the content API (/api/…), per client address: API_RATE_LIMIT_PER_MINUTE
 * requests a minute, then 429 with Retry-After. Counted in Redis when REDIS_URL is set (all
 * instances share it), else per process. The site's own tokens are not limited: the site reads
 * behind its cache, and its instances share one address. If Redis fails, requests pass (logged):
 * the limit protects the API, it must not take it down.
 */
const contentApiRateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const env = loadCmsEnv();
  const counter = requestCounter(strapi);
  if (!env.REDIS_URL) strapi.log.info("content API rate limit: counted per process (set REDIS_URL to share it between instances)");
  // The subscriptions token's calls come from the site for many readers: src/alerts limits each reader.
  const siteTokens = [env.CMS_READ_TOKEN, env.CMS_PREVIEW_TOKEN, env.CMS_SUBSCRIPTIONS_TOKEN].filter((t) => t !== undefined).map(digest);
  const isSiteToken = (authorization: string | undefined) => {
    if (!authorization?.startsWith("Bearer ")) return false;
    const given = digest(authorization.slice("Bearer ".length));
    return siteTokens.some((token) => timingSafeEqual(token, given));
  };

  return async (ctx, next) => {
    if (!ctx.path.startsWith("/api/") || isSiteToken(ctx.get("authorization") || undefined)) {
      await next();
      return;
    }
    let count: number;
    try {
      count = await counter.hit(ctx.request.ip);
    } catch (error) {
      strapi.log.error(`content API rate limit not applied: ${String(error)}`);
      await next();
      return;
    }
    if (count > env.API_RATE_LIMIT_PER_MINUTE) {
      ctx.set("Retry-After", String(Math.ceil((WINDOW_MS - (Date.now() % WINDOW_MS)) / 1000)));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: "RateLimitError",
          message: `Too many requests: at most ${String(env.API_RATE_LIMIT_PER_MINUTE)} a minute`,
          details: {},
        },
      };
      return;
    }
    await next();
  };
};

export default contentApiRateLimit;
