import { env } from "@/env";

/**
 * Media uploaded to Strapi, served through the site's own origin. Browsers and the image
 * optimizer never talk to the CMS host (which is on a private network or loopback), and a
 * CDN or caching proxy in front of the site caches uploads with everything else.
 */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const PASSED_HEADERS = ["content-type", "content-length", "last-modified", "etag"];

async function proxy(request: Request, params: Promise<{ path: string[] }>, method: "GET" | "HEAD") {
  const { path } = await params;
  if (path.length === 0 || path.length > 4 || !path.every((segment) => SEGMENT.test(segment) && !segment.includes(".."))) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${env.CMS_URL}/uploads/${path.join("/")}`, {
      method,
      cache: "no-store",
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
      headers: request.headers.get("if-none-match") ? { "If-None-Match": request.headers.get("if-none-match") ?? "" } : {},
    });
  } catch (error) {
    console.error(`uploads: the CMS could not be reached for /${path.join("/")}`, error);
    return new Response("The media service is temporarily unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  if (upstream.status === 404) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!upstream.ok && upstream.status !== 304) {
    return new Response("The media service answered with an error", { status: 502, headers: { "Cache-Control": "no-store" } });
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Strapi names uploads with a content hash, so a URL never changes meaning.
  headers.set("Cache-Control", "public, max-age=31536000, immutable");
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(method === "HEAD" ? null : upstream.body, { status: upstream.status, headers });
}

export function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return proxy(request, params, "GET");
}

export function HEAD(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return proxy(request, params, "HEAD");
}
