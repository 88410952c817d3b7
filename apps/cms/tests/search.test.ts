import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { documentTypes } from "@newsroom/contract";
import { admin, createDraft, draftRelease, PRESS_RELEASES, publish, requireCms } from "./admin-api";
import { testEnv } from "./env";

/**
 * GET /api/press-releases/search against a real, freshly seeded Strapi (CMS_URL,
 * CMS_READ_TOKEN): relevance, accents, filters, drafts never found, hostile input answered
 * with 200 or 400 (never 500), for the public and for the site's read-only token.
 */
const cmsUrl = testEnv.CMS_URL;
const readToken = testEnv.CMS_READ_TOKEN;
const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";
const PORTAL_SLUG = "new-online-portal-brings-together-migration-data-from-peru-and-chile";
const STATEMENT_SLUG = "statement-by-the-regional-director-on-protection-for-migrants-moving-through-the-andean-region";
const DRAFT_SLUG = "draft-embargoed-release-on-regional-labour-mobility-agreement-sample";
const DRAFT_MARKER = "DRAFT-ONLY-MARKER";

const termSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
const hitSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  documentType: z.enum(documentTypes),
  datelinePlace: z.string(),
  releaseDate: z.iso.datetime({ offset: true }),
  lastUpdatedAt: z.iso.datetime({ offset: true }).nullable(),
  lead: z.string(),
  heroImage: z
    .object({ image: z.object({ url: z.string() }), altText: z.string(), caption: z.string().nullable(), credit: z.string().nullable() })
    .nullable(),
  countries: z.array(termSchema),
  themes: z.array(termSchema),
  excerpt: z.string(),
  highlights: z.object({
    title: z.array(z.tuple([z.number().int(), z.number().int()])),
    excerpt: z.array(z.tuple([z.number().int(), z.number().int()])),
  }),
});
const resultsSchema = z.object({
  data: z.array(hitSchema),
  meta: z.object({
    pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() }),
    terms: z.array(z.string()),
  }),
});
const validationErrorSchema = z.object({
  error: z.object({ status: z.literal(400), name: z.literal("ValidationError"), message: z.string().min(1) }),
});

type Results = z.infer<typeof resultsSchema>;

// The public gets nothing from the content API (access.test.ts): the site searches with its token.
const callers: [string, Record<string, string>][] = [["read-only token", { Authorization: `Bearer ${readToken}` }]];

/** Raw call: `query` is sent as written, so hostile query strings reach Strapi unchanged. */
async function call(query: string, headers: Record<string, string>) {
  const response = await fetch(`${cmsUrl}/api/press-releases/search?${query}`, { headers });
  const text = await response.text();
  // Never, whatever the query: the private index stays private.
  expect(text).not.toContain("searchText");
  return { status: response.status, text };
}

async function search(params: Record<string, string>, headers: Record<string, string>): Promise<Results> {
  const { status, text } = await call(new URLSearchParams(params).toString(), headers);
  expect(status, text).toBe(200);
  return resultsSchema.parse(JSON.parse(text));
}

const slugs = (results: Results) => results.data.map((hit) => hit.slug);

