import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { SEARCH_LANGUAGES } from "../search/language";
import { SEARCH_TEXT_VERSION } from "../search/text";
import { contentTypes, SAMPLE_NOTE_KEY } from "@newsroom/contract";
import type { SchemaExtension } from ".";

/**
 * Full-text search of press releases, in the database.
 *
 * PostgreSQL: a table of its own, `press_release_search`, with one row per *published* press
 * release row: two tsvectors in the row's language configuration (Snowball stemmer, unaccent
 * first), `head` (title weight A, lead B) and `vector` (title, lead and body C), with GIN indexes
 * per language on both and on the vector's adjacent word pairs (for phrases). Kept by a trigger
 * on Strapi's table, so that every writer (the admin, Strapi's publish copy, bulk SQL) gets it
 * without running JS, and drafts cost nothing. A table of its own
 * rather than columns on press_releases, because counting and ranking all matches of a common
 * word read the matching rows: here a row is a few hundred bytes, there it carries the lead,
 * the body and the drafts beside it. The body's text is read from Strapi's blocks JSON by
 * newsroom_body_text, the SQL twin of search/text.ts blocksToText.
 *
 * SQLite: an FTS5 table (unicode61, accents removed) fed by triggers from the private
 * `searchText` column, which the CMS computes in JS (search/text.ts buildSearchText) because
 * FTS5 has no Spanish or French stemmer and better-sqlite3 cannot register a JS tokenizer.
 */

/** PostgreSQL: the search table (one row per published press release row). */
export const SEARCH_TABLE = "press_release_search";
export const FTS_TABLE = "press_releases_search";
/** Changes whenever a function below (newsroom_search_pairs too) changes what is indexed: the table is then rebuilt. */
const POSTGRES_SEARCH_VERSION = "newsroom search 1";
/** Any number: serializes this setup between CMS instances starting on one database. */
const SETUP_LOCK = 4_711_011;

export interface PressReleaseColumns {
  table: string;
  id: string;
  documentId: string;
  locale: string;
  publishedAt: string;
  releaseDate: string;
  title: string;
  lead: string;
  body: string;
  searchText: string;
}

/** Strapi's names for the press release table and columns (its metadata is their one home). */
export function pressReleaseColumns(strapi: Core.Strapi): PressReleaseColumns {
  const meta = strapi.db.metadata.get(contentTypes.pressRelease.uid);
  const column = (attribute: string): string => {
    const found: unknown = meta.attributes[attribute];
    const name = typeof found === "object" && found !== null && "columnName" in found ? found.columnName : undefined;
    if (typeof name !== "string") throw new Error(`Search: no column for press release attribute "${attribute}"`);
    return name;
  };
  return {
    table: meta.tableName,
    id: column("id"),
    documentId: column("documentId"),
    locale: column("locale"),
    publishedAt: column("publishedAt"),
    releaseDate: column("releaseDate"),
    title: column("title"),
    lead: column("lead"),
    body: column("body"),
    searchText: column("searchText"),
  };
}

export const usesPostgres = (strapi: Core.Strapi): boolean => strapi.db.dialect.client === "postgres";

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** locale → regconfig, for the trigger and the query (SQL text from SEARCH_LANGUAGES only). */
function configurationCase(localeSql: string): string {
  const cases = Object.entries(SEARCH_LANGUAGES)
    .map(([code, language]) => `WHEN '${code}' THEN '${language.configuration}'::regconfig`)
    .join(" ");
  return `CASE ${localeSql} ${cases} ELSE '${SEARCH_LANGUAGES.en.configuration}'::regconfig END`;
}

