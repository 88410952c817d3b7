import { createContentClient } from "@newsroom/content";
import type { SitemapSource } from "../sitemap-data";

/**
 * For end-to-end tests: the sitemap code fed straight from the CMS (its URL and the read token),
 * so a test can run it with a fixed clock over the seeded content.
 */
export function cmsSitemapSource(baseUrl: string, token: string): SitemapSource {
  if (!baseUrl || !token) throw new Error("CMS_URL and CMS_READ_TOKEN must point at the seeded CMS (npm test sets them)");
  const client = createContentClient({ baseUrl, token });
  return {
    listSitemapPage: client.listSitemapPage,
    getSitemapSummary: client.getSitemapSummary,
    listPressReleaseIndex: client.listPressReleaseIndex,
    listTaxonomyTerms: client.listTaxonomyTerms,
    getSiteSettings: client.getSiteSettings,
  };
}
