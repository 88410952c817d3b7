import { cache } from "react";
import { createContentClient, type ContentRequest, type ListPressReleasesQuery } from "@newsroom/content";
import type { Locale } from "@newsroom/config";
import { env } from "@/env";

/**
 * The site's one data module: named, typed reads of newsroom content. Responses are
 * validated and reshaped by @newsroom/content; here they get cache tags and lifetimes.
 * Tags name what a later on-demand revalidation will refresh.
 */
export const cacheTags = {
  pressRelease: (locale: string, slug: string) => `press-release:${locale}:${slug}`,
  pressReleaseLists: (locale: string) => `press-releases:${locale}`,
  navigation: (locale: string) => `navigation:${locale}`,
  siteSettings: (locale: string) => `site-settings:${locale}`,
  all: "newsroom",
} as const;

function tagsFor(request: ContentRequest): string[] {
  switch (request.resource) {
    case "press-release":
      return [cacheTags.all, cacheTags.pressRelease(request.locale, request.slug)];
    case "press-release-list":
      return [cacheTags.all, cacheTags.pressReleaseLists(request.locale)];
    case "navigation":
      return [cacheTags.all, cacheTags.navigation(request.locale)];
    case "site-settings":
      return [cacheTags.all, cacheTags.siteSettings(request.locale)];
  }
}

const client = createContentClient({
  baseUrl: env.CMS_URL,
  token: env.CMS_READ_TOKEN,
  timeoutMs: env.CMS_TIMEOUT_MS,
  requestInit: (request) => ({ next: { revalidate: env.REVALIDATE_SECONDS, tags: tagsFor(request) } }),
});

// React's cache() shares one result between generateMetadata and the page in a render.
export const getPressRelease = cache((slug: string, locale: Locale) => client.getPressRelease(slug, locale));
export const listPressReleases = cache((query: ListPressReleasesQuery) => client.listPressReleases(query));
export const getNavigation = cache((locale: Locale) => client.getNavigation(locale));
export const getSiteSettings = cache((locale: Locale) => client.getSiteSettings(locale));
