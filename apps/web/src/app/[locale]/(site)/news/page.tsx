import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import { ActiveFilters } from "@/features/listing/ActiveFilters";
import { activeFilters, listingTitle } from "@/features/listing/active-filters";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { FilterForm } from "@/features/listing/FilterForm";
import { filteredPageCounts, otherLanguagePageCounts } from "@/features/listing/load-language-versions";
import { languagesWithPage, listingLanguageVersions } from "@/features/listing/listing-languages";
import { facetsExist, loadFilterOptions } from "@/features/listing/load-options";
import { Pagination } from "@/features/listing/Pagination";
import { ResultSummary } from "@/features/listing/ResultSummary";
import { PressReleaseCard } from "@/features/press-release/PressReleaseCard";
import { listingMetadata } from "@/features/seo/page-metadata";
import { paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { filtersOf, hasFilters, listingHref, needsCleanUrl, parseListingParams, type ListingParams } from "@/lib/listing-params";
import { resolveLocale } from "@/lib/locale";
import { listPressReleases } from "@/lib/newsroom";

// Rendered per request from its URL (filters, page); the CMS reads behind it are cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 12;

/** "News releases: Peru, Statement, page 2": the filters and page the view shows. */
async function viewTitle(locale: Locale, state: ListingParams): Promise<string> {
  const [options, t, tType] = await Promise.all([
    loadFilterOptions(locale),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "PressRelease.documentType" }),
  ]);
  const filters = activeFilters(paths.listing(locale), state, options, (type) => tType(type));
  return listingTitle(t("title"), filters, state.page, {
    filtered: (title, list) => t("titleFiltered", { title, filters: list }),
    paged: (title, page) => t("titlePage", { title, page }),
  });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const state = parseListingParams(await searchParams);
  if (!state) return listingMetadata(locale, undefined);
  // The canonical (and its alternates) is the unfiltered list's page: it names the languages
  // that have that page.
  const counts = await otherLanguagePageCounts(locale, state.page, PAGE_SIZE, () => ({}));
  return listingMetadata(locale, state.page, {
    title: await viewTitle(locale, state),
    languages: [locale, ...languagesWithPage(state.page, counts).filter((l) => l !== locale)],
  });
}

export default async function NewsListingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const state = parseListingParams(raw);
  if (!state) notFound();
  const path = paths.listing(locale);
  // A submitted form's empty fields: the same view at its one clean address.
  if (needsCleanUrl(raw)) permanentRedirect(listingHref(path, state));
  const [options, t, tHome, tType] = await Promise.all([
    loadFilterOptions(locale),
    getTranslations("Listing"),
    getTranslations("Home"),
    getTranslations("PressRelease.documentType"),
  ]);
  if (!facetsExist(state, options)) notFound();

  const page = state.page ?? 1;
  const [result, counts] = await Promise.all([
    listPressReleases({ locale, page, pageSize: PAGE_SIZE, ...filtersOf(state) }),
    filteredPageCounts(locale, state, options, PAGE_SIZE),
  ]);
  if (page > 1 && page > result.pageCount) notFound();
  const filters = activeFilters(path, state, options, (type) => tType(type));

  return (
    <>
      {/* Each language's version of this view: filters translated, the page kept where it exists. */}
      <PageHeader locale={locale} versions={listingLanguageVersions(locale, state, options, paths.listing, counts)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        <Breadcrumbs trail={[{ label: tHome("title"), href: `/${locale}` }]} current={t("title")} />
        <h1 className="mt-3 font-serif text-3xl font-semibold text-brand-900 sm:mt-4 sm:text-4xl">{t("title")}</h1>
        <div className="mt-4 sm:mt-6">
          <FilterForm action={path} state={state} options={options} />
        </div>
        <ActiveFilters filters={filters} clearHref={path} />
        <div className="mt-4 sm:mt-6">
          <ResultSummary total={result.total} page={page} pageCount={result.pageCount} />
        </div>
        {result.items.length === 0 ? (
          <div className="mt-6 rounded border border-dashed border-brand-900/30 p-8">
            <p className="text-lg">{t("emptyFiltered")}</p>
            {hasFilters(state) ? (
              <a className="link mt-2 inline-block font-semibold" href={path}>
                {t("clearAll")}
              </a>
            ) : null}
          </div>
        ) : (
          <ul className="mt-4 grid gap-x-8 gap-y-10 sm:mt-6 sm:grid-cols-2 sm:gap-y-12 lg:grid-cols-3">
            {result.items.map((release) => (
              <li key={release.id}>
                <PressReleaseCard release={release} headingLevel={2} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={result.pageCount} href={(n) => listingHref(path, state, { page: n })} />
      </main>
    </>
  );
}
