import type { MetadataRoute } from "next";
import { siteUrl } from "@/features/seo/site-data";
import { absoluteUrl, sitemapPaths } from "@/features/seo/urls";

// Read per request: SITE_URL is known at start-up, not at build time.
export const dynamic = "force-dynamic";

/** Everything public may be crawled; API routes and previews may not. Lists both sitemaps. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/preview", "/*/preview"] }],
    sitemap: [absoluteUrl(sitemapPaths.index, siteUrl), absoluteUrl(sitemapPaths.news, siteUrl)],
  };
}
