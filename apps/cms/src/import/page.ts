/// <reference lib="dom" />
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse, serialize } from "parse5";
import { assemble, type Found } from "./assemble";
import { blocksOf, textOf, type BlockContext } from "./blocks-from-dom";
import { z } from "zod";
import type { ParseResult } from "./release";
import { skipped } from "./release";
import { collapse, isContactOpener, parseDate, toLanguage } from "./text";

export interface PageInput {
  html: string;
  /** Where the page was read: an http(s) URL, or a file path. */
  location: string;
  /** Fallbacks from a feed item that pointed here. */
  fallback?: { date?: string; language?: string; tags?: string[] };
  defaultDate?: string;
}

const isHttp = (value: string) => /^https?:\/\//i.test(value);

function absoluteHttp(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), isHttp(base) ? base : undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Image sources resolve against where the page was read (its folder on disk, or its URL). */
export function imageResolver(location: string): (src: string) => string | undefined {
  return (src) => {
    const value = src.trim();
    if (value === "" || /^(data|javascript|blob):/i.test(value)) return undefined;
    if (isHttp(location) || isHttp(value) || value.startsWith("//"))
      return absoluteHttp(value.startsWith("//") ? `https:${value}` : value, location);
    if (/^[a-z]+:/i.test(value)) return undefined;
    return path.resolve(path.dirname(location), decodeURIComponent(value.split(/[?#]/)[0] ?? ""));
  };
}

const meta = (doc: Document, names: string[]) => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content");
    if (content && content.trim() !== "") return content.trim();
  }
  return undefined;
};

const articleLd = z.object({
  datePublished: z.string(),
  headline: z.string().optional(),
  inLanguage: z.string().optional(),
  keywords: z.union([z.string().transform((k) => k.split(",")), z.array(z.string())]).optional(),
});

/** JSON-LD NewsArticle data, when the old CMS wrote it (read as data, never as markup). */
function jsonLd(doc: Document): Partial<z.infer<typeof articleLd>> {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(textOf(script));
    } catch {
      continue; // Broken JSON-LD is common on old sites: the rest of the page still counts.
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const article = articleLd.safeParse(item);
      if (article.success) return article.data;
    }
  }
  return {};
}

const texts = (doc: Document, selector: string) =>
  Array.from(doc.querySelectorAll(selector))
    .map((el) => collapse(textOf(el)))
    .filter((t) => t !== "");

/** A press-release page of an old newsroom (Drupal, WordPress or plain HTML). */
export function parsePage(input: PageInput): ParseResult {
  try {
    return readPage(input);
  } catch (error) {
    // A page the parsers choke on is reported, never a crash of the whole run.
    return skipped(input.location, "unreadable", error instanceof Error ? error.message : String(error));
  }
}

/**
 * Broken markup is repaired as a browser would (parse5 implements the WHATWG tree building:
 * an unclosed <h1> ends at </h2>, misnested tags are fixed); linkedom, lighter and what
 * Readability runs on here, does not repair, so it reads parse5's output.
 */
export const repairHtml = (html: string) => serialize(parse(html));

