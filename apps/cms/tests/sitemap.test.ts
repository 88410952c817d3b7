import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { locales } from "@newsroom/config";
import { contentTypes, customRoutes, sqlQueryCountHeader } from "@newsroom/contract";
import { testEnv } from "./env";

/**
 * The sitemap endpoints (src/sitemap) against a real, freshly seeded Strapi (CMS_URL,
 * CMS_READ_TOKEN): the keyset pages list exactly the published releases the core API lists,
 * oldest first, with their translations; the summary counts and dates them as the pages do;
 * each request runs a fixed number of SQL statements whatever the page; bad input is a 400.
 */
const cmsUrl = testEnv.CMS_URL;
const token = { Authorization: `Bearer ${testEnv.CMS_READ_TOKEN}` };

const entrySchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  slug: z.string(),
  releaseDate: z.iso.datetime(),
  lastUpdatedAt: z.iso.datetime().nullable(),
  noIndex: z.boolean(),
  canonicalUrl: z.string().nullable(),
  translations: z.array(z.object({ locale: z.string(), slug: z.string() })),
});
const pageSchema = z.object({ data: z.array(entrySchema), meta: z.object({ next: z.string().nullable() }) });
const datesSchema = z.array(z.object({ slug: z.string(), lastmod: z.iso.datetime().nullable() }));
const summarySchema = z.object({
  data: z.object({
    total: z.number(),
    parts: z.array(z.object({ part: z.number(), releases: z.number(), lastmod: z.iso.datetime().nullable() })),
    terms: z.object({ country: datesSchema, region: datesSchema, theme: datesSchema }),
  }),
});
const restSchema = z.object({
  data: z.array(
    z.object({
      documentId: z.string(),
      slug: z.string(),
      releaseDate: z.string(),
      lastUpdatedAt: z.string().nullable(),
      countries: z.array(z.object({ slug: z.string() })),
    }),
  ),
});

type Entry = z.infer<typeof entrySchema>;

async function get(path: string, query: Record<string, string>, headers: Record<string, string> = token) {
  const response = await fetch(`${cmsUrl}/api/${path}?${new URLSearchParams(query).toString()}`, { headers });
  const body: unknown = await response.json();
  return { status: response.status, body, sqlStatements: response.headers.get(sqlQueryCountHeader) };
}

