import { getTranslations } from "next-intl/server";
import type { ActiveFilter } from "./active-filters";

/** The filters in force as chips: each one a link to the view without it. */
export async function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (filters.length === 0) return null;
  const t = await getTranslations("Listing");
  return (
    <section aria-labelledby="active-filters" className="no-print mt-4 flex flex-wrap items-center gap-2">
      <h2 id="active-filters" className="mr-1 text-sm font-semibold text-ink-soft">
        {t("activeFilters")}
      </h2>
      <ul className="contents">
        {filters.map((filter) => (
          <li key={filter.key}>
            <a
              href={filter.removeHref}
              aria-label={t("removeFilter", { filter: filter.label })}
              className="inline-flex items-center gap-2 rounded-full border border-brand-700/40 bg-brand-50 py-1 pr-2 pl-3 text-sm font-semibold text-brand-900 hover:border-brand-700 hover:bg-brand-100"
            >
              {filter.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? (
        <a href={clearHref} className="link text-sm font-semibold">
          {t("clearAll")}
        </a>
      ) : null}
    </section>
  );
}
