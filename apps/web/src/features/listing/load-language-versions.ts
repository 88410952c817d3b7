import { locales, type Locale } from "@newsroom/config";
import type { PressReleaseFilters } from "@newsroom/content";
import type { ListingParams } from "@/lib/listing-params";
import { filtersOf } from "@/lib/listing-params";
import { listPressReleases } from "@/lib/newsroom";
import type { FilterOptions } from "./FilterForm";
import { translateFilters } from "./listing-languages";

/**
 * How many pages a list has in each other language (only asked when a page past the first
 * is shown: page 1 exists everywhere). One cached CMS read per language, of a single item:
 * its total is all that is needed.
 */
export async function otherLanguagePageCounts(
  current: Locale,
  page: number | undefined,
  pageSize: number,
  filtersIn: (locale: Locale) => PressReleaseFilters,
): Promise<Partial<Record<Locale, number>>> {
  if (page === undefined || page <= 1) return {};
  const others = locales.filter((locale) => locale !== current);
  const counts = await Promise.all(
    others.map(async (locale) => {
      const result = await listPressReleases({ locale, page: 1, pageSize: 1, ...filtersIn(locale) });
      return [locale, Math.ceil(result.total / pageSize)] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** Page counts of the same filtered view in the other languages (its filters translated). */
export function filteredPageCounts(current: Locale, state: ListingParams, options: FilterOptions, pageSize: number) {
  return otherLanguagePageCounts(current, state.page, pageSize, (locale) => filtersOf(translateFilters(state, options, locale)));
}