async function applyPostgres(strapi: Core.Strapi, trx: Knex.Transaction): Promise<void> {
  const c = pressReleaseColumns(strapi);
  try {
    await trx.raw("CREATE EXTENSION IF NOT EXISTS unaccent");
  } catch (error) {
    throw new Error(
      `Search needs PostgreSQL's unaccent extension and this database role cannot create it (${error instanceof Error ? error.message : String(error)}): ` +
        "run `CREATE EXTENSION unaccent;` once as a superuser in this database, or grant the role CREATE on it",
      { cause: error },
    );
  }
  const existing = await trx.raw<{ rows: { cfgname: string }[] }>("SELECT cfgname FROM pg_ts_config WHERE cfgname = ANY(?)", [
    Object.values(SEARCH_LANGUAGES).map((l) => l.configuration),
  ]);
  const have = new Set(existing.rows.map((row) => row.cfgname));
  for (const { configuration, base } of Object.values(SEARCH_LANGUAGES)) {
    if (!have.has(configuration)) await trx.raw(`CREATE TEXT SEARCH CONFIGURATION ${configuration} (COPY = ${base})`);
    // unaccent is a filtering dictionary: it hands the unaccented word on to the stemmer.
    await trx.raw(`ALTER TEXT SEARCH CONFIGURATION ${configuration} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base}_stem`);
  }

  const before = await trx.raw<{ rows: { version: string | null }[] }>(
    "SELECT obj_description(to_regprocedure('newsroom_press_release_vector(text,text,text,jsonb)'), 'pg_proc') AS version",
  );
  const upToDate = before.rows[0]?.version === POSTGRES_SEARCH_VERSION;

  // The text of one block: inline children run together, nested blocks (list items) one a line.
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_block_text(node jsonb, depth integer) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
      all_inline boolean;
      result text;
    BEGIN
      IF depth > 32 OR jsonb_typeof(node) IS DISTINCT FROM 'object' THEN RETURN ''; END IF;
      IF node->>'type' = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
      IF jsonb_typeof(node->'children') IS DISTINCT FROM 'array' THEN RETURN ''; END IF;
      SELECT coalesce(bool_and(coalesce(child->>'type' IN ('text', 'link'), false)), true) INTO all_inline
        FROM jsonb_array_elements(node->'children') AS child;
      SELECT string_agg(newsroom_block_text(child, depth + 1), CASE WHEN all_inline THEN '' ELSE E'\\n' END ORDER BY n)
        INTO result FROM jsonb_array_elements(node->'children') WITH ORDINALITY AS t(child, n);
      RETURN coalesce(result, '');
    END $$`);
  // The readable body, one block a line, without the sample-content note; never the headline markers.
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_body_text(body jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT translate(coalesce(string_agg(newsroom_block_text(block, 0), E'\\n' ORDER BY n), ''), E'\\u0002\\u0003', '  ')
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(body) = 'array' THEN body ELSE '[]'::jsonb END) WITH ORDINALITY AS t(block, n)
      WHERE (block->'${SAMPLE_NOTE_KEY}') IS DISTINCT FROM 'true'::jsonb
    $$`);
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_search_configuration(locale text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${configurationCase("locale")} $$`);
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_press_release_vector(locale text, title text, lead text, body jsonb) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
          || setweight(to_tsvector(cfg, coalesce(lead, '')), 'B')
          || setweight(to_tsvector(cfg, newsroom_body_text(body)), 'C')
      FROM (SELECT newsroom_search_configuration(locale) AS cfg) AS language
    $$`);
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_press_release_head(locale text, title text, lead text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(lead, '')), 'B')
      FROM (SELECT newsroom_search_configuration(locale) AS cfg) AS language
    $$`);
  // Each pair of adjacent words of a vector as one lexeme ("climat chang"), for an index that
  // counts a phrase's matches without reading their vectors (search/tsquery.ts phrasePairs): a
  // phrase needs positions, which GIN does not keep, so PostgreSQL rechecks every candidate's
  // whole vector (at 100,000 releases, 400 ms for a phrase in most of them). COST: evaluating it
  // per row is never the plan to choose (a sequential scan would compute it for every release).
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_search_pairs(vector tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 AS $$
      SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
      FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(vector)) AS a
      JOIN (SELECT lexeme, unnest(positions) AS pos FROM unnest(vector)) AS b ON b.pos = a.pos + 1
    $$`);
  await trx.raw(`COMMENT ON FUNCTION newsroom_press_release_vector(text, text, text, jsonb) IS '${POSTGRES_SEARCH_VERSION}'`);

  await trx.raw(`
    CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
      id integer PRIMARY KEY,
      document_id varchar(255) NOT NULL,
      locale varchar(255) NOT NULL,
      release_date timestamp(6),
      head tsvector NOT NULL,
      vector tsvector NOT NULL
    )`);
  for (const code of Object.keys(SEARCH_LANGUAGES)) {
    // Per language, so that a count of one language's matches needs nothing but the index.
    const where = `WHERE locale = '${code}'`;
    await trx.raw(`CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_vector_${code} ON ${SEARCH_TABLE} USING gin (vector) ${where}`);
    await trx.raw(`CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_head_${code} ON ${SEARCH_TABLE} USING gin (head) ${where}`);
    await trx.raw(`CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_date_${code} ON ${SEARCH_TABLE} (release_date DESC, document_id) ${where}`);
    await trx.raw(
      `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_pairs_${code} ON ${SEARCH_TABLE} USING gin (newsroom_search_pairs(vector)) ${where}`,
    );
  }
  const row = (r: "NEW" | "pr") => ({
    id: `${r}.${ident(c.id)}`,
    values: `${r}.${ident(c.id)}, ${r}.${ident(c.documentId)}, ${r}.${ident(c.locale)}, ${r}.${ident(c.releaseDate)},
      newsroom_press_release_head(${r}.${ident(c.locale)}, ${r}.${ident(c.title)}, ${r}.${ident(c.lead)}),
      newsroom_press_release_vector(${r}.${ident(c.locale)}, ${r}.${ident(c.title)}, ${r}.${ident(c.lead)}, ${r}.${ident(c.body)}::jsonb)`,
  });
  const columns = "id, document_id, locale, release_date, head, vector";
  const changed = [c.documentId, c.locale, c.releaseDate, c.title, c.lead, c.body, c.publishedAt]
    .map((name) => `NEW.${ident(name)} IS DISTINCT FROM OLD.${ident(name)}`)
    .join(" OR ");
  await trx.raw(`
    CREATE OR REPLACE FUNCTION newsroom_press_releases_search() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM ${SEARCH_TABLE} WHERE id = OLD.${ident(c.id)};
        RETURN OLD;
      END IF;
      IF TG_OP = 'UPDATE' AND NOT (${changed} OR NEW.${ident(c.id)} IS DISTINCT FROM OLD.${ident(c.id)}) THEN RETURN NEW; END IF;
      IF TG_OP = 'UPDATE' THEN DELETE FROM ${SEARCH_TABLE} WHERE id = OLD.${ident(c.id)}; END IF;
      IF NEW.${ident(c.publishedAt)} IS NULL THEN
        DELETE FROM ${SEARCH_TABLE} WHERE id = NEW.${ident(c.id)};
      ELSE
        INSERT INTO ${SEARCH_TABLE} (${columns}) VALUES (${row("NEW").values})
          ON CONFLICT (id) DO UPDATE SET document_id = EXCLUDED.document_id, locale = EXCLUDED.locale,
            release_date = EXCLUDED.release_date, head = EXCLUDED.head, vector = EXCLUDED.vector;
      END IF;
      RETURN NEW;
    END $$`);
  await trx.raw(`
    CREATE OR REPLACE TRIGGER press_releases_search
    AFTER INSERT OR UPDATE OR DELETE ON ${ident(c.table)}
    FOR EACH ROW EXECUTE FUNCTION newsroom_press_releases_search()`);
  // Published rows from before the trigger, or all of them again after a change of definition.
  if (!upToDate) await trx.raw(`TRUNCATE ${SEARCH_TABLE}`);
  const backfill = await trx.raw<{ rowCount: number | null }>(
    `INSERT INTO ${SEARCH_TABLE} (${columns}) SELECT ${row("pr").values} FROM ${ident(c.table)} pr
     WHERE pr.${ident(c.publishedAt)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${SEARCH_TABLE} s WHERE s.id = ${row("pr").id})`,
  );
  // Fresh statistics, or the planner keeps ignoring the new indexes until autovacuum comes by.
  if (backfill.rowCount) await trx.raw(`ANALYZE ${SEARCH_TABLE}`);
}

