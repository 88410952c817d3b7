import localeConfig from "../locales.json" with { type: "json" };

/**
 * The newsroom's languages. One list for both apps: Strapi creates these i18n locales at
 * bootstrap and the site routes /{locale}/… with them, so adding a language is one edit here.
 */
export const locales = ["en", "es", "fr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const localeNames: Record<Locale, string> = { en: "English", es: "Español", fr: "Français" };

export function isLocale(value: string): value is Locale {
  return locales.some((locale) => locale === value);
}

// Fails at import time (and in typecheck/tests) if locales.json and the typed list drift.
const jsonCodes = localeConfig.locales.map((l) => l.code).join(",");
if (jsonCodes !== locales.join(",") || localeConfig.defaultLocale !== defaultLocale) {
  throw new Error(`@newsroom/config: locales.json (${jsonCodes}) differs from the typed locale list`);
}
