import { draftMode } from "next/headers";
import { cache } from "react";
import {
  CmsUnavailableError,
  ContentNotFoundError,
  type PressRelease,
  createContentClient,
  type LatestPressReleasesQuery,
  type ListPressReleasesQuery,
  type PressReleaseIndexQuery,
  type RelatedPressReleasesQuery,
  type SearchPressReleasesQuery,
  type SitemapPageQuery,
  type SitemapSummaryQuery,
  type TaxonomyKind,
} from "@newsroom/content";
import type { Locale } from "@newsroom/config";
import { env } from "@/env";
import { tagsFor } from "./cache-tags";
import { resolveReleaseAddress, type ReleaseAddress } from "./release-address";
import { markCmsUnavailable, recordTags } from "./request-outcome";

/**
 * The site's one data module: named, typed reads of newsroom content. Responses are
 * validated and reshaped by @newsroom/content; here they get cache tags and lifetimes.
 *
 * Published content goes through Next.js's fetch Data Cache, every read tagged with what it
 * depends on (src/lib/cache-tags.ts documents the scheme) and kept REVALIDATE_SECONDS at most;
 * the CMS's webhook (app/api/revalidate, src/lib/revalidation.ts) expires exactly the tags a
 * change affects, so the next request reads fresh data.
 *
 * While the CMS is down, Next serves what its Data Cache still holds; what a webhook expired
 * (`{ expire: 0 }`) must be read again, so a page built from it answers 503 until the CMS is
 * back rather than show content the newsroom has changed. A stale-if-error store shared by all
 * web instances belongs with the shared cache handler of the production stack, not in one
 * process's memory.
 *
 * Drafts (draft mode only) are read by a second client with CMS_PREVIEW_TOKEN and
 * `status=draft`, with `cache: "no-store"` and no tags: never written to any cache.
 */
export { cacheTags } from "./cache-tags";

const contentClient = createContentClient({
  baseUrl: env.CMS_URL,
  token: env.CMS_READ_TOKEN,
  timeoutMs: env.CMS_TIMEOUT_MS,
  requestInit: (request) => {
    const tags = tagsFor(request);
    // The same tags become the page's surrogate keys at the proxy (server.mts).
    recordTags(tags);
    return { next: { revalidate: env.REVALIDATE_SECONDS, tags } };
  },
});

