import { defaultLocale, locales } from "@newsroom/config";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its language (/en/…, /es/…), so caches and crawlers see one page per URL.
  localePrefix: "always",
});
