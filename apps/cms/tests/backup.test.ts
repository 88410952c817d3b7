import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isLocale, locales } from "@newsroom/config";
import { CmsResponseInvalidError, createContentClient, MAX_PAGE_SIZE, type TaxonomyKind } from "@newsroom/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsUrl, createDraft, draftRelease, publish, readToken, requireCms, runId, unpublish, updateDraft } from "./admin-api";
import {
  assertPostgresReachable,
  cli,
  databaseEnv,
  databaseSnapshot,
  sha256,
  startCms,
  uploadsSnapshot,
  wipeDatabase,
  wipeUploads,
  type Cms,
  type DatabaseSnapshot,
  differences,
} from "./backup-support";
import { testEnv } from "./env";

/**
 * npm run backup / npm run restore, end to end on a real, seeded Strapi: back up while it
 * runs, lose everything (database and uploads), restore, start again, and compare. The test
 * starts and stops the CMS itself (npm run start, the built CMS) on CMS_URL's port with the
 * database of DATABASE_CLIENT / DATABASE_URL / DATABASE_FILENAME; npm test runs it for SQLite
 * and PostgreSQL after the editorial tests, so slug history, withdrawal notices and schedules
 * they made are in the round trip too, besides the ones made here.
 */
const previewToken = testEnv.CMS_PREVIEW_TOKEN;
const env = databaseEnv();
const TAXONOMIES: readonly TaxonomyKind[] = ["country", "region", "theme"];
const FAR_FUTURE = "2099-03-01T09:00:00.000Z";

const listSchema = z.object({ data: z.array(z.looseObject({})), meta: z.object({ pagination: z.object({ pageCount: z.number() }) }) });

/** Every entry of a content-API collection (read-only token), all pages. */
async function everyEntry(pathname: string): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const response = await fetch(
      `${cmsUrl}${pathname}${pathname.includes("?") ? "&" : "?"}pagination[page]=${String(page)}&pagination[pageSize]=100&sort=id`,
      { headers: { Authorization: `Bearer ${readToken}` } },
    );
    expect(response.status, pathname).toBe(200);
    const body = listSchema.parse(await response.json());
    all.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return all;
  }
}

const rowSchema = z.looseObject({ document_id: z.string(), locale: z.string().nullable(), published_at: z.unknown() });
const scheduleSchema = z.looseObject({
  scheduled_publish_at: z.union([z.string(), z.number()]).nullable(),
  scheduled_unpublish_at: z.union([z.string(), z.number()]).nullable(),
  schedule_error: z.string().nullable(),
});
const fileSchema = z.looseObject({ url: z.string(), formats: z.unknown() });
const formatsSchema = z.record(z.string(), z.looseObject({ url: z.string() })).nullable();

/**
 * What the site reads, through the site's own client: every release in every language (full
 * text), the listings, feeds, sitemaps' index, taxonomy, contacts, navigation, settings, old
 * slugs and withdrawal notices; drafts through the preview's token; every media file's bytes.
 */
