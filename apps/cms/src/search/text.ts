/**
 * The readable text of a press release for search, and the private `searchText` value that
 * feeds SQLite's full-text index. PostgreSQL computes both itself (schema-extensions/search.ts:
 * newsroom_body_text mirrors blocksToText), so that rows written by SQL alone are searchable too.
 */
import { isRecord, isSampleNote } from "@newsroom/contract";
import { searchLanguage, stemText } from "./language";

const MAX_BLOCK_DEPTH = 32;
const INLINE_TYPES = new Set(["text", "link"]);

function nodeText(node: unknown, depth: number): string {
  if (!isRecord(node) || depth > MAX_BLOCK_DEPTH) return "";
  if (node.type === "text") return typeof node.text === "string" ? node.text : "";
  if (!Array.isArray(node.children)) return "";
  const children: unknown[] = node.children;
  // Inline children (text, links) run together; nested blocks (list items, sub-lists) are separate lines.
  const inline = children.every((child) => isRecord(child) && typeof child.type === "string" && INLINE_TYPES.has(child.type));
  return children.map((child) => nodeText(child, depth + 1)).join(inline ? "" : "\n");
}

/**
 * The readable text of Strapi blocks (paragraphs, headings, quotes, lists, links), one block or
 * list item a line, so that excerpts can keep them apart. The sample-content note is left out:
 * it is not what a release is about, and no excerpt may quote it.
 */
export function blocksToText(body: unknown): string {
  if (!Array.isArray(body)) return "";
  const blocks: unknown[] = body;
  return blocks
    .filter((block) => !isSampleNote(block))
    .map((block) => nodeText(block, 0))
    .join("\n");
}

export interface SearchableFields {
  locale: unknown;
  title: unknown;
  lead: unknown;
  body: unknown;
}

const asText = (value: unknown) => (typeof value === "string" ? value : "");

/** Bumped when the stored value changes shape or stemming: older values are recomputed at start. */
export const SEARCH_TEXT_VERSION = 2;

export interface SearchTextValue {
  v: typeof SEARCH_TEXT_VERSION;
  title: string;
  lead: string;
  body: string;
}

/**
 * The value stored in the private `searchText` column on SQLite: JSON with the title, lead and
 * body, each folded and stemmed in the row's language. A trigger copies the three parts into
 * the FTS5 table (schema-extensions/search.ts). Whoever writes press_releases rows on SQLite
 * without the document service (a bulk generator) sets searchText to this function's result.
 */
export function buildSearchText({ locale, title, lead, body }: SearchableFields): string {
  const language = searchLanguage(locale);
  const value: SearchTextValue = {
    v: SEARCH_TEXT_VERSION,
    title: stemText(language, asText(title)),
    lead: stemText(language, asText(lead)),
    body: stemText(language, blocksToText(body)),
  };
  return JSON.stringify(value);
}
