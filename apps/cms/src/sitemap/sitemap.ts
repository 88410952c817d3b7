import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { z } from "zod";
import localeConfig from "@newsroom/config/locales.json";
import { contentTypes, taxonomyContentTypes, type TaxonomyKind } from "@newsroom/contract";

/**
 * What the site's sitemaps need from the archive, in bounded work per request whatever its
 * size: keyset pages of published releases (a constant number of SQL statements per page,
 * no OFFSET scan after the first page of a part), and one summary per language (a constant
 * number of aggregate statements). Published rows only: a withdrawn (unpublished) release has
 * none, a scheduled one has none yet.
 */

const UID = contentTypes.pressRelease.uid;
const locales = localeConfig.locales.map((l) => l.code);
type Locale = string;

/** The sitemaps.org limit per file: a summary part is never larger. */
export const MAX_PART_SIZE = 50_000;
/** Rows per page: a 50,000-URL sitemap part is at most 10 sequential pages (about 1 MB of JSON each). */
export const MAX_SITEMAP_PAGE = 5_000;
export const DEFAULT_SITEMAP_PAGE = 2_000;
/** Where a part starts (0-based position among a language's releases); well beyond any archive. */
const MAX_OFFSET = 10_000_000;

function invalid(parameter: string, message: string): never {
  throw new errors.ValidationError(`${parameter}: ${message}`, {
    errors: [{ path: [parameter], message, name: "ValidationError" }],
  });
}

function parseLocale(value: unknown): Locale {
  const locale = locales.find((l) => l === value);
  return locale ?? invalid("locale", `required, one of ${locales.join(", ")}`);
}

function parseInteger(query: Record<string, unknown>, name: string, min: number, max: number, fallback?: number): number {
  const raw = query[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== "string" || !/^[0-9]{1,9}$/.test(raw)) return invalid(name, `an integer from ${min} to ${max}`);
  const value = Number(raw);
  return value >= min && value <= max ? value : invalid(name, `an integer from ${min} to ${max}`);
}

/** Where a page starts: after the release at (releaseDate, id), as the previous page's `next` said. */
interface Cursor {
  releaseDate: Date;
  id: number;
}

function formatCursor(releaseDate: Date, id: number): string {
  return `${String(releaseDate.getTime())}.${String(id)}`;
}

function parseCursor(raw: unknown): Cursor {
  const match = typeof raw === "string" ? /^(-?[0-9]{1,15})\.([0-9]{1,12})$/.exec(raw) : null;
  if (!match?.[1] || !match[2]) return invalid("after", "the `next` cursor of the previous page");
  return { releaseDate: new Date(Number(match[1])), id: Number(match[2]) };
}

/** A datetime as the database driver gives it: Date (pg), epoch ms or an ISO-like string (SQLite). */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === "number") date = new Date(value);
  else if (typeof value === "string") {
    // A stored time without a zone is UTC (Strapi writes UTC), never the server's local time.
    const text = value.replace(" ", "T");
    date = new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(text) || !text.includes("T") ? text : `${text}Z`);
  } else return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface SitemapPageQuery {
  locale: Locale;
  limit: number;
  /** Either a cursor from the previous page, or the 0-based position the first page starts at. */
  after?: Cursor | undefined;
  offset: number;
}

export function parseSitemapPageQuery(query: Record<string, unknown>): SitemapPageQuery {
  const locale = parseLocale(query.locale);
  const limit = parseInteger(query, "limit", 1, MAX_SITEMAP_PAGE, DEFAULT_SITEMAP_PAGE);
  if (query.after !== undefined && query.offset !== undefined) invalid("offset", "give either `after` or `offset`, not both");
  const after = query.after === undefined ? undefined : parseCursor(query.after);
  const offset = parseInteger(query, "offset", 0, MAX_OFFSET, 0);
  return { locale, limit, after, offset };
}

const rowSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  slug: z.string(),
  releaseDate: z.unknown(),
  lastUpdatedAt: z.unknown(),
  seo: z.object({ noIndex: z.boolean().nullable().optional(), canonicalUrl: z.string().nullable().optional() }).nullable().optional(),
});
const translationSchema = z.object({ documentId: z.string(), locale: z.string(), slug: z.string() });

