import { getTranslations } from "next-intl/server";
import type { TaxonomyTerm } from "@newsroom/content";
import { documentTypes } from "@newsroom/contract";
import { FILTER_KEYS, type ListingParams } from "@/lib/listing-params";

export interface FilterOptions {
  countries: TaxonomyTerm[];
  regions: TaxonomyTerm[];
  themes: TaxonomyTerm[];
  years: number[];
}

/**
 * A plain GET form: it works with JavaScript off, and every filtered view has its own URL
 * (the page redirects a submission's empty fields away: needsCleanUrl). Choosing filters
 * resets to page 1 (the page is not a field).
 */
export async function FilterForm({
  action,
  state,
  options,
  query,
  hidden = [],
}: {
  action: string;
  state: ListingParams;
  options: FilterOptions;
  /** On the search page, the search box is part of the same form. */
  query?: string;
  /** Facets fixed by the page itself (a country page has no country filter). */
  hidden?: ("country" | "region" | "theme")[];
}) {
  const t = await getTranslations("Listing");
  const tType = await getTranslations("PressRelease.documentType");
  const select = "mt-1 block w-full rounded border border-ink-muted/60 bg-white px-3 py-2 text-ink";
  const termSelect = (name: "country" | "region" | "theme", label: string, all: string, terms: TaxonomyTerm[]) =>
    hidden.includes(name) ? null : (
      <div>
        <label htmlFor={`filter-${name}`} className="text-sm font-semibold text-ink-soft">
          {label}
        </label>
        <select id={`filter-${name}`} name={name} defaultValue={state[name] ?? ""} className={select}>
          <option value="">{all}</option>
          {terms.map((term) => (
            <option key={term.slug} value={term.slug}>
              {term.name}
            </option>
          ))}
        </select>
      </div>
    );

  const activeCount = FILTER_KEYS.filter((key) => state[key] !== undefined && !hidden.some((fixed) => fixed === key)).length;
  const buttons = (
    <div className="mt-4 flex flex-wrap items-center gap-4">
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      <a href={action} className="link font-semibold">
        {t("clearAll")}
      </a>
    </div>
  );

  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filtersLabel")}
      className="no-print rounded border border-brand-900/15 bg-white p-4 sm:p-5"
    >
      {query !== undefined ? (
        <div className="mb-3">
          <label htmlFor="search-q" className="text-sm font-semibold text-ink-soft">
            {t("searchLabel")}
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={query}
              maxLength={200}
              className="block w-full min-w-0 rounded border border-ink-muted/60 bg-white px-3 py-2 text-lg text-ink"
            />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("searchSubmit")}
            </button>
          </div>
        </div>
      ) : null}
      {/* On phones the filters fold away behind one button, so the first headline stays near
          the top; from 768 px up they are always shown (globals.css, .filter-disclosure). */}
      <details className="filter-disclosure group/filters">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-2 py-1 font-semibold text-brand-900">
          <span>
            {t("filters")}{" "}
            {activeCount > 0 ? <span className="font-normal text-ink-muted">{t("filtersCount", { count: activeCount })}</span> : null}
          </span>
          <span aria-hidden="true" className="transition-transform group-open/filters:rotate-180">
            ▾
          </span>
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 md:mt-0 lg:grid-cols-5">
          {termSelect("country", t("country"), t("allCountries"), options.countries)}
          {termSelect("region", t("region"), t("allRegions"), options.regions)}
          {termSelect("theme", t("theme"), t("allThemes"), options.themes)}
          <div>
            <label htmlFor="filter-type" className="text-sm font-semibold text-ink-soft">
              {t("type")}
            </label>
            <select id="filter-type" name="type" defaultValue={state.type ?? ""} className={select}>
              <option value="">{t("allTypes")}</option>
              {documentTypes.map((type) => (
                <option key={type} value={type}>
                  {tType(type)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-year" className="text-sm font-semibold text-ink-soft">
              {t("year")}
            </label>
            <select id="filter-year" name="year" defaultValue={state.year ?? ""} className={select}>
              <option value="">{t("allYears")}</option>
              {options.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        </div>
        {buttons}
      </details>
    </form>
  );
}
