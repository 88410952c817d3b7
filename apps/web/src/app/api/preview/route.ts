import type { NextRequest } from "next/server";
import { env } from "@/env";
import { enableDraftMode } from "@/features/preview/draft-mode-cookie";
import { verifyPreviewLink } from "@/features/preview/preview-link";

/**
 * The CMS's preview pane opens /api/preview?path=&expires=&signature= (a link signed with
 * PREVIEW_SECRET, see src/features/preview/preview-link.ts). A good link turns on draft mode
 * (Next.js's cookie, partitioned: src/features/preview/draft-mode-cookie.ts) and redirects to
 * the path, which then shows drafts.
 */
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

export async function GET(request: NextRequest): Promise<Response> {
  const checked = verifyPreviewLink(request.nextUrl.searchParams, env.PREVIEW_SECRET);
  if (!checked.ok) {
    return new Response(`${checked.message}\n`, {
      status: checked.status,
      headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  await enableDraftMode();
  // A relative Location: the path was checked to be one of this site's own.
  return new Response(null, { status: 307, headers: { ...noStore, Location: checked.path } });
}
