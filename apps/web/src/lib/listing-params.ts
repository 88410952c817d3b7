import { z } from "zod";
import type { PressReleaseFilters } from "@newsroom/content";
import { documentTypes, facetNames, type FacetName } from "@newsroom/contract";

/**
 * The listing's URL is its state (?page, ?country, ?region, ?theme, ?type, ?year, and ?q on
 * search), so any view can be shared and crawled. Malformed values are not a page: null
 * here becomes a 404. Empty values (an "All" choice in the GET form) mean "no filter".
 */
type SearchParams = Record<string, string | string[] | undefined>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);
const listingSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  country: slug.optional(),
  region: slug.optional(),
  theme: slug.optional(),
  type: z.enum(documentTypes).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

export type ListingParams = z.infer<typeof listingSchema>;
/** The listing facets, as the CMS's search and the content client name them. */
export const FILTER_KEYS = facetNames;
export type FilterKey = FacetName;

function singleValues(searchParams: SearchParams, keys: readonly string[]): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = searchParams[key];
    if (Array.isArray(value)) return null;
    if (value !== undefined && value.trim() !== "") values[key] = value.trim();
  }
  return values;
}

export function parseListingParams(searchParams: SearchParams): ListingParams | null {
  const values = singleValues(searchParams, ["page", ...FILTER_KEYS]);
  if (!values) return null;
  const parsed = listingSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** The search box: any text is a valid question, cut to a bounded length. */
export const MAX_QUERY_LENGTH = 200;
export function parseSearchQuery(searchParams: SearchParams): string | null {
  const q = searchParams.q;
  if (Array.isArray(q)) return null;
  return (q ?? "").trim().slice(0, MAX_QUERY_LENGTH);
}

export function filtersOf(params: ListingParams): PressReleaseFilters {
  const { page: _page, ...filters } = params; // the page is not a filter
  return filters;
}

export function hasFilters(params: ListingParams): boolean {
  return FILTER_KEYS.some((key) => params[key] !== undefined);
}

/** Builds a listing URL from the current state with some values changed or removed. */
export function listingHref(
  path: string,
  state: ListingParams & { q?: string },
  changes: Partial<Record<keyof ListingParams | "q", string | number | undefined>> = {},
): string {
  const merged: Record<string, string | number | undefined> = { ...state, ...changes };
  const query = new URLSearchParams();
  for (const key of ["q", ...FILTER_KEYS, "page"]) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A submitted GET form sends every field, "All" ones empty (?country=&year=2013): such a URL
 * is redirected to the clean one (listingHref), so views have one address each, with or
 * without JavaScript. True when one of the listing's own fields is present but empty
 * (?page=1 is left alone: a link may name it, and its canonical is the page without it).
 */
export function needsCleanUrl(searchParams: SearchParams, keys: readonly string[] = ["page", ...FILTER_KEYS, "q"]): boolean {
  return keys.some((key) => {
    const value = searchParams[key];
    return typeof value === "string" && value.trim() === "";
  });
}
