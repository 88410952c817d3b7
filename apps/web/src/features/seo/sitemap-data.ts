import { locales, type Locale } from "@newsroom/config";
import {
  SITEMAP_PAGE_SIZE,
  type PressReleaseIndexEntry,
  type PressReleaseIndexPage,
  type PressReleaseIndexQuery,
  type SiteSettings,
  type SitemapEntry,
  type SitemapPage,
  type SitemapPageQuery,
  type SitemapSummary,
  type SitemapSummaryQuery,
  type TaxonomyKind,
  type TaxonomyTerm,
} from "@newsroom/content";
import {
  isListable,
  MAX_URLS_PER_SITEMAP,
  modifiedAt,
  newestDate,
  newsQuerySince,
  partCount,
  partRange,
  selectNewsEntries,
  type NewsCandidate,
  type SitemapUrl,
} from "./sitemap-plan";
import type { NewsSitemapUrl } from "./sitemap-xml";
import { absoluteUrl, everyLanguage, languageAlternates, paths, sitemapPaths, termSegments, translatedVersions } from "./urls";

/**
 * What the sitemaps list, read through a source: the site's data module (cached, tagged) in
 * the routes, the plain content client in end-to-end tests that fix the clock.
 */
export interface SitemapSource {
  /** Keyset pages of a language's releases, oldest first (the CMS's sitemap endpoint). */
  listSitemapPage: (query: SitemapPageQuery) => Promise<SitemapPage>;
  /** A language's release count and newest dates per part and per term, counted by the database. */
  getSitemapSummary: (query: SitemapSummaryQuery) => Promise<SitemapSummary>;
  /** The news sitemap's releases of the last two days. */
  listPressReleaseIndex: (query: PressReleaseIndexQuery) => Promise<PressReleaseIndexPage>;
  listTaxonomyTerms: (kind: TaxonomyKind, locale: Locale) => Promise<TaxonomyTerm[]>;
  getSiteSettings: (locale: Locale) => Promise<SiteSettings>;
}

/** How a language's URLs are cut into files, and how many releases one CMS request brings. */
export interface SitemapLimits {
  urlsPerFile: number;
  pageSize: number;
}

export const sitemapLimits: SitemapLimits = { urlsPerFile: MAX_URLS_PER_SITEMAP, pageSize: SITEMAP_PAGE_SIZE };

const PAGE = 100;
/** Google News reads at most 1,000 per language here, so that is all we ask for. */
const MAX_NEWS_PER_LANGUAGE = 1_000;
const TAXONOMY_KINDS: TaxonomyKind[] = ["country", "region", "theme"];

type TermLists = TaxonomyTerm[][];

async function readTermLists(source: SitemapSource, locale: Locale): Promise<TermLists> {
  return Promise.all(TAXONOMY_KINDS.map((kind) => source.listTaxonomyTerms(kind, locale)));
}

/** Home and news listing, then each country, region and theme: the URLs before the releases. */
function leadingCount(termLists: TermLists): number {
  return 2 + termLists.reduce((sum, terms) => sum + terms.length, 0);
}

function newestOf(summary: SitemapSummary): string | undefined {
  return newestDate(summary.parts.map((p) => p.lastmod));
}

/**
 * The URLs before the releases, in sitemap order. Home and listing are dated by the newest
 * release, a term page by the newest release it lists: the dates the database gave the summary.
 */
function leadingUrls(locale: Locale, siteUrl: string, termLists: TermLists, summary: SitemapSummary): SitemapUrl[] {
  const newest = newestOf(summary);
  const fixed: SitemapUrl[] = [
    {
      loc: absoluteUrl(paths.home(locale), siteUrl),
      lastmod: newest,
      alternates: languageAlternates(everyLanguage(paths.home), siteUrl, "/"),
    },
    {
      loc: absoluteUrl(paths.listing(locale), siteUrl),
      lastmod: newest,
      alternates: languageAlternates(everyLanguage(paths.listing), siteUrl),
    },
  ];
  const terms = TAXONOMY_KINDS.flatMap((kind, index) => {
    const dates = new Map(summary.terms[kind].map((t) => [t.slug, t.lastmod ?? undefined]));
    return (termLists[index] ?? []).map((term): SitemapUrl => {
      const segment = termSegments[kind];
      const path = (l: Locale, slug: string) => paths.term(l, segment, slug);
      const versions = translatedVersions({ locale, path: path(locale, term.slug) }, term.translations, path);
      return {
        loc: absoluteUrl(path(locale, term.slug), siteUrl),
        lastmod: dates.get(term.slug),
        alternates: languageAlternates(versions, siteUrl),
      };
    });
  });
  return [...fixed, ...terms];
}

/**
 * `count` releases from position `start` (oldest first): sequential keyset pages of
 * `pageSize`, so a file costs at most urlsPerFile / pageSize requests, one at a time.
 */
