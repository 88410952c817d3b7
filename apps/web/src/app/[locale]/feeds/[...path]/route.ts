import { isLocale } from "@newsroom/config";
import { isContentNotFound } from "@newsroom/content";
import { renderFeed } from "@/features/seo/feed";
import { loadFeed } from "@/features/seo/feed-data";
import { parseFeedPath } from "@/features/seo/urls";

/**
 * Feeds per language, country and theme, in RSS 2.0, Atom and JSON Feed:
 *   /{locale}/feeds/rss.xml | atom.xml | feed.json
 *   /{locale}/feeds/countries/{slug}/rss.xml …, /{locale}/feeds/themes/{slug}/rss.xml …
 * Rendered per request from the data module's cache (same tags as the pages).
 */
function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; path: string[] }> }): Promise<Response> {
  const { locale, path } = await params;
  const target = parseFeedPath(path);
  if (!isLocale(locale) || !target) return notFound();
  try {
    const { body, contentType } = renderFeed(await loadFeed(locale, target.scope, target.format), target.format);
    return new Response(body, {
      headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (isContentNotFound(error)) return notFound();
    throw error;
  }
}
