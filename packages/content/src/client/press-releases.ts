import { z } from "zod";
import type { Locale } from "@newsroom/config";
import { ContentNotFoundError } from "../errors";
import {
  pressReleaseIndexFields,
  pressReleaseIndexPopulate,
  pressReleasePopulate,
  pressReleaseSummaryFields,
  pressReleaseSummaryPopulate,
} from "../queries";
import { toPressRelease, toPressReleaseIndexEntry, toPressReleaseSummary } from "../reshape";
import {
  collectionResponse,
  rawPressReleaseAddressSchema,
  rawPressReleaseIndexSchema,
  rawPressReleaseSchema,
  rawPressReleaseSummarySchema,
} from "../strapi-schemas";
import type {
  LatestPressReleasesQuery,
  ListPressReleasesQuery,
  PressRelease,
  PressReleaseIndexPage,
  PressReleaseIndexQuery,
  PressReleasePage,
  PressReleaseSummary,
  RelatedPressReleasesQuery,
} from "../types";
import { clampPaging, DOCUMENT_ID_PATTERN, MAX_PAGE_SIZE, SLUG_PATTERN, type ContentRequest, type ContentRequester } from "./request";
import { contentTypes, pressReleaseFacetFilters } from "@newsroom/contract";

/** Strapi filters for the listing facets (the CMS's search filters alike); values are data, never spliced. */
export const facetFilters = pressReleaseFacetFilters;

const oneRelease = collectionResponse(rawPressReleaseSchema).omit({ meta: true });
const firstOnly = { pageSize: 1, withCount: false };

