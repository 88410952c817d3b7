import qs from "qs";
import { describe, expect, it } from "vitest";
import { createContentClient, type ContentRequest } from "./client";
import { CmsResponseInvalidError } from "./errors";

// The reads behind sitemaps and feeds, with a stand-in fetch: what they ask Strapi, what
// they make of the answer, and which request kind (so which cache tags) they report.
function clientAnswering(body: unknown) {
  const urls: string[] = [];
  const requests: ContentRequest[] = [];
  const client = createContentClient({
    baseUrl: "http://cms.test",
    token: "t".repeat(40),
    requestInit: (request) => {
      requests.push(request);
      return {};
    },
    fetch: (input) => {
      urls.push(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } }));
    },
  });
  const query = () => qs.parse(new URL(urls[0] ?? "http://x").search.slice(1));
  return { client, requests, query };
}

const entry = {
  documentId: "d1",
  locale: "es",
  title: "La OIM y el Perú",
  slug: "la-oim-y-el-peru",
  releaseDate: "2013-10-18T15:00:00.000Z",
  lastUpdatedAt: null,
  seo: { noIndex: null, canonicalUrl: null },
  localizations: [{ locale: "en", slug: "iom-and-peru" }],
  countries: [{ slug: "peru" }],
  regions: [],
  themes: [{ slug: "gobernanza-de-la-migracion" }],
};

describe("the press-release index (sitemaps, news sitemap)", () => {
  it("asks for one slice, oldest first, without bodies, and reshapes it", async () => {
    const { client, requests, query } = clientAnswering({ data: [entry], meta: { pagination: { start: 200, limit: 100, total: 201 } } });
    const page = await client.listPressReleaseIndex({ locale: "es", order: "oldest", start: 200, limit: 500 });
    expect(query()).toMatchObject({ locale: "es", sort: ["releaseDate:asc", "id:asc"], pagination: { start: "200", limit: "100" } });
    expect(query()).not.toHaveProperty("populate.body");
    expect(page).toEqual({
      total: 201,
      items: [
        {
          id: "d1",
          locale: "es",
          slug: "la-oim-y-el-peru",
          title: "La OIM y el Perú",
          date: "2013-10-18T15:00:00.000Z",
          lastUpdatedAt: null,
          noIndex: false,
          canonicalUrl: null,
          translations: [{ locale: "en", slug: "iom-and-peru" }],
          terms: { country: ["peru"], region: [], theme: ["gobernanza-de-la-migracion"] },
        },
      ],
    });
    // Its own request kind: a sitemap also lists the other languages' addresses (hreflang).
    expect(requests).toEqual([{ resource: "press-release-index", locale: "es" }]);
  });

  it("newest first from a date, for the news sitemap", async () => {
    const { client, query } = clientAnswering({ data: [], meta: { pagination: { start: 0, limit: 100, total: 0 } } });
    await client.listPressReleaseIndex({ locale: "fr", since: "2013-10-17T12:00:00.000Z" });
    expect(query()).toMatchObject({
      sort: ["releaseDate:desc", "id:desc"],
      filters: { releaseDate: { $gte: "2013-10-17T12:00:00.000Z" } },
    });
  });

  it("a drifted answer is 'invalid'", async () => {
    const { client } = clientAnswering({
      data: [{ ...entry, releaseDate: "yesterday" }],
      meta: { pagination: { start: 0, limit: 100, total: 1 } },
    });
    await expect(client.listPressReleaseIndex({ locale: "es" })).rejects.toBeInstanceOf(CmsResponseInvalidError);
  });
});

describe("the latest releases with their text (feeds)", () => {
  it("filters by country or theme, newest first, and reports a feed request", async () => {
    const { client, requests, query } = clientAnswering({ data: [] });
    expect(await client.listLatestPressReleases({ locale: "en", theme: "migration-data", limit: 30 })).toEqual([]);
    expect(query()).toMatchObject({
      filters: { themes: { slug: { $eq: "migration-data" } } },
      sort: ["releaseDate:desc", "id:desc"],
      pagination: { pageSize: "30" },
    });
    expect(requests).toEqual([{ resource: "press-release-feed", locale: "en" }]);
  });
});
