import { locales, type Locale } from "@newsroom/config";
import type { TaxonomyTerm } from "@newsroom/content";
import type { LanguageVersion } from "@/features/seo/urls";
import { listingHref, type ListingParams } from "@/lib/listing-params";
import type { FilterOptions } from "./FilterForm";

type TermFilter = "country" | "region" | "theme";
const TERM_FILTERS: TermFilter[] = ["country", "region", "theme"];

/**
 * The same filters in another language: a country, region or theme has its own slug in each
 * language (a term with no version there is left out); type and year are the same everywhere.
 * The page number is not a filter: whether that page exists there is asked separately.
 */
export function translateFilters(state: ListingParams, options: FilterOptions, to: Locale): ListingParams {
  const terms: Record<TermFilter, TaxonomyTerm[]> = { country: options.countries, region: options.regions, theme: options.themes };
  const translated: ListingParams = {};
  for (const key of TERM_FILTERS) {
    const slug = state[key];
    if (slug === undefined) continue;
    const there = terms[key].find((term) => term.slug === slug)?.translations.find((t) => t.locale === to)?.slug;
    if (there !== undefined) translated[key] = there;
  }
  if (state.type !== undefined) translated.type = state.type;
  if (state.year !== undefined) translated.year = state.year;
  return translated;
}

/**
 * Each language's version of a listing view, for the language switcher: the same filters and,
 * when it exists there (pageCounts), the same page; else that view's first page.
 */
export function listingLanguageVersions(
  current: Locale,
  state: ListingParams,
  options: FilterOptions,
  path: (locale: Locale) => string,
  pageCounts: Partial<Record<Locale, number>>,
  /** A search's words: the same words are searched in every language. */
  q?: string,
): LanguageVersion[] {
  return locales.map((locale) => {
    const filters = locale === current ? { ...state, page: undefined } : translateFilters(state, options, locale);
    const page =
      state.page !== undefined && state.page <= (locale === current ? state.page : (pageCounts[locale] ?? 0)) ? state.page : undefined;
    return { locale, path: listingHref(path(locale), { ...filters, ...(q ? { q } : {}) }, { page }) };
  });
}

/** The languages in which page N of a list exists (page 1 always does: an empty list is a page). */
export function languagesWithPage(page: number | undefined, pageCounts: Partial<Record<Locale, number>>): Locale[] {
  return locales.filter((locale) => page === undefined || page <= 1 || page <= (pageCounts[locale] ?? 0));
}
