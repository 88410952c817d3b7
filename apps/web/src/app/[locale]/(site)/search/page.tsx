import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/features/listing/ActiveFilters";
import { activeFilters } from "@/features/listing/active-filters";
import { listingLanguageVersions } from "@/features/listing/listing-languages";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { FilterForm } from "@/features/listing/FilterForm";
import { facetsExist, loadFilterOptions } from "@/features/listing/load-options";
import { Pagination } from "@/features/listing/Pagination";
import { ResultSummary } from "@/features/listing/ResultSummary";
import { SearchResultCard } from "@/features/listing/SearchResultCard";
import { searchMetadata } from "@/features/seo/page-metadata";
import { paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { filtersOf, listingHref, needsCleanUrl, parseListingParams, parseSearchQuery } from "@/lib/listing-params";
import { resolveLocale } from "@/lib/locale";
import { searchPressReleases } from "@/lib/newsroom";

// Rendered per request from its URL (filters, page); the CMS reads behind it are cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 12;

/** "Search results for “lima”, page 2": the words and the page, as the heading says them. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const q = parseSearchQuery(raw);
  const page = parseListingParams(raw)?.page;
  if (!q) return searchMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  const title = t("titleFor", { q });
  return searchMetadata(locale, page !== undefined && page > 1 ? t("titlePage", { title, page }) : title);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const state = parseListingParams(raw);
  const q = parseSearchQuery(raw);
  if (!state || q === null) notFound();
  const path = paths.search(locale);
  // A submitted form's empty fields: the same search at its one clean address.
  if (needsCleanUrl(raw)) permanentRedirect(listingHref(path, { ...state, q }));
  const [options, t, tHome, tType] = await Promise.all([
    loadFilterOptions(locale),
    getTranslations("Search"),
    getTranslations("Home"),
    getTranslations("PressRelease.documentType"),
  ]);
  if (!facetsExist(state, options)) notFound();

  const page = state.page ?? 1;
  const result = q ? await searchPressReleases({ locale, q, page, pageSize: PAGE_SIZE, ...filtersOf(state) }) : null;
  if (result && page > 1 && page > result.pageCount) notFound();
  const filters = activeFilters(path, { ...state, q }, options, (type) => tType(type));

  return (
    <>
      {/* The same words and filters (translated) are searched in the other language, from its first page. */}
      <PageHeader locale={locale} versions={listingLanguageVersions(locale, { ...state, page: undefined }, options, paths.search, {}, q)} />
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 sm:px-6">
        <Breadcrumbs trail={[{ label: tHome("title"), href: `/${locale}` }]} current={t("title")} />
        <h1 className="mt-4 font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{q ? t("titleFor", { q }) : t("title")}</h1>
        <div className="mt-6">
          <FilterForm action={path} state={state} options={options} query={q} />
        </div>
        <ActiveFilters filters={filters} clearHref={listingHref(path, { q })} />
        {result ? (
          <>
            <div className="mt-8">
              <ResultSummary total={result.total} page={page} pageCount={result.pageCount} />
            </div>
            {result.items.length === 0 ? (
              <div className="mt-6 rounded border border-dashed border-brand-900/30 p-8">
                <p className="text-lg font-semibold">{t("noResults", { q })}</p>
                <ul className="mt-3 list-disc pl-6 text-ink-soft">
                  <li>{t("tipSpelling")}</li>
                  <li>{t("tipFewerWords")}</li>
                  <li>{t("tipFilters")}</li>
                </ul>
                <a className="link mt-4 inline-block font-semibold" href={`/${locale}/news`}>
                  {t("browseAll")}
                </a>
              </div>
            ) : (
              <ol className="mt-6 flex flex-col gap-6">
                {result.items.map((hit) => (
                  <li key={hit.id}>
                    <SearchResultCard hit={hit} locale={locale} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination page={page} pageCount={result.pageCount} href={(n) => listingHref(path, { ...state, q }, { page: n })} />
          </>
        ) : (
          <p className="mt-8 text-lg text-ink-soft">{t("prompt")}</p>
        )}
      </main>
    </>
  );
}
