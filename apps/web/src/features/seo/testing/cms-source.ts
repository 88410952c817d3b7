import { createContentClient } from "@newsroom/content";
import type { SitemapSource } from "../sitemap-data";

/**
 * For end-to-end tests: the sitemap code fed straight from the CMS (CMS_URL, CMS_READ_TOKEN),
 * so a test can run it with a fixed clock over the seeded content.
 */
export function cmsSitemapSource(): SitemapSource {
  const baseUrl = process.env.CMS_URL;
  const token = process.env.CMS_READ_TOKEN;
  if (!baseUrl || !token) throw new Error("CMS_URL and CMS_READ_TOKEN must point at the seeded CMS (npm test sets them)");
  const client = createContentClient({ baseUrl, token });
  return { listPressReleaseIndex: client.listPressReleaseIndex, listTaxonomyTerms: client.listTaxonomyTerms, getSiteSettings: client.getSiteSettings };
}
