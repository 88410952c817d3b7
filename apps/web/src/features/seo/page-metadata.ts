import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Graph } from "schema-dts";
import type { Locale } from "@newsroom/config";
import type { PressRelease, SiteSettings, TaxonomyKind, TaxonomyTerm } from "@newsroom/content";
import { loadTerm, TERM_PAGE_SIZE } from "@/features/taxonomy/TaxonomyPage";
import { parseListingParams } from "@/lib/listing-params";
import { getSiteSettings, listPressReleases } from "@/lib/newsroom";
import { feedTitle } from "./feed-data";
import { breadcrumbJsonLd, graph, newsArticleJsonLd, organizationJsonLd, webSiteJsonLd } from "./json-ld";
import { buildPageMetadata, openGraphLocales, releaseShareImages, type FeedLink, type ShareImage } from "./metadata";
import { siteUrl } from "./site-data";
import {
  absoluteMediaUrl,
  absoluteUrl,
  everyLanguage,
  feedFormats,
  feedMimeTypes,
  feedPath,
  paths,
  type LanguageVersion,
  releaseVersions,
  termSegments,
  termVersions,
  withPage,
} from "./urls";

/**
 * Metadata and structured data of each kind of page, from the CMS settings of its language.
 * The pages' generateMetadata functions call these; see features/seo/README.md.
 */

function languageFeed(settings: SiteSettings): FeedLink {
  return { scope: { kind: "all" }, title: feedTitle(settings.siteName) };
}

/**
 * The layout's defaults: metadataBase, the title template with the site name, and what a page
 * without its own metadata (404, error pages) still needs. When the CMS is unreachable the
 * name falls back to the translated "Newsroom": the page itself reports the outage.
 */
export async function layoutMetadata(locale: Locale): Promise<Metadata> {
  let settings: SiteSettings | null = null;
  try {
    settings = await getSiteSettings(locale);
  } catch {
    settings = null;
  }
  const siteName = settings?.siteName ?? (await getTranslations({ locale, namespace: "Home" }))("title");
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of feedFormats)
    types[feedMimeTypes[format]] = [{ url: absoluteUrl(feedPath(locale, { kind: "all" }, format), siteUrl), title: siteName }];
  return {
    metadataBase: new URL(siteUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    applicationName: siteName,
    alternates: { types },
    openGraph: { siteName, locale: openGraphLocales[locale], type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

function defaultImages(settings: SiteSettings): ShareImage[] {
  const image = settings.defaultShareImage;
  return image
    ? [{ url: absoluteMediaUrl(image.src, siteUrl), alt: image.alt, width: image.width ?? undefined, height: image.height ?? undefined }]
    : [];
}

/** A newsroom section (home, listing, search): titled by its messages, described by the tagline. */
async function sectionMetadata(
  locale: Locale,
  namespace: "Home" | "Listing" | "Search",
  path: (locale: Locale) => string,
  extra: { xDefaultPath?: string; noIndex?: boolean; title?: string; languages?: Locale[] } = {},
): Promise<Metadata> {
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace })]);
  const { title, languages, ...rest } = extra;
  return buildPageMetadata({
    siteUrl,
    siteName: settings.siteName,
    locale,
    title: title ?? t("title"),
    description: settings.tagline,
    path: path(locale),
    // hreflang names only the languages the page exists in (a page 2 may not exist in all).
    versions: everyLanguage(path).filter((version) => languages === undefined || languages.includes(version.locale)),
    images: defaultImages(settings),
    feeds: [languageFeed(settings)],
    ...rest,
  });
}

export function homeMetadata(locale: Locale): Promise<Metadata> {
  // The bare domain sends each reader to their language: the x-default of the home page.
  return sectionMetadata(locale, "Home", paths.home, { xDefaultPath: "/" });
}

export function homeJsonLd(settings: SiteSettings, locale: Locale): Graph {
  return graph([organizationJsonLd(settings, siteUrl), webSiteJsonLd(settings, locale, siteUrl)]);
}

/** A listing view: its title names its filters and page; `languages`, those it exists in. */
export function listingMetadata(
  locale: Locale,
  page: number | undefined,
  view: { title?: string; languages?: Locale[] } = {},
): Promise<Metadata> {
  return sectionMetadata(locale, "Listing", (l) => withPage(paths.listing(l), page), view);
}

export function searchMetadata(locale: Locale, title?: string): Promise<Metadata> {
  // Result pages are endless combinations: not for search engines' indexes.
  return sectionMetadata(locale, "Search", paths.search, { noIndex: true, ...(title ? { title } : {}) });
}

/**
 * A term page's versions for hreflang: page N of a country exists in another language only
 * if that language has N pages of its releases (page 1 always exists). One cached CMS read
 * of a single item per language, only past the first page.
 */
