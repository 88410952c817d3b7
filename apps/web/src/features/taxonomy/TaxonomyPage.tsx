import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import { isContentNotFound, type TaxonomyKind, type TaxonomyTerm } from "@newsroom/content";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { Pagination } from "@/features/listing/Pagination";
import { ResultSummary } from "@/features/listing/ResultSummary";
import { PressContacts } from "@/features/press-release/PressContacts";
import { PressReleaseCard } from "@/features/press-release/PressReleaseCard";
import { termVersions } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { listingHref, parseListingParams } from "@/lib/listing-params";
import { getSiteSettings, getTaxonomyTerm, listPressContacts, listPressReleases } from "@/lib/newsroom";

/** URL segment of each taxonomy kind: /{locale}/countries/{slug} … */
export const taxonomySegments: Record<TaxonomyKind, string> = { country: "countries", region: "regions", theme: "themes" };

/** Releases a page of a term lists (its hreflang alternates count pages with it). */
export const TERM_PAGE_SIZE = 12;

export type SearchParams = Record<string, string | string[] | undefined>;

/** Only "not found" becomes a 404; a CMS outage propagates to the error page. */
export async function loadTerm(kind: TaxonomyKind, slug: string, locale: Locale): Promise<TaxonomyTerm> {
  try {
    return await getTaxonomyTerm(kind, slug, locale);
  } catch (error) {
    if (isContentNotFound(error)) notFound();
    throw error;
  }
}

export async function taxonomyMetadata(kind: TaxonomyKind, slug: string, locale: Locale): Promise<Metadata> {
  const [term, settings] = await Promise.all([loadTerm(kind, slug, locale), getSiteSettings(locale)]);
  return { title: `${term.name} | ${settings.siteName}`, description: term.description ?? undefined };
}

/** A country, region or theme: its description, its press contacts and its releases. */
export async function TaxonomyPage({
  kind,
  slug,
  locale,
  searchParams,
}: {
  kind: TaxonomyKind;
  slug: string;
  locale: Locale;
  searchParams: SearchParams;
}) {
  const state = parseListingParams(searchParams);
  if (!state) notFound();
  const term = await loadTerm(kind, slug, locale);
  const page = state.page ?? 1;
  const [releases, contacts, t, tHome, tListing] = await Promise.all([
    listPressReleases({ locale, page, pageSize: TERM_PAGE_SIZE, [kind]: term.slug }),
    kind === "theme" ? Promise.resolve([]) : listPressContacts({ locale, [kind]: term.slug }),
    getTranslations("Taxonomy"),
    getTranslations("Home"),
    getTranslations("Listing"),
  ]);
  if (page > 1 && page > releases.pageCount) notFound();
  const path = `/${locale}/${taxonomySegments[kind]}/${term.slug}`;

  return (
    <>
      {/* Country, region and theme slugs differ per language: each language's own slug. */}
      <PageHeader locale={locale} versions={termVersions(kind, term, locale)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        <Breadcrumbs
          trail={[
            { label: tHome("title"), href: `/${locale}` },
            { label: tListing("title"), href: `/${locale}/news` },
          ]}
          current={term.name}
        />
        <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-brand-700">{t(kind)}</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{term.name}</h1>
        {term.description ? <p className="mt-3 max-w-3xl text-lg text-ink-soft">{term.description}</p> : null}

        {/* The side column only when there are contacts to put in it. */}
        <div className={`mt-10 grid gap-12 ${contacts.length > 0 ? "lg:grid-cols-[minmax(0,1fr)_20rem]" : ""}`}>
          <section aria-labelledby="term-releases">
            <h2 id="term-releases" className="font-serif text-2xl font-semibold text-brand-900">
              {t("releases")}
            </h2>
            <div className="mt-2">
              <ResultSummary total={releases.total} page={page} pageCount={releases.pageCount} />
            </div>
            {releases.items.length === 0 ? (
              <p className="mt-6 text-lg">{t("empty")}</p>
            ) : (
              <ul className={`mt-6 grid gap-x-8 gap-y-12 sm:grid-cols-2 ${contacts.length > 0 ? "" : "lg:grid-cols-3"}`}>
                {releases.items.map((release) => (
                  <li key={release.id}>
                    <PressReleaseCard release={release} />
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={page} pageCount={releases.pageCount} href={(n) => listingHref(path, {}, { page: n })} />
          </section>
          {contacts.length > 0 ? (
            <div>
              <PressContacts contacts={contacts} heading={t("contacts")} compact />
            </div>
          ) : null}
        </div>
      </main>
    </>
  );
}
