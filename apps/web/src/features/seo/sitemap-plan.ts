import type { Locale } from "@newsroom/config";
import type { PressReleaseIndexEntry } from "@newsroom/content";

/** The sitemaps.org limit per file (also Google's). */
export const MAX_URLS_PER_SITEMAP = 50_000;
/** Google News: releases of the last two days, at most 1,000 per news sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const MAX_NEWS_URLS = 1_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: string | undefined;
  /** hreflang → absolute URL, including this page's own language and x-default. */
  alternates: Record<string, string>;
}

/**
 * Where part `part` (from 1) of a language's sitemap cuts its URLs: the `leading` URLs (home,
 * listing, term pages) come first, then every release oldest first, `urlsPerFile` to a part.
 * `pages` is the slice of the leading URLs in it, `releases` the 0-based positions of its
 * releases [start, end). Arithmetic only, so each part is read without reading the others.
 */
export function partRange(
  part: number,
  leading: number,
  urlsPerFile: number = MAX_URLS_PER_SITEMAP,
): { pages: { start: number; end: number }; releases: { start: number; end: number } } {
  const first = (part - 1) * urlsPerFile;
  const end = part * urlsPerFile;
  return {
    pages: { start: Math.min(first, leading), end: Math.min(end, leading) },
    releases: { start: Math.max(0, first - leading), end: Math.max(0, end - leading) },
  };
}

/** How many parts a language's sitemap has (always at least one: the home page is in it). */
export function partCount(leading: number, releases: number, urlsPerFile: number = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil((leading + releases) / urlsPerFile));
}

/** The newest of the given ISO dates, or undefined for none. */
export function newestDate(dates: (string | null | undefined)[]): string | undefined {
  let newest: string | undefined;
  let newestTime = -Infinity;
  for (const date of dates) {
    if (!date) continue;
    const time = Date.parse(date);
    if (time > newestTime) {
      newest = date;
      newestTime = time;
    }
  }
  return newest;
}

/** When a release last changed as readers see it: its "last updated" date, else its publication. */
export function modifiedAt(entry: Pick<PressReleaseIndexEntry, "date" | "lastUpdatedAt">): string {
  return entry.lastUpdatedAt ?? entry.date;
}

/**
 * Whether a release belongs in sitemaps: not when the editor set noindex, nor when its
 * canonical address is another page (only canonical URLs go in a sitemap).
 */
export function isListable(entry: Pick<PressReleaseIndexEntry, "noIndex" | "canonicalUrl">, ownUrl: string): boolean {
  return !entry.noIndex && (entry.canonicalUrl === null || entry.canonicalUrl === ownUrl);
}

export interface NewsCandidate {
  locale: Locale;
  entry: PressReleaseIndexEntry;
  url: string;
}

/**
 * The Google News selection, given "now": releases published in the last two days (none
 * dated in the future), indexable, newest first, at most 1,000. Pure, so it is tested with a
 * fixed clock; the route passes the real time.
 */
export function selectNewsEntries(
  candidates: NewsCandidate[],
  now: Date,
  windowMs: number = NEWS_WINDOW_MS,
  max: number = MAX_NEWS_URLS,
): NewsCandidate[] {
  const end = now.getTime();
  const start = end - windowMs;
  return candidates
    .filter(({ entry, url }) => {
      const published = Date.parse(entry.date);
      return published >= start && published <= end && isListable(entry, url);
    })
    .sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date) || a.url.localeCompare(b.url))
    .slice(0, max);
}

/**
 * The oldest publication date the CMS is asked for, rounded down to the hour so that the
 * query (and so its cache entry) stays the same for an hour; selectNewsEntries cuts exactly.
 */
export function newsQuerySince(now: Date, windowMs: number = NEWS_WINDOW_MS): string {
  const hour = 60 * 60 * 1000;
  return new Date(Math.floor((now.getTime() - windowMs) / hour) * hour).toISOString();
}
