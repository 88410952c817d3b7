import qs from "qs";
import type { z } from "zod";
import { defaultLocale, type Locale } from "@newsroom/config";
import { CmsResponseInvalidError, CmsUnavailableError, ContentNotFoundError } from "./errors";
import {
  navigationPopulate,
  pressReleasePopulate,
  pressReleaseSummaryFields,
  pressReleaseSummaryPopulate,
  siteSettingsPopulate,
} from "./queries";
import { MenuTargetError, toMenuItem, toPressRelease, toPressReleaseSummary, toSiteSettings } from "./reshape";
import {
  collectionResponse,
  rawNavigationSchema,
  rawPressReleaseSchema,
  rawPressReleaseSummarySchema,
  rawSiteSettingsSchema,
} from "./strapi-schemas";
import type { ListPressReleasesQuery, Navigation, PressRelease, PressReleasePage, SiteSettings } from "./types";

/** Which content a request is for, so the caller can attach cache tags and lifetimes. */
export type ContentRequest =
  | { resource: "press-release"; locale: Locale; slug: string }
  | { resource: "press-release-list"; locale: Locale }
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
}

export const MAX_PAGE_SIZE = 100;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;

function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
}

export function createContentClient(options: ContentClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;

  async function getJson<S extends z.ZodType>(
    path: string,
    query: Record<string, unknown>,
    schema: S,
    request: ContentRequest,
  ): Promise<{ status: "ok"; data: z.infer<S> } | { status: "missing" }> {
    const url = `${baseUrl}/api/${path}?${qs.stringify(query, { encodeValuesOnly: true })}`;
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

    if (response.status === 404) return { status: "missing" };
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
    return { status: "ok", data: parsed.data };
  }

  async function getSingleType<S extends z.ZodType>(path: string, populate: object, schema: S, request: ContentRequest) {
    const result = await getJson(path, { locale: request.locale, populate }, schema, request);
    if (result.status === "ok") return result.data;
    // A single type not yet translated falls back to the default language.
    if (request.locale !== defaultLocale) {
      const fallback = await getJson(path, { locale: defaultLocale, populate }, schema, { ...request, locale: defaultLocale });
      if (fallback.status === "ok") return fallback.data;
    }
    throw new CmsResponseInvalidError(`The CMS has no ${path} content`, `${baseUrl}/api/${path}`, [`${path} is not set up for "${request.locale}"`]);
  }

  return {
    /** One published press release by its slug in a language. Throws ContentNotFoundError. */
    async getPressRelease(slug: string, locale: Locale): Promise<PressRelease> {
      if (!SLUG_PATTERN.test(slug)) throw new ContentNotFoundError("press release", slug);
      const result = await getJson(
        "press-releases",
        { locale, filters: { slug: { $eq: slug } }, populate: pressReleasePopulate, pagination: { pageSize: 1, withCount: false } },
        collectionResponse(rawPressReleaseSchema).omit({ meta: true }),
        { resource: "press-release", locale, slug },
      );
      const raw = result.status === "ok" ? result.data.data[0] : undefined;
      if (!raw) throw new ContentNotFoundError("press release", slug);
      return toPressRelease(raw);
    },

    /** Published press releases, newest first, one page at a time. */
    async listPressReleases(query: ListPressReleasesQuery): Promise<PressReleasePage> {
      const page = Math.max(1, Math.trunc(query.page ?? 1));
      const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(query.pageSize ?? 12)));
      const filters: Record<string, unknown> = {};
      if (query.country) filters.countries = { slug: { $eq: query.country } };
      if (query.theme) filters.themes = { slug: { $eq: query.theme } };
      const result = await getJson(
        "press-releases",
        {
          locale: query.locale,
          filters,
          fields: [...pressReleaseSummaryFields],
          populate: pressReleaseSummaryPopulate,
          sort: ["firstPublishedAt:desc", "id:desc"],
          pagination: { page, pageSize },
        },
        collectionResponse(rawPressReleaseSummarySchema),
        { resource: "press-release-list", locale: query.locale },
      );
      if (result.status === "missing") {
        throw new CmsResponseInvalidError("The CMS has no press-releases endpoint", `${baseUrl}/api/press-releases`, ["HTTP 404"]);
      }
      const { data, meta } = result.data;
      return { items: data.map(toPressReleaseSummary), ...meta.pagination };
    },

    /** Header and footer menus, both levels, with links resolved for the language. */
    async getNavigation(locale: Locale): Promise<Navigation> {
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
    async getSiteSettings(locale: Locale): Promise<SiteSettings> {
      const raw = await getSingleType("site-setting", siteSettingsPopulate, rawSiteSettingsSchema, { resource: "site-settings", locale });
      return toSiteSettings(raw.data);
    },
  };
}

export type ContentClient = ReturnType<typeof createContentClient>;