function readPage(input: PageInput): ParseResult {
  const origin = input.location;
  const html = repairHtml(input.html);
  let doc: Document;
  try {
    doc = parseHTML(html).document;
  } catch (error) {
    return skipped(origin, "unreadable", error instanceof Error ? error.message : String(error));
  }
  const ld = jsonLd(doc);
  const canonical = absoluteHttp(doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, ["og:url"]), input.location);
  const sourceUrl = canonical ?? (isHttp(input.location) ? input.location : undefined);

  const h1 = texts(doc, "article h1, main h1, h1")[0];
  const pageTitle = collapse(doc.querySelector("title")?.textContent ?? "").split(/\s+[|–—-]\s+/)[0];
  const title = meta(doc, ["og:title", "twitter:title"]) ?? ld.headline ?? h1 ?? pageTitle;

  const timeEl = doc.querySelector("article time[datetime], main time[datetime], time[datetime]");
  const dateCandidates = [
    meta(doc, ["article:published_time", "datePublished", "date", "dcterms.date", "DC.date.issued", "dc.date", "pubdate", "publish-date"]),
    ld.datePublished,
    timeEl?.getAttribute("datetime"),
    ...texts(doc, ".date, .field--name-created, .entry-date, .posted-on, .published, .field--name-field-date"),
    input.fallback?.date,
  ];
  const date = dateCandidates.map((d) => (d ? parseDate(d) : undefined)).find((d) => d !== undefined);

  const language =
    toLanguage(doc.documentElement.getAttribute("lang")) ??
    toLanguage(meta(doc, ["og:locale", "content-language", "language"])) ??
    toLanguage(ld.inLanguage) ??
    toLanguage(input.fallback?.language);
  const tags = [
    ...(meta(doc, ["keywords", "news_keywords"])?.split(",") ?? []),
    ...Array.from(doc.querySelectorAll('meta[property="article:tag"]')).map((m) => m.getAttribute("content") ?? ""),
    ...(ld.keywords ?? []),
    ...texts(
      doc,
      'a[rel~="tag"], .tags a, .field--name-field-tags a, .field--name-field-countries a, .field--name-field-themes a, .cat-links a, .post-tags a',
    ),
    ...(input.fallback?.tags ?? []),
  ];
  const bodyClass = `${doc.body.getAttribute("class") ?? ""} ${doc.querySelector("article")?.getAttribute("class") ?? ""}`.replace(
    /[-_]/g,
    " ",
  );
  const typeLabels = [
    meta(doc, ["article:section"]) ?? "",
    ...texts(
      doc,
      ".field--name-field-type, .field--name-field-document-type, .document-type, .news-type, .cat-links, .breadcrumb li:last-child, .breadcrumb",
    ),
    bodyClass,
  ];

  // A contact block in its own field beside the article (Drupal) that Readability may leave out.
  const contactEl = Array.from(
    doc.querySelectorAll(".field--name-field-contact, .press-contact, .media-contact, aside, div, section"),
  ).find((el) => isContactOpener(textOf(el).trim().split("\n")[0] ?? ""));
  const contactLines = contactEl ? linesOf(contactEl) : undefined;

  // Readability finds the article among navigation, sidebars and footers; it changes the
  // document it reads, so it gets a copy of its own.
  const warnings: string[] = [];
  const ctx: BlockContext = {
    linkBase: sourceUrl ?? (isHttp(input.location) ? input.location : undefined),
    resolveImage: imageResolver(input.location),
    warnings,
  };
  let root: Element | null = null;
  try {
    const article = new Readability(parseHTML(html).document, {
      classesToPreserve: ["credit", "photo-credit", "wp-caption-credit"],
      charThreshold: 200,
    }).parse();
    if (article?.content)
      root = parseHTML(`<!doctype html><html><body><div id="readability">${article.content}</div></body></html>`).document.getElementById(
        "readability",
      );
  } catch {
    root = null;
  }
  root ??= doc.querySelector("article, [itemprop=articleBody], main, .entry-content, .node__content") ?? doc.body;

  const found: Found = { origin, title, blocks: blocksOf(root, ctx), tags, typeLabels, warnings };
  if (sourceUrl) found.sourceUrl = sourceUrl;
  if (date) found.date = date;
  if (language) found.language = language;
  if (contactLines) found.contactLines = contactLines;
  if (input.defaultDate) found.defaultDate = input.defaultDate;
  return assemble(found);
}

/** The text lines of an element as a reader sees them: one per paragraph or <br>. */
function linesOf(el: Element): string[] {
  const lines: string[] = [];
  let current = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += textOf(node);
    else if (node.nodeType === 1) {
      const name = node.nodeName.toLowerCase();
      if (name === "script" || name === "style") return;
      const breaks = name === "br" || ["p", "div", "li", "h2", "h3", "h4", "dd", "dt"].includes(name);
      if (breaks) {
        lines.push(current);
        current = "";
      }
      for (const child of Array.from(node.childNodes)) walk(child);
      if (breaks) {
        lines.push(current);
        current = "";
      }
    }
  };
  walk(el);
  lines.push(current);
  return lines.map(collapse).filter((l) => l !== "");
}
