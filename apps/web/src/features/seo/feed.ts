import { Feed, type Item } from "feed";
import type { Locale } from "@newsroom/config";
import type { HeroImage, PressRelease, SiteSettings } from "@newsroom/content";
import { bodyToHtml, escapeHtml } from "./body-html";
import {
  absoluteMediaUrl,
  absoluteUrl,
  feedFormats,
  feedMimeTypes,
  feedPath,
  paths,
  termSegments,
  type FeedFormat,
  type FeedScope,
} from "./urls";

/**
 * RSS 2.0, Atom 1.0 and JSON Feed through the `feed` package. Each item: title, link,
 * guid/id (the release's permanent URL), dates, summary (the lead), the full text (dateline,
 * lead and body as HTML) and the hero image.
 */

export const FEED_ITEM_COUNT = 30;

/** Characters XML 1.0 forbids; an editor's stray control character must not break a feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

export function imageMimeType(src: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(src)?.[1]?.toLowerCase();
  return extension ? IMAGE_TYPES[extension] : undefined;
}

function heroHtml(hero: HeroImage, siteUrl: string): string {
  const size = hero.width && hero.height ? ` width="${hero.width}" height="${hero.height}"` : "";
  const caption = [hero.caption, hero.credit].filter((part): part is string => Boolean(part)).join(" ");
  const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : "";
  return `<figure><img src="${escapeHtml(absoluteMediaUrl(hero.src, siteUrl))}" alt="${escapeHtml(hero.alt)}"${size}>${figcaption}</figure>`;
}

/** The release as the page shows it: hero, "PLACE – lead", body. */
export function releaseContentHtml(release: PressRelease, siteUrl: string): string {
  const hero = release.heroImage ? heroHtml(release.heroImage, siteUrl) : "";
  const lead = `<p><strong>${escapeHtml(release.dateline.place)} – </strong>${escapeHtml(release.lead)}</p>`;
  return [hero, lead, bodyToHtml(release.body, siteUrl)].filter(Boolean).join("\n");
}

/**
 * Atom titles are HTML (escaped here); RSS titles are plain text in a CDATA section, which
 * "]]>" would end; JSON Feed titles are plain text.
 */
function itemTitle(title: string, format: FeedFormat): string {
  const safe = xmlSafe(title);
  if (format === "atom") return escapeHtml(safe);
  return format === "rss" ? safe.replace(/]]>/g, "]] >") : safe;
}

export interface FeedInput {
  siteUrl: string;
  locale: Locale;
  scope: FeedScope;
  settings: SiteSettings;
  /** e.g. "IOM Newsroom" or "IOM Newsroom — Peru" */
  title: string;
  description: string;
  /** The HTML page the feed mirrors (home, or the country/theme page). */
  pagePath: string;
  releases: PressRelease[];
}

/**
 * Builds the feed for one format. Atom titles and RSS/Atom summaries are HTML (the `feed`
 * package marks them so), so plain CMS text is escaped for those; JSON Feed's title and
 * summary are plain text.
 */
export function buildFeed(input: FeedInput, format: FeedFormat): Feed {
  const { siteUrl, locale, settings } = input;
  const links = Object.fromEntries(feedFormats.map((f) => [f, absoluteUrl(feedPath(locale, input.scope, f), siteUrl)]));
  const newest = input.releases.map((r) => Date.parse(r.lastUpdatedAt ?? r.dateline.date)).reduce((a, b) => Math.max(a, b), 0);
  const asHtml = (text: string) => (format === "json" ? xmlSafe(text) : escapeHtml(xmlSafe(text)));

  const feed = new Feed({
    id: links[format] ?? absoluteUrl(input.pagePath, siteUrl),
    title: xmlSafe(input.title),
    description: xmlSafe(input.description),
    link: absoluteUrl(input.pagePath, siteUrl),
    language: locale,
    // Dated by its newest release, not by the clock, so the same content gives the same bytes
    // (an empty feed says 1970).
    updated: new Date(newest),
    generator: settings.siteName,
    feedLinks: { rss: links.rss, atom: links.atom, json: links.json },
    author: { name: settings.organization.name, link: settings.organization.url },
    copyright: `© ${settings.organization.name}`,
    ...(settings.logo ? { image: absoluteMediaUrl(settings.logo.src, siteUrl) } : {}),
  });

  for (const release of input.releases) {
    const url = absoluteUrl(paths.release(locale, release.slug), siteUrl);
    const heroUrl = release.heroImage ? absoluteMediaUrl(release.heroImage.src, siteUrl) : null;
    const heroType = heroUrl ? imageMimeType(heroUrl) : undefined;
    const item: Item = {
      title: itemTitle(release.title, format),
      id: url,
      link: url,
      date: new Date(release.lastUpdatedAt ?? release.dateline.date),
      published: new Date(release.dateline.date),
      description: asHtml(release.lead),
      content: xmlSafe(releaseContentHtml(release, siteUrl)),
      category: release.themes.map((theme) => ({
        name: xmlSafe(theme.name),
        term: theme.slug,
        domain: absoluteUrl(paths.term(locale, termSegments.theme, theme.slug), siteUrl),
      })),
      ...(heroUrl ? { image: { url: heroUrl, ...(heroType ? { type: heroType } : {}) } } : {}),
    };
    feed.addItem(item);
  }
  return feed;
}

export function renderFeed(feed: Feed, format: FeedFormat): { body: string; contentType: string } {
  switch (format) {
    case "rss":
      return { body: feed.rss2(), contentType: `${feedMimeTypes.rss}; charset=utf-8` };
    case "atom":
      return { body: feed.atom1(), contentType: `${feedMimeTypes.atom}; charset=utf-8` };
    case "json":
      return { body: feed.json1(), contentType: `${feedMimeTypes.json}; charset=utf-8` };
  }
}
