import { describe, expect, it } from "vitest";
import { languageSitemapXml, newsSitemapXml, sitemapIndexXml } from "./sitemap-xml";
import { validateSitemap } from "./testing/xml-schemas";

const site = "https://news.example.org";

describe("sitemap XML passes the official schemas", () => {
  it("a language sitemap with lastmod and hreflang alternates", async () => {
    const xml = await languageSitemapXml([
      {
        loc: `${site}/en`,
        lastmod: "2013-10-18T15:00:00.000Z",
        alternates: { en: `${site}/en`, es: `${site}/es`, fr: `${site}/fr`, "x-default": `${site}/` },
      },
      { loc: `${site}/en/news/a-b?x=1&y=2`, alternates: { en: `${site}/en/news/a-b?x=1&y=2`, "x-default": `${site}/en/news/a-b?x=1&y=2` } },
    ]);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://news.example.org/"/>');
    expect(xml).toContain("<lastmod>2013-10-18T15:00:00.000Z</lastmod>");
    expect(xml).toContain("a-b?x=1&amp;y=2");
    expect(await validateSitemap(xml, "urlset")).toEqual({ valid: true, errors: [] });
  });

  it("a Google News sitemap whose titles need escaping", async () => {
    const xml = await newsSitemapXml([
      {
        loc: `${site}/fr/news/x`,
        publicationName: "Salle de presse de l’OIM",
        language: "fr",
        publicationDate: "2013-10-18T15:00:00.000Z",
        title: 'Tom & Jerry </news:title><script>"',
      },
    ]);
    expect(xml).toContain("<news:name>Salle de presse de l’OIM</news:name>");
    expect(xml).toContain("Tom &amp; Jerry &lt;/news:title&gt;&lt;script&gt;");
    expect(await validateSitemap(xml, "urlset")).toEqual({ valid: true, errors: [] });
  });

  it("sitemap.js refuses what it knows to be invalid", async () => {
    await expect(
      newsSitemapXml([{ loc: `${site}/x/y`, publicationName: "N", language: "English", publicationDate: "2013-10-18", title: "T" }]),
    ).rejects.toThrow(/language/);
  });

  it("a sitemap index", async () => {
    const xml = await sitemapIndexXml([
      { loc: `${site}/sitemaps/en-1.xml`, lastmod: "2013-10-18T15:00:00.000Z" },
      { loc: `${site}/sitemaps/es-1.xml` },
    ]);
    expect(await validateSitemap(xml, "sitemapindex")).toEqual({ valid: true, errors: [] });
  });

  it("the validator rejects what the schemas forbid", async () => {
    const noLoc =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2013-01-01</lastmod></url></urlset>';
    expect((await validateSitemap(noLoc, "urlset")).valid).toBe(false);
    const news = await newsSitemapXml([
      { loc: `${site}/x/y`, publicationName: "N", language: "en", publicationDate: "2013-10-18", title: "T" },
    ]);
    const badLanguage = news.replace("<news:language>en</news:language>", "<news:language>English</news:language>");
    expect(badLanguage).not.toBe(news);
    expect((await validateSitemap(badLanguage, "urlset")).valid).toBe(false);
    const badHreflang = (await languageSitemapXml([{ loc: `${site}/en`, alternates: { fr: `${site}/en` } }])).replace(
      'hreflang="fr"',
      'hreflang="not a language"',
    );
    expect((await validateSitemap(badHreflang, "urlset")).valid).toBe(false);
    const indexAsUrlset = await sitemapIndexXml([{ loc: `${site}/sitemaps/en-1.xml` }]);
    expect((await validateSitemap(indexAsUrlset, "urlset")).valid).toBe(false);
  });

  it("with nothing in the window the news sitemap is an empty urlset (the schema wants one url)", async () => {
    const xml = await newsSitemapXml([]);
    expect(xml).toMatch(/<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:news="[^"]+"><\/urlset>$/);
    const result = await validateSitemap(xml, "urlset");
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Missing child element|expected/i);
  });
});
