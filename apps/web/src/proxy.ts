import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@newsroom/config";
import { negotiate } from "./i18n/negotiate";
import { OLD_ADDRESS_HEADERS, OLD_NEWSROOM_ROUTE } from "./lib/old-newsroom";

/** The site's own files outside any language: app/robots.ts, the sitemaps, icons and manifest. */
const SITE_ROOT_FILE =
  /^\/(?:robots\.txt|sitemap\.xml|sitemap-news\.xml|sitemaps\/[^/]+\.xml|favicon\.ico|icon\.svg|apple-icon\.png|manifest\.webmanifest)$/;

/**
 * - `/` goes to the reader's language (Accept-Language, else English);
 * - paths inside a language go on as they are (files such as feeds untouched);
 * - any other path may be an address of the old newsroom (/2017/06/…, /PBN/….html): the
 *   old-newsroom route answers 308 to the imported release, or redirects to the reader's
 *   language as `/` does.
 */
/** The first path segment as Next.js routes it: decoded (/%65n/news is /en/news). */
function firstSegment(pathname: string): string {
  const raw = pathname.split("/")[1] ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed: server.mts has already answered 400 for it
  }
}

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/") return negotiate(request);
  if (isLocale(firstSegment(pathname))) return pathname.includes(".") ? NextResponse.next() : negotiate(request);
  if (SITE_ROOT_FILE.test(pathname)) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = OLD_NEWSROOM_ROUTE;
  target.search = "";
  // The address as asked for goes along in request headers (set here, whatever the reader sent).
  const headers = new Headers(request.headers);
  headers.set(OLD_ADDRESS_HEADERS.path, pathname);
  headers.set(OLD_ADDRESS_HEADERS.search, search);
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = {
  // Not for API routes, uploads or Next internals (and its dev tools).
  matcher: ["/((?!api|uploads|_next|__next|_vercel).*)"],
};
