import { env } from "@/env";
import { getSiteSettings, getSitemapSummary, listPressReleaseIndex, listSitemapPage, listTaxonomyTerms } from "@/lib/newsroom";
import type { SitemapSource } from "./sitemap-data";

/** The site's configured public address: the base of every canonical, sitemap and feed URL. */
export const siteUrl = env.SITE_URL;

/** Sitemaps read through the data module: cached with the pages' tags, so a publish refreshes both. */
export const siteSitemapSource: SitemapSource = {
  listSitemapPage,
  getSitemapSummary,
  listPressReleaseIndex,
  listTaxonomyTerms,
  getSiteSettings,
};
