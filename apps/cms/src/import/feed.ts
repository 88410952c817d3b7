/// <reference lib="dom" />
import { parseFeed } from "@rowanmanning/feed-parser";
import { parseHTML } from "linkedom";
import { assemble, type Found } from "./assemble";
import { blocksOf, type BlockContext } from "./blocks-from-dom";
import { imageResolver } from "./page";
import type { ParseResult } from "./release";
import { skipped } from "./release";
import { collapse, toLanguage } from "./text";

/** One item of a feed: the release it holds, or — summaries only — the page to read it from. */
export interface FeedEntry {
  result: ParseResult;
  /** The item's page, when the feed gives only a summary: the importer reads it (falling back on `result`). */
  follow?: { url: string; date?: string; language?: string; tags: string[] };
}

export const looksLikeFeed = (text: string) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text);

/** An RSS or Atom feed of an old newsroom; `location` is the feed's file or URL. */
export function parseFeedItems(xml: string, location: string, defaultDate?: string): FeedEntry[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [
      {
        result: skipped(
          location,
          "unreadable",
          `not a readable RSS or Atom feed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      },
    ];
  }
  return feed.items.map((item, index): FeedEntry => {
    const origin = `${location} #${index + 1}${item.title ? ` "${collapse(item.title).slice(0, 60)}"` : ""}`;
    const content = item.content ?? "";
    const summary = item.description ?? "";
    const textLength = (fragment: string) =>
      collapse(
        parseHTML(`<!doctype html><html><body><div id="item">${fragment}</div></body></html>`).document.getElementById("item")
          ?.textContent ?? "",
      ).length;
    const full = content !== "" && textLength(content) > Math.max(200, textLength(summary) * 1.5);
    const html = full ? content : summary || content;
    const date = (item.published ?? item.updated)?.toISOString();
    const language = feed.language ?? undefined;
    const tags = item.categories.map((c) => c.label ?? c.term);
    const warnings: string[] = [];
    const base = item.url ?? location;
    const ctx: BlockContext = { linkBase: item.url ?? undefined, resolveImage: imageResolver(base), warnings };
    const root = parseHTML(`<!doctype html><html><body><div id="item">${html}</div></body></html>`).document.getElementById("item");
    const blocks = root ? blocksOf(root, ctx) : [];
    const mediaImage = item.mediaImages[0]?.url ?? item.image?.url;
    if (mediaImage && !blocks.some((b) => b.type === "source-image")) {
      const src = imageResolver(base)(mediaImage);
      if (src) blocks.unshift({ type: "source-image", image: { src, alt: item.mediaImages[0]?.title ?? collapse(item.title ?? "") } });
    }
    const found: Found = { origin, blocks, tags, typeLabels: tags, warnings };
    if (item.title) found.title = item.title;
    if (item.url && /^https?:/i.test(item.url)) found.sourceUrl = item.url;
    if (date) found.date = date;
    const lang = toLanguage(language);
    if (lang) found.language = lang;
    if (defaultDate) found.defaultDate = defaultDate;
    const result = assemble(found);
    if (full || !item.url || !/^https?:/i.test(item.url)) return { result };
    return { result, follow: { url: item.url, ...(date ? { date } : {}), ...(language ? { language } : {}), tags } };
  });
}
