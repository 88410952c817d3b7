import localeConfig from "@newsroom/config/locales.json";
import { errors } from "@strapi/utils";
import { z } from "zod";
import { documentTypes, foldForSearch, type DocumentType } from "@newsroom/contract";

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
export const MIN_TERM_LENGTH = 2;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 12;

const LOCALES: readonly string[] = localeConfig.locales.map((l) => l.code);

/** A form's empty field (`?type=`) means "not given", like a missing parameter. */
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const single = (name: string) => z.string({ error: `${name} must be a single text value` });

const positiveInt = (name: string, max: number, fallback: number) =>
  z.preprocess(
    emptyAsUnset,
    single(name)
      .regex(/^[0-9]{1,9}$/, `${name} must be an integer between 1 and ${max}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= max, `${name} must be an integer between 1 and ${max}`)
      .optional()
      .default(fallback),
  );

const slug = (name: string) =>
  z.preprocess(
    emptyAsUnset,
    single(name)
      .regex(/^[A-Za-z0-9._~-]{1,200}$/, `${name} must be a slug`)
      .optional(),
  );

const searchParamsSchema = z.object({
  q: single("q").optional().default(""),
  locale: z.preprocess(
    emptyAsUnset,
    single("locale")
      .refine((v) => LOCALES.includes(v), `locale must be one of ${LOCALES.join(", ")}`)
      .optional()
      .default(localeConfig.defaultLocale),
  ),
  page: positiveInt("page", 999_999_999, 1),
  pageSize: positiveInt("pageSize", MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  country: slug("country"),
  region: slug("region"),
  theme: slug("theme"),
  type: z.preprocess(emptyAsUnset, z.enum(documentTypes, { error: `type must be one of ${documentTypes.join(", ")}` }).optional()),
  year: z.preprocess(
    emptyAsUnset,
    single("year")
      .regex(/^[0-9]{4}$/, "year must have 4 digits")
      .transform(Number)
      .optional(),
  ),
});

export interface SearchParams {
  /** The query as typed (at most 200 characters), in websearch syntax: words, "a phrase", or, -word. */
  q: string;
  /** Its words, folded: none means nothing to search for. */
  terms: string[];
  locale: string;
  page: number;
  pageSize: number;
  country?: string | undefined;
  region?: string | undefined;
  theme?: string | undefined;
  type?: DocumentType | undefined;
  year?: number | undefined;
}

/**
 * The query's words, folded (runs of letters/digits; short words and repeats dropped, at most 8):
 * the searched words the response states, and no word means nothing to search. The database
 * reads the query itself, as a bound parameter (search.ts).
 */
export function extractTerms(query: string): string[] {
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => Array.from(w).length >= MIN_TERM_LENGTH))].slice(0, MAX_TERMS);
}

/** Validates the query string of GET /press-releases/search; invalid input is a 400, never a 500. */
export function parseSearchParams(input: unknown): SearchParams {
  const parsed = searchParamsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join("; ");
    throw new errors.ValidationError(`Invalid search query: ${message}`);
  }
  const { q, ...rest } = parsed.data;
  // Cut by code points so that a surrogate pair is never split (a split emoji sequence is harmless: not a term).
  const query = Array.from(q.trim()).slice(0, MAX_QUERY_LENGTH).join("");
  return { ...rest, q: query, terms: extractTerms(query) };
}