async function existingTermVersions(
  kind: TaxonomyKind,
  term: TaxonomyTerm,
  locale: Locale,
  page: number | undefined,
): Promise<LanguageVersion[]> {
  const versions = termVersions(kind, term, locale, page);
  if (page === undefined || page <= 1) return versions;
  const exists = await Promise.all(
    versions.map(async (version) => {
      if (version.locale === locale) return true;
      const slug = term.translations.find((t) => t.locale === version.locale)?.slug;
      if (slug === undefined) return false;
      const { total } = await listPressReleases({ locale: version.locale, page: 1, pageSize: 1, [kind]: slug });
      return page <= Math.ceil(total / TERM_PAGE_SIZE);
    }),
  );
  return versions.filter((_, index) => exists[index]);
}

export async function termMetadata(kind: TaxonomyKind, term: TaxonomyTerm, locale: Locale, page: number | undefined): Promise<Metadata> {
  const settings = await getSiteSettings(locale);
  const feeds = [languageFeed(settings)];
  if (kind === "country" || kind === "theme")
    feeds.push({ scope: { kind, slug: term.slug }, title: feedTitle(settings.siteName, term.name) });
  return buildPageMetadata({
    siteUrl,
    siteName: settings.siteName,
    locale,
    title: term.name,
    description: term.description ?? settings.tagline,
    path: withPage(paths.term(locale, termSegments[kind], term.slug), page),
    versions: await existingTermVersions(kind, term, locale, page),
    images: defaultImages(settings),
    feeds,
  });
}

/** Where the release says it belongs: the editor's canonical URL, else its own address. */
function releaseCanonical(release: PressRelease, locale: Locale): { own: string; canonical: string } {
  const own = absoluteUrl(paths.release(locale, release.slug), siteUrl);
  return { own, canonical: release.seo?.canonicalUrl ?? own };
}

export async function releaseMetadata(release: PressRelease, locale: Locale): Promise<Metadata> {
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations({ locale, namespace: "PressRelease" })]);
  const { own, canonical } = releaseCanonical(release, locale);
  const path = paths.release(locale, release.slug);
  const images = releaseShareImages(release, siteUrl);
  return buildPageMetadata({
    siteUrl,
    siteName: settings.siteName,
    locale,
    title: release.title,
    absoluteTitle: release.seo?.metaTitle,
    description: release.seo?.metaDescription ?? release.lead,
    path,
    canonicalUrl: release.seo?.canonicalUrl,
    // A copy of a page elsewhere names no language versions of its own.
    versions: canonical === own ? releaseVersions(release, locale) : [],
    ...(images ? { images } : {}),
    article: {
      publishedTime: release.dateline.date,
      modifiedTime: release.lastUpdatedAt ?? release.dateline.date,
      section: t(`documentType.${release.documentType}`),
      tags: release.themes.map((theme) => theme.name),
    },
    noIndex: release.seo?.noIndex ?? false,
    feeds: [languageFeed(settings)],
  });
}

export async function releaseJsonLd(release: PressRelease, locale: Locale, settings: SiteSettings): Promise<Graph> {
  const [tHome, tListing] = await Promise.all([
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Listing" }),
  ]);
  const { canonical } = releaseCanonical(release, locale);
  // The share image, else the site's default one: the generated card's URL is Next's to choose.
  const images = (releaseShareImages(release, siteUrl) ?? defaultImages(settings)).map((image) => image.url);
  return graph([
    newsArticleJsonLd(
      {
        headline: release.title,
        description: release.seo?.metaDescription ?? release.lead,
        url: canonical,
        datePublished: release.dateline.date,
        dateModified: release.lastUpdatedAt ?? release.dateline.date,
        images,
        locale,
        dateline: { place: release.dateline.place, country: release.datelineCountry?.name ?? null },
        keywords: release.themes.map((theme) => theme.name),
      },
      settings,
      siteUrl,
    ),
    breadcrumbJsonLd([
      { name: tHome("title"), url: absoluteUrl(paths.home(locale), siteUrl) },
      { name: tListing("title"), url: absoluteUrl(paths.listing(locale), siteUrl) },
      { name: release.title, url: absoluteUrl(paths.release(locale, release.slug), siteUrl) },
    ]),
  ]);
}

/** A country, region or theme page (404 for an unknown slug, as the page itself). */
export async function termPageMetadata(
  kind: TaxonomyKind,
  slug: string,
  locale: Locale,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<Metadata> {
  const term = await loadTerm(kind, slug, locale);
  return termMetadata(kind, term, locale, parseListingParams(searchParams)?.page);
}
