import { defaultLocale, locales, type Locale } from "@newsroom/config";
import type { PressRelease, TaxonomyKind, TaxonomyTerm } from "@newsroom/content";

/**
 * Addresses search engines and feed readers see. Every absolute URL is built from the one
 * configured public site URL (SITE_URL), never from the request, so a proxy or a preview host
 * cannot leak into canonicals, sitemaps or feeds.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  // A plain absolute path (no dot segments, nothing to encode) is the origin plus the path,
  // exactly what URL gives; sitemaps build a few hundred thousand of these per file.
  if (PLAIN_PATH.test(path)) return originOf(siteUrl) + path;
  return new URL(path, siteUrl).href;
}

const PLAIN_PATH = /^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$|^\/$/;
const origins = new Map<string, string>();

function originOf(siteUrl: string): string {
  let origin = origins.get(siteUrl);
  if (origin === undefined) {
    origin = new URL(siteUrl).origin;
    origins.set(siteUrl, origin);
  }
  return origin;
}

/** A media URL from the CMS is site-relative (/uploads/…) with the local provider, absolute on a CDN. */
export function absoluteMediaUrl(src: string, siteUrl: string): string {
  return /^https?:\/\//.test(src) ? src : absoluteUrl(src, siteUrl);
}

/**
 * URL segment of each taxonomy kind, as the routes under app/[locale]/(site) name them (the
 * same map as TaxonomyPage's, repeated here so this module stays free of page code).
 */
export const termSegments = { country: "countries", region: "regions", theme: "themes" } as const;

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  listing: (locale: Locale) => `/${locale}/news`,
  search: (locale: Locale) => `/${locale}/search`,
  release: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  term: (locale: Locale, segment: string, slug: string) => `/${locale}/${segment}/${slug}`,
  subscribe: (locale: Locale) => `/${locale}/subscribe`,
  subscribeSent: (locale: Locale) => `/${locale}/subscribe/sent`,
  /** Pages reached from a message's link (its token in the query): for one person, never cached or indexed. */
  subscriptionConfirm: (locale: Locale) => `/${locale}/subscriptions/confirm`,
  subscriptionManage: (locale: Locale) => `/${locale}/subscriptions/manage`,
  unsubscribed: (locale: Locale) => `/${locale}/subscriptions/unsubscribed`,
  /** A journalist's embargoed link (private, never cached, never listed). */
  embargoed: (locale: Locale) => `/${locale}/embargoed`,
};

export const feedFormats = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof feedFormats)[number];

/** File name of each feed format; a feed's URL ends with it. */
export const feedFiles: Record<FeedFormat, string> = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" };

export const feedMimeTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** Feeds are per language, optionally narrowed to one country or theme. */
export type FeedScope = { kind: "all" } | { kind: "country"; slug: string } | { kind: "theme"; slug: string };

export const feedScopeSegments = { country: termSegments.country, theme: termSegments.theme } as const;

/** /{locale}/feeds/rss.xml, /{locale}/feeds/countries/{slug}/atom.xml, /{locale}/feeds/themes/{slug}/feed.json … */
export function feedPath(locale: Locale, scope: FeedScope, format: FeedFormat): string {
  const base = `/${locale}/feeds`;
  return scope.kind === "all"
    ? `${base}/${feedFiles[format]}`
    : `${base}/${feedScopeSegments[scope.kind]}/${scope.slug}/${feedFiles[format]}`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** The segments after /{locale}/feeds/, or null for anything that is not a feed (a 404). */
export function parseFeedPath(segments: string[]): { scope: FeedScope; format: FeedFormat } | null {
  const file = segments.at(-1);
  const format = feedFormats.find((f) => feedFiles[f] === file);
  if (!format) return null;
  if (segments.length === 1) return { scope: { kind: "all" }, format };
  const [segment, slug] = segments;
  if (segments.length !== 3 || slug === undefined || !SLUG.test(slug)) return null;
  if (segment === feedScopeSegments.country) return { scope: { kind: "country", slug }, format };
  if (segment === feedScopeSegments.theme) return { scope: { kind: "theme", slug }, format };
  return null;
}

export const sitemapPaths = {
  index: "/sitemap.xml",
  news: "/sitemap-news.xml",
  /** Numbered from 1: /sitemaps/en-1.xml */
  language: (locale: Locale, part: number) => `/sitemaps/${locale}-${part}.xml`,
};

/** "en-2.xml" → { locale: "en", part: 2 }; anything else is null (a 404). */
export function parseSitemapFile(file: string): { locale: Locale; part: number } | null {
  const match = /^([a-z]{2})-([1-9][0-9]{0,5})\.xml$/.exec(file);
  const locale = locales.find((l) => l === match?.[1]);
  if (!match?.[2] || !locale) return null;
  return { locale, part: Number(match[2]) };
}

/** A page in one language, by its path. */
export interface LanguageVersion {
  locale: Locale;
  path: string;
}

/**
 * hreflang alternates: every language the page exists in, plus x-default (the explicit
 * choice, else the default language's version, else the first one that exists).
 */
export function languageAlternates(versions: LanguageVersion[], siteUrl: string, xDefaultPath?: string): Record<string, string> {
  const ordered = locales.flatMap((locale) => versions.filter((v) => v.locale === locale).slice(0, 1));
  const languages: Record<string, string> = {};
  for (const version of ordered) languages[version.locale] = absoluteUrl(version.path, siteUrl);
  const fallback = ordered.find((v) => v.locale === defaultLocale) ?? ordered[0];
  const xDefault = xDefaultPath ?? fallback?.path;
  if (xDefault !== undefined) languages["x-default"] = absoluteUrl(xDefault, siteUrl);
  return languages;
}

/** The versions of a page that exists at the same path in every language (home, listing, search). */
export function everyLanguage(path: (locale: Locale) => string): LanguageVersion[] {
  return locales.map((locale) => ({ locale, path: path(locale) }));
}

/** The versions of content translated into some languages ({locale, slug} from the CMS). */
export function translatedVersions(
  current: LanguageVersion,
  translations: { locale: string; slug: string }[],
  path: (locale: Locale, slug: string) => string,
): LanguageVersion[] {
  const others = translations.flatMap((t) => {
    const locale = locales.find((l) => l === t.locale);
    return locale && locale !== current.locale ? [{ locale, path: path(locale, t.slug) }] : [];
  });
  return [current, ...others];
}

/** ?page=N of a paginated list (filters are left out: the unfiltered list is the canonical one). */
export function withPage(path: string, page: number | undefined): string {
  return page && page > 1 ? `${path}?page=${page}` : path;
}

/** A country, region or theme in each language it has (its slug differs per language). */
export function termVersions(
  kind: TaxonomyKind,
  term: Pick<TaxonomyTerm, "slug" | "translations">,
  locale: Locale,
  page?: number,
): LanguageVersion[] {
  const path = (l: Locale, slug: string) => withPage(paths.term(l, termSegments[kind], slug), page);
  return translatedVersions({ locale, path: path(locale, term.slug) }, term.translations, path);
}

/** A release in each language it is translated into (each translation has its own slug). */
export function releaseVersions(release: Pick<PressRelease, "slug" | "translations">, locale: Locale): LanguageVersion[] {
  return translatedVersions({ locale, path: paths.release(locale, release.slug) }, release.translations, paths.release);
}
