import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment now: a missing CMS_URL stops `next build`/`next start` here.
import "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // The shared packages are TypeScript sources.
  transpilePackages: ["@newsroom/content", "@newsroom/config"],
  poweredByHeader: false,
  images: {
    // Uploads are served through this site's own origin (app/uploads), so the optimizer
    // fetches them from here and never needs to reach a loopback or private CMS host.
    localPatterns: [{ pathname: "/uploads/**" }],
    formats: ["image/avif", "image/webp"],
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
