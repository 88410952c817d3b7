/**
 * The synthetic archive: N press releases written in bulk, row for row as Strapi 5's
 * document service writes them when an editor creates and publishes in the admin:
 *
 * - per language, a draft row and (once published) a published row with the same documentId,
 *   the published one a copy of the draft (createdAt, updatedAt, createdBy, updatedBy copied)
 *   with its publishedAt; every language of a document shares the documentId;
 * - each row its own relation links (link tables with their order columns), pointing at the
 *   versions of the terms in the same language, and its own hero-image component and file link;
 * - on SQLite, searchText from the CMS's own function (src/search/text.ts); on PostgreSQL it
 *   stays empty, as the document service leaves it there (a database trigger indexes the rows);
 * - what the editorial code writes beside them (src/editorial/lifecycle.ts): a publication log
 *   entry per publish and unpublish, a withdrawal notice for a withdrawn release (unpublished:
 *   only the draft row is left), a slug redirect for a release whose slug changed after it went
 *   live (published twice).
 *
 * Rows go in through Strapi's query layer (createMany: its column mapping, value conversion and
 * timestamps) and, for link tables, knex, in one transaction per batch. The PostgreSQL search
 * trigger (if any) fills its own columns. Release i is the same in every run with the same
 * seed, so `--count` can grow an archive: the count and seed are kept in Strapi's core store.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { z } from "zod";
import { usesPostgres } from "../../schema-extensions/search";
import { buildSearchText } from "../../search/text";
import { uploadService, uploadedFile } from "../../strapi/services";
import { drawSeedImage } from "../images";
import { corpora, type SyntheticLocale } from "./corpus";
import { slugify } from "./countries";
import { componentJoinOf, fileMorphJoin, joinTableOf, tableOf, type JoinTable } from "./model";
import { Random } from "./random";
import { SHARES } from "./shares";
import { releaseText, type Block } from "./release-text";
import { LOCALES, prepareTaxonomy, type Country, type Taxonomy, type Term } from "./taxonomy";
import { components, contentTypes, documentTypes, type DocumentType } from "@newsroom/contract";

const RELEASE = contentTypes.pressRelease.uid;
const HERO = components.heroImage;
const STORE = { type: "core", name: "newsroom-synthetic", key: "archive" } as const;
const storedState = z.object({ seed: z.number(), count: z.number() });

/**
 * The archive covers the 25 years up to this day: the newsroom's past, before the seeded
 * releases (2013), which stay the newest, so the reference content still leads the home page,
 * the feeds and the listing. Fixed, so a seed always gives the same dates.
 */
export const ARCHIVE_END = Date.UTC(2012, 11, 31);
export const ARCHIVE_YEARS = 25;
const DAY = 86_400_000;
const HOUR = 3_600_000;

const TYPE_WEIGHTS: [DocumentType, number][] = [
  ["press-release", 0.6],
  ["news-story", 0.25],
  ["statement", 0.1],
  ["media-advisory", 0.05],
];
const HERO_IMAGES = 6;

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Documents per transaction. */
  batchSize?: number;
  log: (line: string) => void;
}

export interface GenerateReport {
  /** Documents written by this run. */
  created: number;
  /** Synthetic documents in the archive now. */
  total: number;
  /** Press release rows (drafts and published versions) written by this run. */
  rows: number;
  seconds: number;
}

/** Thrown when the archive cannot be extended as asked (a different seed). */
export class SyntheticArchiveError extends Error {}

type State = "published" | "draft" | "withdrawn" | "renamed";

interface Plan {
  index: number;
  documentId: string;
  state: State;
  documentType: DocumentType;
  releaseDate: Date;
  createdAt: Date;
  publishedAt: Date;
  /** Renamed: the second publication; withdrawn: when the editor saved the reason (unpublished a minute later). */
  laterAt: Date;
  /** From the publish action (its log entry, the draft's updatedAt) to the published copy's publishedAt. */
  copiedAfterMs: number;
  country: Country;
  countries: Country[];
  regions: Term[];
  themes: Term[];
  contacts: string[];
  locales: SyntheticLocale[];
  heroFile: number | undefined;
}

