import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { SQL_QUERY_COUNT_HEADER } from "../src/middlewares/sql-query-count";
import { DISCLAIMER_PREFIX } from "../src/seed/synthetic/corpus";
import { SHARES } from "../src/seed/synthetic/shares";
import { admin, cmsUrl, createDraft, login, PRESS_RELEASES, publish, readToken, requireCms, runId } from "./admin-api";
import { testEnv } from "./env";

/**
 * The synthetic archive (npm run seed:synthetic) against a CMS of its own that holds the seed
 * and SYNTHETIC_COUNT generated releases (npm test generates them before this file runs): the
 * rows read back through the REST and admin APIs as the model expects, a generated release has
 * the shape of one an editor creates in the admin, withdrawn and renamed releases answer as
 * such, and the SQL statement count of the lists is the same after the archive doubles (an
 * N+1 would grow with it).
 */
const count = testEnv.SYNTHETIC_COUNT;
const execFileAsync = promisify(execFile);

const total = z.object({ meta: z.object({ pagination: z.object({ total: z.number() }) }) });
const term = z.object({ slug: z.string(), name: z.string() });
const release = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  publishedAt: z.string(),
  body: z.array(z.looseObject({ type: z.string(), children: z.array(z.looseObject({ text: z.string().optional() })) })),
  countries: z.array(term),
  themes: z.array(term),
  regions: z.array(term),
  pressContacts: z.array(z.object({ fullName: z.string(), email: z.string() })),
  datelineCountry: term.nullable(),
  heroImage: z.object({ altText: z.string(), image: z.object({ url: z.string() }) }).nullable(),
});
const releases = z.object({ data: z.array(release) });
const POPULATE =
  "populate[countries][fields][0]=slug&populate[countries][fields][1]=name&populate[themes][fields][0]=slug&populate[themes][fields][1]=name" +
  "&populate[regions][fields][0]=slug&populate[regions][fields][1]=name&populate[pressContacts][fields][0]=fullName&populate[pressContacts][fields][1]=email" +
  "&populate[datelineCountry][fields][0]=slug&populate[datelineCountry][fields][1]=name&populate[heroImage][populate][image][fields][0]=url";

async function rest(path: string): Promise<{ status: number; body: unknown; queries: number }> {
  const response = await fetch(`${cmsUrl}${path}`, { headers: { Authorization: `Bearer ${readToken}` } });
  return { status: response.status, body: await response.json(), queries: Number(response.headers.get(SQL_QUERY_COUNT_HEADER)) };
}

async function publishedTotal(locale: string): Promise<number> {
  return total.parse((await rest(`/api/press-releases?locale=${locale}&pagination[pageSize]=1`)).body).meta.pagination.total;
}

const adminList = z.object({ results: z.array(z.object({ documentId: z.string() })), pagination: z.object({ total: z.number() }) });

async function draftTotal(locale: string): Promise<number> {
  const response = await admin("editor", "GET", `${PRESS_RELEASES}?page=1&pageSize=10&sort=updatedAt:DESC&locale=${locale}`);
  return adminList.parse(response.body).pagination.total;
}

/** The statement counts of the requests the lists make, by name. */
async function listQueryCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const lists = {
    "listing page 1": `/api/press-releases?locale=en&sort=releaseDate:desc&pagination[page]=1&pagination[pageSize]=12&${POPULATE}`,
    "listing page 20": `/api/press-releases?locale=en&sort=releaseDate:desc&pagination[page]=20&pagination[pageSize]=12&${POPULATE}`,
    "country filter": `/api/press-releases?locale=en&sort=releaseDate:desc&filters[countries][slug][$eq]=peru&${POPULATE}`,
    "theme filter": `/api/press-releases?locale=en&sort=releaseDate:desc&filters[themes][slug][$eq]=migration-governance&${POPULATE}`,
    search: "/api/press-releases/search?q=migrants&locale=en",
  };
  for (const [name, path] of Object.entries(lists)) {
    const answer = await rest(path);
    expect(answer.status, name).toBe(200);
    counts[name] = answer.queries;
  }
  const response = await fetch(`${cmsUrl}${PRESS_RELEASES}?page=1&pageSize=10&sort=updatedAt:DESC&locale=en`, {
    headers: { Authorization: `Bearer ${await login("editor")}` },
  });
  expect(response.status).toBe(200);
  counts["admin list"] = Number(response.headers.get(SQL_QUERY_COUNT_HEADER));
  return counts;
}

