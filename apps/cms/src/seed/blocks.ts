/**
 * Tiny builders for Strapi "blocks" rich text, so seed content reads like prose.
 * The shapes are Strapi 5's blocks JSON (paragraph, heading, quote, list, link, image).
 */
import { SAMPLE_NOTE_KEY } from "@newsroom/contract";

export interface TextNode {
  type: "text";
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface LinkNode {
  type: "link";
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface ImageBlockRef {
  type: "image-ref";
  /** Key of a generated seed image (see images.ts); replaced by the uploaded file at seed time. */
  imageKey: string;
  alt: string;
  caption?: string;
}
export type SeedBlock =
  | { type: "paragraph"; children: InlineNode[]; sampleNote?: true }
  | { type: "heading"; level: 2 | 3; children: InlineNode[] }
  | { type: "quote"; children: InlineNode[] }
  | { type: "list"; format: "ordered" | "unordered"; children: { type: "list-item"; children: InlineNode[] }[] }
  | ImageBlockRef;

const inline = (parts: (string | InlineNode)[]): InlineNode[] =>
  parts.map((part) => (typeof part === "string" ? { type: "text", text: part } : part));

export const p = (...parts: (string | InlineNode)[]): SeedBlock => ({ type: "paragraph", children: inline(parts) });
/** The note that says a release is sample content: shown, never searched (SAMPLE_NOTE_KEY in @newsroom/contract). */
export const sampleNote = (text: string): SeedBlock => ({ type: "paragraph", [SAMPLE_NOTE_KEY]: true, children: inline([text]) });
export const h2 = (text: string): SeedBlock => ({ type: "heading", level: 2, children: inline([text]) });
export const quote = (text: string): SeedBlock => ({ type: "quote", children: inline([text]) });
export const ul = (...items: (string | (string | InlineNode)[])[]): SeedBlock => ({
  type: "list",
  format: "unordered",
  children: items.map((item) => ({ type: "list-item", children: inline(Array.isArray(item) ? item : [item]) })),
});
export const ol = (...items: string[]): SeedBlock => ({
  type: "list",
  format: "ordered",
  children: items.map((item) => ({ type: "list-item", children: inline([item]) })),
});
export const link = (url: string, text: string): LinkNode => ({ type: "link", url, children: [{ type: "text", text }] });
export const bold = (text: string): TextNode => ({ type: "text", text, bold: true });
export const image = (imageKey: string, alt: string, caption?: string): SeedBlock =>
  caption === undefined ? { type: "image-ref", imageKey, alt } : { type: "image-ref", imageKey, alt, caption };
