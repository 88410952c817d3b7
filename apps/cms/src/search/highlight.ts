/**
 * Turns text in which the matched words are marked (markWords, with private start and stop
 * characters) into plain text and the ranges
 * the site shows in <mark>: the CMS never sends HTML, and the site need not know the stemmer.
 */
import { WORD } from "./language";

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
export const EXCERPT_LENGTH = 240;
/** Context kept before the first match. */
const LEAD_IN = 60;

/** [start, end) offsets in UTF-16 units of the plain text. */
export type Range = [number, number];

export interface Highlighted {
  text: string;
  ranges: Range[];
}

/** Marks every word for which `matches` is true (SQLite: the same stems as the index). */
export function markWords(text: string, matches: (word: string) => boolean): string {
  const clean = text.replaceAll(MARK_START, " ").replaceAll(MARK_END, " ");
  return clean.replace(WORD, (word) => (matches(word) ? `${MARK_START}${word}${MARK_END}` : word));
}

/**
 * One line per block (search/text.ts) becomes one line of prose: a block that ends a sentence is
 * followed by a space, any other (a list item) by "; ", so that items never run together.
 */
export function joinBlocks(marked: string): string {
  const lines = marked
    .split("\n")
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .filter((line) => line.replaceAll(MARK_START, "").replaceAll(MARK_END, "").trim() !== "");
  return lines.reduce((text, line) => {
    if (!text) return line;
    const ends = /[.!?:;…]$/u.test(text.replaceAll(MARK_END, "").replaceAll(MARK_START, ""));
    return `${text}${ends ? " " : "; "}${line}`;
  }, "");
}

export function toHighlighted(marked: string): Highlighted {
  let text = "";
  const ranges: Range[] = [];
  let open = -1;
  for (const char of marked) {
    if (char === MARK_START) open = text.length;
    else if (char === MARK_END) {
      if (open !== -1 && text.length > open) ranges.push([open, text.length]);
      open = -1;
    } else text += char;
  }
  return { text, ranges };
}

/**
 * About EXCERPT_LENGTH characters in whole words, from a little before the first match (or from
 * the start), with "…" where the text was cut; the ranges inside it, moved to its offsets.
 */
export function cutExcerpt({ text, ranges }: Highlighted, length = EXCERPT_LENGTH): Highlighted {
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, Math.min(first - LEAD_IN, text.length - length));
  if (from > 0) {
    const space = text.indexOf(" ", from - 1);
    from = space === -1 || space >= first ? from : space + 1;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > from ? space : to;
  }
  const slice = text.slice(from, to);
  const trimmed = slice.trimEnd();
  const before = from > 0 ? "…" : "";
  const after = to < text.length ? "…" : "";
  const shift = before.length - from;
  return {
    text: `${before}${trimmed}${after}`,
    ranges: ranges
      .filter(([start, end]) => start >= from && end <= from + trimmed.length)
      .map(([start, end]) => [start + shift, end + shift]),
  };
}

/**
 * The excerpt of a hit: around the first match in the body; the start of the lead (with its
 * matches) when only the title or the lead matched.
 */
export function excerptOf(markedBody: string, markedLead: string): Highlighted {
  const body = toHighlighted(joinBlocks(markedBody));
  if (body.ranges.length > 0) return cutExcerpt(body);
  return cutLead(markedLead);
}

function cutLead(markedLead: string): Highlighted {
  const lead = toHighlighted(joinBlocks(markedLead));
  // From the start of the lead, whatever it matched.
  const cut = cutExcerpt({ text: lead.text, ranges: [] });
  const keep = cut.text.endsWith("…") ? cut.text.length - 1 : cut.text.length;
  return { text: cut.text, ranges: lead.ranges.filter(([, end]) => end <= keep) };
}