/** Published press releases: one by its slug or document id, lists, sitemap slices, years. */
export function pressReleaseReads(cms: ContentRequester) {
  /** The one release a filter names, with its full text, or ContentNotFoundError. */
  async function readOne(
    filters: Record<string, unknown>,
    request: Extract<ContentRequest, { locale: Locale }>,
    key: string,
  ): Promise<PressRelease> {
    const result = await cms.read(
      contentTypes.pressRelease.restPath,
      { locale: request.locale, filters, populate: pressReleasePopulate, pagination: firstOnly },
      oneRelease,
      request,
    );
    const raw = result.data[0];
    if (!raw) throw new ContentNotFoundError("press release", key);
    return toPressRelease(raw);
  }

  return {
    /** One published press release by its slug in a language. Throws ContentNotFoundError. */
    getPressRelease: async (slug: string, locale: Locale): Promise<PressRelease> => {
      if (!SLUG_PATTERN.test(slug)) throw new ContentNotFoundError("press release", slug);
      return readOne({ slug: { $eq: slug } }, { resource: "press-release", locale, slug }, slug);
    },

    /** One published press release by its document id in a language. Throws ContentNotFoundError. */
    getPressReleaseByDocumentId: async (documentId: string, locale: Locale): Promise<PressRelease> => {
      if (!DOCUMENT_ID_PATTERN.test(documentId)) throw new ContentNotFoundError("press release", documentId);
      return readOne({ documentId: { $eq: documentId } }, { resource: "press-release-document", locale, documentId }, documentId);
    },

    /** The document id of the release with this slug in a language, or null if none has it. */
    findPressReleaseDocumentId: async (slug: string, locale: Locale): Promise<string | null> => {
      if (!SLUG_PATTERN.test(slug)) return null;
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        { locale, filters: { slug: { $eq: slug } }, fields: ["slug"], pagination: firstOnly },
        rawPressReleaseAddressSchema,
        { resource: "press-release-address", locale, slug },
      );
      return result.data[0]?.documentId ?? null;
    },

    /** The current slug of a release in a language, or null if it is not published there. */
    getPressReleaseSlug: async (documentId: string, locale: Locale): Promise<string | null> => {
      if (!DOCUMENT_ID_PATTERN.test(documentId)) return null;
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        { locale, filters: { documentId: { $eq: documentId } }, fields: ["slug"], pagination: firstOnly },
        rawPressReleaseAddressSchema,
        { resource: "press-release-document", locale, documentId },
      );
      return result.data[0]?.slug ?? null;
    },

    /** Published press releases, newest first, one page at a time. */
    listPressReleases: async (query: ListPressReleasesQuery): Promise<PressReleasePage> => {
      const { page, pageSize } = clampPaging(query.page, query.pageSize, MAX_PAGE_SIZE);
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        {
          locale: query.locale,
          filters: facetFilters(query),
          fields: [...pressReleaseSummaryFields],
          populate: pressReleaseSummaryPopulate,
          sort: ["releaseDate:desc", "id:desc"],
          pagination: { page, pageSize },
        },
        collectionResponse(rawPressReleaseSummarySchema),
        { resource: "press-release-list", locale: query.locale },
      );
      const { data, meta } = result;
      return { items: data.map(toPressReleaseSummary), ...meta.pagination };
    },

    /**
     * A slice of every published release in a language, without bodies: for sitemaps (oldest
     * first, so a release keeps its position) and the news sitemap (newest first, `since`).
     */
    listPressReleaseIndex: async (query: PressReleaseIndexQuery): Promise<PressReleaseIndexPage> => {
      const start = Math.max(0, Math.trunc(query.start ?? 0));
      const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(query.limit ?? MAX_PAGE_SIZE)));
      const direction = query.order === "oldest" ? "asc" : "desc";
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        {
          locale: query.locale,
          filters: query.since ? { releaseDate: { $gte: query.since } } : {},
          fields: [...pressReleaseIndexFields],
          populate: pressReleaseIndexPopulate,
          sort: [`releaseDate:${direction}`, `id:${direction}`],
          pagination: { start, limit },
        },
        rawPressReleaseIndexSchema,
        { resource: "press-release-index", locale: query.locale },
      );
      return { items: result.data.map(toPressReleaseIndexEntry), total: result.meta.pagination.total };
    },

    /** The latest releases with their full text, optionally of one country or theme (for feeds). */
    listLatestPressReleases: async (query: LatestPressReleasesQuery): Promise<PressRelease[]> => {
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        {
          locale: query.locale,
          filters: facetFilters({ country: query.country, theme: query.theme }),
          populate: pressReleasePopulate,
          sort: ["releaseDate:desc", "id:desc"],
          pagination: { page: 1, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, query.limit)), withCount: false },
        },
        oneRelease,
        { resource: "press-release-feed", locale: query.locale },
      );
      return result.data.map(toPressRelease);
    },

    /** Releases sharing a country or theme with the given one, newest first. */
    listRelatedPressReleases: async (query: RelatedPressReleasesQuery): Promise<PressReleaseSummary[]> => {
      if (query.countries.length === 0 && query.themes.length === 0) return [];
      const result = await cms.read(
        contentTypes.pressRelease.restPath,
        {
          locale: query.locale,
          filters: {
            slug: { $ne: query.slug },
            $or: [{ countries: { slug: { $in: query.countries } } }, { themes: { slug: { $in: query.themes } } }],
          },
          fields: [...pressReleaseSummaryFields],
          populate: pressReleaseSummaryPopulate,
          sort: ["releaseDate:desc", "id:desc"],
          pagination: { page: 1, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, query.limit)), withCount: false },
        },
        collectionResponse(rawPressReleaseSummarySchema).omit({ meta: true }),
        { resource: "press-release-list", locale: query.locale },
      );
      return result.data.map(toPressReleaseSummary);
    },

    /** The years in which releases were published in a language, newest first (for the year filter). */
    listPublicationYears: async (locale: Locale): Promise<number[]> => {
      const edge = async (direction: "asc" | "desc") => {
        const result = await cms.read(
          contentTypes.pressRelease.restPath,
          { locale, fields: ["releaseDate"], sort: [`releaseDate:${direction}`], pagination: { page: 1, pageSize: 1, withCount: false } },
          z.object({ data: z.array(z.object({ releaseDate: z.iso.datetime({ offset: true }) })) }),
          { resource: "press-release-list", locale },
        );
        const first = result.data[0];
        return first ? new Date(first.releaseDate).getUTCFullYear() : undefined;
      };
      const [oldest, newest] = await Promise.all([edge("asc"), edge("desc")]);
      if (oldest === undefined || newest === undefined) return [];
      return Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i);
    },
  };
}
