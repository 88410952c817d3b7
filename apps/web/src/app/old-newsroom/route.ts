import { NextRequest, NextResponse } from "next/server";
import { CmsUnavailableError } from "@newsroom/content";
import { paths } from "@/features/seo/urls";
import { negotiate } from "@/i18n/negotiate";
import { resolveLegacyAddress } from "@/lib/newsroom";
import { OLD_ADDRESS_HEADERS } from "@/lib/old-newsroom";

const notFound = () => new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A path outside any language (src/proxy.ts rewrites it here): the address of an imported
 * release on the old newsroom answers 308 to its page (cached by the proxy with the
 * `legacy-addresses` key, see src/lib/cache-tags.ts); any other path is redirected to the
 * reader's language, as it always was.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const path = request.headers.get(OLD_ADDRESS_HEADERS.path) ?? "";
  const search = request.headers.get(OLD_ADDRESS_HEADERS.search) ?? "";
  // Only src/proxy.ts sends requests here, and always with both: anything else is not ours.
  if (!path.startsWith("/") || (search !== "" && !search.startsWith("?"))) {
    return notFound();
  }
  let imported;
  try {
    imported = await resolveLegacyAddress(path);
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return new NextResponse("The news service is temporarily unavailable. Please try again in a minute.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  // Locations stay relative, as Next.js's own redirects: this server's idea of its origin is
  // not the readers' (they come through the proxy under the site's host name).
  if (imported) return new NextResponse(null, { status: 308, headers: { Location: paths.release(imported.locale, imported.slug) } });
  const origin = request.nextUrl.origin;
  const headers = new Headers(request.headers);
  for (const name of Object.values(OLD_ADDRESS_HEADERS)) headers.delete(name);
  const negotiated = negotiate(new NextRequest(new URL(`${path}${search}`, origin), { headers }));
  const location = negotiated.headers.get("location");
  // next-intl redirects every path without a language; anything else (a rewrite) would
  // mean the path had one after all, which src/proxy.ts never sends here.
  if (!location) return notFound();
  if (location.startsWith(origin)) negotiated.headers.set("location", location.slice(origin.length) || "/");
  return negotiated;
}
