import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createContentClient } from "@newsroom/content";
import { contentManagerPath, sqlQueryCountHeader } from "@newsroom/contract";
import { validateSitemap } from "../../src/features/seo/testing/xml-schemas";
import { admin, createRelease, field, login, publishRelease, requireCmsEnv, within } from "./cms-admin";
import { testEnv } from "./env";

/**
 * Every list at scale (issue 11): with more than 100 countries (IOM has 175 member states;
 * Strapi gives at most 100 a page) every country filters and lists, its page and its
 * `?country=` answer 200, the sitemaps name it; and the CMS requests behind the listing,
 * a country page, the feeds and the sitemaps run the same number of SQL statements before
 * and after the archive grows. Tagged @editorial: it writes content (and removes it again),
 * so npm test runs it serially after the read-only specs.
 */
const run = randomBytes(4).toString("hex");
const COUNTRIES = contentManagerPath("country");
const EXTRA_COUNTRIES = 150;
const EXTRA_RELEASES = 12;

/** Test countries named after real ones (Intl.DisplayNames over ISO 3166 codes), marked with the run. */
function testCountries(count: number): { name: string; slug: string }[] {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const found: { name: string; slug: string }[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const name = names.of(a + b);
      if (!name || found.length >= count) continue;
      const base = name
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .toLowerCase();
      const slug = `${base}-${run}`;
      // Some codes share a name (a country's old and new codes): each country once.
      if (!found.some((c) => c.slug === slug)) found.push({ name: `${name} (test ${run})`, slug });
    }
  }
  return found;
}

/** The content client the site uses, recording the SQL statement count the CMS states per request. */
function countingClient() {
  const statements: { path: string; count: number }[] = [];
  const client = createContentClient({
    baseUrl: testEnv.CMS_URL,
    token: testEnv.CMS_READ_TOKEN,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const header = response.headers.get(sqlQueryCountHeader);
      const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      statements.push({ path: url.pathname, count: header === null ? Number.NaN : Number(header) });
      return response;
    },
  });
  /** The statements of each request `read` made (and how many requests). */
  const once = async (read: () => Promise<unknown>) => {
    statements.length = 0;
    await read();
    return statements.map((s) => s.count);
  };
  // Twice, keeping the lower count of each request: about once an hour Strapi also records
  // when the API token was last used, a few statements more for whichever request that is.
  const measure = async (read: () => Promise<unknown>) => {
    const [first, second] = [await once(read), await once(read)];
    return first.map((n, i) => Math.min(n, second[i] ?? n));
  };
  return { client, measure };
}

type Client = ReturnType<typeof countingClient>;

/** The reads behind the home page, listing (first and a later page, filtered), a country page, feeds and sitemaps. */
async function workPerRequest({ client, measure }: Client, country: string): Promise<Record<string, number[]>> {
  const leading = 2 + (await client.listTaxonomyTerms("country", "en")).length;
  return {
    home: await measure(() => client.listPressReleases({ locale: "en", page: 1, pageSize: 13 })),
    listing: await measure(() => client.listPressReleases({ locale: "en", page: 1, pageSize: 12 })),
    listingPage2: await measure(() => client.listPressReleases({ locale: "en", page: 2, pageSize: 12 })),
    countryListing: await measure(() => client.listPressReleases({ locale: "en", page: 1, pageSize: 12, country })),
    years: await measure(() => client.listPublicationYears("en")),
    feed: await measure(() => client.listLatestPressReleases({ locale: "en", limit: 30 })),
    countryFeed: await measure(() => client.listLatestPressReleases({ locale: "en", limit: 30, country })),
    sitemapPage: await measure(() => client.listSitemapPage({ locale: "en", limit: 5_000, offset: 0 })),
    sitemapSummary: await measure(() => client.getSitemapSummary({ locale: "en", leading, partSize: 50_000 })),
    country: await measure(() => client.getTaxonomyTerm("country", country, "en")),
  };
}

/** As many requests, none running more SQL statements than its counterpart in `bound`. */
function noMoreThan(counts: number[], bound: number[], what: string): void {
  expect(counts.length, what).toBe(bound.length);
  for (const [i, n] of counts.entries()) expect(n, what).toBeLessThanOrEqual(bound[i] ?? 0);
}

async function deleteAll(request: APIRequestContext, token: string, paths: string[]) {
  for (const path of paths) {
    const response = await admin(request, token, "DELETE", path);
    expect([200, 204, 404], `${path}: ${await response.text()}`).toContain(response.status());
  }
}