const pickType = (random: Random): DocumentType => {
  let roll = random.next();
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return documentTypes[0];
};

function plan(index: number, seed: number, taxonomy: Taxonomy, heroFiles: number[]): Plan {
  const random = Random.of(seed, 1, index);
  const documentId = random.documentId();
  const roll = random.next();
  const state: State =
    roll < SHARES.draftOnly
      ? "draft"
      : roll < SHARES.draftOnly + SHARES.withdrawn
        ? "withdrawn"
        : roll < SHARES.draftOnly + SHARES.withdrawn + SHARES.renamed
          ? "renamed"
          : "published";
  // More releases in recent years, as newsrooms grow: the density rises towards ARCHIVE_END.
  const age = (1 - Math.sqrt(random.next())) * ARCHIVE_YEARS * 365 * DAY;
  const day = Math.floor((ARCHIVE_END - age) / DAY) * DAY;
  const releaseDate = new Date(day + random.int(6, 17) * HOUR + random.int(0, 59) * 60_000);
  const createdAt = new Date(releaseDate.getTime() - random.int(1, 72) * HOUR - random.int(0, 3599) * 1000);
  const publishedAt = new Date(releaseDate.getTime() + random.int(0, 900) * 1000);
  // Publishing touches the draft (its updatedAt) a moment before the published copy is made.
  const copiedAfterMs = random.int(40, 400);
  const laterAt = new Date(publishedAt.getTime() + random.int(1, 90) * DAY + random.int(0, 86_399) * 1000);
  // Some countries make the news far more often than others.
  const country = taxonomy.countries[Math.floor(random.next() ** 2 * taxonomy.countries.length)] ?? taxonomy.countries[0];
  if (!country) throw new Error("no countries");
  const neighbours = taxonomy.countries.filter((c) => c !== country && c.regionDocumentId === country.regionDocumentId);
  const countries = [country, ...random.sample(neighbours, random.chance(0.3) ? random.int(1, 2) : 0)];
  const home = taxonomy.regions.find((r) => r.documentId === country.regionDocumentId);
  const regions = [
    ...(home ? [home] : []),
    ...(random.chance(0.1)
      ? random.sample(
          taxonomy.regions.filter((r) => r !== home),
          1,
        )
      : []),
  ];
  const themes = random.sample(taxonomy.themes, random.int(1, 3));
  const covering = taxonomy.contacts.filter((c) => c.countryDocumentIds.includes(country.documentId));
  const contacts = [...(covering.length ? random.sample(covering, 1) : random.sample(taxonomy.contacts, 1))];
  if (random.chance(0.25))
    contacts.push(
      ...random.sample(
        taxonomy.contacts.filter((c) => !contacts.includes(c)),
        1,
      ),
    );
  const regionSlug = home?.slug ?? "";
  const spanish = ["south-america", "central-north-america-caribbean"].includes(regionSlug) ? 0.8 : 0.2;
  const french = ["west-central-africa", "middle-east-north-africa"].includes(regionSlug) ? 0.6 : 0.15;
  const locales: SyntheticLocale[] = ["en"];
  if (random.chance(spanish)) locales.push("es");
  if (random.chance(french)) locales.push("fr");
  const heroFile = random.chance(SHARES.hero) ? random.pick(heroFiles) : undefined;
  return {
    index,
    documentId,
    state,
    documentType: pickType(random),
    releaseDate,
    createdAt,
    publishedAt,
    laterAt,
    copiedAfterMs,
    country,
    countries,
    regions,
    themes,
    contacts: contacts.map((c) => c.documentId),
    locales: locales.filter((locale) => country.rows[locale]),
    heroFile,
  };
}

interface Staff {
  id: number | null;
  email: string;
}

