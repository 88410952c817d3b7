import type { Locale } from "@newsroom/config";
import type { ListingParams } from "@/lib/listing-params";
import { listPublicationYears, listTaxonomyTerms } from "@/lib/newsroom";
import type { FilterOptions } from "./FilterForm";

export async function loadFilterOptions(locale: Locale): Promise<FilterOptions> {
  const [countries, regions, themes, years] = await Promise.all([
    listTaxonomyTerms("country", locale),
    listTaxonomyTerms("region", locale),
    listTaxonomyTerms("theme", locale),
    listPublicationYears(locale),
  ]);
  return { countries, regions, themes, years };
}

/**
 * A filter value the form never offers is not a page (404): a country, region or theme that
 * does not exist, and a year without releases (?year=1999), alike. A newsroom has no
 * endless empty pages for crawlers to find; a combination of offered values that matches
 * nothing (Peru and media advisories) is a real view with an empty state (200).
 */
export function facetsExist(state: ListingParams, options: FilterOptions): boolean {
  const known = (slug: string | undefined, terms: { slug: string }[]) => slug === undefined || terms.some((term) => term.slug === slug);
  return (
    known(state.country, options.countries) &&
    known(state.region, options.regions) &&
    known(state.theme, options.themes) &&
    (state.year === undefined || options.years.includes(state.year))
  );
}
