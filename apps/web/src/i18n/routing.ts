import { defaultLocale, locales } from "@newsroom/config";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its language (/en/…, /es/…), so caches and crawlers see one page per URL.
  localePrefix: "always",
  // No cookie for readers: the language is in the URL, and a response that sets a cookie
  // cannot be shared by a cache. Negotiation on / uses Accept-Language alone.
  localeCookie: false,
  // The middleware's Link header would name /es/news/<English slug>, which does not exist:
  // each page's <link rel="alternate" hreflang> tags name the real translations.
  alternateLinks: false,
});
