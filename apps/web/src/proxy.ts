import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Sends / to the reader's language (Accept-Language, else English) and keeps every other
// path as it is.
export default createMiddleware(routing);

export const config = {
  // Not for API routes, uploads, Next internals or files with an extension.
  matcher: ["/((?!api|uploads|_next|_vercel|.*\\..*).*)"],
};