async function siteSnapshot(db: DatabaseSnapshot): Promise<Record<string, unknown>> {
  const site = createContentClient({ baseUrl: cmsUrl, token: readToken });
  const preview = createContentClient({ baseUrl: cmsUrl, token: previewToken, status: "draft" });
  const out: Record<string, unknown> = {};
  for (const locale of locales) {
    // The sitemaps' index, all of it: every published release of the language.
    for (let start = 0; ; start += MAX_PAGE_SIZE) {
      const index = await site.listPressReleaseIndex({ locale, start, limit: MAX_PAGE_SIZE, order: "oldest" });
      out[`${locale} index ${String(start)}`] = index;
      for (const entry of index.items) out[`${locale} release ${entry.slug}`] = await site.getPressRelease(entry.slug, locale);
      if (start + MAX_PAGE_SIZE >= index.total) break;
    }
    out[`${locale} list`] = await site.listPressReleases({ locale, pageSize: MAX_PAGE_SIZE });
    out[`${locale} feed`] = await site.listLatestPressReleases({ locale, limit: 50 });
    out[`${locale} years`] = await site.listPublicationYears(locale);
    out[`${locale} search`] = await site.searchPressReleases({ locale, q: "migration" });
    out[`${locale} contacts`] = await site.listPressContacts({ locale });
    out[`${locale} navigation`] = await site.getNavigation(locale);
    out[`${locale} settings`] = await site.getSiteSettings(locale);
    for (const kind of TAXONOMIES) {
      const terms = await site.listTaxonomyTerms(kind, locale);
      out[`${locale} ${kind}`] = terms;
      for (const term of terms) out[`${locale} ${kind} ${term.slug}`] = await site.getTaxonomyTerm(kind, term.slug, locale);
    }
  }
  const redirects = z.array(z.looseObject({ fromSlug: z.string(), language: z.string() })).parse(await everyEntry("/api/slug-redirects"));
  const notices = z.array(z.looseObject({ slug: z.string(), language: z.string() })).parse(await everyEntry("/api/withdrawal-notices"));
  out["slug-redirects"] = redirects;
  out["withdrawal-notices"] = notices;
  for (const r of redirects)
    if (isLocale(r.language)) out[`redirect ${r.language} ${r.fromSlug}`] = await site.findSlugRedirect(r.fromSlug, r.language);
  for (const n of notices)
    if (isLocale(n.language)) out[`notice ${n.language} ${n.slug}`] = await site.getWithdrawalNotice({ locale: n.language, slug: n.slug });
  // Drafts (never published, or changed since): as the preview shows them.
  for (const row of (db.press_releases ?? []).map((r) => rowSchema.parse(JSON.parse(r)))) {
    if (row.published_at !== null || row.locale === null || !isLocale(row.locale)) continue;
    out[`draft ${row.locale} ${row.document_id}`] = await preview
      .getPressReleaseByDocumentId(row.document_id, row.locale)
      .catch((error: unknown) => {
        // Editors save incomplete drafts (the editorial tests do): no preview shows them, so the
        // refusal is what must come back the same; their rows are compared with every table.
        if (error instanceof CmsResponseInvalidError) return { notPreviewable: error.message };
        throw error;
      });
  }
  // Every media file and every resized format, as the site fetches it from the CMS.
  for (const file of (db.files ?? []).map((r) => fileSchema.parse(JSON.parse(r)))) {
    const formats: unknown = typeof file.formats === "string" ? JSON.parse(file.formats) : file.formats;
    const urls = [file.url, ...Object.values(formatsSchema.parse(formats) ?? {}).map((f) => f.url)];
    for (const url of urls) {
      const response = await fetch(`${cmsUrl}${url}`);
      out[`media ${url}`] = `${String(response.status)} ${sha256(new Uint8Array(await response.arrayBuffer()))}`;
    }
  }
  return out;
}

