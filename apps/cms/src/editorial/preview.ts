import { createHmac } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

const PRESS_RELEASE = contentTypes.pressRelease.uid;
/** A preview link works for an hour: long enough to review, short enough if it leaks. */
const LINK_LIFETIME_SECONDS = 3600;

export interface PreviewLinkSettings {
  siteUrl: string;
  secret: string;
}

/**
 * A signed link to the site's preview route. The site checks the HMAC and the expiry, so the
 * secret itself never appears in a URL (apps/web/src/features/preview verifies the same format).
 */
export function signedPreviewUrl(settings: PreviewLinkSettings, path: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + LINK_LIFETIME_SECONDS;
  const signature = createHmac("sha256", settings.secret).update(`${path}\n${expires}`).digest("base64url");
  const url = new URL("/api/preview", settings.siteUrl);
  url.search = new URLSearchParams({ path, expires: String(expires), signature }).toString();
  return url.href;
}

/**
 * Strapi 5's preview handler: which page of the site shows a document. Only press releases
 * have a page of their own; navigation and settings show on the home page.
 */
export function createPreviewHandler(strapi: () => Core.Strapi, settings: PreviewLinkSettings) {
  return async (uid: string, params: { documentId: string; locale?: string; status?: string }): Promise<string | null> => {
    const locale = params.locale ?? "en";
    if (uid === PRESS_RELEASE) {
      const status = params.status === "published" ? "published" : "draft";
      const document: { slug?: unknown } | null = await strapi()
        .documents(PRESS_RELEASE)
        .findOne({ documentId: params.documentId, locale, status, fields: ["slug"] });
      if (!document || typeof document.slug !== "string" || document.slug === "") return null;
      return signedPreviewUrl(settings, `/${locale}/news/${document.slug}`);
    }
    if (uid === contentTypes.navigation.uid || uid === contentTypes.siteSetting.uid) {
      return signedPreviewUrl(settings, `/${locale}`);
    }
    return null;
  };
}
