import type {
  BreadcrumbList,
  Graph,
  ImageObject,
  NewsArticle,
  Organization,
  SearchAction,
  WebSite,
  WithActionConstraints,
} from "schema-dts";
import type { Locale } from "@newsroom/config";
import type { SiteSettings } from "@newsroom/content";
import { absoluteMediaUrl, absoluteUrl, paths } from "./urls";

/**
 * schema.org structured data, typed with schema-dts. Pages render it with <JsonLd>, which
 * serializes through serializeJsonLd so no text from the CMS can end the <script> element.
 */

/** Stable @id of the organisation node, so every page's graph points at the same entity. */
export function organizationId(siteUrl: string): string {
  return `${absoluteUrl("/", siteUrl)}#organization`;
}

/**
 * The organisation's logo from the site settings. Until an editor uploads one, the default
 * share image stands in, so that publisher.logo (which Google asks for) is never missing.
 */
function logoOf(settings: SiteSettings, siteUrl: string): ImageObject | undefined {
  const logo = settings.logo ?? settings.defaultShareImage;
  if (!logo) return undefined;
  return {
    "@type": "ImageObject",
    url: absoluteMediaUrl(logo.src, siteUrl),
    ...(logo.width ? { width: String(logo.width) } : {}),
    ...(logo.height ? { height: String(logo.height) } : {}),
  };
}

export function organizationJsonLd(settings: SiteSettings, siteUrl: string): Organization {
  const { organization } = settings;
  const logo = logoOf(settings, siteUrl);
  return {
    "@type": "Organization",
    "@id": organizationId(siteUrl),
    name: organization.name,
    ...(organization.alternateName ? { alternateName: organization.alternateName } : {}),
    url: organization.url,
    ...(logo ? { logo } : {}),
    ...(organization.email ? { email: organization.email } : {}),
    ...(organization.telephone ? { telephone: organization.telephone } : {}),
    ...(organization.address ? { address: organization.address } : {}),
    ...(settings.socialLinks.length > 0 ? { sameAs: settings.socialLinks.map((link) => link.url) } : {}),
  };
}

/** The newsroom in one language, with its search as a SearchAction (sitelinks search box). */
export function webSiteJsonLd(settings: SiteSettings, locale: Locale, siteUrl: string): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(paths.search(locale), siteUrl)}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  return {
    "@type": "WebSite",
    "@id": `${absoluteUrl(paths.home(locale), siteUrl)}#website`,
    name: settings.siteName,
    url: absoluteUrl(paths.home(locale), siteUrl),
    inLanguage: locale,
    ...(settings.tagline ? { description: settings.tagline } : {}),
    publisher: { "@id": organizationId(siteUrl) },
    potentialAction: search,
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of the page that is the article's main entity (its canonical). */
  url: string;
  datePublished: string;
  dateModified: string;
  images: string[];
  locale: Locale;
  dateline: { place: string; country: string | null };
  keywords: string[];
}

export function newsArticleJsonLd(article: ArticleInput, settings: SiteSettings, siteUrl: string): NewsArticle {
  const publisher = organizationJsonLd(settings, siteUrl);
  return {
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    ...(article.images.length > 0 ? { image: article.images } : {}),
    inLanguage: article.locale,
    locationCreated: {
      "@type": "Place",
      name: article.dateline.place,
      ...(article.dateline.country ? { address: { "@type": "PostalAddress", addressCountry: article.dateline.country } } : {}),
    },
    author: { "@type": "Organization", "@id": organizationId(siteUrl), name: settings.organization.name, url: settings.organization.url },
    publisher,
    ...(article.keywords.length > 0 ? { keywords: article.keywords.join(", ") } : {}),
  };
}

export function breadcrumbJsonLd(trail: { name: string; url: string }[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

export function graph(nodes: Graph["@graph"]): Graph {
  return { "@context": "https://schema.org", "@graph": nodes };
}

/**
 * JSON for an inline <script>: "<", ">" and "&" become \u escapes (still the same JSON), so a
 * title containing "</script>" or "<!--" cannot end or confuse the element; U+2028/U+2029 are
 * escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
