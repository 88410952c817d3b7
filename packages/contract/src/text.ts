/**
 * Folds text as the CMS's search does ("Perú" → "peru"), like PostgreSQL's unaccent: each code
 * point lowercased, decomposed (NFD) without its combining marks, control characters as spaces.
 * Done per code point, so that a word folds the same alone as inside a sentence. The CMS folds
 * before stemming for SQLite's index (apps/cms/src/search/language.ts).
 */
export function foldForSearch(text: string): string {
  let folded = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII, most of any text: the result of the general rule below, without its regex and
    // normalize calls (indexing a large archive spends most of its time here otherwise).
    if (code < 0x80) folded += code < 0x20 || code === 0x7f ? " " : code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
    else folded += /\p{Cc}/u.test(char) ? " " : char.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }
  return folded;
}

/**
 * Marks a body block (`{ type: "paragraph", sampleNote: true, … }`) as the sample-content note
 * of demonstration releases ("This is sample content…"): readers see it, search never indexes or
 * quotes it. A block property, not a sentence to look for, so that it holds in every language and
 * whatever the wording; Strapi's blocks validation keeps properties it does not know.
 */
export const SAMPLE_NOTE_KEY = "sampleNote";

export function isSampleNote(block: unknown): boolean {
  return typeof block === "object" && block !== null && SAMPLE_NOTE_KEY in block && Reflect.get(block, SAMPLE_NOTE_KEY) === true;
}
