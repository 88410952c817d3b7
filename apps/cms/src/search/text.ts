/**
 * Plain text of a press release for search: the normalized index stored in `searchText`
 * and the mapping back to the original text that excerpts need.
 */
import { foldForSearch, isRecord } from "@newsroom/contract";

/** Separates the title, lead and body parts of searchText; normalized text never contains it. */
export const PART_SEPARATOR = "\n\u0001\n";

const MAX_BLOCK_DEPTH = 32;
const INLINE_TYPES = new Set(["text", "link"]);

/** Lowercase, accents removed ("Perú" → "peru"), whitespace collapsed and trimmed. */
export function normalizeText(text: string): string {
  return foldForSearch(text).replace(/\s+/gu, " ").trim();
}

/**
 * Normalizes text whose whitespace is already collapsed and records, for each UTF-16 unit of
 * the result, the offset of the original character it came from.
 */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = "";
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    // Folding is per code point (@newsroom/contract), so one character folds alone as in the text.
    const piece = foldForSearch(char);
    normalized += piece;
    for (let i = 0; i < piece.length; i += 1) offsets.push(offset);
    offset += char.length;
  }
  return { normalized, offsets };
}

function nodeText(node: unknown, depth: number): string {
  if (!isRecord(node) || depth > MAX_BLOCK_DEPTH) return "";
  if (node.type === "text") return typeof node.text === "string" ? node.text : "";
  if (!Array.isArray(node.children)) return "";
  const children: unknown[] = node.children;
  // Inline children (text, links) run together; nested blocks (list items, sub-lists) are separate lines.
  const inline = children.every((child) => isRecord(child) && typeof child.type === "string" && INLINE_TYPES.has(child.type));
  return children.map((child) => nodeText(child, depth + 1)).join(inline ? "" : "\n");
}

/** The readable text of Strapi blocks (paragraphs, headings, quotes, lists, links), one block a line. */
export function blocksToText(body: unknown): string {
  if (!Array.isArray(body)) return "";
  const blocks: unknown[] = body;
  return blocks.map((block) => nodeText(block, 0)).join("\n");
}

export interface SearchableFields {
  title: unknown;
  lead: unknown;
  body: unknown;
}

const asText = (value: unknown) => (typeof value === "string" ? value : "");

/** The value stored in searchText: normalized title, lead and body, separated by PART_SEPARATOR. */
export function buildSearchText({ title, lead, body }: SearchableFields): string {
  return [normalizeText(asText(title)), normalizeText(asText(lead)), normalizeText(blocksToText(body))].join(PART_SEPARATOR);
}

export interface SearchTextParts {
  title: string;
  lead: string;
  body: string;
}

export function splitSearchText(searchText: string): SearchTextParts {
  const [title = "", lead = "", ...body] = searchText.split(PART_SEPARATOR);
  return { title, lead, body: body.join(" ") };
}
