export { createContentClient, facetFilters, MAX_PAGE_SIZE, MAX_TAXONOMY_TERMS, SITEMAP_PAGE_SIZE } from "./client";
export type { ContentClient, ContentClientOptions, ContentRequest } from "./client";
export { CmsError, CmsResponseInvalidError, CmsUnavailableError, ContentNotFoundError, isContentNotFound } from "./errors";
export type * from "./types";
