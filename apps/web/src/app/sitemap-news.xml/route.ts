import { connection } from "next/server";
import { newsSitemapUrls } from "@/features/seo/sitemap-data";
import { newsSitemapXml, xmlResponse } from "@/features/seo/sitemap-xml";
import { siteSitemapSource, siteUrl } from "@/features/seo/site-data";

/** The Google News sitemap: releases of the last two days in every language, at most 1,000. */
export async function GET(): Promise<Response> {
  // Per request, never at build time (the CMS is not there then); the data itself comes cached.
  await connection();
  return xmlResponse(await newsSitemapXml(await newsSitemapUrls(siteSitemapSource, siteUrl, new Date())), 120);
}
