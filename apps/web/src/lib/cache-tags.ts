import type { ContentRequest } from "@newsroom/content";

/**
 * The cache tags of every CMS read (Next.js fetch Data Cache), named after what the answer
 * depends on, so that a change in the CMS refreshes exactly the reads it can alter
 * (src/lib/revalidation.ts maps each webhook to these tags; src/lib/newsroom.ts attaches them).
 *
 * | tag                              | reads carrying it                                             |
 * | -------------------------------- | ------------------------------------------------------------- |
 * | `newsroom`                       | every read (navigation and settings show on every page)       |
 * | `release-address:{locale}:{slug}`| who answers /{locale}/news/{slug}: the release with that slug, |
 * |                                  | an old-address redirect from it, a withdrawal notice for it   |
 * | `release:{documentId}`           | one release in every language: its text, its current slug,    |
 * |                                  | its translations, its withdrawal notice by document           |
 * | `release-texts:{locale}`         | every full release text of a language (pages, feeds): they    |
 * |                                  | embed press contacts and taxonomy names                        |
 * | `release-lists:{locale}`         | lists of releases: home, /news, taxonomy pages, related,      |
 * |                                  | publication years, feeds                                      |
 * | `search:{locale}`                | full-text search results                                       |
 * | `sitemap:{locale}`               | the release index of the language's sitemaps (with hreflang)   |
 * | `taxonomy:{locale}:{kind}`       | countries, regions or themes: their pages, filters, feeds      |
 * | `press-contacts:{locale}`        | contact lists of country and region pages                     |
 * | `navigation:{locale}`, `site-settings:{locale}` | header/footer menus, site name and settings     |
 * | `legacy-addresses`               | where addresses of the old newsroom lead (imported releases): |
 * |                                  | refreshed by any change to them or to a published release      |
 *
 * Pages rendered per request (listing, search, taxonomy, release pages) re-read tagged data;
 * the prerendered home page carries the tags of its reads, so the same tags refresh it.
 * Tags are at most 256 characters (slugs are at most 200).
 */
export const cacheTags = {
  all: "newsroom",
  releaseAddress: (locale: string, slug: string) => `release-address:${locale}:${slug}`,
  releaseDocument: (documentId: string) => `release:${documentId}`,
  releaseTexts: (locale: string) => `release-texts:${locale}`,
  releaseLists: (locale: string) => `release-lists:${locale}`,
  search: (locale: string) => `search:${locale}`,
  sitemap: (locale: string) => `sitemap:${locale}`,
  taxonomy: (locale: string, kind: string) => `taxonomy:${locale}:${kind}`,
  pressContacts: (locale: string) => `press-contacts:${locale}`,
  navigation: (locale: string) => `navigation:${locale}`,
  siteSettings: (locale: string) => `site-settings:${locale}`,
  legacyAddresses: "legacy-addresses",
} as const;

/** The tags of one CMS read. */
export function tagsFor(request: ContentRequest): string[] {
  const all = cacheTags.all;
  switch (request.resource) {
    case "press-release":
      return [all, cacheTags.releaseAddress(request.locale, request.slug), cacheTags.releaseTexts(request.locale)];
    case "press-release-document":
      return [all, cacheTags.releaseDocument(request.documentId), cacheTags.releaseTexts(request.locale)];
    case "press-release-address":
    case "slug-redirect":
      return [all, cacheTags.releaseAddress(request.locale, request.slug)];
    case "withdrawal-notice":
      return [
        all,
        "slug" in request ? cacheTags.releaseAddress(request.locale, request.slug) : cacheTags.releaseDocument(request.documentId),
      ];
    case "press-release-list":
      return [all, cacheTags.releaseLists(request.locale)];
    case "press-release-feed":
      return [all, cacheTags.releaseLists(request.locale), cacheTags.releaseTexts(request.locale)];
    case "press-release-index":
      return [all, cacheTags.sitemap(request.locale)];
    case "search":
      return [all, cacheTags.search(request.locale)];
    case "taxonomy":
      return [all, cacheTags.taxonomy(request.locale, request.kind)];
    case "press-contacts":
      return [all, cacheTags.pressContacts(request.locale)];
    case "navigation":
      return [all, cacheTags.navigation(request.locale)];
    case "site-settings":
      return [all, cacheTags.siteSettings(request.locale)];
    case "legacy-address":
      return [all, cacheTags.legacyAddresses];
  }
}
