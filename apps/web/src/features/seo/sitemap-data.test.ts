import { describe, expect, it } from "vitest";
import type { Locale } from "@newsroom/config";
import type { PressReleaseIndexQuery, TaxonomyKind, TaxonomyTerm } from "@newsroom/content";
import { languageSitemapPart, languageSitemapUrls, newsSitemapUrls, sitemapIndexEntries, type SitemapSource } from "./sitemap-data";
import { languageSitemapXml, newsSitemapXml, sitemapIndexXml } from "./sitemap-xml";
import { indexEntry, settings, SITE } from "./testing/fixtures";
import { validateSitemap } from "./testing/xml-schemas";

/** A CMS stand-in with `count` English releases (one of them noindex) and a few in Spanish. */
function source(count: number): SitemapSource & { calls: PressReleaseIndexQuery[] } {
  const calls: PressReleaseIndexQuery[] = [];
  const byLocale = new Map<string, ReturnType<typeof indexEntry>[]>();
  const entries = (locale: Locale) => {
    const cached = byLocale.get(locale);
    if (cached) return cached;
    const made = make(locale);
    byLocale.set(locale, made);
    return made;
  };
  const make = (locale: Locale) =>
    locale === "en"
      ? Array.from({ length: count }, (_, i) =>
          indexEntry({
            slug: `r${i}`,
            date: new Date(Date.UTC(2013, 0, 1) + i * 60_000).toISOString(),
            noIndex: i === 5,
            translations: i === 0 ? [{ locale: "es", slug: "r0-es" }] : [],
          }),
        )
      : locale === "es"
        ? [indexEntry({ locale: "es", slug: "r0-es", date: "2013-01-01T00:00:30.000Z", translations: [{ locale: "en", slug: "r0" }] })]
        : [];
  return {
    calls,
    listPressReleaseIndex: (query) => {
      calls.push(query);
      let all = entries(query.locale);
      if (query.since) all = all.filter((e) => e.date >= (query.since ?? ""));
      if (query.order !== "oldest") all = all.toReversed();
      const start = query.start ?? 0;
      return Promise.resolve({ items: all.slice(start, start + (query.limit ?? 100)), total: all.length });
    },
    listTaxonomyTerms: (kind: TaxonomyKind, locale: Locale): Promise<TaxonomyTerm[]> =>
      Promise.resolve(
        kind === "country"
          ? [{ kind, name: "Peru", slug: "peru", description: null, translations: locale === "en" ? [{ locale: "es", slug: "peru" }] : [] }]
          : [],
      ),
    getSiteSettings: () => Promise.resolve(settings),
  };
}

describe("sitemaps from the CMS index", () => {
  it("a language lists home, listing, term pages and indexable releases, with lastmod and alternates", async () => {
    const urls = await languageSitemapUrls(source(10), "en", SITE);
    expect(urls.map((u) => u.loc).slice(0, 4)).toEqual([
      `${SITE}/en`,
      `${SITE}/en/news`,
      `${SITE}/en/countries/peru`,
      `${SITE}/en/news/r0`,
    ]);
    expect(urls).toHaveLength(3 + 9);
    expect(urls.some((u) => u.loc.endsWith("/r5"))).toBe(false);
    expect(urls[0]?.alternates["x-default"]).toBe(`${SITE}/`);
    expect(urls[3]?.alternates).toEqual({ en: `${SITE}/en/news/r0`, es: `${SITE}/es/news/r0-es`, "x-default": `${SITE}/en/news/r0` });
    expect(urls[0]?.lastmod).toBe(new Date(Date.UTC(2013, 0, 1) + 9 * 60_000).toISOString());
    expect(await validateSitemap(await languageSitemapXml(urls), "urlset")).toEqual({ valid: true, errors: [] });
  });

  // 100,010 releases: a few seconds of work, so a longer timeout than vitest's 5 s.
  it("more than 50,000 URLs are split into parts the index lists", { timeout: 60_000 }, async () => {
    const big = source(100_010);
    const index = await sitemapIndexEntries(big, SITE);
    expect(index.map((e) => e.loc)).toEqual([
      `${SITE}/sitemaps/en-1.xml`,
      `${SITE}/sitemaps/en-2.xml`,
      `${SITE}/sitemaps/en-3.xml`,
      `${SITE}/sitemaps/es-1.xml`,
      `${SITE}/sitemaps/fr-1.xml`,
    ]);
    expect(await validateSitemap(await sitemapIndexXml(index), "sitemapindex")).toEqual({ valid: true, errors: [] });
    const [one, two, three, four] = await Promise.all([1, 2, 3, 4].map((part) => languageSitemapPart(big, "en", part, SITE)));
    expect([one?.length, two?.length, three?.length]).toEqual([50_000, 50_000, 3 + 100_009 - 100_000]);
    expect(four).toBeNull();
    expect(two?.[0]?.loc).toBe(`${SITE}/en/news/r${50_000 - 3 + 1}`);
    // The index pages through the CMS 100 at a time, oldest first.
    expect(big.calls.every((call) => (call.limit ?? 0) <= 100 && call.order === "oldest")).toBe(true);
  });

  it("the news sitemap at a fixed time holds the releases of the two days before it, and passes the schemas", async () => {
    const news = await newsSitemapUrls(source(10), SITE, new Date("2013-01-02T00:00:00.000Z"));
    // Newest first across languages; r5 is noindex.
    expect(news.map((n) => n.loc.replace(SITE, ""))).toEqual([
      "/en/news/r9",
      "/en/news/r8",
      "/en/news/r7",
      "/en/news/r6",
      "/en/news/r4",
      "/en/news/r3",
      "/en/news/r2",
      "/en/news/r1",
      "/es/news/r0-es",
      "/en/news/r0",
    ]);
    expect(news[8]).toMatchObject({ language: "es", publicationDate: "2013-01-01T00:00:30.000Z" });
    expect(news[0]).toMatchObject({ publicationName: "IOM Newsroom", language: "en", title: indexEntry().title });
    expect(await validateSitemap(await newsSitemapXml(news), "urlset")).toEqual({ valid: true, errors: [] });
    expect(await newsSitemapUrls(source(10), SITE, new Date("2013-02-01T00:00:00.000Z"))).toEqual([]);
  });
});
