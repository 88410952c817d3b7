import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

const negotiateLocale = createMiddleware(routing);

// Sends / to the reader's language (Accept-Language, else English) and keeps every other
// path as it is. The language redirect depends on request headers, so shared caches must
// not store it for everyone.
export default function proxy(request: NextRequest) {
  const response = negotiateLocale(request);
  if (response.headers.has("location")) {
    response.headers.append("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "private, no-cache");
  }
  return response;
}

export const config = {
  // Not for API routes, uploads, Next internals or files with an extension.
  matcher: ["/((?!api|uploads|_next|_vercel|.*\\..*).*)"],
};
