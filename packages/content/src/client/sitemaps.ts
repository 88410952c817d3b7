import type { SitemapPage, SitemapPageQuery, SitemapSummary, SitemapSummaryQuery } from "../types";
import { rawSitemapPageSchema, rawSitemapSummarySchema } from "../strapi-schemas";
import type { ContentRequester } from "./request";
import { customRoutes } from "@newsroom/contract";

/**
 * Rows per sitemap page, the most the CMS gives (apps/cms/src/sitemap): a 50,000-URL sitemap
 * file is 10 sequential requests, and a page's answer (about 1 MB) stays under the 2 MB
 * Next.js keeps in its fetch cache.
 */
export const SITEMAP_PAGE_SIZE = 5_000;

/** The CMS's sitemap endpoints: keyset pages of a language's releases and its summary. */
export function sitemapReads(cms: ContentRequester) {
  return {
    /** One page of a language's published releases, oldest first; pass `next` back as `after`. */
    listSitemapPage: async (query: SitemapPageQuery): Promise<SitemapPage> => {
      const limit = Math.min(SITEMAP_PAGE_SIZE, Math.max(1, Math.trunc(query.limit ?? SITEMAP_PAGE_SIZE)));
      const position = query.after === undefined ? { offset: Math.max(0, Math.trunc(query.offset ?? 0)) } : { after: query.after };
      const { data, meta } = await cms.read(
        customRoutes.pressReleaseSitemapPage.path,
        { locale: query.locale, limit, ...position },
        rawSitemapPageSchema,
        { resource: "press-release-index", locale: query.locale },
      );
      return {
        items: data.map((raw) => ({
          id: raw.documentId,
          locale: raw.locale,
          slug: raw.slug,
          date: raw.releaseDate,
          lastUpdatedAt: raw.lastUpdatedAt,
          noIndex: raw.noIndex,
          canonicalUrl: raw.canonicalUrl,
          translations: raw.translations,
        })),
        next: meta.next,
      };
    },

    /** A language's release count and newest dates per sitemap part and per country, region, theme. */
    getSitemapSummary: async (query: SitemapSummaryQuery): Promise<SitemapSummary> => {
      const { data } = await cms.read(
        customRoutes.pressReleaseSitemapSummary.path,
        { locale: query.locale, leading: Math.max(0, Math.trunc(query.leading)), partSize: Math.max(1, Math.trunc(query.partSize)) },
        rawSitemapSummarySchema,
        { resource: "press-release-index", locale: query.locale },
      );
      return data;
    },
  };
}