/** Every entry of a language through the sitemap page endpoint, `limit` at a time. */
async function walk(locale: string, limit: number): Promise<{ entries: Entry[]; requests: number }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let requests = 0;
  do {
    const { status, body } = await get(customRoutes.pressReleaseSitemapPage.path, {
      locale,
      limit: String(limit),
      ...(after ? { after } : {}),
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const page = pageSchema.parse(body);
    expect(page.data.length).toBeLessThanOrEqual(limit);
    entries.push(...page.data);
    after = page.meta.next;
    requests += 1;
  } while (after !== null && requests < 1_000);
  return { entries, requests };
}

/** The same releases through Strapi's core REST API (the seed has fewer than 100 a language). */
async function rest(locale: string) {
  const response = await fetch(
    `${cmsUrl}/api/${contentTypes.pressRelease.restPath}?locale=${locale}&fields[0]=slug&fields[1]=releaseDate&fields[2]=lastUpdatedAt&populate[countries][fields][0]=slug&sort[0]=releaseDate:asc&sort[1]=id:asc&pagination[pageSize]=100`,
    { headers: token },
  );
  expect(response.status).toBe(200);
  return restSchema.parse(await response.json()).data;
}

const modified = (r: { releaseDate: string; lastUpdatedAt: string | null }) => r.lastUpdatedAt ?? r.releaseDate;
const newest = (dates: string[]) => dates.reduce<string | null>((a, b) => (a === null || Date.parse(b) > Date.parse(a) ? b : a), null);

describe("the sitemap endpoints", () => {
  beforeAll(() => {
    if (!cmsUrl || !testEnv.CMS_READ_TOKEN)
      throw new Error("CMS_URL and CMS_READ_TOKEN must point at a running, seeded Strapi (npm test sets them)");
  });

  for (const locale of locales) {
    it(`${locale}: keyset pages of 2 list every published release once, oldest first, as the core API does`, async () => {
      const [{ entries, requests }, core] = await Promise.all([walk(locale, 2), rest(locale)]);
      expect(core.length).toBeGreaterThan(2);
      expect(requests).toBe(Math.ceil(core.length / 2));
      expect(entries.map((e) => e.documentId)).toEqual(core.map((r) => r.documentId));
      expect(entries.map((e) => e.slug)).toEqual(core.map((r) => r.slug));
      expect(entries.map((e) => e.releaseDate)).toEqual(core.map((r) => new Date(r.releaseDate).toISOString()));
      expect(entries.every((e) => e.locale === locale)).toBe(true);

      // Translations: the other languages' published versions of the same document, and only those.
      const others = await Promise.all(locales.filter((l) => l !== locale).map(async (l) => ({ locale: l, releases: await rest(l) })));
      for (const entry of entries) {
        const expected = others.flatMap((o) =>
          o.releases.filter((r) => r.documentId === entry.documentId).map((r) => ({ locale: o.locale, slug: r.slug })),
        );
        expect(entry.translations, entry.slug).toEqual(expected);
      }

      // A part starts at a position (offset), then goes on by cursor.
      const { body } = await get(customRoutes.pressReleaseSitemapPage.path, { locale, offset: "1", limit: "2" });
      expect(pageSchema.parse(body).data.map((e) => e.slug)).toEqual(core.slice(1, 3).map((r) => r.slug));
    });

    it(`${locale}: the summary counts and dates the parts and the terms as the pages hold them`, async () => {
      const core = await rest(locale);
      const { status, body } = await get(customRoutes.pressReleaseSitemapSummary.path, { locale, leading: "2", partSize: "3" });
      expect(status, JSON.stringify(body)).toBe(200);
      const summary = summarySchema.parse(body).data;
      expect(summary.total).toBe(core.length);
      // Part of the release at position i: after 2 leading URLs, 3 URLs a part.
      const expectedParts = new Map<number, string[]>();
      core.forEach((r, i) => {
        const part = Math.floor((i + 2) / 3) + 1;
        expectedParts.set(part, [...(expectedParts.get(part) ?? []), new Date(modified(r)).toISOString()]);
      });
      expect(summary.parts).toEqual([...expectedParts].map(([part, dates]) => ({ part, releases: dates.length, lastmod: newest(dates) })));
      const countries = new Map<string, string[]>();
      for (const r of core)
        for (const c of r.countries) countries.set(c.slug, [...(countries.get(c.slug) ?? []), new Date(modified(r)).toISOString()]);
      expect(summary.terms.country).toEqual(
        [...countries].map(([slug, dates]) => ({ slug, lastmod: newest(dates) })).sort((a, b) => a.slug.localeCompare(b.slug)),
      );
    });
  }

  it("runs the same number of SQL statements for any page, size and position", async () => {
    // What authenticating the token costs: a request refused by the controller after it.
    const refused = await get(customRoutes.pressReleaseSitemapPage.path, { locale: "xx" });
    expect(refused.status).toBe(400);
    const auth = Number(refused.sqlStatements);
    expect(Number.isInteger(auth)).toBe(true);
    const variants: Record<string, string>[] = [{ limit: "1" }, { limit: "5" }, { limit: "2", offset: "3" }, { limit: "5000" }];
    const pages = await Promise.all(
      variants.map(async (q) => (await get(customRoutes.pressReleaseSitemapPage.path, { locale: "en", ...q })).sqlStatements),
    );
    // The rows, their SEO component, the translations.
    expect(pages.map(Number)).toEqual(pages.map(() => auth + 3));
    const summaries = await Promise.all(
      [
        { leading: "0", partSize: "1" },
        { leading: "200", partSize: "50000" },
      ].map(async (q) => (await get(customRoutes.pressReleaseSitemapSummary.path, { locale: "es", ...q })).sqlStatements),
    );
    // One aggregate for the parts, one per taxonomy kind.
    expect(summaries.map(Number)).toEqual([auth + 4, auth + 4]);
  });

  it.each([
    [customRoutes.pressReleaseSitemapPage.path, {}],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "de" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", limit: "0" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", limit: "5001" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", limit: "1e3" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", offset: "-1" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", after: "yesterday" }],
    [customRoutes.pressReleaseSitemapPage.path, { locale: "en", after: "1.1", offset: "2" }],
    [customRoutes.pressReleaseSitemapSummary.path, { locale: "en" }],
    [customRoutes.pressReleaseSitemapSummary.path, { locale: "en", leading: "2", partSize: "50001" }],
    [customRoutes.pressReleaseSitemapSummary.path, { locale: "en", leading: "x", partSize: "3" }],
  ])("%s with %j is a 400 with a message, never a 500", async (path, query) => {
    const { status, body } = await get(path, query);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/"message":"[^"]+"/);
  });

  // access.test.ts spends this address's public budget for the rest of its minute, and test files
  // run side by side: a 429 is waited out (Retry-After), then the answer must be a refusal.
  it("the public gets nothing", { timeout: 150_000 }, async () => {
    for (const path of [customRoutes.pressReleaseSitemapPage.path, customRoutes.pressReleaseSitemapSummary.path]) {
      const query = new URLSearchParams({ locale: "en", leading: "2", partSize: "3" }).toString();
      let response = await fetch(`${cmsUrl}/api/${path}?${query}`);
      for (let tries = 0; response.status === 429 && tries < 2; tries++) {
        await new Promise((resolve) => setTimeout(resolve, (Number(response.headers.get("retry-after")) || 60) * 1000 + 500));
        response = await fetch(`${cmsUrl}/api/${path}?${query}`);
      }
      expect([401, 403]).toContain(response.status);
    }
  });
});
