import { connection } from "next/server";
import { sitemapIndexEntries } from "@/features/seo/sitemap-data";
import { sitemapIndexXml, xmlResponse } from "@/features/seo/sitemap-xml";
import { siteSitemapSource, siteUrl } from "@/features/seo/site-data";

/** The sitemap index: every language's sitemap parts (see features/seo). Rendered per request from cached data. */
export async function GET(): Promise<Response> {
  // Per request, never at build time (the CMS is not there then); the data itself comes cached.
  await connection();
  return xmlResponse(await sitemapIndexXml(await sitemapIndexEntries(siteSitemapSource, siteUrl)), 300);
}