const draftClient = createContentClient({
  baseUrl: env.CMS_URL,
  token: env.CMS_PREVIEW_TOKEN,
  timeoutMs: env.CMS_TIMEOUT_MS,
  status: "draft",
  requestInit: () => ({ cache: "no-store" }),
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
  findPressReleaseDocumentId: reportingOutage(contentClient.findPressReleaseDocumentId),
  getPressReleaseByDocumentId: reportingOutage(contentClient.getPressReleaseByDocumentId),
  getPressReleaseSlug: reportingOutage(contentClient.getPressReleaseSlug),
  findSlugRedirect: reportingOutage(contentClient.findSlugRedirect),
  getWithdrawalNotice: reportingOutage(contentClient.getWithdrawalNotice),
  getPressReleaseDraft: reportingOutage(draftClient.getPressRelease),
  getPressReleaseDraftByDocumentId: reportingOutage(draftClient.getPressReleaseByDocumentId),
  listPressReleases: reportingOutage(contentClient.listPressReleases),
  listPressReleaseIndex: reportingOutage(contentClient.listPressReleaseIndex),
  listSitemapPage: reportingOutage(contentClient.listSitemapPage),
  getSitemapSummary: reportingOutage(contentClient.getSitemapSummary),
  listLatestPressReleases: reportingOutage(contentClient.listLatestPressReleases),
  listRelatedPressReleases: reportingOutage(contentClient.listRelatedPressReleases),
  searchPressReleases: reportingOutage(contentClient.searchPressReleases),
  listPublicationYears: reportingOutage(contentClient.listPublicationYears),
  listTaxonomyTerms: reportingOutage(contentClient.listTaxonomyTerms),
  getTaxonomyTerm: reportingOutage(contentClient.getTaxonomyTerm),
  listPressContacts: reportingOutage(contentClient.listPressContacts),
  getNavigation: reportingOutage(contentClient.getNavigation),
  getSiteSettings: reportingOutage(contentClient.getSiteSettings),
  resolveLegacyAddress: reportingOutage(contentClient.resolveLegacyAddress),
};

/**
 * Who answers /{locale}/news/{slug} (see src/lib/release-address.ts): in draft mode the
 * latest draft with that slug first; then the published release, a redirect to its current
 * slug, a withdrawal notice, or nothing. React's cache() shares one answer between
 * generateMetadata and the page of a render.
 */
export const resolvePressReleaseAddress = cache(async (slug: string, locale: Locale): Promise<ReleaseAddress> => {
  const { isEnabled: draft } = await draftMode();
  return resolveReleaseAddress(slug, locale, { ...client, draft });
});

/** The published release with this slug. Throws ContentNotFoundError otherwise. */
export const getPressRelease = cache(async (slug: string, locale: Locale): Promise<PressRelease> => {
  const address = await resolveReleaseAddress(slug, locale, { ...client, draft: false });
  if (address.kind !== "release") throw new ContentNotFoundError("press release", slug);
  return address.release;
});

/**
 * Where an address of the old newsroom leads now (recorded by the importer, see
 * apps/cms/src/import): the path as it was asked for, without the query string.
 */
export const resolveLegacyAddress = cache((path: string) => client.resolveLegacyAddress(path));

/*
 * Within one render, only React's cache() spares a second CMS request for the same read:
 * Next's fetch memoization skips any fetch given a `signal` (next/dist/server/lib/dedupe-fetch),
 * and every CMS read has one (the client's timeout). cache() compares arguments by identity,
 * so it memoizes the reads with primitive arguments that a render repeats: the menus and
 * settings (layout, generateMetadata, page header), a taxonomy term (generateMetadata and
 * page), a release's address (generateMetadata and page). The reads taking a query object are
 * made once per render (and from route handlers, where there is no render to share), so they
 * are not wrapped: a fresh object would never hit.
 */
export const listTaxonomyTerms = cache((kind: TaxonomyKind, locale: Locale) => client.listTaxonomyTerms(kind, locale));
export const getTaxonomyTerm = cache((kind: TaxonomyKind, slug: string, locale: Locale) => client.getTaxonomyTerm(kind, slug, locale));
export const listPublicationYears = cache((locale: Locale) => client.listPublicationYears(locale));
export const getNavigation = cache((locale: Locale) => client.getNavigation(locale));
export const getSiteSettings = cache((locale: Locale) => client.getSiteSettings(locale));

/** The latest draft of a release by document id: only for a journalist's embargoed link, which the CMS has checked. */
export const getPressReleaseDraftByDocumentId = (documentId: string, locale: Locale) =>
  client.getPressReleaseDraftByDocumentId(documentId, locale);
export const listPressReleases = (query: ListPressReleasesQuery) => client.listPressReleases(query);
// Sitemaps and feeds read through the same tags as the pages, so they refresh together.
export const listPressReleaseIndex = (query: PressReleaseIndexQuery) => client.listPressReleaseIndex(query);
export const listSitemapPage = (query: SitemapPageQuery) => client.listSitemapPage(query);
export const getSitemapSummary = (query: SitemapSummaryQuery) => client.getSitemapSummary(query);
export const listLatestPressReleases = (query: LatestPressReleasesQuery) => client.listLatestPressReleases(query);
export const listRelatedPressReleases = (query: RelatedPressReleasesQuery) => client.listRelatedPressReleases(query);
export const searchPressReleases = (query: SearchPressReleasesQuery) => client.searchPressReleases(query);
export const listPressContacts = (query: { locale: Locale; country?: string; region?: string }) => client.listPressContacts(query);
