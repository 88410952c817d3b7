import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { FTS_TABLE, pressReleaseColumns, SEARCH_TABLE, usesPostgres } from "../schema-extensions/search";
import { excerptOf, type Highlighted, markWords, type Range, toHighlighted } from "./highlight";
import { searchLanguage, type SearchLanguage } from "./language";
import type { SearchParams } from "./query";
import { blocksToText } from "./text";
import { excludes, formatTsQuery, parseTsQuery, phrasePairs, withPrefixes, withWeight } from "./tsquery";
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
 * SQLite's relevance: FTS5's bm25 takes one weight per column (title, lead, body), so that a
 * title match outranks body matches (PostgreSQL's tiers: postgresMatches).
 */
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

/** Up to this many matches, the page is sorted from all of them (read from the indexes, no vector touched). */
const FEW_MATCHES = 2_000;

/**
 * PostgreSQL, in three statements: websearch_to_tsquery reads the reader's words
 * (search/tsquery.ts then derives the headline-only query and the phrase's word pairs from it);
 * the exact total, counted from the indexes without reading any vector (a two-word phrase
 * through the word pairs index: without it PostgreSQL rechecks every candidate's whole vector
 * for the positions); then the page. Relevance is in three tiers over all matches, each newest
 * first: all the words in the headline, then in the headline and lead, then anywhere (the
 * body). Tiers rather than ts_rank_cd, which scores every match of a common word (at 100,000
 * releases most of the archive: 66 ms). With few matches the page is sorted from all of them;
 * with many, each tier walks the newest-first index until the page is full, which is short
 * because matches are then dense (the total decides, so the planner need not guess: it walked
 * that index for a rare word, reading vectors, 18 ms). Ties: newest, then documentId, so that
 * pages are stable.
 */
async function postgresMatches(strapi: Core.Strapi, params: SearchParams): Promise<Matches> {
  const c = pressReleaseColumns(strapi);
  const language = searchLanguage(params.locale);
  const knex = strapi.db.connection;
  const parsed = rowsOf(
    await knex.raw("SELECT websearch_to_tsquery(?::regconfig, ?)::text AS query", [language.configuration, params.q]),
  )[0]?.query;
  const read = parseTsQuery(asText(parsed));
  if (read === null) return { total: 0, rows: [] }; // only stop words
  const query = withPrefixes(read, language.prefixFrom);
  const q = formatTsQuery(query);
  const inHeadline = formatTsQuery(withWeight(query, "A"));
  const { pairs, rest } = phrasePairs(query);
  const facets = facetSubquery(strapi, params);

  let bindings: Knex.RawBinding[] = [];
  /** A placeholder, its value bound in the order the statement reads (template literals run left to right). */
  const bind = (value: Knex.RawBinding) => {
    bindings.push(value);
    return "?";
  };
  const inLanguage = () => `s.locale = ${bind(params.locale)}${facets ? ` AND s.id IN (${bind(facets)})` : ""}`;
  const matches = () =>
    pairs
      ? `newsroom_search_pairs(s.vector) @@ ${bind(pairs)}::tsquery${rest ? ` AND s.vector @@ ${bind(rest)}::tsquery` : ""}`
      : `s.vector @@ ${bind(q)}::tsquery`;

  const counted = rowsOf(
    await knex.raw(`SELECT count(*)::integer AS n FROM ${SEARCH_TABLE} s WHERE ${matches()} AND ${inLanguage()}`, bindings),
  );
  const total = Number(counted[0]?.n ?? 0);
  // The page statement runs even past the last page: the same statements whatever the query finds.
  const offset = (params.page - 1) * params.pageSize;

  bindings = [];
  const order = "ORDER BY tier, release_date DESC, document_id ASC";
  let page: string;
  if (offset >= total) {
    // Past the last page: nothing to sort (a tier would otherwise walk `offset` rows for nothing).
    page = "SELECT NULL::integer AS id, NULL::varchar AS document_id, NULL::timestamp AS release_date, 0 AS tier WHERE false";
  } else if (total <= FEW_MATCHES) {
    page = `
      WITH matched AS MATERIALIZED (SELECT s.id, s.document_id, s.release_date, s.head FROM ${SEARCH_TABLE} s WHERE ${matches()} AND ${inLanguage()})
      SELECT id, document_id, release_date,
        CASE WHEN head @@ ${bind(inHeadline)}::tsquery THEN 0 WHEN head @@ ${bind(q)}::tsquery THEN 1 ELSE 2 END AS tier
      FROM matched ${order} LIMIT ${bind(params.pageSize)} OFFSET ${bind(offset)}`;
  } else {
    // A word the query excludes may be in the body though not in the headline: the headline
    // tiers then check the whole vector too, or a release the query excludes would be listed.
    const alsoVector = () => (excludes(query) ? ` AND s.vector @@ ${bind(q)}::tsquery` : "");
    const end = params.page * params.pageSize;
    const tier = (n: number, where: string) => `
        SELECT s.id, s.document_id, s.release_date, ${String(n)} AS tier FROM ${SEARCH_TABLE} s
        WHERE ${where} AND ${inLanguage()} ORDER BY s.release_date DESC, s.document_id ASC LIMIT ${bind(end)}`;
    page = `
      WITH title_tier AS (${tier(0, `s.head @@ ${bind(inHeadline)}::tsquery${alsoVector()}`)}),
      lead_tier AS (${tier(1, `s.head @@ ${bind(q)}::tsquery AND NOT (s.head @@ ${bind(inHeadline)}::tsquery)${alsoVector()}`)}),
      body_tier AS (${tier(2, `s.vector @@ ${bind(q)}::tsquery AND NOT (s.head @@ ${bind(q)}::tsquery)`)})
      SELECT * FROM (SELECT * FROM title_tier UNION ALL SELECT * FROM lead_tier UNION ALL SELECT * FROM body_tier) AS tiers
      ${order} LIMIT ${bind(params.pageSize)} OFFSET ${bind(offset)}`;
  }
  const sql = `
    SELECT page.document_id AS "documentId", pr."${c.title}" AS title, pr."${c.lead}" AS lead, pr."${c.body}" AS body
    FROM (${page}) AS page JOIN "${c.table}" pr ON pr.id = page.id
    ORDER BY page.tier, page.release_date DESC, page.document_id ASC`;
  return { total, rows: marked(language, params.q, rowsOf(await knex.raw(sql, bindings))) };
}

/**
 * The page's rows with the query's words marked (MARK_START … MARK_END), in JS on both databases:
 * the same Snowball stemmers as the indexes (search/language.ts), and no body is parsed twice
 * (ts_headline over twelve whole bodies took 16 ms at PostgreSQL).
 */
function marked(language: SearchLanguage, q: string, rows: Record<string, unknown>[]): PageRow[] {
  const matches = wordMatcher(language, parseWebSearch(language, q));
  return rows.flatMap((row) => {
    if (typeof row.documentId !== "string") return [];
    let body: unknown = row.body;
    if (typeof body === "string") {
      try {
        body = JSON.parse(body);
      } catch {
        body = []; // not blocks: no excerpt from it (the lead is used)
      }
    }
    return [
      {
        documentId: row.documentId,
        title: markWords(asText(row.title), matches),
        lead: markWords(asText(row.lead), matches),
        body: markWords(blocksToText(body), matches),
      },
    ];
  });
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
  const found = rowsOf(await strapi.db.connection.raw(sql, bindings));
  // SQLite's index holds stems only: the words are marked in JS, with the index's own stemming.
  return { total: Number(found[0]?.total ?? 0), rows: marked(language, params.q, found) };
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
