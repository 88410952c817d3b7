import type { NextRequest } from "next/server";
import { disableDraftMode } from "@/features/preview/draft-mode-cookie";
import { checkSitePath } from "@/features/preview/preview-link";

/**
 * Leaves draft mode and goes back to a page of the site: `path` if it is one of the site's
 * own paths, else the page the link was followed from (same origin only), else `/`.
 */
export const dynamic = "force-dynamic";

function returnPath(request: NextRequest): string {
  const fromQuery = checkSitePath(request.nextUrl.searchParams.get("path"));
  if (fromQuery.ok) return fromQuery.path;
  const referer = request.headers.get("referer");
  if (referer && URL.canParse(referer)) {
    const from = new URL(referer);
    if (from.host === request.headers.get("host")) {
      const checked = checkSitePath(from.pathname);
      if (checked.ok) return checked.path;
    }
  }
  return "/";
}

export async function GET(request: NextRequest): Promise<Response> {
  await disableDraftMode();
  return new Response(null, { status: 307, headers: { "Cache-Control": "private, no-store", Location: returnPath(request) } });
}