test.describe.serial("every list at scale @editorial", () => {
  const created: { countries: string[]; releases: string[] } = { countries: [], releases: [] };
  let adminToken = "";

  test.afterAll(async ({ request }) => {
    if (!adminToken) return;
    await deleteAll(request, adminToken, [
      ...created.releases.map((id) => `${contentManagerPath("pressRelease")}/${id}?locale=en`),
      ...created.countries.map((id) => `${COUNTRIES}/${id}?locale=en`),
    ]);
  });

  test("more than 100 countries: the 150th filters, lists and is in the sitemap; work per request does not grow", async ({ request }) => {
    test.setTimeout(300_000);
    requireCmsEnv();
    adminToken = await login(request, "admin");
    const editor = await login(request, "editor");
    const counting = countingClient();
    const seeded = await counting.client.listTaxonomyTerms("country", "en");
    const before = await workPerRequest(counting, seeded[0]?.slug ?? "peru");

    for (const country of testCountries(EXTRA_COUNTRIES)) {
      const response = await admin(request, adminToken, "POST", `${COUNTRIES}?locale=en`, country);
      expect(response.status(), await response.text()).toBeLessThan(300);
      const documentId = field(await response.json(), "data", "documentId");
      if (typeof documentId !== "string") throw new Error("no documentId for a created country");
      created.countries.push(documentId);
    }

    // Read in full although Strapi answers 100 a page (in the database's name order), each once.
    const all = await counting.client.listTaxonomyTerms("country", "en");
    expect(all).toHaveLength(seeded.length + EXTRA_COUNTRIES);
    expect(new Set(all.map((c) => c.slug)).size).toBe(all.length);
    const the150th = all[149];
    if (!the150th) throw new Error("fewer than 150 countries");
    const the150thDocument = created.countries[testCountries(EXTRA_COUNTRIES).findIndex((c) => c.slug === the150th.slug)];
    expect(the150thDocument, `${the150th.slug} is one of this run's countries`).toBeDefined();

    // Releases of the 150th country, and others, so that the archive grows between the two measures.
    const titles: string[] = [];
    for (let i = 0; i < EXTRA_RELEASES; i += 1) {
      const title = `Lists at scale ${run} number ${i}`;
      const documentId = await createRelease(request, editor, {
        title,
        slug: `lists-at-scale-${run}-${i}`,
        lead: `A release of the lists at scale test, ${run}.`,
        // Older than every seeded release: the newest pages show the same releases before and after.
        releaseDate: new Date(Date.UTC(2001, 0, 1 + i)).toISOString(),
        ...(i < 3 ? { countries: [the150thDocument] } : {}),
      });
      created.releases.push(documentId);
      const published = await publishRelease(request, editor, documentId);
      expect(published.status(), await published.text()).toBeLessThan(300);
      if (i < 3) titles.push(title);
    }

    // The site: filter and country page answer 200 with the country's releases (the webhook refreshes them).
    await within(10_000, `?country=${the150th.slug} listing its releases`, async () => {
      const response = await request.get(`/en/news?country=${the150th.slug}`);
      const html = await response.text();
      return response.status() === 200 && titles.every((t) => html.includes(t));
    });
    const countryPage = await request.get(`/en/countries/${the150th.slug}`);
    expect(countryPage.status()).toBe(200);
    const countryHtml = await countryPage.text();
    for (const title of titles) expect(countryHtml).toContain(title);
    // The filter offers every country, the 150th included.
    const listingHtml = await (await request.get("/en/news")).text();
    expect(listingHtml).toContain(`value="${the150th.slug}"`);
    expect(listingHtml).toContain(`value="${all.at(-1)?.slug ?? ""}"`);

    // Sitemaps: the index and the English part validate and list the country page and the releases.
    await within(10_000, "the sitemap naming the 150th country", async () =>
      (await (await request.get("/sitemaps/en-1.xml")).text()).includes(`/en/countries/${the150th.slug}<`),
    );
    const index = await (await request.get("/sitemap.xml")).text();
    expect(await validateSitemap(index, "sitemapindex")).toEqual({ valid: true, errors: [] });
    const english = await (await request.get("/sitemaps/en-1.xml")).text();
    expect(await validateSitemap(english, "urlset")).toEqual({ valid: true, errors: [] });
    for (let i = 0; i < EXTRA_RELEASES; i += 1) expect(english).toContain(`/en/news/lists-at-scale-${run}-${i}<`);

    // The same SQL statements per request after the archive grew (an N+1 would add some). Strapi
    // skips a populate query when no release on the page has that relation (a hero image…), so a
    // page showing other releases may need fewer, never more; the same page needs the same.
    const after = await workPerRequest(counting, seeded[0]?.slug ?? "peru");
    const unchangedPages = [
      "home",
      "listing",
      "countryListing",
      "countryFeed",
      "years",
      "sitemapPage",
      "sitemapSummary",
      "country",
    ] as const;
    expect(
      Object.values(before)
        .flat()
        .every((n) => Number.isInteger(n) && n > 0),
      JSON.stringify(before),
    ).toBe(true);
    for (const key of unchangedPages) expect(after[key], key).toEqual(before[key]);
    for (const [key, counts] of Object.entries(before)) noMoreThan(after[key] ?? [], counts, key);
    // And for the 150th country itself: its page and its listing cost no more than a seeded country's.
    const theirs = await workPerRequest(counting, the150th.slug);
    for (const key of ["countryListing", "country", "countryFeed"]) noMoreThan(theirs[key] ?? [], before[key] ?? [], key);
    // The country list itself: two pages of 100 now, each as costly as the one page before.
    expect(await counting.measure(() => counting.client.listTaxonomyTerms("country", "en"))).toHaveLength(2);
  });
});
