import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runImport, type ImportOptions, type ImportReport } from "../src/import/run";
import { PRESS_RELEASES, admin, cmsUrl, contentApi, requireCms, sleep, staffPassword } from "./admin-api";
import { contentManagerPath } from "@newsroom/contract";
import { testEnv } from "./env";

/**
 * The importer against the real, seeded Strapi (npm test starts it; see README). It imports
 * the fixtures under their own slugs, never touches seeded releases, and deletes what it
 * imported afterwards, so it can run after the other suites and again.
 */
const FIXTURES = path.resolve(__dirname, "fixtures/import");
const LEGACY = contentManagerPath("legacyAddress");
const CONTACTS = contentManagerPath("pressContact");
const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";
const FIXTURE_RELEASES = 25;

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  sources: [path.join(FIXTURES, "pages"), path.join(FIXTURES, "feeds"), path.join(FIXTURES, "bad")],
  cmsUrl,
  email: "admin@newsroom.example",
  password: staffPassword,
  publish: false,
  dryRun: false,
  follow: false, // the fixtures' old site does not exist; summaries stand in for their pages
  log: () => undefined,
  ...extra,
});

const listSchema = z.object({ results: z.array(z.looseObject({ documentId: z.string() })) });
const docSchema = z.object({ data: z.looseObject({ documentId: z.string() }) });
const releaseSchema = z.looseObject({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  lead: z.string(),
  body: z.array(z.unknown()),
  datelinePlace: z.string(),
  documentType: z.string(),
  releaseDate: z.string(),
  publishedAt: z.string().nullable(),
  datelineCountry: z.looseObject({ slug: z.string() }).nullable(),
  countries: z.array(z.looseObject({ slug: z.string() })),
  themes: z.array(z.looseObject({ slug: z.string() })),
  pressContacts: z.array(
    z.looseObject({ documentId: z.string(), email: z.string(), fullName: z.string(), office: z.string(), phone: z.string().nullable() }),
  ),
  heroImage: z
    .looseObject({
      altText: z.string(),
      caption: z.string().nullable(),
      credit: z.string().nullable(),
      image: z.looseObject({ url: z.string(), mime: z.string() }),
    })
    .nullable(),
});

async function list(path: string): Promise<{ documentId: string; [k: string]: unknown }[]> {
  const response = await admin("admin", "GET", path);
  expect(response.status, response.text).toBe(200);
  return listSchema.parse(response.body).results;
}

/** A release as the site reads it (published) or as the admin sees the draft. */
async function published(slug: string, locale: string) {
  const populate =
    "populate[datelineCountry]=true&populate[countries]=true&populate[themes]=true&populate[pressContacts]=true&populate[heroImage][populate]=image";
  const response = await contentApi(`/api/press-releases?locale=${locale}&filters[slug][$eq]=${encodeURIComponent(slug)}&${populate}`);
  const data = z.object({ data: z.array(z.unknown()) }).parse(response.body).data;
  return data[0] === undefined ? undefined : releaseSchema.parse(data[0]);
}

async function cleanUp(): Promise<void> {
  for (const address of await list(`${LEGACY}?page=1&pageSize=100`)) {
    const id = address.pressReleaseDocumentId;
    if (typeof id === "string")
      for (const locale of ["en", "es", "fr"]) await admin("admin", "DELETE", `${PRESS_RELEASES}/${id}?locale=${locale}`);
    await admin("admin", "DELETE", `${LEGACY}/${address.documentId}`);
  }
  // Contacts the fixtures created (the seeded ones have other addresses and are never deleted).
  for (const locale of ["en", "es", "fr"]) {
    for (const contact of await list(`${CONTACTS}?locale=${locale}&pageSize=100&filters[$and][0][email][$endsWith]=@oldnewsroom.example`)) {
      await admin("admin", "DELETE", `${CONTACTS}/${contact.documentId}?locale=${locale}`);
    }
  }
}