describe.each(callers)("search as %s", (_who, headers) => {
  beforeAll(() => {
    if (!cmsUrl || !readToken) throw new Error("CMS_URL and CMS_READ_TOKEN must point at a running, seeded Strapi (npm test sets them)");
  });

  it("finds the Peru release by a figure from its body, with an excerpt around it", async () => {
    const results = await search({ q: "12,274" }, headers);
    expect(slugs(results)[0]).toBe(PERU_SLUG);
    expect(results.meta.terms).toEqual(["12", "274"]);
    const excerpt = results.data[0]?.excerpt ?? "";
    expect(excerpt).toContain("12,274");
    expect(excerpt.length).toBeLessThanOrEqual(250);
  });

  it("ranks the Peru release first for words of its title", async () => {
    const results = await search({ q: "peruvians living abroad" }, headers);
    expect(slugs(results)[0]).toBe(PERU_SLUG);
  });

  it("ignores accents and case", async () => {
    for (const q of ["davalos", "Dávalos", "DÁVALOS"]) {
      const results = await search({ q }, headers);
      expect(slugs(results), q).toContain(PERU_SLUG);
      expect(results.meta.terms).toEqual(["davalos"]);
    }
  });

  it("ranks a release with the word in its title above one with it only in the body", async () => {
    const results = await search({ q: "peru" }, headers);
    const order = slugs(results);
    const statement = results.data.find((hit) => hit.slug === STATEMENT_SLUG);
    // The statement names Peru only in its body ("through Colombia, Ecuador and Peru").
    expect(statement?.title.toLowerCase()).not.toContain("peru");
    expect(statement?.lead.toLowerCase()).not.toContain("peru");
    expect(order.indexOf(PERU_SLUG)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(PERU_SLUG)).toBeLessThan(order.indexOf(STATEMENT_SLUG));
    expect(order.indexOf(PORTAL_SLUG)).toBeLessThan(order.indexOf(STATEMENT_SLUG));
  });

  it("filters by country, region, theme, type and year", async () => {
    const byCountry = await search({ q: "migration", country: "peru" }, headers);
    expect(byCountry.data.length).toBeGreaterThan(0);
    for (const hit of byCountry.data) expect(hit.countries.map((c) => c.slug)).toContain("peru");

    const byRegion = await search({ q: "migration", region: "south-america" }, headers);
    expect(slugs(byRegion)).toContain(PERU_SLUG);
    expect(slugs(byRegion)).not.toContain("bangladesh-pilot-trains-1200-prospective-migrant-workers-on-safe-recruitment");

    const byTheme = await search({ q: "migration", theme: "migration-data" }, headers);
    expect(byTheme.data.length).toBeGreaterThan(0);
    for (const hit of byTheme.data) expect(hit.themes.map((t) => t.slug)).toContain("migration-data");

    const byType = await search({ q: "migrants", type: "statement" }, headers);
    expect(byType.data.length).toBeGreaterThan(0);
    for (const hit of byType.data) expect(hit.documentType).toBe("statement");

    const byYear = await search({ q: "migration", year: "2013" }, headers);
    expect(byYear.data.length).toBeGreaterThan(0);
    for (const hit of byYear.data) expect(hit.releaseDate.startsWith("2013-")).toBe(true);
    expect((await search({ q: "migration", year: "2012" }, headers)).meta.pagination.total).toBe(0);
  });

  it("searches only the requested language", async () => {
    const results = await search({ q: "migration", locale: "fr" }, headers);
    for (const hit of results.data) expect(hit.locale).toBe("fr");
  });

  it.each(["embargoed", "draft-only-marker", DRAFT_MARKER, "regional labour mobility agreement"])(
    "never finds the unpublished draft: %s",
    async (q) => {
      const { status, text } = await call(new URLSearchParams({ q, pageSize: "50" }).toString(), headers);
      expect(status).toBe(200);
      expect(text).not.toContain(DRAFT_SLUG);
      expect(text).not.toContain(DRAFT_MARKER);
    },
  );

  it("answers a 10,000-character query normally", async () => {
    const results = await search({ q: "peru ".repeat(2000) }, headers);
    expect(results.meta.terms).toEqual(["peru"]);
    expect(slugs(results)).toContain(PERU_SLUG);
  });

  it.each([
    "q=%25'%20OR%201%3D1%20--",
    "q=.*(a%2B)%2B%24",
    "q=%25_%25",
    "q[$ne]=x",
    "q[]=a&q[]=b",
    "q=peru&country[$ne]=x",
    "q=peru&page[$gt]=1",
    "q=%00%01%FF",
  ])("answers hostile input with 200 or a 400 message, never 500: %s", async (query) => {
    const { status, text } = await call(query, headers);
    expect([200, 400], text).toContain(status);
    if (status === 200) resultsSchema.parse(JSON.parse(text));
    else validationErrorSchema.parse(JSON.parse(text));
  });

  it("refuses a non-string q with a message", async () => {
    const { status, text } = await call("q[$ne]=x", headers);
    expect(status).toBe(400);
    expect(validationErrorSchema.parse(JSON.parse(text)).error.message).toMatch(/\bq\b/);
  });

  it.each(["", "a", "!!! ?", "% _ *"])("returns nothing for a query without a usable word: %j", async (q) => {
    const results = await search({ q }, headers);
    expect(results).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 12, pageCount: 0, total: 0 }, terms: [] } });
  });

  it("returns an empty page past the end, with the real total", async () => {
    const first = await search({ q: "migration", pageSize: "2" }, headers);
    expect(first.meta.pagination.total).toBeGreaterThan(2);
    expect(first.data).toHaveLength(2);
    expect(first.meta.pagination.pageCount).toBe(Math.ceil(first.meta.pagination.total / 2));
    const past = await search({ q: "migration", pageSize: "2", page: "99" }, headers);
    expect(past.data).toEqual([]);
    expect(past.meta.pagination).toEqual({
      page: 99,
      pageSize: 2,
      pageCount: first.meta.pagination.pageCount,
      total: first.meta.pagination.total,
    });
  });

  it.each([
    ["locale=de", "locale"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["pageSize=51", "pageSize"],
    ["type=blog", "type"],
    ["year=13", "year"],
  ])("refuses %s with a 400 naming the parameter", async (param, name) => {
    const { status, text } = await call(`q=migration&${param}`, headers);
    expect(status).toBe(400);
    expect(validationErrorSchema.parse(JSON.parse(text)).error.message).toContain(name);
  });
});

