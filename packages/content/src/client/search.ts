import { toPressReleaseSummary } from "../reshape";
import { rawSearchResponseSchema } from "../strapi-schemas";
import type { SearchPressReleasesQuery, SearchResults } from "../types";
import { clampPaging, type ContentRequester } from "./request";
import { customRoutes } from "@newsroom/contract";

/** Full-text search, ranked by relevance then date (the CMS's /press-releases/search). */
export function searchReads(cms: ContentRequester) {
  return {
    searchPressReleases: async (query: SearchPressReleasesQuery): Promise<SearchResults> => {
      const { page, pageSize } = clampPaging(query.page, query.pageSize, 50);
      const params: Record<string, unknown> = { q: query.q.slice(0, 200), locale: query.locale, page, pageSize };
      for (const key of ["country", "region", "theme", "type", "year"] as const) {
        const value = query[key];
        if (value !== undefined) params[key] = value;
      }
      const { data, meta } = await cms.read(customRoutes.pressReleaseSearch.path, params, rawSearchResponseSchema, {
        resource: "search",
        locale: query.locale,
      });
      return {
        items: data.map((hit) => ({ ...toPressReleaseSummary(hit), excerpt: hit.excerpt, highlights: hit.highlights })),
        terms: meta.terms,
        ...meta.pagination,
      };
    },
  };
}
