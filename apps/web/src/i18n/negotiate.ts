import type { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./routing";

const negotiateLocale = createMiddleware(routing);

/**
 * next-intl's handling of a request: a path without a language is redirected to the reader's
 * language (Accept-Language, else English). That redirect depends on request headers, so
 * shared caches must not store it for everyone.
 */
export function negotiate(request: NextRequest): NextResponse {
  const response = negotiateLocale(request);
  if (response.headers.has("location")) {
    response.headers.append("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "private, no-cache");
  }
  return response;
}
