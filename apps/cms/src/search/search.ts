import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { FTS_TABLE, pressReleaseColumns, SEARCH_TABLE, usesPostgres } from "../schema-extensions/search";
import { excerptOf, type Highlighted, MARK_END, MARK_START, markWords, type Range, toHighlighted } from "./highlight";
import { searchLanguage } from "./language";
import type { SearchParams } from "./query";
import { blocksToText } from "./text";
import { parseWebSearch, toFts5Query, wordMatcher } from "./websearch";
import {
  contentTypes,
  isRecord,
  pressReleaseFacetFilters,
  pressReleaseSummaryFields,
  pressReleaseSummaryPopulate,
} from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;

/**
 * Relevance weights. PostgreSQL's ts_rank_cd takes {D, C, B, A} (lead is B, title A; see
 * postgresMatches for the body); FTS5's bm25 one weight per column (title, lead, body). A
 * title match outranks body matches.
 */
const POSTGRES_WEIGHTS = "{0.05, 0.1, 0.4, 1.0}";
const FTS5_WEIGHTS = [10, 4, 1] as const;

export interface SearchHit {
  document: Record<string, unknown>;
  excerpt: string;
  highlights: { title: Range[]; excerpt: Range[] };
}

export interface SearchResult {
  hits: SearchHit[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  terms: string[];
}

/** One row of the page, with the matched words marked (MARK_START … MARK_END). */
interface PageRow {
  documentId: string;
  title: string;
  lead: string;
  body: string;
}

interface Matches {
  total: number;
  rows: PageRow[];
}

const asText = (value: unknown) => (typeof value === "string" ? value : "");

/** knex's raw() answers { rows } on PostgreSQL and the rows themselves on SQLite. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows: unknown = isRecord(result) && Array.isArray(result.rows) ? result.rows : result;
  return Array.isArray(rows) ? rows.filter(isRecord) : [];
}

/**
 * The facet filters (the listing's, shared with the content client) as a subquery of matching
 * row ids, built by Strapi's own query builder: relations and dates behave exactly as in the
 * listing on both databases. Null without filters.
 */
function facetSubquery(strapi: Core.Strapi, params: SearchParams): Knex.QueryBuilder | null {
  const filters = pressReleaseFacetFilters(params);
  if (Object.keys(filters).length === 0) return null;
  return strapi.db.entityManager
    .createQueryBuilder(UID)
    .select("id")
    .where({ $and: Object.entries(filters).map(([field, condition]) => ({ [field]: condition })) })
    .getKnexQuery();
}

/** The websearch query, as PostgreSQL's own parser reads it; French words also match longer words of their stem. */
function tsquerySql(prefixFrom: number | null): string {
  const query = "websearch_to_tsquery(?::regconfig, ?)";
  if (prefixFrom === null) return query;
  // Lexemes print as 'word' after a start, space, ( or !: 'word' of prefixFrom+ letters becomes 'word':*.
  // (knex reads "?" as a binding: the lookahead's is escaped.)
  return `regexp_replace(${query}::text, '(^|[ !(])''([^'']{${prefixFrom},})''(\\?=$|[ )])', '\\1''\\2'':*', 'g')::tsquery`;
}

/**
 * PostgreSQL, in one statement: the exact total of all matches and the page, ranked among all of
 * them in two tiers: releases whose headline or lead match, by ts_rank_cd over those two (title
 * above lead), then releases that match in the body only, newest first. Ranking every body by
 * term frequency would read every matching release's whole vector: for a common word at 100,000
 * releases, most of the archive, on every query. The tiers read only the small head vectors
 * (and count from the indexes); each tier is cut at the page's end before the two are merged.
 * Ties: newest, then documentId, so that pages are stable. Headlines for the page only.
 */
async function postgresMatches(strapi: Core.Strapi, params: SearchParams): Promise<Matches> {
  const c = pressReleaseColumns(strapi);
  const language = searchLanguage(params.locale);
  const facets = facetSubquery(strapi, params);
  const headline = `'HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}'`;
  const mark = (text: string) =>
    `ts_headline(?::regconfig, translate(coalesce(${text}, ''), E'\\u0002\\u0003', '  '), ${tsquerySql(language.prefixFrom)}, ${headline})`;
  // The query is written out where it is used (not a shared CTE), so the planner sees its words
  // and picks, per tier, between the GIN index and the newest-first index.
  const q = tsquerySql(language.prefixFrom);
  const inLanguage = `s.locale = ?${facets ? " AND s.id IN (?)" : ""}`;
  const end = params.page * params.pageSize;
  const sql = `
    WITH total AS (SELECT count(*)::integer AS n FROM ${SEARCH_TABLE} s WHERE s.vector @@ ${q} AND ${inLanguage}),
    head_page AS (
      SELECT s.id, s.document_id, s.release_date, 0 AS tier, ts_rank_cd('${POSTGRES_WEIGHTS}', s.head, ${q}, 1) AS rank
      FROM ${SEARCH_TABLE} s WHERE s.head @@ ${q} AND ${inLanguage}
      ORDER BY rank DESC, s.release_date DESC, s.document_id ASC LIMIT ?
    ),
    body_page AS (
      SELECT s.id, s.document_id, s.release_date, 1 AS tier, 0::real AS rank
      FROM ${SEARCH_TABLE} s WHERE s.vector @@ ${q} AND NOT (s.head @@ ${q}) AND ${inLanguage}
      ORDER BY s.release_date DESC, s.document_id ASC LIMIT ?
    ),
    page AS (
      SELECT * FROM (SELECT * FROM head_page UNION ALL SELECT * FROM body_page) AS both_tiers
      ORDER BY tier, rank DESC, release_date DESC, document_id ASC LIMIT ? OFFSET ?
    )
    SELECT (SELECT n FROM total) AS total, page.document_id AS "documentId",
      ${mark(`pr."${c.title}"`)} AS title, ${mark(`pr."${c.lead}"`)} AS lead, ${mark(`newsroom_body_text(pr."${c.body}"::jsonb)`)} AS body
    FROM (SELECT 1) AS one
      LEFT JOIN page ON true
      LEFT JOIN "${c.table}" pr ON pr.id = page.id
    ORDER BY page.tier, page.rank DESC, page.release_date DESC, page.document_id ASC`;
  const query: Knex.RawBinding[] = [language.configuration, params.q];
  const where: Knex.RawBinding[] = [params.locale, ...(facets ? [facets] : [])];
  const headlines = [...[language.configuration, ...query], ...[language.configuration, ...query], ...[language.configuration, ...query]];
  const bindings: Knex.RawBinding[] = [
    ...query,
    ...where, // total
    ...query,
    ...query,
    ...where,
    end, // head tier
    ...query,
    ...query,
    ...where,
    end, // body tier
    params.pageSize,
    (params.page - 1) * params.pageSize,
    ...headlines,
  ];
  const rows = rowsOf(await strapi.db.connection.raw(sql, bindings));
  return toMatches(rows);
}

function toMatches(rows: Record<string, unknown>[]): Matches {
  const total = Number(rows[0]?.total ?? 0);
  return {
    total,
    rows: rows.flatMap((row) =>
      typeof row.documentId === "string"
        ? [{ documentId: row.documentId, title: asText(row.title), lead: asText(row.lead), body: asText(row.body) }]
        : [],
    ),
  };
}

async function sqliteMatches(strapi: Core.Strapi, params: SearchParams): Promise<Matches> {
  const c = pressReleaseColumns(strapi);
  const language = searchLanguage(params.locale);
  const query = parseWebSearch(language, params.q);
  const match = toFts5Query(language, query);
  if (match === null) return { total: 0, rows: [] };
  const facets = facetSubquery(strapi, params);
  const col = (name: string) => `pr."${name}"`;
  const sql = `
    WITH matches AS (
      SELECT pr.id, ${col(c.documentId)} AS document_id, ${col(c.releaseDate)} AS release_date,
        bm25(${FTS_TABLE}, ${FTS5_WEIGHTS.join(", ")}) AS score
      FROM ${FTS_TABLE} JOIN "${c.table}" pr ON pr.id = ${FTS_TABLE}.rowid
      WHERE ${FTS_TABLE} MATCH ? AND ${col(c.locale)} = ? AND ${col(c.publishedAt)} IS NOT NULL
      ${facets ? `AND pr.id IN (?)` : ""}
    ),
    page AS (SELECT * FROM matches ORDER BY score ASC, release_date DESC, document_id ASC LIMIT ? OFFSET ?)
    SELECT (SELECT count(*) FROM matches) AS total, page.document_id AS "documentId",
      ${col(c.title)} AS title, ${col(c.lead)} AS lead, ${col(c.body)} AS body
    FROM (SELECT 1) AS one
      LEFT JOIN page ON 1
      LEFT JOIN "${c.table}" pr ON pr.id = page.id
    ORDER BY page.score ASC, page.release_date DESC, page.document_id ASC`;
  const bindings: Knex.RawBinding[] = [match, params.locale];
  if (facets) bindings.push(facets);
  bindings.push(params.pageSize, (params.page - 1) * params.pageSize);
  const found = toMatches(rowsOf(await strapi.db.connection.raw(sql, bindings)));
  // SQLite's index holds stems only: the words are marked here, with the index's own stemming.
  const matches = wordMatcher(language, query);
  return {
    total: found.total,
    rows: found.rows.map((row) => {
      let body: unknown = row.body;
      try {
        body = JSON.parse(row.body);
      } catch {
        body = [];
      }
      return {
        documentId: row.documentId,
        title: markWords(row.title, matches),
        lead: markWords(row.lead, matches),
        body: markWords(blocksToText(body), matches),
      };
    }),
  };
}

/**
 * Published releases of one language matching the query, ranked by relevance over all matches,
 * with exact totals: one SQL statement finds the page (searchMatches), one findMany loads the
 * page's summaries, so a search runs the same number of statements whatever it matches.
 */
export async function searchPressReleases(strapi: Core.Strapi, params: SearchParams): Promise<SearchResult> {
  const { page, pageSize, terms, locale } = params;
  if (terms.length === 0) return { hits: [], pagination: { page, pageSize, pageCount: 0, total: 0 }, terms };

  const { total, rows } = usesPostgres(strapi) ? await postgresMatches(strapi, params) : await sqliteMatches(strapi, params);
  const pagination = { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
  if (rows.length === 0) return { hits: [], pagination, terms };

  // Strapi's filter types leave out documentId, which the document service does accept.
  const onPage: Record<string, unknown> = { documentId: { $in: rows.map((row) => row.documentId) } };
  const loaded: unknown[] = await strapi.documents(UID).findMany({
    locale,
    status: "published",
    filters: { $and: [onPage] },
    // The summary the website validates (packages/content: rawSearchResponseSchema).
    fields: ["documentId", ...pressReleaseSummaryFields],
    populate: pressReleaseSummaryPopulate,
  });
  const byId = new Map<string, Record<string, unknown>>();
  for (const doc of loaded) if (isRecord(doc) && typeof doc.documentId === "string") byId.set(doc.documentId, doc);

  const hits = rows.flatMap((row): SearchHit[] => {
    const document = byId.get(row.documentId);
    if (!document) return []; // unpublished between the two statements
    const title: Highlighted = toHighlighted(row.title);
    const excerpt = excerptOf(row.body, row.lead);
    return [{ document, excerpt: excerpt.text, highlights: { title: title.ranges, excerpt: excerpt.ranges } }];
  });
  return { hits, pagination, terms };
}
