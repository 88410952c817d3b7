import { factories } from "@strapi/strapi";
import { parseSearchParams } from "../../../search/query";
import { searchPressReleases } from "../../../search/search";
import { parseSitemapPageQuery, parseSitemapSummaryQuery, sitemapPage, sitemapSummary } from "../../../sitemap/sitemap";
import { contentTypes, isRecord } from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Full-text search of published releases (see README, "Search"). */
  async search(ctx) {
    const result = await searchPressReleases(strapi, parseSearchParams(ctx.query));
    // The same output sanitizing as the core find (private fields, relations the caller may not read).
    const auth: unknown = ctx.state.auth;
    const data = await Promise.all(
      result.hits.map(async ({ document, excerpt, highlights }) => {
        const clean: unknown = await strapi.contentAPI.sanitize.output(document, strapi.contentType(UID), {
          auth: isRecord(auth) ? auth : {},
        });
        return { ...(isRecord(clean) ? clean : {}), excerpt, highlights };
      }),
    );
    ctx.body = { data, meta: { pagination: result.pagination, terms: result.terms } };
  },

  /** Sitemaps: a keyset page of a language's published releases (src/sitemap). */
  async sitemapPage(ctx) {
    ctx.body = await sitemapPage(strapi, parseSitemapPageQuery(ctx.query));
  },

  /** Sitemaps: a language's release count and newest dates per part and per term (src/sitemap). */
  async sitemapSummary(ctx) {
    ctx.body = { data: await sitemapSummary(strapi, parseSitemapSummaryQuery(ctx.query)) };
  },
}));
