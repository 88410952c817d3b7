import qs from "qs";
import { z } from "zod";
import { defaultLocale, type Locale } from "@newsroom/config";
import contentApi from "@newsroom/config/content-api.json";
import { CmsResponseInvalidError, CmsUnavailableError, ContentNotFoundError } from "./errors";
import {
  navigationPopulate,
  pressContactFields,
  slugRedirectFields,
  withdrawalNoticeFields,
  pressReleaseIndexFields,
  pressReleaseIndexPopulate,
  pressReleasePopulate,
  pressReleaseSummaryFields,
  pressReleaseSummaryPopulate,
  siteSettingsPopulate,
  taxonomyPaths,
  taxonomyTermFields,
  taxonomyTermPopulate,
} from "./queries";
import { MenuTargetError, toMenuItem, toPressContact, toPressRelease, toPressReleaseIndexEntry, toPressReleaseSummary, toSiteSettings } from "./reshape";
import {
  collectionResponse,
  rawNavigationSchema,
  rawPressContactSchema,
  rawPressReleaseAddressSchema,
  rawPressReleaseIndexSchema,
  rawPressReleaseSchema,
  rawPressReleaseSummarySchema,
  rawSearchResponseSchema,
  rawSiteSettingsSchema,
  rawSlugRedirectSchema,
  legacyAddressResolutionSchema,
  rawTaxonomyTermSchema,
  rawWithdrawalNoticeSchema,
} from "./strapi-schemas";
import type {
  LatestPressReleasesQuery,
  ListPressReleasesQuery,
  Navigation,
  PressContact,
  PressRelease,
  PressReleaseFilters,
  PressReleaseIndexPage,
  PressReleaseIndexQuery,
  PressReleasePage,
  PressReleaseSummary,
  RelatedPressReleasesQuery,
  SearchPressReleasesQuery,
  SearchResults,
  SiteSettings,
  SlugRedirect,
  LegacyAddress,
  TaxonomyKind,
  TaxonomyTerm,
  WithdrawalNotice,
} from "./types";

/**
 * Which content a request is for, so the caller can attach cache tags and lifetimes. Each
 * variant says what the answer depends on (a slug in a language, one document, every release
 * of a language…), which is what an on-demand revalidation has to name.
 */
export type ContentRequest =
  /** One release's full text, found by its slug in a language. */
  | { resource: "press-release"; locale: Locale; slug: string }
  /** One release (full text or just its current slug), found by its document id. */
  | { resource: "press-release-document"; locale: Locale; documentId: string }
  /** Which document, if any, has this slug in this language. */
  | { resource: "press-release-address"; locale: Locale; slug: string }
  /** Lists of releases (listing, related releases, years) in a language. */
  | { resource: "press-release-list"; locale: Locale }
  /** The latest releases with their full text (feeds). */
  | { resource: "press-release-feed"; locale: Locale }
  /** Every release's address and dates (sitemaps). */
  | { resource: "press-release-index"; locale: Locale }
  | { resource: "search"; locale: Locale }
  /** The old addresses of releases (slug changes). */
  | { resource: "slug-redirect"; locale: Locale; slug: string }
  /** An address of the old newsroom, kept by the importer (any path, any language). */
  | { resource: "legacy-address"; path: string }
  /** The notice of a withdrawn release, by its last slug or by its document id. */
  | { resource: "withdrawal-notice"; locale: Locale; slug: string }
  | { resource: "withdrawal-notice"; locale: Locale; documentId: string }
  | { resource: "taxonomy"; locale: Locale; kind: TaxonomyKind }
  | { resource: "press-contacts"; locale: Locale }
  | { resource: "navigation"; locale: Locale }
  | { resource: "site-settings"; locale: Locale };

export interface ContentClientOptions {
  /** Strapi's base URL, e.g. http://127.0.0.1:1337 */
  baseUrl: string;
  /** A read-only API token. Without one the public role applies. */
  token?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Extra fetch options per request (Next.js cache tags and revalidation live here). */
  requestInit?: (request: ContentRequest) => RequestInit;
  /**
   * Which version of draft & publish content to read: "published" (the default, what the
   * public sees) or "draft" (the latest saved version, for previews; needs a token with draft
   * rights, the read-only token is refused).
   */
  status?: "published" | "draft";
}

