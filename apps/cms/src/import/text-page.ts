import { p } from "../seed/blocks";
import type { ImportBlock, ParseResult } from "./release";
import { assemble, type Found } from "./assemble";
import { collapse, isContactOpener, parseDate, parseDateline, toLanguage } from "./text";

/**
 * A page saved as text, like the reference release (shared/seeds): the site's navigation
 * flattened first, then the headline, the paragraph opening with the dateline, the body, and
 * the contact block. The headline is the line just before the first dateline paragraph;
 * optional "Date:", "Language:", "URL:" and "Tags:" lines before it are read as metadata.
 */
export function parseTextPage(text: string, location: string, defaultDate?: string): ParseResult {
  const lines = text.split(/\r?\n/).map(collapse);
  const start = lines.findIndex((line, i) => i > 0 && line.length > 80 && parseDateline(line) !== undefined && (lines[i - 1] ?? "") !== "");
  const metadata = new Map<string, string>();
  for (const line of lines.slice(0, Math.max(start, 0))) {
    const match = /^(Date|Language|URL|Tags|Type):\s*(.+)$/i.exec(line);
    if (match?.[1] && match[2]) metadata.set(match[1].toLowerCase(), match[2]);
  }
  const title = start > 0 ? lines[start - 1] : undefined;
  const bodyLines = start > 0 ? lines.slice(start).filter((l) => l !== "") : lines.filter((l) => l !== "");
  const contactAt = bodyLines.findIndex(isContactOpener);
  const paragraphs = contactAt === -1 ? bodyLines : bodyLines.slice(0, contactAt);
  const blocks: ImportBlock[] = paragraphs.flatMap((line) => {
    const block = p(line);
    return block.type === "paragraph" ? [block] : [];
  });
  // Contact lines go in as one paragraph with line breaks, as an HTML page's <br>s would.
  if (contactAt !== -1) blocks.push({ type: "paragraph", children: [{ type: "text", text: bodyLines.slice(contactAt).join("\n") }] });
  const date = metadata.get("date");
  const url = metadata.get("url");
  const language = toLanguage(metadata.get("language"));
  const found: Found = {
    origin: location,
    blocks,
    tags: metadata.get("tags")?.split(",") ?? [],
    typeLabels: [metadata.get("type") ?? ""],
    warnings: [],
  };
  if (title) found.title = title;
  const parsedDate = date ? parseDate(date) : undefined;
  if (parsedDate) found.date = parsedDate;
  if (url && /^https?:\/\//i.test(url)) found.sourceUrl = url;
  if (language) found.language = language;
  if (defaultDate) found.defaultDate = defaultDate;
  return assemble(found);
}
