/**
 * The cache handler's environment. Next loads the handler by itself (dist/cache-handler.mjs),
 * also during `next build`, when the site's own environment (src/env.ts) is not complete, so
 * it reads its few variables here, each when it is needed.
 */
export const cacheHandlerEnv = {
  redisUrl: (): string | undefined => process.env.REDIS_URL,
  keyPrefix: (): string | undefined => process.env.REDIS_KEY_PREFIX,
  /** `next build` renders static pages with no Redis to talk to: the handler stays out of it. */
  isBuild: (): boolean => process.env.NEXT_PHASE === "phase-production-build",
};
