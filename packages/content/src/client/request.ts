import qs from "qs";
import { z } from "zod";
import { defaultLocale, type Locale } from "@newsroom/config";
import contentApi from "@newsroom/config/content-api.json";
import { CmsResponseInvalidError, CmsUnavailableError } from "../errors";
import type { TaxonomyKind } from "../types";

/**
 * The content client's request core: one GET against Strapi's REST API with the token,
 * a timeout, the mapping of failures to CmsUnavailableError / CmsResponseInvalidError, and
 * zod validation of the answer. The reads of each resource (press-releases.ts, taxonomy.ts…)
 * only say what they ask for and what they make of the answer.
 */

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
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
/** Strapi 5 document ids: letters and digits. Anything else cannot exist and is never sent. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9]{1,64}$/;

export function clampPaging(page: number | undefined, pageSize: number | undefined, max: number) {
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

export interface ContentRequester {
  /** Strapi's base URL without a trailing slash (for error messages). */
  readonly baseUrl: string;
  /** A collection (or a custom route): filters answer an empty list, a 404 is an outage. */
  read<S extends z.ZodType>(path: string, query: Record<string, unknown>, schema: S, request: ContentRequest): Promise<z.infer<S>>;
  /** A single type in a language, else in the default language; missing in both is invalid. */
  readSingleType<S extends z.ZodType>(
    path: string,
    populate: object,
    schema: S,
    request: Extract<ContentRequest, { resource: "navigation" | "site-settings" }>,
  ): Promise<z.infer<S>>;
}

export function createRequester(options: ContentClientOptions): ContentRequester {
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
      throw new CmsUnavailableError(
        `The CMS has no /api/${path} route (HTTP 404): it is starting, or something in front of it answered`,
        url,
        404,
      );
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
      throw new CmsResponseInvalidError(
        `The CMS response for ${path} does not match the expected schema`,
        url,
        describeIssues(parsed.error),
      );
    }
    return parsed.data;
  }

  return {
    baseUrl,
    read: (path, query, schema, request) => getJson(path, query, schema, request),
    readSingleType: async (path, populate, schema, request) => {
      const result = await getJson(path, { locale: request.locale, populate }, schema, request, true);
      if (result !== undefined) return result;
      // A single type not yet translated falls back to the default language.
      if (request.locale !== defaultLocale) {
        const fallback = await getJson(path, { locale: defaultLocale, populate }, schema, { ...request, locale: defaultLocale }, true);
        if (fallback !== undefined) return fallback;
      }
      throw new CmsResponseInvalidError(`The CMS has no ${path} content`, `${baseUrl}/api/${path}`, [
        `${path} is not set up for "${request.locale}"`,
      ]);
    },
  };
}