/** Who wrote the releases: the seeded editor if there is one, else the first admin user, else server code. */
async function author(strapi: Core.Strapi): Promise<Staff> {
  const user = z.object({ id: z.number(), email: z.string() }).nullish();
  const users = strapi.db.query("admin::user");
  const editor = user.parse(await users.findOne({ where: { email: "editor@newsroom.example" }, select: ["id", "email"] }));
  const first = editor ?? user.parse(await users.findOne({ select: ["id", "email"], orderBy: { id: "asc" } }));
  return first ? { id: first.id, email: first.email } : { id: null, email: "CMS" };
}

async function heroImages(strapi: Core.Strapi): Promise<number[]> {
  const files = strapi.db.query("plugin::upload.file");
  const ids: number[] = [];
  const dir = await mkdtemp(path.join(tmpdir(), "newsroom-synthetic-"));
  try {
    for (let k = 0; k < HERO_IMAGES; k += 1) {
      const name = `synthetic-hero-${String(k + 1)}.jpg`;
      const existing = uploadedFile.safeParse(await files.findOne({ where: { name } }));
      if (existing.success) {
        ids.push(existing.data.id);
        continue;
      }
      const bytes = await drawSeedImage(`synthetic-${String(k)}`);
      const filepath = path.join(dir, name);
      await writeFile(filepath, bytes);
      const uploaded = await uploadService(strapi).uploadOne({
        data: { fileInfo: { name, alternativeText: "A sample picture (synthetic archive)", caption: null } },
        files: { filepath, originalFilename: name, mimetype: "image/jpeg", size: bytes.length },
      });
      if (!uploaded) throw new Error(`upload of ${name} returned no file`);
      ids.push(uploaded.id);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return ids;
}

interface Version {
  locale: SyntheticLocale;
  title: string;
  slug: string;
  oldSlug: string | undefined;
  lead: string;
  body: Block[];
  datelinePlace: string;
  searchText: string | null;
}

function versionOf(p: Plan, locale: SyntheticLocale, seed: number, jsSearchText: boolean): Version {
  const random = Random.of(seed, 2 + LOCALES.indexOf(locale), p.index);
  const theme = p.themes[0]?.rows[locale]?.name ?? p.themes[0]?.rows.en?.name ?? "";
  const country = p.country.rows[locale]?.name ?? "";
  const text = releaseText(random, locale, { country, theme, year: p.releaseDate.getUTCFullYear() });
  // Strapi's uid field makes a taken slug unique with a number; the release number does that here.
  const suffix = `-${String(p.index + 1)}`;
  const slug = `${slugify(text.title).slice(0, 180).replace(/-+$/, "")}${suffix}`;
  let oldSlug: string | undefined;
  if (p.state === "renamed") {
    const earlier = slugify(releaseText(Random.of(seed, 5, p.index), locale, { country, theme, year: 2000 }).title).slice(0, 170);
    oldSlug = `${earlier.replace(/-+$/, "")}${suffix === "" ? "" : suffix}-draft`;
  }
  return {
    locale,
    title: text.title,
    slug,
    oldSlug,
    lead: text.lead,
    body: text.body,
    datelinePlace: country,
    searchText: jsSearchText ? buildSearchText({ locale, title: text.title, lead: text.lead, body: text.body }) : null,
  };
}

/** Row ids of the press release rows of one batch, in the order they were planned. */
interface RowRef {
  plan: Plan;
  locale: SyntheticLocale;
  published: boolean;
}

interface Tables {
  countries: JoinTable;
  regions: JoinTable;
  themes: JoinTable;
  pressContacts: JoinTable;
  datelineCountry: JoinTable;
  hero: ReturnType<typeof componentJoinOf>;
  files: ReturnType<typeof fileMorphJoin>;
}

function tables(strapi: Core.Strapi): Tables {
  const t = {
    countries: joinTableOf(strapi, RELEASE, "countries"),
    regions: joinTableOf(strapi, RELEASE, "regions"),
    themes: joinTableOf(strapi, RELEASE, "themes"),
    pressContacts: joinTableOf(strapi, RELEASE, "pressContacts"),
    datelineCountry: joinTableOf(strapi, RELEASE, "datelineCountry"),
    hero: componentJoinOf(strapi, RELEASE, "heroImage"),
    files: fileMorphJoin(strapi),
  };
  for (const [name, join] of Object.entries(t)) {
    // The relations of a press release are one-way: nothing orders releases on the other side.
    if ("inverseOrderColumnName" in join && join.inverseOrderColumnName)
      throw new Error(`press-release.${name} now has an inverse order column; the synthetic writer does not fill it`);
  }
  return t;
}

const INSERT_CHUNK = 500;

async function insertRows(trx: Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx(table).insert(rows.slice(i, i + INSERT_CHUNK));
}

const idsResult = z.object({ ids: z.array(z.number()) });

/** Strapi's createMany, checked to have written every row and said which ids they got, in order. */
async function createMany(strapi: Core.Strapi, uid: string, data: Record<string, unknown>[]): Promise<number[]> {
  if (data.length === 0) return [];
  const { ids } = idsResult.parse(await strapi.db.query(uid).createMany({ data }));
  if (ids.length !== data.length)
    throw new Error(`createMany of ${uid} returned ${String(ids.length)} ids for ${String(data.length)} rows`);
  return ids;
}

/** The rows of one batch, built in memory (CPU) while the previous batch is written (database). */
interface Batch {
  releaseRows: Record<string, unknown>[];
  refs: RowRef[];
  events: Record<string, unknown>[];
  notices: Record<string, unknown>[];
  redirects: Record<string, unknown>[];
  heroes: { ref: number; data: Record<string, unknown> }[];
}

function buildBatch(plans: Plan[], seed: number, staff: Staff, jsSearchText: boolean): Batch {
  const releaseRows: Record<string, unknown>[] = [];
  const refs: RowRef[] = [];
  const events: Record<string, unknown>[] = [];
  const notices: Record<string, unknown>[] = [];
  const redirects: Record<string, unknown>[] = [];
  const heroes: { ref: number; data: Record<string, unknown> }[] = [];
  const by = staff.id === null ? {} : { createdBy: staff.id, updatedBy: staff.id };
  const meta = (at: Date, random: Random) => ({ documentId: random.documentId(), createdAt: at, updatedAt: at, publishedAt: at });

  for (const p of plans) {
    const random = Random.of(seed, 6, p.index);
    const withdrawalReason = p.state === "withdrawn" ? random.pick(corpora.en.withdrawalReasons) : null;
    for (const locale of p.locales) {
      const v = versionOf(p, locale, seed, jsSearchText);
      const reason = p.state === "withdrawn" ? random.pick(corpora[locale].withdrawalReasons) : withdrawalReason;
      const unpublishedAt = new Date(p.laterAt.getTime() + 60_000);
      // The draft's updatedAt: its last save, or the last publish or unpublish (which touch it).
      const updatedAt = { draft: p.createdAt, published: p.publishedAt, renamed: p.laterAt, withdrawn: unpublishedAt }[p.state];
      const copied = (at: Date) => new Date(at.getTime() + p.copiedAfterMs);
      const row = {
        documentId: p.documentId,
        locale,
        title: v.title,
        slug: v.slug,
        documentType: p.documentType,
        datelinePlace: v.datelinePlace,
        releaseDate: p.releaseDate,
        lastUpdatedAt: p.state === "renamed" ? p.laterAt : null,
        lead: v.lead,
        body: v.body,
        withdrawalReason: reason,
        searchText: v.searchText,
        // A draft never published was last saved when it was written.
        createdAt: p.createdAt,
        updatedAt,
        ...by,
      };
      const hero =
        p.heroFile === undefined
          ? undefined
          : { altText: corpora[locale].heroAlt, caption: null, credit: corpora[locale].heroCredit, file: p.heroFile };
      const add = (published: boolean) => {
        releaseRows.push({ ...row, publishedAt: published ? copied(updatedAt) : null });
        refs.push({ plan: p, locale, published });
        if (hero) heroes.push({ ref: refs.length - 1, data: hero });
      };
      add(false);
      if (p.state === "published" || p.state === "renamed") add(true);

      // The log entry's time is the database's at the start of the action; the row is written after it.
      const event = (action: "publish" | "unpublish", at: Date, slug: string) =>
        events.push({
          ...meta(copied(at), random),
          occurredAt: at,
          action,
          trigger: "person",
          performedBy: staff.email,
          pressReleaseDocumentId: p.documentId,
          language: locale,
          title: v.title,
          slug,
        });
      if (p.state !== "draft") event("publish", p.publishedAt, v.oldSlug ?? v.slug);
      if (p.state === "renamed" && v.oldSlug) {
        event("publish", p.laterAt, v.slug);
        redirects.push({ ...meta(copied(p.laterAt), random), fromSlug: v.oldSlug, language: locale, pressReleaseDocumentId: p.documentId });
      }
      if (p.state === "withdrawn") {
        const at = unpublishedAt;
        event("unpublish", at, v.slug);
        notices.push({
          ...meta(copied(at), random),
          slug: v.slug,
          language: locale,
          pressReleaseDocumentId: p.documentId,
          title: v.title,
          withdrawnAt: at,
          reason,
        });
      }
    }
  }

  return { releaseRows, refs, events, notices, redirects, heroes };
}

async function writeBatch(strapi: Core.Strapi, batch: Batch, seed: number, t: Tables, taxonomy: Taxonomy, total: number): Promise<number> {
  const { releaseRows, refs, events, notices, redirects, heroes } = batch;
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const ids = await createMany(strapi, RELEASE, releaseRows);
    const links: Record<string, Record<string, unknown>[]> = {};
    const link = (join: JoinTable, from: number, to: (number | undefined)[]) => {
      const rows = (links[join.name] ??= []);
      let order = 1;
      for (const id of to) {
        if (id === undefined) continue;
        rows.push({
          [join.joinColumn.name]: from,
          [join.inverseJoinColumn.name]: id,
          ...(join.orderColumnName ? { [join.orderColumnName]: order } : {}),
        });
        order += 1;
      }
    };
    refs.forEach((ref, i) => {
      const id = ids[i];
      if (id === undefined) throw new Error("a release row has no id");
      const { plan: p, locale } = ref;
      link(
        t.countries,
        id,
        p.countries.map((c) => c.rows[locale]?.id),
      );
      link(
        t.regions,
        id,
        p.regions.map((r) => r.rows[locale]?.id),
      );
      link(
        t.themes,
        id,
        p.themes.map((th) => th.rows[locale]?.id),
      );
      link(
        t.pressContacts,
        id,
        p.contacts.map((documentId) => taxonomy.contacts.find((c) => c.documentId === documentId)?.rows[locale]),
      );
      link(t.datelineCountry, id, [p.country.rows[locale]?.id]);
    });
    const heroIds = await createMany(
      strapi,
      HERO,
      heroes.map(({ data: { file: _file, ...fields } }) => fields),
    );
    const cmps = (links[t.hero.name] ??= []);
    const files = (links[t.files.name] ??= []);
    heroes.forEach((hero, i) => {
      const entity = ids[hero.ref];
      const component = heroIds[i];
      if (entity === undefined || component === undefined) throw new Error("a hero image has no row");
      cmps.push({
        [t.hero.joinColumn.name]: entity,
        [t.hero.inverseJoinColumn.name]: component,
        component_type: HERO,
        field: t.hero.on.field,
        [t.hero.orderColumnName]: 1,
      });
      files.push({
        [t.files.joinColumn.name]: hero.data.file,
        [t.files.morphColumn.idColumn.name]: component,
        [t.files.morphColumn.typeColumn.name]: HERO,
        field: "image",
        ...(t.files.orderColumnName ? { [t.files.orderColumnName]: 1 } : {}),
      });
    });
    for (const [table, rows] of Object.entries(links)) await insertRows(trx, table, rows);
    await createMany(strapi, contentTypes.publicationEvent.uid, events);
    await createMany(strapi, contentTypes.withdrawalNotice.uid, notices);
    await createMany(strapi, contentTypes.slugRedirect.uid, redirects);
    await strapi.store.set({ ...STORE, value: { seed, count: total } });
  });
  return releaseRows.length;
}

