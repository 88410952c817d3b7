import { languageSitemapPart } from "@/features/seo/sitemap-data";
import { languageSitemapXml, xmlResponse } from "@/features/seo/sitemap-xml";
import { siteSitemapSource, siteUrl } from "@/features/seo/site-data";
import { parseSitemapFile } from "@/features/seo/urls";

/** /sitemaps/{locale}-{part}.xml: one language's URLs, at most 50,000 per part. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const target = parseSitemapFile((await params).file);
  const urls = target ? await languageSitemapPart(siteSitemapSource, target.locale, target.part, siteUrl) : null;
  if (!target || !urls) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(await languageSitemapXml(urls), 300);
}
