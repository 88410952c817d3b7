/// <reference lib="dom" />
// DOM types for linkedom's documents (the CMS's tsconfig has no DOM: Strapi runs on Node).
import type { InlineNode, TextNode } from "../seed/blocks";
import type { ImportBlock, SourceImage } from "./release";
import { collapse } from "./text";

/**
 * Turns an article's DOM into Strapi blocks by an allowlist: only text, emphasis, http(s) and
 * mailto links, headings, quotes, lists and images survive. Nothing of the markup itself is
 * copied (no attributes, no HTML), so scripts, styles, event handlers and javascript: links
 * cannot come through: the output is inert by construction, and needs no HTML sanitizer.
 */
export interface BlockContext {
  /** Resolves links of the old site (relative hrefs) to absolute URLs. */
  linkBase: string | undefined;
  /** Resolves image sources: the page's URL, or its file when read from disk. */
  resolveImage: (src: string) => string | undefined;
  warnings: string[];
}

const DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "form",
  "button",
  "input",
  "select",
  "textarea",
  "svg",
  "canvas",
  "nav",
  "aside",
  "footer",
  "header",
  "video",
  "audio",
  "link",
  "meta",
]);
const BLOCK = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "ul",
  "ol",
  "figure",
  "img",
  "div",
  "section",
  "article",
  "main",
  "table",
  "tbody",
  "thead",
  "tr",
  "td",
  "th",
  "dl",
  "dd",
  "dt",
  "pre",
  "hr",
  "picture",
  "center",
]);

interface Marks {
  bold?: boolean;
  italic?: boolean;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;
/** linkedom may give null where the DOM's types promise a string. */
export const textOf = (node: { textContent: string | null }): string => node.textContent ?? "";
const tag = (el: Element) => el.tagName.toLowerCase();

function safeUrl(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function text(value: string, marks: Marks): TextNode {
  return { type: "text", text: value, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) };
}

/** Inline content of an element: text with bold/italic, links; <br> becomes a line break. */
export function inlineOf(el: Element, ctx: BlockContext, marks: Marks = {}): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      const value = (node.textContent ?? "").replace(/\s+/g, " ");
      if (value !== "") out.push(text(value, marks));
      continue;
    }
    if (!isElement(node)) continue;
    const name = tag(node);
    if (DROP.has(name) || name === "img" || name === "figure") continue;
    if (name === "br") out.push(text("\n", marks));
    else if (name === "strong" || name === "b") out.push(...inlineOf(node, ctx, { ...marks, bold: true }));
    else if (name === "em" || name === "i" || name === "cite") out.push(...inlineOf(node, ctx, { ...marks, italic: true }));
    else if (name === "a") {
      const url = safeUrl(node.getAttribute("href"), ctx.linkBase);
      const children = inlineOf(node, ctx, marks).flatMap((n) => (n.type === "text" ? [n] : n.children));
      if (url && children.some((c) => c.text.trim() !== "")) out.push({ type: "link", url, children });
      else out.push(...children);
    } else out.push(...inlineOf(node, ctx, marks));
  }
  return tidy(out);
}

/** Merges neighbouring text with the same marks, trims the ends and line breaks' spaces. */
function tidy(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === "text" && last?.type === "text" && last.bold === node.bold && last.italic === node.italic) last.text += node.text;
    else merged.push(node.type === "text" ? { ...node } : node);
  }
  for (const node of merged) if (node.type === "text") node.text = node.text.replace(/ *\n */g, "\n").replace(/ {2,}/g, " ");
  const first = merged[0];
  if (first?.type === "text") first.text = first.text.replace(/^\s+/, "");
  const last = merged.at(-1);
  if (last?.type === "text") last.text = last.text.replace(/\s+$/, "");
  return merged.filter((n) => n.type !== "text" || n.text !== "");
}

export const plainText = (nodes: InlineNode[]) =>
  nodes.map((n) => (n.type === "text" ? n.text : n.children.map((c) => c.text).join(""))).join("");

/** A tracking pixel or spacer, not a picture of the release. */
function isTracking(img: Element): boolean {
  const src = img.getAttribute("src") ?? "";
  const size = (name: string) => Number(img.getAttribute(name) ?? "NaN");
  return size("width") <= 2 || size("height") <= 2 || /pixel|beacon|track|analytics|doubleclick|spacer|facebook\.com\/tr/i.test(src);
}

const CREDIT = /^(?:(?:photo|foto|cr[eé]dit(?:o)?(?: photo)?|image)\s*:\s*|©\s*)(.+)$/i;

