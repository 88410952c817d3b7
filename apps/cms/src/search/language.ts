/**
 * How each newsroom language is searched: PostgreSQL's text search configuration and the same
 * Snowball stemmer in JS for SQLite, whose FTS5 has no Spanish or French stemmer (and cannot
 * load a tokenizer written in JS through better-sqlite3). PostgreSQL's english_stem, spanish_stem
 * and french_stem are Snowball's "english" (Porter2), "spanish" and "french": the JS stemmers
 * below are the same algorithms, so both databases find the same words.
 */
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import englishStemmer from "wink-porter2-stemmer";
import localeConfig from "@newsroom/config/locales.json";
import { foldForSearch } from "@newsroom/contract";

export interface SearchLanguage {
  /** Our text search configuration (a copy of `base` with unaccent before the stemmer). */
  configuration: string;
  /** PostgreSQL's built-in configuration and Snowball dictionary it copies. */
  base: string;
  stem(word: string): string;
  /**
   * Query words whose stem has at least this many letters also match longer words with that
   * stem (a tsquery `stem:*`, an FTS5 `"stem"*`). French only: Snowball's French stemmer keeps
   * the plural "-ent" of verbs ("commémorent" stays whole, "commémorer" becomes "commemor"),
   * because it cannot tell it from nouns such as "client" or "moment".
   */
  prefixFrom: number | null;
}

export const SEARCH_LANGUAGES = {
  en: { configuration: "newsroom_en", base: "english", stem: englishStemmer, prefixFrom: null },
  es: { configuration: "newsroom_es", base: "spanish", stem: spanishStemmer, prefixFrom: null },
  fr: { configuration: "newsroom_fr", base: "french", stem: frenchStemmer, prefixFrom: 5 },
} as const satisfies Record<string, SearchLanguage>;

export type SearchLocale = keyof typeof SEARCH_LANGUAGES;

function isSearchLocale(locale: string): locale is SearchLocale {
  return Object.hasOwn(SEARCH_LANGUAGES, locale);
}

// Every locale of the newsroom must have a search language: checked when the CMS loads.
for (const { code } of localeConfig.locales) {
  if (!isSearchLocale(code)) throw new Error(`Search: no search language for locale "${code}" (apps/cms/src/search/language.ts)`);
}

/** The search language of a locale; an unknown one (never stored by Strapi's i18n) reads as the default's. */
export function searchLanguage(locale: unknown): SearchLanguage {
  return typeof locale === "string" && isSearchLocale(locale) ? SEARCH_LANGUAGES[locale] : SEARCH_LANGUAGES.en;
}

/** A word as the SQLite index stores it: folded like unaccent (lowercase, no accents), then stemmed. */
export function indexWord(language: SearchLanguage, word: string): string {
  return language.stem(foldForSearch(word));
}

/** Runs of letters and digits, like the words of PostgreSQL's default text search parser. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** Text as the SQLite index stores it: its words folded and stemmed, separated by spaces. */
export function stemText(language: SearchLanguage, text: string): string {
  return Array.from(text.matchAll(WORD), (match) => indexWord(language, match[0])).join(" ");
}