/** The synthetic archive's seed and size so far (undefined: none yet). */
export async function archiveState(strapi: Core.Strapi): Promise<z.infer<typeof storedState> | undefined> {
  const parsed = storedState.safeParse(await strapi.store.get(STORE));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Makes the archive hold `count` synthetic releases: writes releases number `already`…count-1.
 * Run again with the same seed and count it does nothing; with a larger count it adds the
 * difference; with another seed it refuses (the archive would no longer be one seed's).
 */
export async function generateSyntheticArchive(strapi: Core.Strapi, options: GenerateOptions): Promise<GenerateReport> {
  const started = Date.now();
  const { count, seed, log } = options;
  const batchSize = options.batchSize ?? 250;
  const state = await archiveState(strapi);
  if (state && state.seed !== seed)
    throw new SyntheticArchiveError(
      `This database's synthetic archive was generated with --seed ${String(state.seed)}; use that seed to extend it, or a fresh database.`,
    );
  const already = state?.count ?? 0;
  if (already >= count) {
    log(`The synthetic archive already has ${String(already)} releases (seed ${String(seed)}): nothing to do.`);
    return { created: 0, total: already, rows: 0, seconds: (Date.now() - started) / 1000 };
  }
  const taxonomy = await prepareTaxonomy(strapi, seed, log);
  const heroFiles = await heroImages(strapi);
  const staff = await author(strapi);
  const t = tables(strapi);
  log(
    `Writing releases ${String(already + 1)}–${String(count)} (seed ${String(seed)}) into ${tableOf(strapi, RELEASE)}: ` +
      `${String(taxonomy.countries.length)} countries, ${String(taxonomy.themes.length)} themes, ${String(taxonomy.contacts.length)} press contacts, as ${staff.email}`,
  );
  let rows = 0;
  let lastLog = Date.now();
  // One batch is built while the one before it is written: Node and the database work side by side.
  const jsSearchText = !usesPostgres(strapi);
  let writing: Promise<number> | undefined;
  for (let from = already; from < count; from += batchSize) {
    const to = Math.min(count, from + batchSize);
    const plans = Array.from({ length: to - from }, (_, k) => plan(from + k, seed, taxonomy, heroFiles));
    const batch = buildBatch(plans, seed, staff, jsSearchText);
    if (writing) rows += await writing;
    writing = writeBatch(strapi, batch, seed, t, taxonomy, to);
    if (Date.now() - lastLog > 10_000 || to === count) {
      lastLog = Date.now();
      log(`  ${String(to)} / ${String(count)} releases (${String(rows)} rows, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  if (writing) rows += await writing;
  // After a bulk load the planner's statistics lag until autovacuum catches up, and so does
  // the visibility map that lets counts read an index alone (measured at 100k: a list's
  // count went from 450 ms to 40 ms): do both now.
  const touched = [RELEASE, HERO, contentTypes.publicationEvent.uid, contentTypes.withdrawalNotice.uid, contentTypes.slugRedirect.uid]
    .map((uid) => tableOf(strapi, uid))
    .concat([t.countries, t.regions, t.themes, t.pressContacts, t.datelineCountry, t.hero, t.files].map((join) => join.name));
  if (strapi.db.dialect.client === "postgres")
    await strapi.db.connection.raw(`VACUUM (ANALYZE) ${touched.map((table) => `"${table}"`).join(", ")}`);
  else await strapi.db.connection.raw("ANALYZE");
  return { created: count - already, total: count, rows, seconds: (Date.now() - started) / 1000 };
}
