import { locales, type Locale } from "@newsroom/config";
import type {
  PressReleaseIndexEntry,
  PressReleaseIndexPage,
  PressReleaseIndexQuery,
  SiteSettings,
  TaxonomyKind,
  TaxonomyTerm,
} from "@newsroom/content";
import {
  isListable,
  modifiedAt,
  newestDate,
  newsQuerySince,
  selectNewsEntries,
  splitIntoParts,
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
  listPressReleaseIndex: (query: PressReleaseIndexQuery) => Promise<PressReleaseIndexPage>;
  listTaxonomyTerms: (kind: TaxonomyKind, locale: Locale) => Promise<TaxonomyTerm[]>;
  getSiteSettings: (locale: Locale) => Promise<SiteSettings>;
}

const PAGE = 100;
/** Google News reads at most 1,000 per language here, so that is all we ask for. */
const MAX_NEWS_PER_LANGUAGE = 1_000;
const TAXONOMY_KINDS: TaxonomyKind[] = ["country", "region", "theme"];

/** Every release of a language (oldest first, so positions, and so sitemap parts, stay put). */
async function allReleases(source: SitemapSource, locale: Locale): Promise<PressReleaseIndexEntry[]> {
  const first = await source.listPressReleaseIndex({ locale, order: "oldest", start: 0, limit: PAGE });
  const starts: number[] = [];
  for (let start = PAGE; start < first.total; start += PAGE) starts.push(start);
  const rest = await Promise.all(starts.map((start) => source.listPressReleaseIndex({ locale, order: "oldest", start, limit: PAGE })));
  return [first, ...rest].flatMap((page) => page.items);
}

/**
 * One language's URLs in sitemap order: home, the news listing, country/region/theme pages,
 * then every indexable release. Search results are noindex and stay out.
 */
export async function languageSitemapUrls(source: SitemapSource, locale: Locale, siteUrl: string): Promise<SitemapUrl[]> {
  const [releases, ...termLists] = await Promise.all([
    allReleases(source, locale),
    ...TAXONOMY_KINDS.map((kind) => source.listTaxonomyTerms(kind, locale)),
  ]);
  const listed = releases.filter((r) => isListable(r, absoluteUrl(paths.release(locale, r.slug), siteUrl)));
  const newest = newestDate(listed.map(modifiedAt));

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
  const terms = TAXONOMY_KINDS.flatMap((kind, index) =>
    (termLists[index] ?? []).map((term): SitemapUrl => {
      const segment = termSegments[kind];
      const path = (l: Locale, slug: string) => paths.term(l, segment, slug);
      const versions = translatedVersions({ locale, path: path(locale, term.slug) }, term.translations, path);
      return {
        loc: absoluteUrl(path(locale, term.slug), siteUrl),
        lastmod: newestDate(listed.filter((r) => r.terms[kind].includes(term.slug)).map(modifiedAt)),
        alternates: languageAlternates(versions, siteUrl),
      };
    }),
  );
  const articles = listed.map((release): SitemapUrl => {
    const versions = translatedVersions({ locale, path: paths.release(locale, release.slug) }, release.translations, paths.release);
    return {
      loc: absoluteUrl(paths.release(locale, release.slug), siteUrl),
      lastmod: modifiedAt(release),
      alternates: languageAlternates(versions, siteUrl),
    };
  });
  return [...fixed, ...terms, ...articles];
}

/** The index: each language's parts, with the newest lastmod found in each part. */
export async function sitemapIndexEntries(
  source: SitemapSource,
  siteUrl: string,
): Promise<{ loc: string; lastmod?: string | undefined }[]> {
  const perLanguage = await Promise.all(
    locales.map(async (locale) => ({ locale, parts: splitIntoParts(await languageSitemapUrls(source, locale, siteUrl)) })),
  );
  return perLanguage.flatMap(({ locale, parts }) =>
    parts.map((urls, index) => ({
      loc: absoluteUrl(sitemapPaths.language(locale, index + 1), siteUrl),
      lastmod: newestDate(urls.map((u) => u.lastmod)),
    })),
  );
}

/** Part `part` (from 1) of a language's sitemap, or null when there is no such part. */
export async function languageSitemapPart(
  source: SitemapSource,
  locale: Locale,
  part: number,
  siteUrl: string,
): Promise<SitemapUrl[] | null> {
  return splitIntoParts(await languageSitemapUrls(source, locale, siteUrl))[part - 1] ?? null;
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
