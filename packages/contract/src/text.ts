/**
 * Folds text as the CMS's search index does ("Perú" → "peru"): each code point lowercased,
 * decomposed (NFD) without its combining marks, control characters as spaces. Done per code
 * point, not on the whole string, so that a folded character maps back to the original one
 * (the CMS's excerpts) and a word folds the same alone as inside a sentence (the site's
 * highlights). Whitespace is kept as it is: apps/cms/src/search/text.ts collapses it for the index.
 */
export function foldForSearch(text: string): string {
  let folded = "";
  for (const char of text) folded += /\p{Cc}/u.test(char) ? " " : char.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return folded;
}