async function releaseRange(
  source: SitemapSource,
  locale: Locale,
  start: number,
  count: number,
  pageSize: number,
): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let after: string | undefined;
  while (entries.length < count) {
    const limit = Math.min(pageSize, count - entries.length);
    const page = await source.listSitemapPage(after === undefined ? { locale, limit, offset: start } : { locale, limit, after });
    entries.push(...page.items);
    if (page.next === null || page.items.length === 0) break;
    after = page.next;
  }
  return entries.slice(0, count);
}

function releaseUrl(locale: Locale, siteUrl: string, release: SitemapEntry): SitemapUrl {
  const versions = translatedVersions({ locale, path: paths.release(locale, release.slug) }, release.translations, paths.release);
  return {
    loc: absoluteUrl(paths.release(locale, release.slug), siteUrl),
    lastmod: modifiedAt(release),
    alternates: languageAlternates(versions, siteUrl),
  };
}

/**
 * Part `part` (from 1) of a language's sitemap, or null when there is no such part. A
 * language's URLs are home, the news listing, country/region/theme pages, then every release
 * oldest first (so a release keeps its part), cut every `urlsPerFile` URLs; releases the
 * editor set noindex or whose canonical is elsewhere are left out of their part, which may so
 * hold fewer. Search results are noindex and stay out.
 */
export async function languageSitemapPart(
  source: SitemapSource,
  locale: Locale,
  part: number,
  siteUrl: string,
  limits: SitemapLimits = sitemapLimits,
): Promise<SitemapUrl[] | null> {
  const { urlsPerFile, pageSize } = limits;
  const termLists = await readTermLists(source, locale);
  const leading = leadingCount(termLists);
  const range = partRange(part, leading, urlsPerFile);

  const pages =
    range.pages.end > range.pages.start
      ? leadingUrls(locale, siteUrl, termLists, await source.getSitemapSummary({ locale, leading, partSize: urlsPerFile })).slice(
          range.pages.start,
          range.pages.end,
        )
      : [];
  const { start, end } = range.releases;
  const releases = end > start ? await releaseRange(source, locale, start, end - start, pageSize) : [];
  if (part > 1 && pages.length === 0 && releases.length === 0) return null;
  const listed = releases.filter((r) => isListable(r, absoluteUrl(paths.release(locale, r.slug), siteUrl)));
  return [...pages, ...listed.map((release) => releaseUrl(locale, siteUrl, release))];
}

/** The index: each language's parts, each dated by the newest lastmod in it. */
export async function sitemapIndexEntries(
  source: SitemapSource,
  siteUrl: string,
  limits: SitemapLimits = sitemapLimits,
): Promise<{ loc: string; lastmod?: string | undefined }[]> {
  const { urlsPerFile } = limits;
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const termLists = await readTermLists(source, locale);
      const leading = leadingCount(termLists);
      const summary = await source.getSitemapSummary({ locale, leading, partSize: urlsPerFile });
      const pages = leadingUrls(locale, siteUrl, termLists, summary);
      return Array.from({ length: partCount(leading, summary.total, urlsPerFile) }, (_, index) => {
        const range = partRange(index + 1, leading, urlsPerFile);
        const releases = summary.parts.find((p) => p.part === index + 1)?.lastmod;
        return {
          loc: absoluteUrl(sitemapPaths.language(locale, index + 1), siteUrl),
          lastmod: newestDate([...pages.slice(range.pages.start, range.pages.end).map((u) => u.lastmod), releases]),
        };
      });
    }),
  );
  return perLanguage.flat();
}

/** The Google News sitemap's entries at `now`, every language together, newest first. */
export async function newsSitemapUrls(source: SitemapSource, siteUrl: string, now: Date): Promise<NewsSitemapUrl[]> {
  const since = newsQuerySince(now);
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const entries: PressReleaseIndexEntry[] = [];
      for (let start = 0; start < MAX_NEWS_PER_LANGUAGE; start += PAGE) {
        const page = await source.listPressReleaseIndex({ locale, order: "newest", since, start, limit: PAGE });
        entries.push(...page.items);
        if (start + PAGE >= page.total) break;
      }
      const candidates = entries.map((entry): NewsCandidate => ({
        locale,
        entry,
        url: absoluteUrl(paths.release(locale, entry.slug), siteUrl),
      }));
      return { locale, candidates, publicationName: candidates.length > 0 ? (await source.getSiteSettings(locale)).siteName : "" };
    }),
  );
  const names = new Map(perLanguage.map((l) => [l.locale, l.publicationName]));
  return selectNewsEntries(
    perLanguage.flatMap((l) => l.candidates),
    now,
  ).map(({ locale, entry, url }) => ({
    loc: url,
    publicationName: names.get(locale) ?? "",
    language: locale,
    publicationDate: entry.date,
    title: entry.title,
  }));
}