/**
 * Stemming, ranking, phrases, totals, excerpts and the SQL statement count, on releases this
 * file writes through the admin API (and deletes afterwards). Every one carries a word of its
 * own (MARK), so that the queries see only them whatever else the database holds.
 */
describe("search in each language, on releases written for the test", () => {
  const run = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  const MARK = `zq${run}x`;
  const created: { documentId: string; locale: string }[] = [];
  const headers = { Authorization: `Bearer ${readToken}` };
  const items = (...texts: string[]) => ({
    type: "list",
    format: "unordered",
    children: texts.map((text) => ({ type: "list-item", children: [{ type: "text", text }] })),
  });
  const para = (text: string, extra: Record<string, unknown> = {}) => ({ type: "paragraph", children: [{ type: "text", text }], ...extra });
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n, 12)).toISOString();

  async function release(key: string, locale: string, fields: { title: string; lead: string; body: unknown[]; releaseDate: string }) {
    const documentId = await createDraft("admin", draftRelease(`${run}-${key}`, { ...fields, slug: `search-test-${run}-${key}` }), locale);
    created.push({ documentId, locale });
    const published = await publish("admin", documentId, locale);
    expect(published.status, published.text).toBe(200);
    return documentId;
  }

  const ids: Record<string, string> = {};

  beforeAll(async () => {
    requireCms();
    ids.commemorate = await release("commemorate", "en", {
      title: `Volunteers remember the founders ${MARK}`,
      lead: "A short ceremony in the harbour town.",
      body: [
        para("Residents gathered to Commemorate the founders of the town."),
        para("This is sample content: sampleonlyword.", { sampleNote: true }),
      ],
      releaseDate: day(1),
    });
    ids.titleMatch = await release("title", "en", {
      title: `Lighthouse keepers honoured ${MARK}`,
      lead: "Keepers of the coast were honoured.",
      body: [para("The ceremony took place at noon.")],
      releaseDate: day(2),
    });
    ids.bodyMatch = await release("body", "en", {
      title: `Coastal services review ${MARK}`,
      lead: "A review of coastal services.",
      body: [para("The old lighthouse was mentioned once in the review, among many other buildings on the coast.")],
      releaseDate: day(3),
    });
    ids.phrase = await release("phrase", "en", {
      title: `Harbour opening ${MARK}`,
      lead: "The new harbour opened.",
      body: [para("Crowds watched as the blue harbour opened to boats.")],
      releaseDate: day(4),
    });
    ids.list = await release("list", "en", {
      title: `Training curriculum ${MARK}`,
      lead: "What the training covers.",
      body: [
        para("The curriculum covers:"),
        items("Recognising fraudulent recruiters", "Reading recruiters' contracts"),
        para("Sessions start in May."),
      ],
      releaseDate: day(5),
    });
    ids.party = await release("party", "en", {
      title: `Community gathering ${MARK}`,
      lead: "Neighbours met.",
      body: [para("A party was held for the neighbours.")],
      releaseDate: day(6),
    });
    // Twins: the same text, so the same relevance; the newer comes first.
    ids.twinOld = await release("twin-old", "en", {
      title: `Twin notice ${MARK}`,
      lead: "Twin.",
      body: [para("Twin text.")],
      releaseDate: day(7),
    });
    ids.twinNew = await release("twin-new", "en", {
      title: `Twin notice ${MARK}`,
      lead: "Twin.",
      body: [para("Twin text.")],
      releaseDate: day(8),
    });
    ids.es = await release("es", "es", {
      title: `Las comunidades recuerdan ${MARK}`,
      lead: "Una ceremonia breve.",
      body: [para("Los vecinos conmemoran a los fundadores del pueblo.")],
      releaseDate: day(9),
    });
    ids.fr = await release("fr", "fr", {
      title: `Les Péruviens de Genève ${MARK}`,
      lead: "Une cérémonie brève.",
      body: [para("Les habitants commémorent les fondateurs de la ville.")],
      releaseDate: day(10),
    });
  }, 120_000);

  afterAll(async () => {
    for (const { documentId, locale } of created) await admin("admin", "DELETE", `${PRESS_RELEASES}/${documentId}?locale=${locale}`);
  });

  async function searchRaw(params: Record<string, string>) {
    const response = await fetch(`${cmsUrl}/api/press-releases/search?${new URLSearchParams(params).toString()}`, { headers });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return { results: resultsSchema.parse(JSON.parse(text)), sqlQueries: response.headers.get("x-newsroom-sql-queries") };
  }
  const found = async (params: Record<string, string>) => (await searchRaw(params)).results.data.map((hit) => hit.documentId);

  it.each([
    ["en", "commemorating", "commemorate"],
    ["es", "conmemorando", "es"],
    ["fr", "commemorer", "fr"],
    ["fr", "peruviens", "fr"],
  ])("stems and folds accents in %s: %s", async (locale, word, key) => {
    expect(await found({ q: `${word} ${MARK}`, locale })).toEqual([ids[key]]);
  });

  it("marks the stemmed word it matched", async () => {
    const { results } = await searchRaw({ q: `commemorating ${MARK}` });
    const hit = results.data[0];
    const marked = (hit?.highlights.excerpt ?? []).map(([start, end]) => hit?.excerpt.slice(start, end));
    expect(marked).toContain("Commemorate");
    const title = (hit?.highlights.title ?? []).map(([start, end]) => hit?.title.slice(start, end));
    expect(title).toEqual([MARK]);
  });

  it('matches words, not parts of words: "art" does not find "party"', async () => {
    expect(await found({ q: `art ${MARK}` })).toEqual([]);
    expect(await found({ q: `party ${MARK}` })).toEqual([ids.party]);
  });

  it("ranks a title match above a body match", async () => {
    expect(await found({ q: `lighthouse ${MARK}` })).toEqual([ids.titleMatch, ids.bodyMatch]);
  });

  it("searches a phrase", async () => {
    expect(await found({ q: `"blue harbour" ${MARK}` })).toEqual([ids.phrase]);
    expect(await found({ q: `"harbour blue" ${MARK}` })).toEqual([]);
    // Longer than two words (on PostgreSQL the word pairs only narrow these down), and stop words inside.
    expect(await found({ q: `"crowds watched as the blue harbour" ${MARK}` })).toEqual([ids.phrase]);
    expect(await found({ q: `"blue harbour opened" ${MARK}` })).toEqual([ids.phrase]);
    expect(await found({ q: `"blue harbour boats" ${MARK}` })).toEqual([]);
    const { results } = await searchRaw({ q: `"blue harbour" ${MARK}` });
    expect(results.meta.pagination.total).toBe(1);
  });

  it("leaves out a release with an excluded word in its body, though its headline matches", async () => {
    // "keepers" is in the headline and lead of the lighthouse release, "noon" only in its body.
    expect(await found({ q: `keepers ${MARK}` })).toEqual([ids.titleMatch]);
    const { results } = await searchRaw({ q: `keepers -noon ${MARK}` });
    expect(results.data).toEqual([]);
    expect(results.meta.pagination.total).toBe(0);
  });

  it("puts the newest first among equally relevant releases", async () => {
    expect(await found({ q: `twin ${MARK}` })).toEqual([ids.twinNew, ids.twinOld]);
  });

  it("counts every match exactly and serves the last page", async () => {
    const { results } = await searchRaw({ q: MARK, pageSize: "3" });
    expect(results.meta.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 3, total: 8 });
    const pages = [results.data];
    for (const page of ["2", "3"]) pages.push((await searchRaw({ q: MARK, pageSize: "3", page })).results.data);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(new Set(pages.flat().map((hit) => hit.documentId)).size).toBe(8);
    const past = await searchRaw({ q: MARK, pageSize: "3", page: "4" });
    expect(past.results.data).toEqual([]);
    expect(past.results.meta.pagination.total).toBe(8);
  });

  it("keeps list items apart in excerpts", async () => {
    const { results } = await searchRaw({ q: `recruiters ${MARK}` });
    expect(results.data[0]?.excerpt).toContain(
      "The curriculum covers: Recognising fraudulent recruiters; Reading recruiters' contracts; Sessions",
    );
  });

  it("never indexes or quotes the sample-content note", async () => {
    expect(await found({ q: `sampleonlyword ${MARK}` })).toEqual([]);
    for (const [locale, q] of [
      ["en", "sample content demonstration newsroom fictional"],
      ["en", "fictional"],
      ["es", "ficticios"],
      ["fr", "fictifs"],
    ] as const) {
      const { results } = await searchRaw({ q, locale, pageSize: "50" });
      for (const hit of results.data)
        expect(hit.excerpt).not.toMatch(/sample content written|contenido de ejemplo redactado|contenu d’exemple rédigé/);
    }
  });

  it("runs the same number of SQL statements for one match and for many", async () => {
    // Releases of one shape (here: no hero image, whose populate is skipped when no hit has one).
    const one = await searchRaw({ q: `"blue harbour" ${MARK}` });
    const many = await searchRaw({ q: MARK, pageSize: "12" });
    expect(one.results.data).toHaveLength(1);
    expect(many.results.data.length).toBeGreaterThan(5);
    expect(one.sqlQueries, "NEWSROOM_SQL_QUERY_COUNT=true must be set for the CMS under test").toMatch(/^[1-9][0-9]*$/);
    expect(many.sqlQueries).toBe(one.sqlQueries);
    // The seeded releases have hero images: one match and a full page, same count.
    const seededOne = await searchRaw({ q: "12,274" });
    const seededMany = await searchRaw({ q: "migrants", pageSize: "12" });
    expect(seededOne.results.data).toHaveLength(1);
    expect(seededMany.results.data.length).toBeGreaterThan(5);
    expect(seededMany.sqlQueries).toBe(seededOne.sqlQueries);
    // One statement finds the page and its total, one findMany loads it (with its populates), plus the token check.
    expect(Number(seededMany.sqlQueries)).toBeLessThanOrEqual(15);
  });
});
