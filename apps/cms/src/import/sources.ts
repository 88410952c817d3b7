import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** A source as read: its bytes decoded, or why it could not be read. */
export type Loaded = { location: string; text: string; kind: "feed" | "page" | "text" } | { location: string; error: string };

const EXTENSIONS = new Set([".html", ".htm", ".xml", ".rss", ".atom", ".txt"]);
const MAX_BYTES = 10 * 1024 * 1024;

/** Reads bytes of a file or URL (images too), refusing what is too large or does not answer. */
export async function readBytes(location: string): Promise<{ bytes: Buffer; contentType?: string }> {
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, {
      signal: AbortSignal.timeout(15_000),
      redirect: "follow",
      headers: { "User-Agent": "newsroom-importer" },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new Error("larger than 10 MB");
    const contentType = response.headers.get("content-type");
    return contentType ? { bytes, contentType } : { bytes };
  }
  const info = await stat(location);
  if (info.size > MAX_BYTES) throw new Error("larger than 10 MB");
  return { bytes: await readFile(location) };
}

function decode(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    // Old sites also served Latin-1: accept it when it has no control characters.
    const latin = bytes.toString("latin1");
    // eslint-disable-next-line no-control-regex -- control characters are exactly what marks binary data
    return /[\u0000-\u0008\u000e-\u001f]/.test(latin) ? undefined : latin;
  }
}

export function classify(text: string, contentType = ""): "feed" | "page" | "text" {
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text) || /(rss|atom)\+xml/.test(contentType))
    return "feed";
  if (/<(html|body|article|p|div|h1)[\s>]/i.test(text.slice(0, 20_000)) || /text\/html/.test(contentType)) return "page";
  return "text";
}

/** Expands folders (sorted, recursively) and reads every source; never throws. */
export async function loadSources(locations: string[]): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const location of locations) {
    if (!/^https?:\/\//i.test(location)) {
      try {
        if ((await stat(location)).isDirectory()) {
          const entries = await readdir(location, { recursive: true });
          const files = entries.filter((f) => EXTENSIONS.has(path.extname(f).toLowerCase())).sort();
          out.push(...(await loadSources(files.map((f) => path.join(location, f)))));
          continue;
        }
      } catch (error) {
        out.push({ location, error: error instanceof Error ? error.message : String(error) });
        continue;
      }
    }
    try {
      const { bytes, contentType } = await readBytes(location);
      const text = decode(bytes);
      if (text === undefined) out.push({ location, error: "not text (binary or unknown encoding)" });
      else out.push({ location, text, kind: classify(text, contentType) });
    } catch (error) {
      out.push({ location, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** The type of an image from its first bytes: only real pictures go into the media library. */
export function imageType(bytes: Buffer): { mime: string; ext: string } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: "image/jpeg", ext: ".jpg" };
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { mime: "image/png", ext: ".png" };
  if (bytes.subarray(0, 4).toString("latin1") === "GIF8") return { mime: "image/gif", ext: ".gif" };
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP")
    return { mime: "image/webp", ext: ".webp" };
  return undefined;
}
