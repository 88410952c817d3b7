/**
 * Requests the site refuses before Next.js sees them (server.mts), because Next answers them
 * with a 500 or would put them into a header: a request target that is not a path, a
 * malformed percent-encoding in a path segment or a query parameter (`/en/news/%ff%fe`), a
 * control character once decoded, an overlong address, a method pages do not answer.
 * Pure, so it is unit-tested (request-guard.test.ts).
 */

/** Longer addresses are refused (414): no page of the site has one (Varnish allows 8 KiB). */
export const MAX_TARGET_LENGTH = 4096;
/** A path segment or query value this long is no slug, filter or search of ours. */
export const MAX_PART_LENGTH = 1024;
/** Pages and feeds are read, never written: the API routes (webhook, preview) answer their own methods. */
const READ_METHODS = new Set(["GET", "HEAD"]);
/** What a route handler can be asked at all: Next throws (500) on TRACE, TRACK and CONNECT. */
const API_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const API_PATH = /^\/api(?:\/|$)/;
// C0 controls and DEL: never part of an address of ours, and a header must never carry them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface Refusal {
  status: 400 | 405 | 414;
  /** Plain text, never echoing the request. */
  message: string;
  headers: Record<string, string>;
}

/** Rejected answers are not stored: they cost the server nothing, and would crowd pages out of the proxy. */
export const REFUSAL_CACHE_CONTROL = "no-store";

function refusal(status: Refusal["status"], message: string, headers: Record<string, string> = {}): Refusal {
  return { status, message, headers };
}

/** The decoded text, or undefined if the percent-encoding is malformed or decodes to a control character. */
function decodePart(part: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return undefined;
  }
  return CONTROL.test(decoded) ? undefined : decoded;
}

export function refuseRequest(method: string, target: string): Refusal | undefined {
  if (target.length > MAX_TARGET_LENGTH) return refusal(414, "The address is too long.");
  // Only origin-form (`/path?query`): not `*`, not an absolute URL naming another host.
  if (!target.startsWith("/")) return refusal(400, "The address is not valid.");
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);
  // `//host` or `/\host` would be read as another site by a browser following a redirect.
  if (/^\/[/\\]/.test(path)) return refusal(400, "The address is not valid.");
  for (const segment of path.split("/")) {
    const decoded = decodePart(segment);
    if (decoded === undefined) return refusal(400, "The address is not valid.");
    if (decoded.length > MAX_PART_LENGTH) return refusal(414, "The address is too long.");
  }
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    for (const part of pair.split("=")) {
      // Form encoding: + is a space.
      const decoded = decodePart(part.replace(/\+/g, " "));
      if (decoded === undefined) return refusal(400, "The address has a malformed parameter.");
      if (decoded.length > MAX_PART_LENGTH) return refusal(414, "The address has a parameter that is too long.");
    }
  }
  if (!API_PATH.test(path) && !READ_METHODS.has(method)) {
    return refusal(405, "Pages of this site can only be read (GET or HEAD).", { Allow: "GET, HEAD" });
  }
  if (!API_METHODS.has(method)) return refusal(405, "This method is not answered here.", { Allow: [...API_METHODS].join(", ") });
  return undefined;
}
