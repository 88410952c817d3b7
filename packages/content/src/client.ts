import { legacyAddressReads } from "./client/legacy-addresses";
import { navigationReads } from "./client/navigation";
import { pressContactReads } from "./client/press-contacts";
import { pressReleaseReads } from "./client/press-releases";
import { createRequester, type ContentClientOptions } from "./client/request";
import { searchReads } from "./client/search";
import { siteSettingsReads } from "./client/site-settings";
import { sitemapReads } from "./client/sitemaps";
import { slugRedirectReads } from "./client/slug-redirects";
import { taxonomyReads } from "./client/taxonomy";
import { withdrawalNoticeReads } from "./client/withdrawal-notices";

/**
 * The newsroom's typed, validated reads of the CMS. The request core (client/request.ts)
 * fetches, maps failures and validates; each resource's reads live in their own file.
 */
export function createContentClient(options: ContentClientOptions) {
  const cms = createRequester(options);
  return {
    ...pressReleaseReads(cms),
    ...searchReads(cms),
    ...sitemapReads(cms),
    ...slugRedirectReads(cms),
    ...withdrawalNoticeReads(cms),
    ...legacyAddressReads(cms),
    ...taxonomyReads(cms),
    ...pressContactReads(cms),
    ...navigationReads(cms),
    ...siteSettingsReads(cms),
  };
}

export type ContentClient = ReturnType<typeof createContentClient>;
export type { ContentClientOptions, ContentRequest } from "./client/request";
export { MAX_PAGE_SIZE } from "./client/request";
export { facetFilters } from "./client/press-releases";
export { SITEMAP_PAGE_SIZE } from "./client/sitemaps";
export { MAX_TAXONOMY_TERMS } from "./client/taxonomy";
