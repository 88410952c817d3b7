import { foldForSearch } from "@newsroom/contract";

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text so that every word containing one of the searched terms can be shown in a
 * <mark>, accent- and case-insensitively, keeping the original spelling.
 */
export function splitForHighlight(text: string, terms: string[]): TextPart[] {
  const folded = terms.map(foldForSearch).filter((term) => term.length > 0);
  if (folded.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    const value = word[0];
    if (!folded.some((term) => foldForSearch(value).includes(term))) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: value, match: true });
    last = start + value.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