/** knex's raw() answers the rows themselves on SQLite. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? result.filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null) : [];
}

async function applySqlite(strapi: Core.Strapi, trx: Knex.Transaction): Promise<void> {
  const c = pressReleaseColumns(strapi);
  const t = ident(c.table);
  const text = (row: "new." | "") => `${row}${ident(c.searchText)}`;
  const part = (row: "new." | "", name: "title" | "lead" | "body") => `json_extract(${text(row)}, '$.${name}')`;
  // A value of the current format (search/text.ts buildSearchText).
  const current = (row: "new." | "") => `json_valid(${text(row)}) AND json_extract(${text(row)}, '$.v') = ${SEARCH_TEXT_VERSION}`;
  await trx.raw(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(title, lead, body, tokenize = 'unicode61 remove_diacritics 2')`,
  );
  // Values of an older format (or none) are recomputed by the start-up backfill (bootstrap/search-index.ts).
  await trx.raw(`UPDATE ${t} SET ${text("")} = NULL WHERE ${text("")} IS NOT NULL AND NOT (${current("")})`);
  const insert = (row: "new." | "") =>
    `INSERT INTO ${FTS_TABLE} (rowid, title, lead, body) SELECT ${row}${ident(c.id)}, ${part(row, "title")}, ${part(row, "lead")}, ${part(row, "body")}` +
    (row ? ` WHERE ${current(row)};` : ` FROM ${t} WHERE ${current(row)}`);
  const triggers = ["press_releases_search_insert", "press_releases_search_update", "press_releases_search_delete"];
  const kept = rowsOf(await trx.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)`, triggers)).length;
  await trx.raw(`DROP TRIGGER IF EXISTS press_releases_search_insert`);
  await trx.raw(`CREATE TRIGGER press_releases_search_insert AFTER INSERT ON ${t} BEGIN ${insert("new.")} END`);
  await trx.raw(`DROP TRIGGER IF EXISTS press_releases_search_update`);
  await trx.raw(
    `CREATE TRIGGER press_releases_search_update AFTER UPDATE OF ${ident(c.searchText)}, ${ident(c.id)} ON ${t} BEGIN DELETE FROM ${FTS_TABLE} WHERE rowid = old.${ident(c.id)}; ${insert("new.")} END`,
  );
  await trx.raw(`DROP TRIGGER IF EXISTS press_releases_search_delete`);
  await trx.raw(
    `CREATE TRIGGER press_releases_search_delete AFTER DELETE ON ${t} BEGIN DELETE FROM ${FTS_TABLE} WHERE rowid = old.${ident(c.id)}; END`,
  );
  // SQLite drops a table's triggers when Strapi rebuilds the table, and rows written meanwhile
  // were not indexed: then (or when the counts differ) the index is rebuilt from searchText.
  const indexed = Number(rowsOf(await trx.raw(`SELECT count(*) AS n FROM ${FTS_TABLE}`))[0]?.n);
  const indexable = Number(rowsOf(await trx.raw(`SELECT count(*) AS n FROM ${t} WHERE ${current("")}`))[0]?.n);
  if (kept < triggers.length || indexed !== indexable) {
    await trx.raw(`DELETE FROM ${FTS_TABLE}`);
    await trx.raw(insert(""));
  }
}

export const searchExtension: SchemaExtension = {
  name: "press release full-text search",
  async apply(strapi) {
    const knex = strapi.db.connection;
    if (usesPostgres(strapi)) {
      await knex.transaction(async (trx) => {
        await trx.raw("SELECT pg_advisory_xact_lock(?)", [SETUP_LOCK]);
        await applyPostgres(strapi, trx);
      });
    } else {
      await knex.transaction((trx) => applySqlite(strapi, trx));
    }
  },
};