/**
 * The site through its proxy (npm test runs it beside the CMS), without following redirects.
 * SITE_URL, not BASE_URL: Vitest sets BASE_URL to Vite's "/".
 */
const siteUrl = testEnv.SITE_URL;
async function site(path: string): Promise<{ status: number; location: string | null; cache: string | null }> {
  if (!siteUrl) throw new Error("SITE_URL (the site behind its proxy) is not set: run these tests with npm test");
  const response = await fetch(new URL(path, siteUrl), { redirect: "manual" });
  await response.arrayBuffer();
  const location = response.headers.get("location");
  return {
    status: response.status,
    location: location === null ? null : new URL(location, siteUrl).pathname,
    cache: response.headers.get("x-cache"),
  };
}

const count = (report: ImportReport) => ({
  created: report.created.length,
  updated: report.updated.length,
  unchanged: report.unchanged.length,
  skipped: report.skipped.length,
  failed: report.failed.length,
});

describe("npm run import against the real CMS", () => {
  let peruBefore: Awaited<ReturnType<typeof published>>;

  beforeAll(async () => {
    requireCms();
    await cleanUp();
    peruBefore = await published(PERU_SLUG, "en");
  }, 120_000);

  afterAll(async () => {
    await cleanUp();
  }, 120_000);

  it("--dry-run says what it would create and writes nothing", async () => {
    const lines: string[] = [];
    const report = await runImport(options({ dryRun: true, log: (l) => lines.push(l) }));
    expect(count(report)).toMatchObject({ created: FIXTURE_RELEASES, updated: 0, failed: 0 });
    expect(lines.filter((l) => l.startsWith("would create"))).toHaveLength(FIXTURE_RELEASES);
    expect(await list(`${LEGACY}?page=1&pageSize=10`)).toEqual([]);
  }, 120_000);

  it("imports every release as a draft, reports every page it skips and why", async () => {
    const report = await runImport(options());
    expect(count(report)).toEqual({ created: FIXTURE_RELEASES, updated: 0, unchanged: 0, skipped: 7, failed: 0 });
    const reasons = Object.fromEntries(report.skipped.map((s) => [path.basename(s.origin.split(" #")[0] ?? ""), s.reason]));
    expect(reasons).toMatchObject({
      "no-date-en-iom-welcomes-new-partners.html": "no date",
      "no-headline.html": "no headline",
      "not-a-press-release-about-us.html": "not a press release",
      "unreadable.html": "unreadable",
    });
    // Drafts: nothing on the public API yet, and their old addresses lead nowhere yet.
    expect(await published("iom-opens-migrant-resource-centre-in-quito", "en")).toBeUndefined();
    expect((await site("/news/press-release/iom-opens-migrant-resource-centre-in-quito")).status).toBe(307);
    expect((await site("/es/2021/08/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral")).status).toBe(404);
  }, 180_000);

  it("--publish publishes them, every field where an editor would put it, keeping the original date", async () => {
    const report = await runImport(options({ publish: true }));
    expect(count(report)).toMatchObject({ created: 0, updated: FIXTURE_RELEASES, failed: 0 });
    const quito = await published("iom-opens-migrant-resource-centre-in-quito", "en");
    expect(quito).toMatchObject({
      title: "IOM Opens Migrant Resource Centre in Quito",
      documentType: "press-release",
      datelinePlace: "Quito",
      releaseDate: "2021-03-15T10:00:00.000Z",
      datelineCountry: { slug: "ecuador" },
      countries: [{ slug: "ecuador" }],
      themes: [{ slug: "migration-governance" }],
      pressContacts: [{ fullName: "Ana Torres", office: "IOM Ecuador", email: "atorres@oldnewsroom.example", phone: "+593 2 123 4567" }],
      heroImage: { caption: "Participants at the event.", credit: "Old Newsroom/J. Doe", image: { mime: "image/jpeg" } },
    });
    expect(quito?.lead).toMatch(/^The International Organization for Migration \(IOM\) opened/);
    expect(quito?.body.map((b) => z.object({ type: z.string() }).parse(b).type)).toEqual([
      "paragraph",
      "quote",
      "paragraph",
      "heading",
      "list",
    ]);
    // Spanish, matched to the seeded contact by email: no second Carolina Santos.
    const lima = await published("declaracion-de-la-oim-sobre-el-dia-mundial-contra-la-trata", "es");
    expect(lima).toMatchObject({
      documentType: "statement",
      datelinePlace: "Lima",
      datelineCountry: { slug: "peru" },
      pressContacts: [{ email: "casantos@iom.int" }],
    });
    expect(await list(`${CONTACTS}?locale=en&filters[$and][0][email][$eq]=casantos@iom.int`)).toHaveLength(1);
    const fr = await published("l-oim-et-l-ukraine-renforcent-l-aide-aux-deplaces", "fr");
    expect(fr).toMatchObject({ datelinePlace: "Kyiv", datelineCountry: { slug: "ukraine" } });
  }, 180_000);

  it("a second run changes nothing", async () => {
    const report = await runImport(options({ publish: true }));
    expect(count(report)).toEqual({ created: 0, updated: 0, unchanged: FIXTURE_RELEASES, skipped: 7, failed: 0 });
  }, 180_000);

  it("the CMS resolves old addresses to the new pages (null for anything else, never 404)", async () => {
    const resolve = (p: string) => contentApi(`/api/legacy-addresses/resolve?path=${encodeURIComponent(p)}`);
    expect((await resolve("/news/press-release/iom-opens-migrant-resource-centre-in-quito")).body).toEqual({
      data: {
        path: "/news/press-release/iom-opens-migrant-resource-centre-in-quito",
        locale: "en",
        slug: "iom-opens-migrant-resource-centre-in-quito",
      },
    });
    expect((await resolve("/es/2021/08/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral/")).body).toMatchObject({
      data: { locale: "es", slug: "la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral" },
    });
    expect((await resolve("/PBN/iom-helps-stranded-migrants-in-yemen.html")).body).toMatchObject({
      data: { locale: "en", slug: "iom-helps-stranded-migrants-in-yemen" },
    });
    for (const unknown of ["/news/press-release/never-existed", "not a path", "/%E0%A4%A"]) {
      const answer = await resolve(unknown);
      expect([answer.status, answer.body], unknown).toEqual([200, { data: null }]);
    }
    expect((await contentApi(`/api/legacy-addresses/resolve`)).status).toBe(400);
    expect((await contentApi(`/api/legacy-addresses/resolve?path=/pbn/x`, "public")).status).toBe(403);
  });

  it("the site answers 308 from every old address to the new page, through the proxy", async () => {
    const cases: [string, string][] = [
      ["/news/press-release/iom-opens-migrant-resource-centre-in-quito", "/en/news/iom-opens-migrant-resource-centre-in-quito"],
      ["/2017/06/iom-statement-on-the-mediterranean", "/en/news/iom-statement-on-the-mediterranean"],
      [
        "/es/2021/08/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral",
        "/es/news/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral",
      ],
      ["/fr/news/press-release/l-oim-aide-les-migrants-bloques-au-niger", "/fr/news/l-oim-aide-les-migrants-bloques-au-niger"],
      ["/PBN/iom-helps-stranded-migrants-in-yemen.html", "/en/news/iom-helps-stranded-migrants-in-yemen"],
    ];
    for (const [old, page] of cases) {
      // The publish webhook refreshes the site within seconds; the first answers may predate it.
      let answer = await site(old);
      for (let i = 0; i < 20 && answer.status !== 308; i++) {
        await sleep(500);
        answer = await site(old);
      }
      expect([answer.status, answer.location], old).toEqual([308, page]);
      const again = await site(old);
      expect([again.status, again.location, again.cache], `${old}, again`).toEqual([308, page, "HIT"]);
      const target = await fetch(new URL(page, siteUrl));
      expect(target.status, page).toBe(200);
    }
    // The old site's trailing slash: Next drops it first, then the same redirect.
    const slashed = await fetch(new URL("/es/2021/08/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral/", siteUrl));
    expect([slashed.status, new URL(slashed.url).pathname]).toEqual([
      200,
      "/es/news/la-oim-y-mexico-firman-acuerdo-sobre-movilidad-laboral",
    ]);
    // Anything else outside a language goes to the reader's language, as before; inside one, 404.
    const unknown = await site("/news/press-release/never-existed");
    expect([unknown.status, unknown.location]).toEqual([307, "/en/news/press-release/never-existed"]);
    expect((await site("/es/2021/08/never-existed")).status).toBe(404);
  }, 60_000);

  it("hostile markup comes out inert", async () => {
    const release = await published("iom-warns-of-fake-job-offers-online", "en");
    const json = JSON.stringify(release);
    expect(json).toContain("safe-migration guide");
    expect(json).not.toMatch(/alert\(|javascript:|onerror|onclick|onload|<script|evil\.example|pixel\.tracker/i);
  });

  it("the reference text imports to the same content as the seeded Peru release, without touching it", async () => {
    const report = await runImport(
      options({ sources: [path.join(FIXTURES, "seed/peru-reference-release.txt")], defaultDate: "2013-10-18T15:00:00Z", publish: true }),
    );
    expect(count(report)).toMatchObject({ created: 1, failed: 0 });
    const slug = report.created[0]?.slug ?? "";
    expect(slug).toBe(`${PERU_SLUG}-2`); // the seeded release keeps its address
    const [imported, seeded] = [await published(slug, "en"), await published(PERU_SLUG, "en")];
    if (!imported || !seeded) throw new Error("both releases must be published");
    for (const field of ["title", "lead", "body", "datelinePlace", "documentType", "releaseDate", "datelineCountry"] as const) {
      expect(imported[field], field).toEqual(seeded[field]);
    }
    expect(imported.pressContacts.map((c) => c.documentId)).toEqual(seeded.pressContacts.map((c) => c.documentId));
    expect(imported.countries.map((c) => c.slug)).toEqual(["peru"]);
    expect(seeded.updatedAt).toEqual(peruBefore?.updatedAt);
    // Its identity is the text's hash (no old URL): a second run finds it again.
    expect(
      count(
        await runImport(
          options({ sources: [path.join(FIXTURES, "seed/peru-reference-release.txt")], defaultDate: "2013-10-18T15:00:00Z" }),
        ),
      ),
    ).toMatchObject({ unchanged: 1, created: 0 });
  }, 120_000);

  it("an unreachable CMS or a bad password is a clear error", async () => {
    await expect(
      runImport(
        options({
          sources: [path.join(FIXTURES, "pages/plain-en-iom-helps-stranded-migrants-in-yemen.html")],
          cmsUrl: "http://127.0.0.1:9",
        }),
      ),
    ).rejects.toThrow(/cannot be reached/);
    await expect(runImport(options({ sources: [], password: "wrong-password-123" }))).rejects.toThrow(/Logging in .* failed: HTTP 400/);
  });

  it("documents are the admin's: the imported address records are in the admin API", async () => {
    const address = (await list(`${LEGACY}?page=1&pageSize=100`)).find(
      (a) => a.path === "/news/press-release/iom-opens-migrant-resource-centre-in-quito",
    );
    expect(address).toMatchObject({
      language: "en",
      source: "https://www.oldnewsroom.example/news/press-release/iom-opens-migrant-resource-centre-in-quito",
    });
    const one = await admin("admin", "GET", `${LEGACY}/${address?.documentId ?? ""}`);
    expect(docSchema.parse(one.body).data.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
