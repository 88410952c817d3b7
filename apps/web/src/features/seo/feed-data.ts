import type { Locale } from "@newsroom/config";
import type { TaxonomyKind } from "@newsroom/content";
import { getSiteSettings, getTaxonomyTerm, listLatestPressReleases } from "@/lib/newsroom";
import { buildFeed, FEED_ITEM_COUNT, type FeedInput } from "./feed";
import { siteUrl } from "./site-data";
import { paths, termSegments, type FeedFormat, type FeedScope } from "./urls";

/** Reads what a feed shows (through the data module, so it refreshes with the pages). */
export async function loadFeed(locale: Locale, scope: FeedScope, format: FeedFormat) {
  const settings = await getSiteSettings(locale);
  let input: FeedInput;
  if (scope.kind === "all") {
    const releases = await listLatestPressReleases({ locale, limit: FEED_ITEM_COUNT });
    input = {
      siteUrl,
      locale,
      scope,
      settings,
      title: settings.siteName,
      description: settings.tagline ?? settings.siteName,
      pagePath: paths.home(locale),
      releases,
    };
  } else {
    const kind: TaxonomyKind = scope.kind;
    // Throws ContentNotFoundError for an unknown country or theme: the route answers 404.
    const term = await getTaxonomyTerm(kind, scope.slug, locale);
    const releases = await listLatestPressReleases({ locale, limit: FEED_ITEM_COUNT, [kind]: term.slug });
    input = {
      siteUrl,
      locale,
      scope,
      settings,
      title: feedTitle(settings.siteName, term.name),
      description: term.description ?? settings.tagline ?? settings.siteName,
      pagePath: paths.term(locale, termSegments[kind], term.slug),
      releases,
    };
  }
  return buildFeed(input, format);
}

/** "IOM Newsroom — Peru": also the title of the autodiscovery link in the page's head. */
export function feedTitle(siteName: string, termName?: string): string {
  return termName ? `${siteName} — ${termName}` : siteName;
}
