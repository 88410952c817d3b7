import { defaultLocale, isLocale } from "@newsroom/config";
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { disableDraftMode } from "@/features/preview/draft-mode-cookie";
import { checkSitePath } from "@/features/preview/preview-link";
import { escapeHtml } from "@/features/seo/body-html";

/**
 * Leaves draft mode and goes back to a page of the site: `path` if it is one of the site's
 * own paths, else the page the link was followed from (same origin only), else `/`.
 *
 * Inside the CMS admin's preview pane (a frame) the public page cannot follow: outside draft
 * mode pages may not be framed (frame-ancestors 'none'), so the pane would show the browser's
 * "refused to connect". There the answer is a short page of its own (framable, as every
 * /api/preview answer is) that says the preview ended and links the public page in the tab.
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

async function endedInFrame(path: string): Promise<Response> {
  const first = path.split("/")[1] ?? "";
  const locale = isLocale(first) ? first : defaultLocale;
  const t = await getTranslations({ locale, namespace: "Preview" });
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(t("ended"))}</title></head>
<body><main><h1>${escapeHtml(t("ended"))}</h1><p>${escapeHtml(t("endedExplanation"))}</p><p><a href="${escapeHtml(path)}" target="_top">${escapeHtml(t("openPublic"))}</a></p></main></body></html>`;
  return new Response(html, { status: 200, headers: { "Cache-Control": "private, no-store", "Content-Type": "text/html; charset=utf-8" } });
}

export async function GET(request: NextRequest): Promise<Response> {
  await disableDraftMode();
  const path = returnPath(request);
  if (request.headers.get("sec-fetch-dest") === "iframe") return endedInFrame(path);
  return new Response(null, { status: 307, headers: { "Cache-Control": "private, no-store", Location: path } });
}