/** The CMS's api.rest.maxLimit: asking for more would silently get less. */
export const MAX_PAGE_SIZE = contentApi.maxPageSize;
/** Old addresses are short; a longer path is not looked up (it stays within URL limits). */
const MAX_LEGACY_PATH = 2000;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
/** Strapi 5 document ids: letters and digits. Anything else cannot exist and is never sent. */
const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9]{1,64}$/;

/** Strapi filters for the listing facets; values are passed as data, never spliced. */
export function facetFilters(facets: PressReleaseFilters): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (facets.country) filters.countries = { slug: { $eq: facets.country } };
  if (facets.region) filters.regions = { slug: { $eq: facets.region } };
  if (facets.theme) filters.themes = { slug: { $eq: facets.theme } };
  if (facets.type) filters.documentType = { $eq: facets.type };
  if (facets.year) filters.releaseDate = { $gte: `${facets.year}-01-01T00:00:00.000Z`, $lt: `${facets.year + 1}-01-01T00:00:00.000Z` };
  return filters;
}

function clampPaging(page: number | undefined, pageSize: number | undefined, max: number) {
  return {
    page: Math.max(1, Math.trunc(page ?? 1)),
    pageSize: Math.min(max, Math.max(1, Math.trunc(pageSize ?? 12))),
  };
}

/** The body of Strapi's own 404 (a proxy's or a plain router's 404 looks different). */
const strapiNotFoundSchema = z.object({ data: z.null(), error: z.object({ status: z.literal(404), name: z.literal("NotFoundError") }) });

function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
}

