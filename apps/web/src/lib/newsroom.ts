import { cache } from "react";
import {
  CmsUnavailableError,
  createContentClient,
  type ContentRequest,
  type LatestPressReleasesQuery,
  type ListPressReleasesQuery,
  type PressReleaseIndexQuery,
  type RelatedPressReleasesQuery,
  type SearchPressReleasesQuery,
  type TaxonomyKind,
} from "@newsroom/content";
import type { Locale } from "@newsroom/config";
import { env } from "@/env";
import { markCmsUnavailable } from "./request-outcome";

/**
 * The site's one data module: named, typed reads of newsroom content. Responses are
 * validated and reshaped by @newsroom/content; here they get cache tags and lifetimes.
 * Tags name what a later on-demand revalidation will refresh.
 */
export const cacheTags = {
  pressRelease: (locale: string, slug: string) => `press-release:${locale}:${slug}`,
  pressReleaseLists: (locale: string) => `press-releases:${locale}`,
  navigation: (locale: string) => `navigation:${locale}`,
  siteSettings: (locale: string) => `site-settings:${locale}`,
  taxonomy: (locale: string, kind: string) => `taxonomy:${locale}:${kind}`,
  pressContacts: (locale: string) => `press-contacts:${locale}`,
  all: "newsroom",
} as const;

function tagsFor(request: ContentRequest): string[] {
  switch (request.resource) {
    case "press-release":
      return [cacheTags.all, cacheTags.pressRelease(request.locale, request.slug)];
    case "press-release-list":
    case "search":
      return [cacheTags.all, cacheTags.pressReleaseLists(request.locale)];
    case "taxonomy":
      return [cacheTags.all, cacheTags.taxonomy(request.locale, request.kind)];
    case "press-contacts":
      return [cacheTags.all, cacheTags.pressContacts(request.locale)];
    case "navigation":
      return [cacheTags.all, cacheTags.navigation(request.locale)];
    case "site-settings":
      return [cacheTags.all, cacheTags.siteSettings(request.locale)];
  }
}

const contentClient = createContentClient({
  baseUrl: env.CMS_URL,
  token: env.CMS_READ_TOKEN,
  timeoutMs: env.CMS_TIMEOUT_MS,
  requestInit: (request) => ({ next: { revalidate: env.REVALIDATE_SECONDS, tags: tagsFor(request) } }),
});

/** Records a CMS outage for the server's 503 before the error goes on to the error page. */
function reportingOutage<A extends unknown[], R>(read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await read(...args);
    } catch (error) {
      if (error instanceof CmsUnavailableError) markCmsUnavailable();
      throw error;
    }
  };
}

const client = {
  getPressRelease: reportingOutage(contentClient.getPressRelease),
  listPressReleases: reportingOutage(contentClient.listPressReleases),
  listPressReleaseIndex: reportingOutage(contentClient.listPressReleaseIndex),
  listLatestPressReleases: reportingOutage(contentClient.listLatestPressReleases),
  listRelatedPressReleases: reportingOutage(contentClient.listRelatedPressReleases),
  searchPressReleases: reportingOutage(contentClient.searchPressReleases),
  listPublicationYears: reportingOutage(contentClient.listPublicationYears),
  listTaxonomyTerms: reportingOutage(contentClient.listTaxonomyTerms),
  getTaxonomyTerm: reportingOutage(contentClient.getTaxonomyTerm),
  listPressContacts: reportingOutage(contentClient.listPressContacts),
  getNavigation: reportingOutage(contentClient.getNavigation),
  getSiteSettings: reportingOutage(contentClient.getSiteSettings),
};

// React's cache() shares one result between generateMetadata and the page in a render.
export const getPressRelease = cache((slug: string, locale: Locale) => client.getPressRelease(slug, locale));
export const listPressReleases = cache((query: ListPressReleasesQuery) => client.listPressReleases(query));
// Sitemaps and feeds read through the same tags as the pages, so they refresh together.
export const listPressReleaseIndex = cache((query: PressReleaseIndexQuery) => client.listPressReleaseIndex(query));
export const listLatestPressReleases = cache((query: LatestPressReleasesQuery) => client.listLatestPressReleases(query));
export const listRelatedPressReleases = cache((query: RelatedPressReleasesQuery) => client.listRelatedPressReleases(query));
export const searchPressReleases = cache((query: SearchPressReleasesQuery) => client.searchPressReleases(query));
export const listTaxonomyTerms = cache((kind: TaxonomyKind, locale: Locale) => client.listTaxonomyTerms(kind, locale));
export const getTaxonomyTerm = cache((kind: TaxonomyKind, slug: string, locale: Locale) => client.getTaxonomyTerm(kind, slug, locale));
export const listPressContacts = cache((query: { locale: Locale; country?: string; region?: string }) => client.listPressContacts(query));
export const listPublicationYears = cache((locale: Locale) => client.listPublicationYears(locale));
export const getNavigation = cache((locale: Locale) => client.getNavigation(locale));
export const getSiteSettings = cache((locale: Locale) => client.getSiteSettings(locale));
