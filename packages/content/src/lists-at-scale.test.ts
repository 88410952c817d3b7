import qs from "qs";
import { describe, expect, it } from "vitest";
import { createContentClient, MAX_TAXONOMY_TERMS, SITEMAP_PAGE_SIZE } from "./client";
import { CmsResponseInvalidError } from "./errors";

/**
 * Lists at any size, with a stand-in fetch that answers like Strapi: the taxonomy read in
 * full (Strapi gives at most 100 a page) with a bound, and the sitemap reads' queries.
 */
function strapiWithTerms(total: number) {
  const urls: string[] = [];
  const client = createContentClient({
    baseUrl: "http://cms.test",
    token: "t".repeat(40),
    fetch: (input) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      urls.push(url);
      const params = new URL(url).searchParams;
      const page = Number(params.get("pagination[page]") ?? 1);
      const pageSize = Math.min(100, Number(params.get("pagination[pageSize]") ?? 25));
      const data = Array.from({ length: Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize)) }, (_, i) => {
        const n = (page - 1) * pageSize + i;
        return {
          documentId: `c${n}`,
          locale: "en",
          name: `Country ${String(n).padStart(3, "0")}`,
          slug: `country-${n}`,
          description: null,
          localizations: [],
        };
      });
      const body = { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } }));
    },
  });
  return { client, urls };
}

describe("taxonomy read in full", () => {
  it("175 countries (IOM's member states): two pages of 100, every term once, in order", async () => {
    const { client, urls } = strapiWithTerms(175);
    const terms = await client.listTaxonomyTerms("country", "en");
    expect(terms).toHaveLength(175);
    expect(terms[149]?.slug).toBe("country-149");
    expect(new Set(terms.map((t) => t.slug)).size).toBe(175);
    expect(urls).toHaveLength(2);
    expect(urls.map((u) => qs.parse(new URL(u).search.slice(1)))).toMatchObject([
      { pagination: { page: "1", pageSize: "100" }, sort: ["name:asc", "id:asc"] },
      { pagination: { page: "2", pageSize: "100" } },
    ]);
  });

  it("one request when all fit in one page, none beyond the last", async () => {
    for (const total of [0, 1, 100]) {
      const { client, urls } = strapiWithTerms(total);
      expect(await client.listTaxonomyTerms("theme", "fr")).toHaveLength(total);
      expect(urls).toHaveLength(1);
    }
    const { client, urls } = strapiWithTerms(MAX_TAXONOMY_TERMS);
    expect(await client.listTaxonomyTerms("region", "es")).toHaveLength(MAX_TAXONOMY_TERMS);
    expect(urls).toHaveLength(MAX_TAXONOMY_TERMS / 100);
  });

  it("more than the bound fails loudly after one request instead of dropping terms", async () => {
    const { client, urls } = strapiWithTerms(MAX_TAXONOMY_TERMS + 1);
    const error = await client.listTaxonomyTerms("country", "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsResponseInvalidError);
    expect(String(error)).toContain(`${MAX_TAXONOMY_TERMS + 1} country terms`);
    expect(urls).toHaveLength(1);
  });
});

function sitemapCms(body: unknown) {
  const urls: URL[] = [];
  const client = createContentClient({
    baseUrl: "http://cms.test",
    token: "t".repeat(40),
    fetch: (input) => {
      urls.push(new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url));
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } }));
    },
  });
  return { client, urls };
}

describe("the sitemap reads", () => {
  const entry = {
    documentId: "d1",
    locale: "es",
    slug: "la-oim-y-el-peru",
    releaseDate: "2013-10-18T15:00:00.000Z",
    lastUpdatedAt: null,
    noIndex: false,
    canonicalUrl: null,
    translations: [{ locale: "en", slug: "iom-and-peru" }],
  };

  it("a page starts at a position, the next ones at the cursor; never more than SITEMAP_PAGE_SIZE", async () => {
    const { client, urls } = sitemapCms({ data: [entry], meta: { next: "1382108400000.7" } });
    const page = await client.listSitemapPage({ locale: "es", offset: 49_970, limit: 1_000_000 });
    expect(page).toEqual({
      items: [
        {
          id: "d1",
          locale: "es",
          slug: "la-oim-y-el-peru",
          date: "2013-10-18T15:00:00.000Z",
          lastUpdatedAt: null,
          noIndex: false,
          canonicalUrl: null,
          translations: [{ locale: "en", slug: "iom-and-peru" }],
        },
      ],
      next: "1382108400000.7",
    });
    await client.listSitemapPage({ locale: "es", after: "1382108400000.7", limit: 10 });
    expect(urls.map((u) => [u.pathname, Object.fromEntries(u.searchParams)])).toEqual([
      ["/api/press-releases/sitemap", { locale: "es", limit: String(SITEMAP_PAGE_SIZE), offset: "49970" }],
      ["/api/press-releases/sitemap", { locale: "es", limit: "10", after: "1382108400000.7" }],
    ]);
  });

  it("an answer of the wrong shape is 'invalid'", async () => {
    const { client } = sitemapCms({ data: [{ ...entry, releaseDate: "yesterday" }], meta: { next: null } });
    await expect(client.listSitemapPage({ locale: "es" })).rejects.toBeInstanceOf(CmsResponseInvalidError);
    const summary = sitemapCms({ data: { total: 1, parts: [], terms: { country: [], region: [] } } });
    await expect(summary.client.getSitemapSummary({ locale: "en", leading: 3, partSize: 50_000 })).rejects.toBeInstanceOf(
      CmsResponseInvalidError,
    );
  });
});
