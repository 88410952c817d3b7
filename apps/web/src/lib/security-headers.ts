import { createHash } from "node:crypto";

/**
 * The security headers of every answer of the site (set by server.mts). Pure, so the policy
 * is unit-tested (security-headers.test.ts); apps/web/README.md says what it allows and why.
 *
 * Pages are cached by the proxy and shared by every reader, so the Content-Security-Policy
 * cannot carry a per-request nonce (Next's nonce recipe makes every page dynamic). Instead the
 * server hashes, per response, Next's own inline bootstrap scripts and allows exactly those
 * hashes: the policy travels with the page it was computed from, in the same cache entry.
 * Only scripts of the exact shapes Next emits are hashed, so markup injected into a page is
 * never allowed by being hashed too.
 */

export interface SecurityContext {
  /** NODE_ENV=production: HSTS is sent (browsers ignore it over plain http anyway). */
  production: boolean;
  /** The site is served over https: subresources are upgraded, never fetched in clear. */
  https: boolean;
  /** The CMS admin's origin: the only page allowed to frame previews. */
  previewFramer: string;
}

export const CSP_HEADER = "Content-Security-Policy";

/** Headers that do not depend on the answer. */
export function commonSecurityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Other sites learn the origin only, never the path or query (search terms) of a page.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // A newsroom needs no camera, location, payment or ad-topics APIs: off, even for embeds.
    "Permissions-Policy":
      "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    // Share links open x.com, facebook.com…: they get no handle on this window.
    "Cross-Origin-Opener-Policy": "same-origin",
    // One year; no includeSubDomains: other hosts of the organisation are not ours to pin.
    ...(context.production ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/**
 * Next's inline scripts, by shape: the flight-data bootstrap `(self.__next_f=self.__next_f||[]).push([0])`,
 * its rows `self.__next_f.push([1,"…"])` (one JSON string: nothing else can run), and
 * Turbopack's list of the page's chunks `(globalThis["TURBOPACK"] || …).push({"otherChunks":[…],"runtimeModuleIds":[…]})`.
 */
const JSON_STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const NEXT_INLINE_SCRIPT = new RegExp(
  "^(?:" +
    [
      String.raw`\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)`,
      String.raw`self\.__next_f\.push\(\[\d,${JSON_STRING}\]\)`,
      String.raw`\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"[^"\\]*",?)*\],"runtimeModuleIds":\[[\d,]*\]\}\)`,
    ].join("|") +
    ");?$",
);
const INLINE_SCRIPT = /<script((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/script\s*>/gi;
/** React writes style props as attributes (next/image: `style="color:transparent"`). */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** An attribute's value as the browser reads it (React escapes only these). */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:quot|amp|lt|gt|#x27|#39);/g,
    (entity) => ({ "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'", "&#39;": "'" })[entity] ?? entity,
  );
}

export interface InlineSources {
  /** `'sha256-…'` of each of Next's inline scripts. */
  scripts: string[];
  /** `'sha256-…'` of each style attribute (allowed with 'unsafe-hashes': only those exact styles). */
  styleAttributes: string[];
}

/**
 * The hash sources for the inline code of `html`, each once. Hashed as the browser does: the
 * text as UTF-8, a script after the HTML parser's CRLF normalization, an attribute decoded.
 */
export function inlineSources(html: string): InlineSources {
  const scripts = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? "";
    const text = (match[2] ?? "").replace(/\r\n?/g, "\n");
    // src: external (allowed by 'self'); a type: a data block (JSON-LD), never run.
    if (/\s(?:src|type)=/i.test(attributes) || !NEXT_INLINE_SCRIPT.test(text)) continue;
    scripts.add(sha256Source(text));
  }
  const styles = new Set<string>();
  for (const match of html.matchAll(STYLE_ATTRIBUTE)) styles.add(sha256Source(decodeAttribute(match[1] ?? "")));
  return { scripts: [...scripts], styleAttributes: [...styles] };
}

function policy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length > 0 ? `${name} ${sources.join(" ")}` : name))
    .join("; ");
}

/**
 * A page of the site (HTML): scripts, styles, fonts and images from this origin only (uploads
 * are served through it), Next's inline scripts by hash, no plugins, no <base>, forms only to
 * this site, framed by nobody except the CMS admin's preview pane (`framable`). Style
 * attributes only with the exact values the page carries.
 */
export function pagePolicy(context: SecurityContext, inline: InlineSources, framable: boolean): string {
  return policy({
    "default-src": ["'none'"],
    "script-src": ["'self'", ...inline.scripts],
    "style-src": ["'self'", ...(inline.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...inline.styleAttributes] : [])],
    // data: for the small inline images Next's <Image> placeholders may use.
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    // Client-side navigations fetch RSC payloads from this origin.
    "connect-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": framable ? [context.previewFramer] : ["'none'"],
    ...(context.https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/**
 * Anything that is not a page (feeds, sitemaps, JSON, uploads opened on their own): nothing
 * may run; media shows. An uploaded SVG or HTML file can therefore never script this origin.
 */
export function resourcePolicy(): string {
  return policy({
    "default-src": ["'none'"],
    "img-src": ["'self'"],
    "media-src": ["'self'"],
    // A PDF opened on its own is shown by the browser's viewer (a plugin).
    "object-src": ["'self'"],
    "style-src": ["'unsafe-inline'"],
    "frame-ancestors": ["'none'"],
  });
}

/** Previews (the CMS admin frames them) and the preview routes that lead to them. */
export function isPreviewAnswer(path: string, draft: boolean): boolean {
  return draft || path === "/api/preview" || path.startsWith("/api/preview/");
}
