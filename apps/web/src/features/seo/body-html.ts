import type { BodyBlock, InlineNode, ListBlock } from "@newsroom/content";
import { absoluteMediaUrl, absoluteUrl } from "./urls";

/**
 * A release body as an HTML string, for feed readers (content:encoded, Atom content,
 * content_html). The page renders the same blocks with React (PressReleaseBody); feeds need
 * a string with absolute links and no site CSS, so this is its plain twin.
 */

/** Escapes text and attribute values. ">" too, so "]]>" can never end a CDATA section around it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Links keep http(s), mailto and tel; site-relative ones become absolute; anything else (javascript:…) is dropped. */
export function safeHref(url: string, siteUrl: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return absoluteUrl(trimmed, siteUrl);
  return null;
}

function inline(nodes: InlineNode[], siteUrl: string): string {
  return nodes
    .map((node) => {
      if (node.type === "link") {
        const href = safeHref(node.url, siteUrl);
        const text = inline(node.children, siteUrl);
        return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      }
      let html = escapeHtml(node.text);
      if (node.code) html = `<code>${html}</code>`;
      if (node.bold) html = `<strong>${html}</strong>`;
      if (node.italic) html = `<em>${html}</em>`;
      if (node.underline) html = `<u>${html}</u>`;
      if (node.strikethrough) html = `<s>${html}</s>`;
      return html;
    })
    .join("");
}

function list(block: ListBlock, siteUrl: string): string {
  const tag = block.format === "ordered" ? "ol" : "ul";
  const items = block.children.map((child) =>
    child.type === "list" ? `<li>${list(child, siteUrl)}</li>` : `<li>${inline(child.children, siteUrl)}</li>`,
  );
  return `<${tag}>${items.join("")}</${tag}>`;
}

function block(b: BodyBlock, siteUrl: string): string {
  switch (b.type) {
    case "paragraph":
      return `<p>${inline(b.children, siteUrl)}</p>`;
    case "heading": {
      // As on the page: the title is the only h1, body headings start at h2.
      const level = b.level <= 2 ? 2 : b.level === 3 ? 3 : 4;
      return `<h${level}>${inline(b.children, siteUrl)}</h${level}>`;
    }
    case "quote":
      return `<blockquote><p>${inline(b.children, siteUrl)}</p></blockquote>`;
    case "code":
      return `<pre><code>${inline(b.children, siteUrl)}</code></pre>`;
    case "list":
      return list(b, siteUrl);
    case "image": {
      const { image } = b;
      const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : "";
      const img = `<img src="${escapeHtml(absoluteMediaUrl(image.url, siteUrl))}" alt="${escapeHtml(image.alternativeText ?? "")}"${size}>`;
      return `<figure>${img}${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ""}</figure>`;
    }
  }
}

export function bodyToHtml(blocks: BodyBlock[], siteUrl: string): string {
  return blocks.map((b) => block(b, siteUrl)).join("\n");
}
