import { blocksToText, normalizeWithOffsets, splitSearchText } from "./text";

/** Weight of one occurrence of a term in each part, and the bonus for the whole query in the title. */
export const WEIGHTS = { title: 5, lead: 3, body: 1, titlePhrase: 10 } as const;
export const EXCERPT_LENGTH = 240;

export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

export function score(searchText: string, terms: readonly string[], phrase: string): number {
  const parts = splitSearchText(searchText);
  let total = 0;
  for (const term of terms) {
    total +=
      WEIGHTS.title * countOccurrences(parts.title, term) +
      WEIGHTS.lead * countOccurrences(parts.lead, term) +
      WEIGHTS.body * countOccurrences(parts.body, term);
  }
  if (phrase && parts.title.includes(phrase)) total += WEIGHTS.titlePhrase;
  return total;
}

export interface Candidate {
  documentId: string;
  searchText: string;
  releaseDate: string;
}

/** Most relevant first, then newest, then by documentId so that pages are stable. */
export function rank(candidates: readonly Candidate[], terms: readonly string[], phrase: string): Candidate[] {
  const scored = candidates.map((c) => ({ c, score: score(c.searchText, terms, phrase), time: Date.parse(c.releaseDate) || 0 }));
  scored.sort(
    (a, b) => b.score - a.score || b.time - a.time || (a.c.documentId < b.c.documentId ? -1 : a.c.documentId > b.c.documentId ? 1 : 0),
  );
  return scored.map((s) => s.c);
}

/** Cuts text to about `length` characters at a word boundary, with "…" where it was cut. */
function cutAtWords(text: string, start: number, length: number): string {
  let from = start;
  let to = Math.min(text.length, start + length);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= to ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > from ? space : to;
  }
  const slice = text.slice(from, to).trim();
  return `${from > 0 ? "…" : ""}${slice}${to < text.length ? "…" : ""}`;
}

/**
 * About 240 characters of the original body around the first matched term, in whole words;
 * the start of the lead when the terms match only the title or the lead.
 */
export function makeExcerpt(body: unknown, lead: string, terms: readonly string[]): string {
  const text = blocksToText(body).replace(/\s+/gu, " ").trim();
  const { normalized, offsets } = normalizeWithOffsets(text);
  let first = -1;
  for (const term of terms) {
    const at = normalized.indexOf(term);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  const original = first === -1 ? undefined : offsets[first];
  if (original === undefined) return cutAtWords(lead.replace(/\s+/gu, " ").trim(), 0, EXCERPT_LENGTH);
  // Some context before the match, most of the window after it.
  const start = Math.max(0, Math.min(original - Math.floor(EXCERPT_LENGTH / 4), text.length - EXCERPT_LENGTH));
  return cutAtWords(text, start, EXCERPT_LENGTH);
}