export interface SitemapEntry {
  documentId: string;
  locale: string;
  slug: string;
  releaseDate: string;
  lastUpdatedAt: string | null;
  noIndex: boolean;
  canonicalUrl: string | null;
  translations: { locale: string; slug: string }[];
}

/**
 * One page of a language's published releases, oldest first (releaseDate, then id): three SQL
 * statements (the rows, their SEO component, the translations' slugs) whatever the page or the
 * archive. `next` is the cursor of the following page, null after the last.
 */
export async function sitemapPage(
  strapi: Core.Strapi,
  query: SitemapPageQuery,
): Promise<{ data: SitemapEntry[]; meta: { next: string | null } }> {
  const { locale, limit, after, offset } = query;
  const where: Record<string, unknown> = { locale, publishedAt: { $notNull: true } };
  if (after) {
    // The `$gte` bound lets an index on (releaseDate, id) start at the cursor instead of filtering from the oldest.
    where.$and = [
      { releaseDate: { $gte: after.releaseDate } },
      { $or: [{ releaseDate: { $gt: after.releaseDate } }, { releaseDate: after.releaseDate, id: { $gt: after.id } }] },
    ];
  }
  const found: unknown = await strapi.db.query(UID).findMany({
    select: ["id", "documentId", "slug", "releaseDate", "lastUpdatedAt"],
    where,
    orderBy: [{ releaseDate: "asc" }, { id: "asc" }],
    // One row more than asked says whether there is a next page, without counting.
    limit: limit + 1,
    ...(after ? {} : { offset }),
    populate: { seo: { select: ["noIndex", "canonicalUrl"] } },
  });
  const rows = z.array(rowSchema).parse(found);
  const onPage = rows.slice(0, limit);

  const documentIds = onPage.map((row) => row.documentId);
  const translated: unknown =
    documentIds.length === 0
      ? []
      : await strapi.db.query(UID).findMany({
          select: ["documentId", "locale", "slug"],
          where: { documentId: { $in: documentIds }, locale: { $ne: locale }, publishedAt: { $notNull: true } },
        });
  const translations = new Map<string, { locale: string; slug: string }[]>();
  for (const t of z.array(translationSchema).parse(translated)) {
    translations.set(t.documentId, [...(translations.get(t.documentId) ?? []), { locale: t.locale, slug: t.slug }]);
  }

  const data = onPage.map((row): SitemapEntry => {
    const releaseDate = toDate(row.releaseDate);
    if (!releaseDate) throw new Error(`press release ${String(row.id)} has no readable releaseDate`);
    return {
      documentId: row.documentId,
      locale,
      slug: row.slug,
      releaseDate: releaseDate.toISOString(),
      lastUpdatedAt: toDate(row.lastUpdatedAt)?.toISOString() ?? null,
      noIndex: row.seo?.noIndex ?? false,
      canonicalUrl: row.seo?.canonicalUrl ?? null,
      translations: (translations.get(row.documentId) ?? []).sort((a, b) => a.locale.localeCompare(b.locale)),
    };
  });
  const last = onPage.at(-1);
  const lastDate = last ? toDate(last.releaseDate) : null;
  const next = rows.length > limit && last && lastDate ? formatCursor(lastDate, last.id) : null;
  return { data, meta: { next } };
}

export interface SitemapSummaryQuery {
  locale: Locale;
  /** URLs the language's sitemap lists before its first release (home, listing, term pages). */
  leading: number;
  /** URLs per sitemap part. */
  partSize: number;
}

export function parseSitemapSummaryQuery(query: Record<string, unknown>): SitemapSummaryQuery {
  return {
    locale: parseLocale(query.locale),
    leading: parseInteger(query, "leading", 0, MAX_OFFSET),
    partSize: parseInteger(query, "partSize", 1, MAX_PART_SIZE),
  };
}

export interface SitemapSummary {
  /** Published releases of the language. */
  total: number;
  /** Each part (from 1) that holds releases: how many, and the newest "last updated, else published" date. */
  parts: { part: number; releases: number; lastmod: string | null }[];
  /** Each country, region and theme (by slug) with releases: the newest date among them. */
  terms: Record<TaxonomyKind, { slug: string; lastmod: string | null }[]>;
}

