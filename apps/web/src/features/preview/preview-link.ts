import { createHmac, timingSafeEqual } from "node:crypto";
import { isLocale } from "@newsroom/config";

/**
 * The CMS's signed preview links (apps/cms/src/editorial/preview.ts signs them):
 *   /api/preview?path=<site path>&expires=<unix seconds>&signature=<sig>
 *   sig = base64url(HMAC-SHA256(PREVIEW_SECRET, `${path}\n${expires}`)), no padding.
 * A link is good until `expires`; the site only ever redirects to a path of its own.
 */
const MAX_PATH_LENGTH = 1024;
/** Links are signed for an hour; one claiming more than a day is not one the CMS made. */
const MAX_LIFETIME_SECONDS = 24 * 3600;
const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes of base64url without padding
const SEGMENT_PATTERN = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

export function signPreviewPath(path: string, expires: number | string, secret: string): string {
  return createHmac("sha256", secret).update(`${path}\n${expires}`).digest("base64url");
}

export type PathCheck = { ok: true; path: string } | { ok: false; reason: string };

/**
 * A path of this site that is safe to redirect to: one leading `/`, no `//`, no backslash,
 * no scheme or host, no control characters, no `.`/`..` segments, only plain URL characters,
 * and a first segment that is one of the site's languages. Anything else could send the
 * editor's browser elsewhere (open redirect), so it is refused even with a valid signature.
 */
export function checkSitePath(path: string | null | undefined): PathCheck {
  if (typeof path !== "string" || path === "") return { ok: false, reason: "path is missing" };
  if (path.length > MAX_PATH_LENGTH) return { ok: false, reason: "path is too long" };
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(path)) return { ok: false, reason: "path has control characters" };
  if (path.includes("\\")) return { ok: false, reason: "path has a backslash" };
  if (!path.startsWith("/")) return { ok: false, reason: "path must start with /" };
  if (path.includes("//")) return { ok: false, reason: "path must not contain //" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.includes(":")) return { ok: false, reason: "path must not name a scheme or host" };
  const segments = path.slice(1).split("/");
  const trailingSlash = segments.length > 1 && segments.at(-1) === "";
  const named = trailingSlash ? segments.slice(0, -1) : segments;
  for (const segment of named) {
    if (!SEGMENT_PATTERN.test(segment) || segment === "." || segment === "..")
      return { ok: false, reason: "path has an unexpected character or segment" };
  }
  const first = named[0];
  if (first === undefined || !isLocale(first)) return { ok: false, reason: "path must start with a language of the site" };
  return { ok: true, path };
}

export type PreviewLinkCheck = { ok: true; path: string } | { ok: false; status: 400 | 401; message: string };

/**
 * Checks a preview link's query: signature (HMAC compared in constant time), expiry, then the
 * path. Missing, malformed, wrong, tampered or expired → 401; a signed path that is not a
 * path of this site → 400.
 */
export function verifyPreviewLink(query: URLSearchParams, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): PreviewLinkCheck {
  const path = query.get("path");
  const expiresText = query.get("expires");
  const signature = query.get("signature");
  const unauthorized = (message: string) => ({ ok: false, status: 401, message }) as const;
  if (path === null || expiresText === null || signature === null) return unauthorized("Preview link incomplete");
  if (!/^\d{1,12}$/.test(expiresText) || !SIGNATURE_PATTERN.test(signature)) return unauthorized("Preview link invalid");
  const expected = Buffer.from(signPreviewPath(path, expiresText, secret), "utf8");
  const given = Buffer.from(signature, "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return unauthorized("Preview link invalid");
  const expires = Number(expiresText);
  if (expires <= nowSeconds) return unauthorized("Preview link expired");
  if (expires > nowSeconds + MAX_LIFETIME_SECONDS) return unauthorized("Preview link invalid");
  const checked = checkSitePath(path);
  if (!checked.ok) return { ok: false, status: 400, message: `Preview path refused: ${checked.reason}` };
  return { ok: true, path: checked.path };
}
