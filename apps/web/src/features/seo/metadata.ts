import type { Metadata } from "next";
import type { Locale } from "@newsroom/config";
import type { PressRelease } from "@newsroom/content";
import { DESCRIPTION_LIMITS, summarize } from "./description";
import {
  absoluteMediaUrl,
  absoluteUrl,
  feedFormats,
  feedMimeTypes,
  feedPath,
  languageAlternates,
  type FeedScope,
  type LanguageVersion,
} from "./urls";

/** Open Graph wants language_TERRITORY; the newsroom writes British English, and Spain's and France's usage. */
export const openGraphLocales: Record<Locale, string> = { en: "en_GB", es: "es_ES", fr: "fr_FR" };

export interface ShareImage {
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

export interface FeedLink {
  scope: FeedScope;
  /** Shown by feed readers when they offer the feed, e.g. "IOM Newsroom — Peru". */
  title: string;
}

export interface PageSeo {
  siteUrl: string;
  siteName: string;
  locale: Locale;
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  /** An editor's SEO title is used as written, without the site name. */
  absoluteTitle?: string | null;
  description?: string | null;
  /** The page's path in this language. */
  path: string;
  /** An editor's canonical URL elsewhere (the page is a copy); otherwise the page itself. */
  canonicalUrl?: string | null;
  versions: LanguageVersion[];
  xDefaultPath?: string;
  /**
   * Images for Open Graph and Twitter. Undefined leaves the key out, so that an
   * opengraph-image file next to the page (a generated card) applies instead.
   */
  images?: ShareImage[];
  article?: { publishedTime: string; modifiedTime: string; section?: string | undefined; tags: string[] };
  noIndex?: boolean;
  feeds: FeedLink[];
}

/**
 * One page's metadata: title, description, canonical, hreflang alternates with x-default,
 * feed autodiscovery links, Open Graph and Twitter card, robots. Pages replace the layout's
 * openGraph/twitter objects entirely (Next merges metadata one level deep), so every page
 * gets the full set from here.
 */
export function buildPageMetadata(seo: PageSeo): Metadata {
  const own = absoluteUrl(seo.path, seo.siteUrl);
  const canonical = seo.canonicalUrl ?? own;
  // Each format gets as much of the text as it shows (./description.ts).
  const cut = (max: number): string | undefined => (seo.description ? summarize(seo.description, max) : undefined);
  const description = cut(DESCRIPTION_LIMITS.meta);
  const title = seo.absoluteTitle ? { absolute: seo.absoluteTitle } : seo.title;
  const shareTitle = seo.absoluteTitle ?? seo.title;
  const alternateLocales = seo.versions.filter((v) => v.locale !== seo.locale).map((v) => openGraphLocales[v.locale]);
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of feedFormats) {
    types[feedMimeTypes[format]] = seo.feeds.map((feed) => ({
      url: absoluteUrl(feedPath(seo.locale, feed.scope, format), seo.siteUrl),
      title: feed.title,
    }));
  }
  const images = seo.images ? { images: seo.images.map((image) => ({ ...image })) } : {};

  return {
    title,
    description,
    alternates: { canonical, languages: languageAlternates(seo.versions, seo.siteUrl, seo.xDefaultPath), types },
    openGraph: {
      siteName: seo.siteName,
      locale: openGraphLocales[seo.locale],
      alternateLocale: alternateLocales,
      url: canonical,
      title: shareTitle,
      description: cut(DESCRIPTION_LIMITS.openGraph),
      ...images,
      ...(seo.article
        ? {
            type: "article",
            publishedTime: seo.article.publishedTime,
            modifiedTime: seo.article.modifiedTime,
            section: seo.article.section,
            tags: seo.article.tags,
          }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title: shareTitle, description: cut(DESCRIPTION_LIMITS.twitter), ...images },
    ...(seo.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/**
 * A release's share image: the editor's, else the hero image. Undefined when it has neither,
 * which lets the generated card (news/[slug]/opengraph-image.tsx) apply.
 */
export function releaseShareImages(release: Pick<PressRelease, "title" | "seo" | "heroImage">, siteUrl: string): ShareImage[] | undefined {
  const image = release.seo?.shareImage ?? release.heroImage;
  if (!image) return undefined;
  return [
    {
      url: absoluteMediaUrl(image.src, siteUrl),
      alt: image.alt || release.title,
      width: image.width ?? undefined,
      height: image.height ?? undefined,
    },
  ];
}
