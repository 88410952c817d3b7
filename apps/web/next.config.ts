import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment now: a missing CMS_URL stops `next build`/`next start` here.
import "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/**
 * Production builds share their page and data cache through Redis
 * (src/cache/redis-cache-handler.ts, bundled to dist/ by `npm run build` before
 * `next build`), so every web instance behind the proxy sees the same pages and the same
 * tag expiry. `next dev` keeps Next's own cache: no Redis needed to develop.
 */
export default function config(phase: string): NextConfig {
  const nextConfig: NextConfig = {
    // The shared packages are TypeScript sources.
    transpilePackages: ["@newsroom/content", "@newsroom/config", "@newsroom/contract"],
    // The cache handler's Redis client: one copy, loaded from node_modules, never bundled.
    serverExternalPackages: ["redis"],
    poweredByHeader: false,
    // The proxy compresses once and stores the gzip; compressing here again is wasted work.
    compress: false,
    generateEtags: false,
    // A self-contained server for images (node_modules traced in); see the Dockerfile.
    output: "standalone",
    outputFileTracingRoot: path.join(import.meta.dirname, "../.."),
    // Instances built separately (one image per replica) must agree on these; one build
    // run by several processes agrees anyway.
    ...(process.env.NEWSROOM_BUILD_ID
      ? { generateBuildId: () => process.env.NEWSROOM_BUILD_ID ?? null, deploymentId: process.env.NEWSROOM_BUILD_ID }
      : {}),
    ...(phase === PHASE_DEVELOPMENT_SERVER
      ? {}
      : { cacheHandler: path.join(import.meta.dirname, "dist", "cache-handler.mjs"), cacheMaxMemorySize: 0 }),
    images: {
      // Uploads are served through this site's own origin (app/uploads), so the optimizer
      // fetches them from here and never needs to reach a loopback or private CMS host.
      localPatterns: [{ pathname: "/uploads/**" }],
      formats: ["image/avif", "image/webp"],
    },
    typedRoutes: false,
  };
  return withNextIntl(nextConfig);
}
