import { createHash } from "node:crypto";
import type { DocumentType } from "@newsroom/contract";
import type { InlineNode } from "../seed/blocks";

/** The languages the newsroom publishes in (see @newsroom/config). */
export type Language = "en" | "es" | "fr";
export type { DocumentType };

/** An image of the old page: where to fetch it, and what the page says about it. */
export interface SourceImage {
  /** Absolute http(s) URL or a file path. */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** The body as Strapi blocks, images still pointing at the old site until they are uploaded. */
export type ImportBlock =
  | { type: "paragraph"; children: InlineNode[] }
  | { type: "heading"; level: 2 | 3; children: InlineNode[] }
  | { type: "quote"; children: InlineNode[] }
  | { type: "list"; format: "ordered" | "unordered"; children: { type: "list-item"; children: InlineNode[] }[] }
  | { type: "source-image"; image: SourceImage };

export interface PressContactBlock {
  fullName: string;
  office: string;
  email: string;
  role?: string;
  phone?: string;
  mobile?: string;
}

/** One press release read from an old newsroom, in the shape the CMS stores (relations still by name). */
export interface ImportedRelease {
  /** Where it came from, for the report. */
  origin: string;
  /** The old public address (canonical URL), when the source tells it. */
  sourceUrl?: string;
  title: string;
  releaseDate: string; // ISO 8601, UTC
  /** Empty when the page has no dateline: the draft imports, and publishing asks for it. */
  datelinePlace: string;
  /** Names in the dateline that may be its country ("Lima, Peru" → Peru, Lima; "Peru"); matched to CMS countries by name. */
  datelineCandidates: string[];
  lead: string;
  body: ImportBlock[];
  documentType: DocumentType;
  language: Language;
  heroImage?: SourceImage;
  pressContact?: PressContactBlock;
  /** Tags and categories the page gives; those naming a CMS country or theme become its countries and themes. */
  tags: string[];
  /** What an editor should check (no dateline, summary only, an image left out), for the report. */
  warnings: string[];
}

export type SkipReason = "no headline" | "no date" | "no body" | "unreadable" | "not a press release" | "duplicate";

/** A source, or one item of a feed, that gives no release; `detail` says why in plain words. */
export interface Skipped {
  origin: string;
  reason: SkipReason;
  detail?: string;
}

export type ParseResult = { kind: "release"; release: ImportedRelease } | ({ kind: "skipped" } & Skipped);

export const skipped = (origin: string, reason: SkipReason, detail?: string): ParseResult =>
  detail === undefined ? { kind: "skipped", origin, reason } : { kind: "skipped", origin, reason, detail };

/**
 * The identity of an imported release across runs: its old URL when known, else a hash of
 * language, headline and date (a text page without address), so a second run finds it again.
 */
export function sourceKey(release: Pick<ImportedRelease, "sourceUrl" | "language" | "title" | "releaseDate">): string {
  if (release.sourceUrl) return release.sourceUrl;
  return `sha256:${sha256([release.language, release.title, release.releaseDate].join("\n")).slice(0, 40)}`;
}

/** What the release says, independent of run and key order: a changed hash means the old page changed. */
export function contentHash(release: ImportedRelease): string {
  const { origin: _origin, warnings: _warnings, ...content } = release;
  return sha256(stableJson(content));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/** The path of the old address, as the site will be asked for it: no query, no trailing slash. */
export function legacyPath(sourceUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  return normalizeLegacyPath(url.pathname);
}

/**
 * One spelling per address, whoever asks (importer, CMS endpoint, site): percent-decoded,
 * without trailing slash, lowercase (old CMSs served /News/… and /news/… alike).
 */
export function normalizeLegacyPath(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  path = path.trim().replace(/\/+$/, "").toLowerCase();
  if (!path.startsWith("/") || path.length > 1000 || /[\s\\]/.test(path) || path.includes("//")) return undefined;
  return path;
}

/** The new slug: the old address's last segment when it reads like one, else from the headline. */
export function slugFor(release: Pick<ImportedRelease, "sourceUrl" | "title">): string {
  const last = release.sourceUrl ? legacyPath(release.sourceUrl)?.split("/").pop() : undefined;
  const fromUrl = last ? slugify(last.replace(/\.(html?|php|aspx?)$/i, "")) : "";
  // Numeric ids (?p=123, /node/4567) make poor slugs: fall back to the headline.
  const slug = fromUrl.length >= 8 && /[a-z]{3}/.test(fromUrl) ? fromUrl : slugify(release.title);
  return slug.slice(0, 200).replace(/-+$/, "");
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