export function createContentClient(options: ContentClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;

  /**
   * Every read is of a collection (filters answer an empty list, never 404) or of a single
   * type, so a 404 means the route itself is gone: Strapi restarting behind a proxy, a wrong
   * base URL. That is an outage, never "no content". Only a single type may be missing in a
   * language (`singleType`), and only when Strapi itself says so.
   */
  async function getJson<S extends z.ZodType>(
    path: string,
    query: Record<string, unknown>,
    schema: S,
    request: ContentRequest,
  ): Promise<z.infer<S>>;
  async function getJson<S extends z.ZodType>(
    path: string,
    query: Record<string, unknown>,
    schema: S,
    request: ContentRequest,
    singleType: true,
  ): Promise<z.infer<S> | undefined>;
  async function getJson<S extends z.ZodType>(
    path: string,
    query: Record<string, unknown>,
    schema: S,
    request: ContentRequest,
    singleType = false,
  ): Promise<z.infer<S> | undefined> {
    const fullQuery = options.status === "draft" ? { ...query, status: "draft" } : query;
    const url = `${baseUrl}/api/${path}?${qs.stringify(fullQuery, { encodeValuesOnly: true })}`;
    const init = options.requestInit?.(request) ?? {};
    const headers = new Headers(init.headers);
    headers.set("Accept", "application/json");
    if (options.token) headers.set("Authorization", `Bearer ${options.token}`);

    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      throw new CmsUnavailableError(`The CMS could not be reached at ${baseUrl}`, url, undefined, { cause });
    }

    if (response.status === 404) {
      const body: unknown = await response.json().catch(() => undefined);
      if (singleType && strapiNotFoundSchema.safeParse(body).success) return undefined;
      throw new CmsUnavailableError(`The CMS has no /api/${path} route (HTTP 404): it is starting, or something in front of it answered`, url, 404);
    }
    if (response.status === 401 || response.status === 403) {
      throw new CmsUnavailableError(`The CMS refused the site's API token (HTTP ${response.status})`, url, response.status);
    }
    if (response.status >= 500) {
      throw new CmsUnavailableError(`The CMS answered HTTP ${response.status}`, url, response.status);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new CmsUnavailableError(`The CMS sent a response that is not JSON (HTTP ${response.status})`, url, response.status, { cause });
    }
    if (!response.ok) {
      // A 400 here means the query names something the CMS does not have: schema drift.
      throw new CmsResponseInvalidError(`The CMS rejected the query (HTTP ${response.status})`, url, [JSON.stringify(body).slice(0, 500)]);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new CmsResponseInvalidError(`The CMS response for ${path} does not match the expected schema`, url, describeIssues(parsed.error));
    }
    return parsed.data;
  }

  async function getSingleType<S extends z.ZodType>(path: string, populate: object, schema: S, request: Extract<ContentRequest, { resource: "navigation" | "site-settings" }>) {
    const result = await getJson(path, { locale: request.locale, populate }, schema, request, true);
    if (result !== undefined) return result;
    // A single type not yet translated falls back to the default language.
    if (request.locale !== defaultLocale) {
      const fallback = await getJson(path, { locale: defaultLocale, populate }, schema, { ...request, locale: defaultLocale }, true);
      if (fallback !== undefined) return fallback;
    }
    throw new CmsResponseInvalidError(`The CMS has no ${path} content`, `${baseUrl}/api/${path}`, [`${path} is not set up for "${request.locale}"`]);
  }

  return {
    /** One published press release by its slug in a language. Throws ContentNotFoundError. */
    getPressRelease: async (slug: string, locale: Locale): Promise<PressRelease> => {
      if (!SLUG_PATTERN.test(slug)) throw new ContentNotFoundError("press release", slug);
      const result = await getJson(
        "press-releases",
        { locale, filters: { slug: { $eq: slug } }, populate: pressReleasePopulate, pagination: { pageSize: 1, withCount: false } },
        collectionResponse(rawPressReleaseSchema).omit({ meta: true }),
        { resource: "press-release", locale, slug },
      );
      const raw = result.data[0];
      if (!raw) throw new ContentNotFoundError("press release", slug);
      return toPressRelease(raw);
    },

    /** One published press release by its document id in a language. Throws ContentNotFoundError. */
    getPressReleaseByDocumentId: async (documentId: string, locale: Locale): Promise<PressRelease> => {
      if (!DOCUMENT_ID_PATTERN.test(documentId)) throw new ContentNotFoundError("press release", documentId);
      const result = await getJson(
        "press-releases",
        { locale, filters: { documentId: { $eq: documentId } }, populate: pressReleasePopulate, pagination: { pageSize: 1, withCount: false } },
        collectionResponse(rawPressReleaseSchema).omit({ meta: true }),
        { resource: "press-release-document", locale, documentId },
      );
      const raw = result.data[0];
      if (!raw) throw new ContentNotFoundError("press release", documentId);
      return toPressRelease(raw);
    },

    /** The document id of the release with this slug in a language, or null if none has it. */
    findPressReleaseDocumentId: async (slug: string, locale: Locale): Promise<string | null> => {
      if (!SLUG_PATTERN.test(slug)) return null;
      const result = await getJson(
        "press-releases",
        { locale, filters: { slug: { $eq: slug } }, fields: ["slug"], pagination: { pageSize: 1, withCount: false } },
        rawPressReleaseAddressSchema,
        { resource: "press-release-address", locale, slug },
      );
      return result.data[0]?.documentId ?? null;
    },

    /** The current slug of a release in a language, or null if it is not published there. */
    getPressReleaseSlug: async (documentId: string, locale: Locale): Promise<string | null> => {
      if (!DOCUMENT_ID_PATTERN.test(documentId)) return null;
      const result = await getJson(
        "press-releases",
        { locale, filters: { documentId: { $eq: documentId } }, fields: ["slug"], pagination: { pageSize: 1, withCount: false } },
        rawPressReleaseAddressSchema,
        { resource: "press-release-document", locale, documentId },
      );
      return result.data[0]?.slug ?? null;
    },

    /** Where an old slug of a language now leads (the newest redirect for it), or null. */
    findSlugRedirect: async (fromSlug: string, locale: Locale): Promise<SlugRedirect | null> => {
      if (!SLUG_PATTERN.test(fromSlug)) return null;
      const result = await getJson(
        "slug-redirects",
        {
          filters: { fromSlug: { $eq: fromSlug }, language: { $eq: locale } },
          fields: [...slugRedirectFields],
          sort: ["id:desc"],
          pagination: { pageSize: 1, withCount: false },
        },
        z.object({ data: z.array(rawSlugRedirectSchema) }),
        { resource: "slug-redirect", locale, slug: fromSlug },
      );
      const raw = result.data[0];
      return raw ? { fromSlug: raw.fromSlug, locale: raw.language, pressReleaseDocumentId: raw.pressReleaseDocumentId } : null;
    },

    /**
     * The page an address of the old newsroom (recorded by the importer) leads to, or null.
     * The path goes as it was asked for: the CMS normalizes it as the importer did.
     */
    resolveLegacyAddress: async (path: string): Promise<LegacyAddress | null> => {
      if (!path.startsWith("/") || path.length > MAX_LEGACY_PATH) return null;
      // The route answers 200 with null for an unknown address: a 404 is an outage (getJson).
      const result = await getJson("legacy-addresses/resolve", { path }, legacyAddressResolutionSchema, { resource: "legacy-address", path });
      return result.data;
    },

    /**
     * The notice of a withdrawn (unpublished) release in a language, by the slug it had or by
     * its document id, or null if there is none.
     */
    getWithdrawalNotice: async (key: { locale: Locale; slug: string } | { locale: Locale; documentId: string }): Promise<WithdrawalNotice | null> => {
      const bySlug = "slug" in key;
      if (bySlug ? !SLUG_PATTERN.test(key.slug) : !DOCUMENT_ID_PATTERN.test(key.documentId)) return null;
      const filters = bySlug
        ? { slug: { $eq: key.slug }, language: { $eq: key.locale } }
        : { pressReleaseDocumentId: { $eq: key.documentId }, language: { $eq: key.locale } };
      const request: ContentRequest = bySlug
        ? { resource: "withdrawal-notice", locale: key.locale, slug: key.slug }
        : { resource: "withdrawal-notice", locale: key.locale, documentId: key.documentId };
      const result = await getJson(
        "withdrawal-notices",
        { filters, fields: [...withdrawalNoticeFields], sort: ["withdrawnAt:desc", "id:desc"], pagination: { pageSize: 1, withCount: false } },
        z.object({ data: z.array(rawWithdrawalNoticeSchema) }),
        request,
      );
      const raw = result.data[0];
      return raw
        ? { slug: raw.slug, locale: raw.language, pressReleaseDocumentId: raw.pressReleaseDocumentId, title: raw.title, withdrawnAt: raw.withdrawnAt, reason: raw.reason }
        : null;
    },

    /** Published press releases, newest first, one page at a time. */
    listPressReleases: async (query: ListPressReleasesQuery): Promise<PressReleasePage> => {
      const { page, pageSize } = clampPaging(query.page, query.pageSize, MAX_PAGE_SIZE);
      const filters = facetFilters(query);
      const result = await getJson(
        "press-releases",
        {
          locale: query.locale,
          filters,
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
      const result = await getJson(
        "press-releases",
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
      const result = await getJson(
        "press-releases",
        {
          locale: query.locale,
          filters: facetFilters({ country: query.country, theme: query.theme }),
          populate: pressReleasePopulate,
          sort: ["releaseDate:desc", "id:desc"],
          pagination: { page: 1, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, query.limit)), withCount: false },
        },
        collectionResponse(rawPressReleaseSchema).omit({ meta: true }),
        { resource: "press-release-feed", locale: query.locale },
      );
      return result.data.map(toPressRelease);
    },

    /** Releases sharing a country or theme with the given one, newest first. */
    listRelatedPressReleases: async (query: RelatedPressReleasesQuery): Promise<PressReleaseSummary[]> => {
      if (query.countries.length === 0 && query.themes.length === 0) return [];
      const result = await getJson(
        "press-releases",
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

    /** Full-text search, ranked by relevance then date (the CMS's /press-releases/search). */
    searchPressReleases: async (query: SearchPressReleasesQuery): Promise<SearchResults> => {
      const { page, pageSize } = clampPaging(query.page, query.pageSize, 50);
      const params: Record<string, unknown> = { q: query.q.slice(0, 200), locale: query.locale, page, pageSize };
      for (const key of ["country", "region", "theme", "type", "year"] as const) {
        const value = query[key];
        if (value !== undefined) params[key] = value;
      }
      const result = await getJson("press-releases/search", params, rawSearchResponseSchema, { resource: "search", locale: query.locale });
      const { data, meta } = result;
      return { items: data.map((hit) => ({ ...toPressReleaseSummary(hit), excerpt: hit.excerpt })), terms: meta.terms, ...meta.pagination };
    },

    /** The years in which releases were published in a language, newest first (for the year filter). */
    listPublicationYears: async (locale: Locale): Promise<number[]> => {
      const edge = async (direction: "asc" | "desc") => {
        const result = await getJson(
          "press-releases",
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

    /** Every country, region or theme in a language, by name. */
    listTaxonomyTerms: async (kind: TaxonomyKind, locale: Locale): Promise<TaxonomyTerm[]> => {
      const result = await getJson(
        taxonomyPaths[kind],
        { locale, fields: [...taxonomyTermFields], populate: taxonomyTermPopulate, sort: ["name:asc"], pagination: { pageSize: MAX_PAGE_SIZE } },
        collectionResponse(rawTaxonomyTermSchema),
        { resource: "taxonomy", locale, kind },
      );
      return result.data.map((raw) => ({ kind, name: raw.name, slug: raw.slug, description: raw.description, translations: raw.localizations.map(({ locale: l, slug }) => ({ locale: l, slug })) }));
    },

    /** One country, region or theme by its slug in a language. Throws ContentNotFoundError. */
    getTaxonomyTerm: async (kind: TaxonomyKind, slug: string, locale: Locale): Promise<TaxonomyTerm> => {
      if (!SLUG_PATTERN.test(slug)) throw new ContentNotFoundError(kind, slug);
      const result = await getJson(
        taxonomyPaths[kind],
        { locale, filters: { slug: { $eq: slug } }, fields: [...taxonomyTermFields], populate: taxonomyTermPopulate, pagination: { pageSize: 1, withCount: false } },
        collectionResponse(rawTaxonomyTermSchema).omit({ meta: true }),
        { resource: "taxonomy", locale, kind },
      );
      const raw = result.data[0];
      if (!raw) throw new ContentNotFoundError(kind, slug);
      return { kind, name: raw.name, slug: raw.slug, description: raw.description, translations: raw.localizations.map(({ locale: l, slug: s }) => ({ locale: l, slug: s })) };
    },

    /** Press contacts covering a country, or any country of a region. */
    listPressContacts: async (query: { locale: Locale; country?: string; region?: string }): Promise<PressContact[]> => {
      const filters: Record<string, unknown> = {};
      if (query.country) filters.countries = { slug: { $eq: query.country } };
      else if (query.region) filters.countries = { region: { slug: { $eq: query.region } } };
      const result = await getJson(
        "press-contacts",
        { locale: query.locale, filters, fields: [...pressContactFields], sort: ["fullName:asc"], pagination: { pageSize: MAX_PAGE_SIZE, withCount: false } },
        collectionResponse(rawPressContactSchema).omit({ meta: true }),
        { resource: "press-contacts", locale: query.locale },
      );
      return result.data.map(toPressContact);
    },

    /** Header and footer menus, both levels, with links resolved for the language. */
    getNavigation: async (locale: Locale): Promise<Navigation> => {
      const raw = await getSingleType("navigation", navigationPopulate, rawNavigationSchema, { resource: "navigation", locale });
      try {
        return {
          header: raw.data.header.map((item) => toMenuItem(item, locale)),
          footer: raw.data.footer.map((item) => toMenuItem(item, locale)),
        };
      } catch (error) {
        if (error instanceof MenuTargetError) {
          throw new CmsResponseInvalidError("The navigation has an incomplete link", `${baseUrl}/api/navigation`, [error.message]);
        }
        throw error;
      }
    },

    /** Site name, tagline, logo, footer text, social links and organisation details. */
    getSiteSettings: async (locale: Locale): Promise<SiteSettings> => {
      const raw = await getSingleType("site-setting", siteSettingsPopulate, rawSiteSettingsSchema, { resource: "site-settings", locale });
      return toSiteSettings(raw.data);
    },
  };
}

export type ContentClient = ReturnType<typeof createContentClient>;
