import { cookies } from "next/headers";
import { EMBARGO_BROWSER_COOKIE } from "@newsroom/contract";
import { isLocale } from "@newsroom/config";
import { env } from "@/env";
import { browserKeyCookie, browserKeyOf, newBrowserKey } from "@/features/embargo/browser-key";
import { embargoCms } from "@/features/embargo/cms";
import { paths } from "@/features/seo/urls";
import { readForm } from "@/features/subscriptions/form-data";
import { plain } from "@/features/subscriptions/responses";

/**
 * "Open it in this browser" on the embargo page: gives the browser its key (a cookie) and asks
 * the CMS to tie the link to it, then back to the page (303), which shows the release or why
 * not. A POST, so the link scanners of mail systems, which only GET, never take the link.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  if (read.kind === "refused") return plain(read.status, read.message);
  const token = read.form.get("token");
  const locale = read.form.get("locale");
  if (typeof token !== "string" || typeof locale !== "string" || !isLocale(locale))
    return plain(400, "The form needs the link's token and language.");
  const existing = browserKeyOf((await cookies()).get(EMBARGO_BROWSER_COOKIE)?.value);
  const browserKey = existing ?? newBrowserKey();
  const answer = await embargoCms.open({ token, locale, browserKey, userAgent: request.headers.get("user-agent") ?? undefined });
  if (answer.kind === "unavailable") {
    console.error(`embargo: ${answer.reason}`);
    return plain(503, "Embargoed links are not available right now: please try again in a few minutes.");
  }
  // Whatever the CMS said (opened, or refused), the page says it, in the reader's language.
  const headers = new Headers({ Location: `${paths.embargoed(locale)}?token=${encodeURIComponent(token)}`, "Cache-Control": "no-store" });
  if (!existing) headers.append("Set-Cookie", browserKeyCookie(browserKey, new URL(env.SITE_URL).protocol === "https:"));
  return new Response(null, { status: 303, headers });
}
