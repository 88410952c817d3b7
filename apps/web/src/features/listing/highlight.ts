import type { HighlightRange } from "@newsroom/content";

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text at the ranges the CMS's search marked (the words it matched, stemmed and without
 * accents: "commemorating" marks "Commemorate"), so that each can be shown in a <mark>. Ranges
 * out of order, overlapping or past the text are ignored rather than trusted.
 */
export function splitForHighlight(text: string, ranges: readonly HighlightRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < last || end <= start || end > text.length) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), match: false });
  return parts;
}