const attributeSchema = z.object({ columnName: z.string().optional() }).loose();
const joinTableSchema = z.object({
  name: z.string(),
  joinColumn: z.object({ name: z.string() }),
  inverseJoinColumn: z.object({ name: z.string() }),
});

/** A table and a column of it, as Strapi's schema metadata names them (never spelled out here). */
function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid);
  const column = (attribute: string): string => {
    const parsed = attributeSchema.safeParse(meta.attributes[attribute]);
    if (!parsed.success) throw new Error(`${uid} has no attribute ${attribute}`);
    return parsed.data.columnName ?? attribute;
  };
  const joinTable = (attribute: string) => z.object({ joinTable: joinTableSchema }).loose().parse(meta.attributes[attribute]).joinTable;
  return { name: meta.tableName, column, joinTable };
}

const aggregateRowSchema = z.object({
  key: z.union([z.string(), z.number()]),
  releases: z.union([z.number(), z.string()]),
  lastmod: z.unknown(),
});

/** knex's raw() answers rows under `rows` on PostgreSQL and as the array itself on SQLite. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  return z.object({ rows: z.array(z.unknown()) }).parse(result).rows;
}

/**
 * A language's sitemap summary in four SQL statements (parts, then one per taxonomy kind),
 * each an aggregate the database computes: nothing is loaded into the CMS to be counted.
 */
export async function sitemapSummary(strapi: Core.Strapi, query: SitemapSummaryQuery): Promise<SitemapSummary> {
  const knex = strapi.db.connection;
  const release = tableOf(strapi, UID);
  const releaseDate = release.column("releaseDate");
  const modified = `COALESCE(pr.${release.column("lastUpdatedAt")}, pr.${releaseDate})`;
  const published = `pr.${release.column("locale")} = ? AND pr.${release.column("publishedAt")} IS NOT NULL`;

  // The part (from 1) of each release by its position, oldest first, after the `leading` URLs:
  // the site numbers its sitemap files the same way. The casts keep the division integral on
  // SQLite, which binds JavaScript numbers as floating point.
  const partsSql = `
    SELECT part AS key, COUNT(*) AS releases, MAX(modified) AS lastmod FROM (
      SELECT (rn - 1 + CAST(? AS INTEGER)) / CAST(? AS INTEGER) + 1 AS part, modified FROM (
        SELECT ROW_NUMBER() OVER (ORDER BY pr.${releaseDate}, pr.id) AS rn, ${modified} AS modified
        FROM ${release.name} pr WHERE ${published}
      ) positioned
    ) parted GROUP BY part ORDER BY part`;
  const partRows = z.array(aggregateRowSchema).parse(rowsOf(await knex.raw(partsSql, [query.leading, query.partSize, query.locale])));
  const parts = partRows.map((row) => ({
    part: Number(row.key),
    releases: Number(row.releases),
    lastmod: toDate(row.lastmod)?.toISOString() ?? null,
  }));

  // Each taxonomy kind's relation on the release.
  const relationOf: Record<TaxonomyKind, string> = { country: "countries", region: "regions", theme: "themes" };
  const termDates = async (kind: TaxonomyKind) => {
    const link = release.joinTable(relationOf[kind]);
    const term = tableOf(strapi, taxonomyContentTypes[kind].uid);
    const sql = `
      SELECT t.${term.column("slug")} AS key, COUNT(*) AS releases, MAX(${modified}) AS lastmod
      FROM ${release.name} pr
      JOIN ${link.name} l ON l.${link.joinColumn.name} = pr.id
      JOIN ${term.name} t ON t.id = l.${link.inverseJoinColumn.name}
      WHERE ${published}
      GROUP BY t.${term.column("slug")}`;
    const rows = z.array(aggregateRowSchema).parse(rowsOf(await knex.raw(sql, [query.locale])));
    return rows
      .map((row) => ({ slug: String(row.key), lastmod: toDate(row.lastmod)?.toISOString() ?? null }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
  };
  const [country, region, theme] = await Promise.all([termDates("country"), termDates("region"), termDates("theme")]);
  const terms = { country, region, theme };
  return { total: parts.reduce((sum, p) => sum + p.releases, 0), parts, terms };
}