/** An image with the caption and credit of its figure ("Photo: IOM/Jane Doe", "© UN", a .credit element). */
function imageOf(img: Element, figure: Element | null, ctx: BlockContext): SourceImage | undefined {
  if (isTracking(img)) return undefined;
  const rawSrc = img.getAttribute("src") ?? img.getAttribute("data-src");
  const src = rawSrc ? ctx.resolveImage(rawSrc) : undefined;
  if (!src) {
    ctx.warnings.push(`an image without a usable address was left out (${(rawSrc ?? "").slice(0, 80) || "no src"})`);
    return undefined;
  }
  const alt = collapse(img.getAttribute("alt") ?? "");
  let caption: string | undefined;
  let credit: string | undefined;
  const figcaption = figure?.querySelector("figcaption");
  if (figcaption) {
    const creditEl = figcaption.querySelector(".credit, .photo-credit, .wp-caption-credit, small");
    if (creditEl) {
      credit = collapse(textOf(creditEl)).replace(CREDIT, "$1");
      creditEl.remove();
    }
    let captionText = collapse(textOf(figcaption));
    const inline = /^(.*?)\s*(?:\s|^)((?:Photo|Foto|Crédit(?: photo)?|Credit|Crédito)\s*:\s*.+|©\s*.+)$/i.exec(captionText);
    if (!credit && inline?.[2]) {
      credit = collapse(inline[2].replace(CREDIT, "$1"));
      captionText = collapse(inline[1] ?? "");
    }
    if (captionText !== "") caption = captionText.slice(0, 500);
  }
  const image: SourceImage = { src, alt: (alt || caption || "Image from the original press release").slice(0, 250) };
  if (caption) image.caption = caption;
  if (credit) image.credit = credit.slice(0, 160);
  return image;
}

/** The blocks of an article's content, in order. */
export function blocksOf(root: Element, ctx: BlockContext): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  let loose: InlineNode[] = [];
  const flush = () => {
    const children = tidy(loose);
    loose = [];
    if (children.length > 0 && plainText(children).trim() !== "") blocks.push({ type: "paragraph", children });
  };
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        loose.push(text((node.textContent ?? "").replace(/\s+/g, " "), {}));
        continue;
      }
      if (!isElement(node)) continue;
      const name = tag(node);
      if (DROP.has(name)) continue;
      if (!BLOCK.has(name)) {
        // Inline markup directly in a container (WordPress without <p>): gather into a paragraph.
        const holder = node.ownerDocument.createElement("span");
        holder.appendChild(node.cloneNode(true));
        loose.push(...inlineOf(holder, ctx));
        continue;
      }
      flush();
      if (name === "p" || name === "pre" || name === "dt" || name === "dd" || name === "td" || name === "th") {
        const images = Array.from(node.querySelectorAll("img"));
        const children = inlineOf(node, ctx);
        if (plainText(children).trim() !== "") blocks.push({ type: "paragraph", children });
        for (const img of images) {
          const image = imageOf(img, null, ctx);
          if (image) blocks.push({ type: "source-image", image });
        }
      } else if (/^h[1-6]$/.test(name)) {
        const children = inlineOf(node, ctx);
        if (plainText(children).trim() !== "") blocks.push({ type: "heading", level: name <= "h2" ? 2 : 3, children });
      } else if (name === "blockquote") {
        const parts = Array.from(node.children).filter((c) => tag(c) === "p");
        const children =
          parts.length > 0 ? tidy(parts.flatMap((p, i) => [...(i > 0 ? [text("\n", {})] : []), ...inlineOf(p, ctx)])) : inlineOf(node, ctx);
        if (plainText(children).trim() !== "") blocks.push({ type: "quote", children });
      } else if (name === "ul" || name === "ol") {
        const items = Array.from(node.children)
          .filter((li) => tag(li) === "li")
          .map((li) => ({ type: "list-item" as const, children: inlineOf(li, ctx) }))
          .filter((li) => plainText(li.children).trim() !== "");
        if (items.length > 0) blocks.push({ type: "list", format: name === "ol" ? "ordered" : "unordered", children: items });
      } else if (name === "figure" || name === "img" || name === "picture") {
        const img = name === "img" ? node : node.querySelector("img");
        const image = img ? imageOf(img, name === "figure" ? node : node.closest("figure"), ctx) : undefined;
        if (image) blocks.push({ type: "source-image", image });
      } else if (name !== "hr") walk(node);
    }
  };
  walk(root);
  flush();
  return blocks;
}
