import { describe, expect, it } from "vitest";
import type { Locale } from "@newsroom/config";
import type { SitemapPageQuery, SitemapSummaryQuery, TaxonomyKind, TaxonomyTerm } from "@newsroom/content";
import { languageSitemapPart, newsSitemapUrls, sitemapIndexEntries, type SitemapSource } from "./sitemap-data";
import { modifiedAt, newestDate } from "./sitemap-plan";
import { languageSitemapXml, newsSitemapXml, sitemapIndexXml } from "./sitemap-xml";
import { indexEntry, settings, SITE } from "./testing/fixtures";
import { validateSitemap } from "./testing/xml-schemas";

/**
 * A CMS stand-in with `count` English releases (one of them noindex) and a few in Spanish. It
 * answers the sitemap endpoints as apps/cms/src/sitemap does (keyset pages, a summary counted
 * by position) and records every call, with how many sitemap pages were in flight at once.
 */
function source(count: number) {
  const pageCalls: SitemapPageQuery[] = [];
  const summaryCalls: SitemapSummaryQuery[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const byLocale = new Map<string, ReturnType<typeof indexEntry>[]>();
  const make = (locale: Locale) =>
    locale === "en"
      ? Array.from({ length: count }, (_, i) =>
          indexEntry({
            slug: `r${i}`,
            date: new Date(Date.UTC(2013, 0, 1) + i * 60_000).toISOString(),
            noIndex: i === 5,
            translations: i === 0 ? [{ locale: "es", slug: "r0-es" }] : [],
            terms: { country: i < 3 ? ["peru"] : [], region: [], theme: [] },
          }),
        )
      : locale === "es"
        ? [indexEntry({ locale: "es", slug: "r0-es", date: "2013-01-01T00:00:30.000Z", translations: [{ locale: "en", slug: "r0" }] })]
        : [];
  const entries = (locale: Locale) => {
    const cached = byLocale.get(locale) ?? make(locale);
    byLocale.set(locale, cached);
    return cached;
  };
  const stand: SitemapSource = {
    listSitemapPage: async (query) => {
      pageCalls.push(query);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 0));
      inFlight -= 1;
      const all = entries(query.locale);
      const start = query.after === undefined ? (query.offset ?? 0) : Number(query.after) + 1;
      const limit = query.limit ?? 5_000;
      const items = all.slice(start, start + limit);
      return { items, next: start + limit < all.length ? String(start + limit - 1) : null };
    },
    getSitemapSummary: (query) => {
      summaryCalls.push(query);
      const all = entries(query.locale);
      const parts = new Map<number, { part: number; releases: number; lastmod: string | null }>();
      all.forEach((entry, i) => {
        const part = Math.floor((i + query.leading) / query.partSize) + 1;
        const before = parts.get(part) ?? { part, releases: 0, lastmod: null };
        parts.set(part, { part, releases: before.releases + 1, lastmod: newestDate([before.lastmod, modifiedAt(entry)]) ?? null });
      });
      const termDates = (kind: TaxonomyKind) => {
        const dates = new Map<string, string>();
        for (const entry of all)
          for (const slug of entry.terms[kind]) dates.set(slug, newestDate([dates.get(slug), modifiedAt(entry)]) ?? "");
        return [...dates].map(([slug, lastmod]) => ({ slug, lastmod }));
      };
      return Promise.resolve({
        total: all.length,
        parts: [...parts.values()],
        terms: { country: termDates("country"), region: termDates("region"), theme: termDates("theme") },
      });
    },
    listPressReleaseIndex: (query) => {
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
  return { ...stand, pageCalls, summaryCalls, maxInFlight: () => maxInFlight };
}

const minute = (i: number) => new Date(Date.UTC(2013, 0, 1) + i * 60_000).toISOString();

describe("sitemaps from the CMS's sitemap endpoints", () => {
  it("a language lists home, listing, term pages and indexable releases, with lastmod and alternates", async () => {
    const cms = source(10);
    const urls = (await languageSitemapPart(cms, "en", 1, SITE)) ?? [];
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
    expect(urls[0]?.lastmod).toBe(minute(9));
    // Peru's page changes with its newest release, r2.
    expect(urls[2]?.lastmod).toBe(minute(2));
    expect(urls[4]?.lastmod).toBe(minute(1));
    expect(await validateSitemap(await languageSitemapXml(urls), "urlset")).toEqual({ valid: true, errors: [] });
    // One summary (the leading pages' dates) and one page of releases.
    expect(cms.summaryCalls).toEqual([{ locale: "en", leading: 3, partSize: 50_000 }]);
    expect(cms.pageCalls).toEqual([{ locale: "en", limit: 5_000, offset: 0 }]);
  });

  it("split at a limit of 3 URLs: the index lists every part, the parts hold every URL once, in order", async () => {
    const cms = source(10);
    const limits = { urlsPerFile: 3, pageSize: 2 };
    const index = await sitemapIndexEntries(cms, SITE, limits);
    // English: 3 leading pages + 10 releases = 13 URLs in 5 parts; Spanish 3 + 1 in 2; French 3 in 1.
    expect(index.map((e) => e.loc.replace(SITE, ""))).toEqual([
      "/sitemaps/en-1.xml",
      "/sitemaps/en-2.xml",
      "/sitemaps/en-3.xml",
      "/sitemaps/en-4.xml",
      "/sitemaps/en-5.xml",
      "/sitemaps/es-1.xml",
      "/sitemaps/es-2.xml",
      "/sitemaps/fr-1.xml",
    ]);
    // Each part is dated by its newest URL: part 1 holds the home page (the newest release's date).
    expect(index.map((e) => e.lastmod)).toEqual([
      minute(9),
      minute(2),
      minute(5),
      minute(8),
      minute(9),
      "2013-01-01T00:00:30.000Z",
      "2013-01-01T00:00:30.000Z",
      undefined,
    ]);
    expect(await validateSitemap(await sitemapIndexXml(index), "sitemapindex")).toEqual({ valid: true, errors: [] });

    const parts = await Promise.all([1, 2, 3, 4, 5, 6].map((part) => languageSitemapPart(cms, "en", part, SITE, limits)));
    expect(parts.map((p) => (p === null ? null : p.map((u) => u.loc.replace(`${SITE}/en`, ""))))).toEqual([
      ["", "/news", "/countries/peru"],
      ["/news/r0", "/news/r1", "/news/r2"],
      ["/news/r3", "/news/r4"], // r5 is noindex: its part holds one URL fewer
      ["/news/r6", "/news/r7", "/news/r8"],
      ["/news/r9"],
      null,
    ]);
    for (const part of parts.slice(0, 5))
      expect(await validateSitemap(await languageSitemapXml(part ?? []), "urlset")).toEqual({ valid: true, errors: [] });
    expect(await languageSitemapPart(cms, "fr", 2, SITE, limits)).toBeNull();
  });

  it(
    "a part is read in sequential keyset pages, never all at once: 10 requests for a full part at 100,010 releases",
    { timeout: 60_000 },
    async () => {
      const cms = source(100_010);
      const index = await sitemapIndexEntries(cms, SITE);
      expect(index.map((e) => e.loc.replace(SITE, ""))).toEqual([
        "/sitemaps/en-1.xml",
        "/sitemaps/en-2.xml",
        "/sitemaps/en-3.xml",
        "/sitemaps/es-1.xml",
        "/sitemaps/fr-1.xml",
      ]);
      // The index reads no release at all: one summary per language.
      expect(cms.pageCalls).toHaveLength(0);
      expect(cms.summaryCalls).toHaveLength(3);

      const two = await languageSitemapPart(cms, "en", 2, SITE);
      expect(two).toHaveLength(50_000);
      expect(two?.[0]?.loc).toBe(`${SITE}/en/news/r${50_000 - 3}`);
      expect(two?.at(-1)?.loc).toBe(`${SITE}/en/news/r${100_000 - 3 - 1}`);
      expect(cms.pageCalls).toHaveLength(10);
      expect(cms.pageCalls[0]).toEqual({ locale: "en", limit: 5_000, offset: 50_000 - 3 });
      expect(cms.pageCalls.slice(1).every((call) => call.after !== undefined && call.offset === undefined && call.limit === 5_000)).toBe(
        true,
      );
      expect(cms.maxInFlight()).toBe(1);
      // A part without the leading pages needs no summary.
      expect(cms.summaryCalls).toHaveLength(3);

      const three = await languageSitemapPart(cms, "en", 3, SITE);
      expect(three).toHaveLength(100_010 - (100_000 - 3));
      expect(await languageSitemapPart(cms, "en", 4, SITE)).toBeNull();
    },
  );

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