beforeAll(() => {
  requireCms();
  if (count < 100) throw new Error("SYNTHETIC_COUNT must say how many synthetic releases npm test generated (at least 100)");
});

describe("a synthetic archive", () => {
  it("has every document in English and a share in Spanish and French, drafts beside published versions", async () => {
    const [en, es, fr] = await Promise.all(["en", "es", "fr"].map(publishedTotal));
    const draftsEn = await draftTotal("en");
    // Every document has an English draft; all but the withdrawn and never-published ones are live.
    expect(draftsEn).toBeGreaterThanOrEqual(count);
    const unpublished = SHARES.draftOnly + SHARES.withdrawn;
    expect(en).toBeGreaterThan(count * (1 - unpublished - 0.03));
    expect(en).toBeLessThan(draftsEn);
    for (const other of [es ?? 0, fr ?? 0]) {
      expect(other).toBeGreaterThan(count * 0.1);
      expect(other).toBeLessThan(count * 0.7);
    }
  });

  it("reads back whole through the REST API: relations, hero image and the sample-data note", async () => {
    const page = releases.parse(
      (await rest(`/api/press-releases?locale=es&sort=releaseDate:desc&pagination[pageSize]=50&${POPULATE}`)).body,
    );
    const synthetic = page.data.filter((r) => r.body[0]?.children[0]?.text?.startsWith(DISCLAIMER_PREFIX.es));
    expect(synthetic.length).toBeGreaterThan(40);
    for (const r of synthetic) {
      expect(r.countries.length).toBeGreaterThan(0);
      expect(r.themes.length).toBeGreaterThan(0);
      expect(r.pressContacts.length).toBeGreaterThan(0);
      expect(r.datelineCountry?.slug).toBe(r.countries[0]?.slug);
    }
    expect(synthetic.some((r) => r.heroImage !== null)).toBe(true);
    const [first] = synthetic;
    if (!first) throw new Error("no synthetic release");
    // The other languages of the same document, with their own slugs.
    const english = releases.parse(
      (await rest(`/api/press-releases?locale=en&filters[documentId][$eq]=${first.documentId}&${POPULATE}`)).body,
    );
    expect(english.data[0]?.slug).not.toBe(first.slug);
    expect(english.data[0]?.countries.length).toBe(first.countries.length);
  });

  it("a generated release has the shape of one created and published in the admin", async () => {
    const page = releases.parse(
      (await rest(`/api/press-releases?locale=en&sort=releaseDate:desc&pagination[pageSize]=20&${POPULATE}`)).body,
    );
    const generated = page.data.find((r) => r.heroImage !== null && r.body[0]?.children[0]?.text?.startsWith(DISCLAIMER_PREFIX.en));
    if (!generated) throw new Error("no generated release with a hero image on the first page");
    const read = (documentId: string) => admin("editor", "GET", `${PRESS_RELEASES}/${documentId}?locale=en`);
    const generatedAdmin = z.looseObject({ data: z.looseObject({}) }).parse((await read(generated.documentId)).body).data;
    const id = runId();
    // The same content, written by an editor through the admin API.
    const full = releases.parse(
      (await rest(`/api/press-releases?locale=en&filters[documentId][$eq]=${generated.documentId}&${POPULATE}`)).body,
    ).data[0];
    if (!full) throw new Error("generated release not found by documentId");
    const ids = async (path: string, slugs: string[]) => {
      const found = z
        .object({ data: z.array(z.object({ documentId: z.string(), slug: z.string() })) })
        .parse((await rest(`${path}?locale=en&pagination[pageSize]=100&fields[0]=slug`)).body).data;
      return slugs.map((slug) => ({ documentId: found.find((f) => f.slug === slug)?.documentId ?? "", locale: "en" }));
    };
    const documentId = await createDraft("editor", {
      title: `Admin twin ${id}`,
      slug: `admin-twin-${id}`,
      documentType: "press-release",
      datelinePlace: "Geneva",
      releaseDate: "2010-05-04T10:00:00.000Z",
      lead: "A release written through the admin API, to compare with a generated one.",
      body: generatedAdmin.body,
      countries: {
        connect: await ids(
          "/api/countries",
          full.countries.map((c) => c.slug),
        ),
      },
      themes: {
        connect: await ids(
          "/api/themes",
          full.themes.map((t) => t.slug),
        ),
      },
      regions: {
        connect: await ids(
          "/api/regions",
          full.regions.map((r) => r.slug),
        ),
      },
      datelineCountry: { connect: await ids("/api/countries", [full.countries[0]?.slug ?? ""]) },
    });
    expect((await publish("editor", documentId)).status).toBe(200);
    const twin = z.looseObject({ data: z.looseObject({}), meta: z.looseObject({}) }).parse((await read(documentId)).body);
    const original = z.looseObject({ data: z.looseObject({}), meta: z.looseObject({}) }).parse((await read(generated.documentId)).body);
    // Same fields, same kinds of values; both answer as published with a draft beside.
    expect(Object.keys(original.data).sort()).toEqual(Object.keys(twin.data).sort());
    for (const key of Object.keys(twin.data)) expect(typeof original.data[key], key).toBe(typeof twin.data[key]);
    expect(original.data.status).toBe("published");
    expect(twin.data.status).toBe("published");
    const statuses = (meta: Record<string, unknown>) =>
      z
        .array(z.object({ locale: z.string(), publishedAt: z.string().nullable() }))
        .parse(meta.availableStatus)
        .filter((s) => s.locale === "en")
        .map((s) => s.publishedAt !== null);
    expect(statuses(original.meta)).toEqual(statuses(twin.meta));
    expect(original.data.createdBy).toEqual(twin.data.createdBy);
  });

  it("withdrawn releases answer as withdrawn, with the notice the editorial code writes", async () => {
    const notices = z
      .object({
        data: z.array(
          z.object({
            slug: z.string(),
            language: z.string(),
            title: z.string(),
            pressReleaseDocumentId: z.string(),
            reason: z.string().nullable(),
          }),
        ),
      })
      .parse((await rest("/api/withdrawal-notices?filters[language][$eq]=en&pagination[pageSize]=10")).body).data;
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices.slice(0, 5)) {
      const live = z
        .object({ data: z.array(z.unknown()) })
        .parse((await rest(`/api/press-releases?locale=en&filters[slug][$eq]=${notice.slug}`)).body);
      expect(live.data).toEqual([]);
      expect(notice.reason).not.toBeNull();
    }
  });

  it("old slugs redirect to the live release", async () => {
    const redirects = z
      .object({ data: z.array(z.object({ fromSlug: z.string(), language: z.string(), pressReleaseDocumentId: z.string() })) })
      .parse((await rest("/api/slug-redirects?filters[language][$eq]=en&pagination[pageSize]=10")).body).data;
    expect(redirects.length).toBeGreaterThan(0);
    for (const redirect of redirects.slice(0, 5)) {
      const live = releases.parse(
        (await rest(`/api/press-releases?locale=en&filters[documentId][$eq]=${redirect.pressReleaseDocumentId}&${POPULATE}`)).body,
      );
      expect(live.data[0]?.slug).toBeDefined();
      expect(live.data[0]?.slug).not.toBe(redirect.fromSlug);
    }
  });

  it("the lists run the same number of SQL statements when the archive doubles", { timeout: 240_000 }, async () => {
    const before = await listQueryCounts();
    const beforeTotal = await publishedTotal("en");
    // The same seed, twice the count: the generator adds releases count+1…2×count.
    await execFileAsync("npx", ["tsx", "--conditions=newsroom-source", "src/seed/synthetic/cli.ts", "--count", String(2 * count)], {
      timeout: 200_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(await publishedTotal("en")).toBeGreaterThan(beforeTotal + count * 0.9);
    expect(await listQueryCounts()).toEqual(before);
  });

  it("refuses another seed, and does nothing when run again with the same count", { timeout: 120_000 }, async () => {
    const again = await execFileAsync(
      "npx",
      ["tsx", "--conditions=newsroom-source", "src/seed/synthetic/cli.ts", "--count", String(2 * count)],
      {
        timeout: 100_000,
      },
    );
    expect(again.stdout).toContain("nothing to do");
    const refused = await execFileAsync(
      "npx",
      ["tsx", "--conditions=newsroom-source", "src/seed/synthetic/cli.ts", "--count", "10", "--seed", "99"],
      {
        timeout: 100_000,
      },
    ).then(
      () => "",
      (error: unknown) => z.object({ stderr: z.string() }).parse(error).stderr,
    );
    expect(refused).toContain("generated with --seed 1");
  });
});
