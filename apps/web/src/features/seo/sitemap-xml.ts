import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from "sitemap";
import type { SitemapUrl } from "./sitemap-plan";

/**
 * XML of sitemaps through sitemap.js (escaping, element order and namespaces as the
 * sitemaps.org and Google News schemas want them). Tests validate the output against those
 * XSDs (packages/devtools/schemas).
 */

export interface NewsSitemapUrl {
  loc: string;
  publicationName: string;
  language: string;
  publicationDate: string;
  title: string;
}

const NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

/** Writes the items and gathers the XML; an item sitemap.js rejects (ErrorLevel.THROW) rejects the promise. */
async function render(
  stream: SitemapStream | SitemapIndexStream,
  items: SitemapItemLoose[] | { url: string; lastmod?: string }[],
): Promise<string> {
  const output = streamToPromise(stream);
  try {
    for (const item of items) stream.write(item);
  } catch (error) {
    output.catch(() => undefined); // the stream is abandoned; its own rejection is not news
    stream.destroy();
    throw error;
  }
  stream.end();
  return (await output).toString("utf8");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * A language's sitemap: each URL with lastmod and its hreflang alternates (xhtml:link).
 * Written here rather than through sitemap.js: for a full part (50,000 URLs, about 17 MB) its
 * per-item stream takes 1.5 s on this machine, most of the 2 s a file may take; this is the
 * same markup (tests validate it against sitemap.xsd) in a fraction of that.
 */
export function languageSitemapXml(urls: SitemapUrl[]): Promise<string> {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const url of urls) {
    let links = "";
    for (const [lang, href] of Object.entries(url.alternates)) {
      links += `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`;
    }
    const lastmod = url.lastmod ? `<lastmod>${escapeXml(url.lastmod)}</lastmod>` : "";
    parts.push(`<url><loc>${escapeXml(url.loc)}</loc>${lastmod}${links}</url>`);
  }
  parts.push("</urlset>");
  return Promise.resolve(parts.join(""));
}

/**
 * The Google News sitemap. With no release in the window it is an empty <urlset>: the
 * sitemaps.org schema wants at least one <url>, but an empty news sitemap is what "nothing
 * new" looks like (Google reads it as zero articles), and it keeps its address stable.
 */
export async function newsSitemapXml(urls: NewsSitemapUrl[]): Promise<string> {
  if (urls.length === 0) {
    return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="${NEWS_NAMESPACE}"></urlset>`;
  }
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: false, image: false, video: false }, level: ErrorLevel.THROW });
  const items: SitemapItemLoose[] = urls.map((url) => ({
    url: url.loc,
    news: {
      publication: { name: url.publicationName, language: url.language },
      publication_date: url.publicationDate,
      title: url.title,
    },
  }));
  return render(stream, items);
}

export function sitemapIndexXml(sitemaps: { loc: string; lastmod?: string | undefined }[]): Promise<string> {
  const stream = new SitemapIndexStream({ level: ErrorLevel.THROW });
  return render(
    stream,
    sitemaps.map((s) => ({ url: s.loc, ...(s.lastmod ? { lastmod: s.lastmod } : {}) })),
  );
}

/** Sitemaps are cached briefly by crawlers and proxies; the site's own cache refreshes on publish. */
export function xmlResponse(xml: string, maxAgeSeconds: number): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": `public, max-age=${maxAgeSeconds}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
