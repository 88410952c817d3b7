import type { DocumentType } from "@newsroom/contract";
import { FILTER_KEYS, listingHref, type FilterKey, type ListingParams } from "@/lib/listing-params";
import type { FilterOptions } from "./FilterForm";

export interface ActiveFilter {
  key: FilterKey;
  /** The value as readers know it: "Peru", "Statement", "2013". */
  label: string;
  /** The same view without this filter (back to page 1). */
  removeHref: string;
}

/**
 * The filters a listing's URL applies, named in the page's language, each with the address of
 * the view without it: the removable chips, and the words of the page title.
 */
export function activeFilters(
  path: string,
  state: ListingParams & { q?: string },
  options: FilterOptions,
  typeLabel: (type: DocumentType) => string,
): ActiveFilter[] {
  const termName = (terms: { slug: string; name: string }[], slug: string) => terms.find((term) => term.slug === slug)?.name ?? slug;
  const label = (key: FilterKey): string | null => {
    switch (key) {
      case "country":
        return state.country === undefined ? null : termName(options.countries, state.country);
      case "region":
        return state.region === undefined ? null : termName(options.regions, state.region);
      case "theme":
        return state.theme === undefined ? null : termName(options.themes, state.theme);
      case "type":
        return state.type === undefined ? null : typeLabel(state.type);
      case "year":
        return state.year === undefined ? null : String(state.year);
    }
  };
  return FILTER_KEYS.flatMap((key) => {
    const text = label(key);
    return text === null ? [] : [{ key, label: text, removeHref: listingHref(path, state, { [key]: undefined, page: undefined }) }];
  });
}

/** A view's title from its list's name, the filters it applies and its page number. */
export function listingTitle(
  base: string,
  filters: Pick<ActiveFilter, "label">[],
  page: number | undefined,
  format: { filtered: (title: string, filters: string) => string; paged: (title: string, page: number) => string },
): string {
  const filtered = filters.length > 0 ? format.filtered(base, filters.map((filter) => filter.label).join(", ")) : base;
  return page !== undefined && page > 1 ? format.paged(filtered, page) : filtered;
}