describe(`npm run backup / npm run restore on ${env.DATABASE_CLIENT}`, () => {
  let cms: Cms | undefined;
  let scratch = "";
  let archive = "";
  let dbBefore: DatabaseSnapshot = {};
  /** Right after the backup: the running CMS may write in between (a digest due stamps its subscriber). */
  let dbAfter: DatabaseSnapshot = {};
  /** The restored database is the backup's moment: the state just before it or just after it, exactly. */
  const asBackedUp = (restored: DatabaseSnapshot): string[] => {
    const vsBefore = differences(restored, dbBefore);
    return vsBefore.length === 0 || differences(restored, dbAfter).length === 0 ? [] : vsBefore;
  };
  let uploadsBefore: Record<string, string> = {};
  let siteBefore: Record<string, unknown> = {};

  beforeAll(async () => {
    requireCms();
    if (!previewToken) throw new Error("CMS_PREVIEW_TOKEN must be set (the drafts are compared through the preview's token)");
    await assertPostgresReachable(env);
    scratch = await mkdtemp(path.join(os.tmpdir(), "newsroom-backup-test-"));
    archive = path.join(scratch, "newsroom.tar.gz");
    cms = await startCms(cmsUrl, `backup-test-${env.DATABASE_CLIENT}`);

    // What the seed has none of: an old slug, a withdrawal notice, a schedule, a published
    // release with unpublished changes. One admin login for all of it (rate-limited).
    const id = runId();
    const renamed = await createDraft("admin", draftRelease(`backup-${id}-renamed`));
    expect((await publish("admin", renamed)).status).toBe(200);
    expect((await updateDraft("admin", renamed, { slug: `backup-test-${id}-new-slug` })).status).toBe(200);
    expect((await publish("admin", renamed)).status).toBe(200);
    const withdrawn = await createDraft("admin", draftRelease(`backup-${id}-withdrawn`, { withdrawalReason: "Superseded (backup test)." }));
    expect((await publish("admin", withdrawn)).status).toBe(200);
    expect((await unpublish("admin", withdrawn)).status).toBe(200);
    await createDraft("admin", draftRelease(`backup-${id}-scheduled`, { scheduledPublishAt: FAR_FUTURE }));
    const changed = await createDraft("admin", draftRelease(`backup-${id}-changed`));
    expect((await publish("admin", changed)).status).toBe(200);
    expect(
      (await updateDraft("admin", changed, { lead: `Changed after publishing ${id}.`, scheduledUnpublishAt: FAR_FUTURE })).status,
    ).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }, 60_000);

  it("backs up while the CMS runs", { timeout: 300_000 }, async () => {
    // A schedule due during the round trip would go live between the snapshots (the restored
    // CMS's scheduler publishes it): say so, rather than a diff of the whole site.
    const soon = (await databaseSnapshot(env)).press_releases
      ?.map((r) => scheduleSchema.parse(JSON.parse(r)))
      .filter((row) => row.schedule_error === null) // a stopped schedule does not fire
      .flatMap((row) => [row.scheduled_publish_at, row.scheduled_unpublish_at])
      .filter((at) => at !== null && new Date(at).getTime() > Date.now() && new Date(at).getTime() < Date.now() + 10 * 60_000);
    expect(soon, "releases scheduled within the next 10 minutes (a test before this one left them)").toEqual([]);
    siteBefore = await siteSnapshot(await databaseSnapshot(env));
    // After the site's reads (they stamp the tokens' last use), right before the backup.
    dbBefore = await databaseSnapshot(env);
    uploadsBefore = await uploadsSnapshot();
    // The comparison covers something of every kind.
    const keys = Object.keys(siteBefore);
    for (const prefix of [
      "en release",
      "es release",
      "fr release",
      "draft en",
      "redirect en",
      "notice en",
      "media /uploads/",
      "en country ",
      "es theme ",
    ]) {
      expect(keys.filter((k) => k.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    }
    expect(dbBefore.press_releases?.filter((row) => !row.includes(`"scheduled_publish_at":null`)).length).toBeGreaterThan(0);
    expect(Object.keys(uploadsBefore).length).toBeGreaterThan(0);
    expect(dbBefore.slug_redirects?.length).toBeGreaterThan(0);
    expect(dbBefore.withdrawal_notices?.length).toBeGreaterThan(0);

    const result = await cli("backup", [archive]);
    dbAfter = await databaseSnapshot(env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Backed up the (sqlite|postgres) database .* and \d+ media files/);
    console.log(`backup (${env.DATABASE_CLIENT}): ${result.stdout.trim()} [wall ${result.seconds.toFixed(1)} s]`);
    // Never overwrites an existing backup.
    const again = await cli("backup", [archive]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("refuses bad input with a message, not a stack trace", { timeout: 60_000 }, async () => {
    const missing = await cli("restore", [path.join(scratch, "nope.tar.gz")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: .*nope\.tar\.gz does not exist/m);
    const notAnArchive = path.join(scratch, "notes.tar.gz");
    await writeFile(notAnArchive, "not a backup\n");
    const wrong = await cli("restore", [notAnArchive]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("is not a newsroom backup");
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
    const usage = await cli("restore", []);
    expect(usage.code).toBe(2);
    // The live database is not empty: no restore over it without --force.
    const refused = await cli("restore", [archive]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to restore over existing data");
    expect(refused.stderr).toContain("--force");
  });

  it("after losing the database and the uploads, restores both exactly", { timeout: 120_000 }, async () => {
    await cms?.stop();
    cms = undefined;
    await wipeDatabase(env);
    await wipeUploads();
    expect(await uploadsSnapshot()).toEqual({});

    const result = await cli("restore", [archive]);
    expect(result.code, result.stderr).toBe(0);
    console.log(`restore (${env.DATABASE_CLIENT}): ${result.stdout.trim()} [wall ${result.seconds.toFixed(1)} s]`);
    // Every row of every table (ids, drafts and published versions, every locale, old slugs,
    // withdrawal notices, schedules, media records, admin users, tokens) and every file.
    expect(asBackedUp(await databaseSnapshot(env))).toEqual([]);
    expect(await uploadsSnapshot()).toEqual(uploadsBefore);
  });

  it("the restored CMS serves the site the same content", { timeout: 300_000 }, async () => {
    cms = await startCms(cmsUrl, `backup-test-${env.DATABASE_CLIENT}-restored`);
    expect(await siteSnapshot(dbBefore)).toEqual(siteBefore);
  });

  it("--force restores over a database that is not empty", { timeout: 120_000 }, async () => {
    await cms?.stop();
    cms = undefined;
    const result = await cli("restore", [archive, "--force"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("replacing what was there");
    expect(asBackedUp(await databaseSnapshot(env))).toEqual([]);
  });
});
