import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { FilterForm } from "@/features/listing/FilterForm";
import { facetsExist, loadFilterOptions } from "@/features/listing/load-options";
import { Pagination } from "@/features/listing/Pagination";
import { ResultSummary } from "@/features/listing/ResultSummary";
import { PressReleaseCard } from "@/features/press-release/PressReleaseCard";
import { listingMetadata } from "@/features/seo/page-metadata";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { filtersOf, hasFilters, listingHref, parseListingParams } from "@/lib/listing-params";
import { resolveLocale } from "@/lib/locale";
import { listPressReleases } from "@/lib/newsroom";

// Rendered per request from its URL (filters, page); the CMS reads behind it are cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 12;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return listingMetadata(locale, parseListingParams(await searchParams)?.page);
}

export default async function NewsListingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const state = parseListingParams(await searchParams);
  if (!state) notFound();
  const [options, t, tHome] = await Promise.all([loadFilterOptions(locale), getTranslations("Listing"), getTranslations("Home")]);
  if (!facetsExist(state, options)) notFound();

  const page = state.page ?? 1;
  const result = await listPressReleases({ locale, page, pageSize: PAGE_SIZE, ...filtersOf(state) });
  if (page > 1 && page > result.pageCount) notFound();
  const path = `/${locale}/news`;

  return (
    <>
      {/* Filters name taxonomy slugs of one language, so switching language starts unfiltered. */}
      <PageHeader locale={locale} versions={everyLanguage(paths.listing)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        <Breadcrumbs trail={[{ label: tHome("title"), href: `/${locale}` }]} current={t("title")} />
        <h1 className="mt-4 font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("title")}</h1>
        <div className="mt-6">
          <FilterForm action={path} state={state} options={options} />
        </div>
        <div className="mt-8">
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
          <ul className="mt-6 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
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
