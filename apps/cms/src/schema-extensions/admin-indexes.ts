/**
 * Indexes for the two lists that read the whole archive, measured at 100,000 releases
 * (npm run bench:archive):
 *
 * - the admin's press-release list (Content Manager): drafts of one language, newest change
 *   first (or by release date or title), 10 a page, with a total; its search box runs
 *   `column::text ILIKE '%term%'` over every searchable text column (Strapi's
 *   @strapi/database query/helpers/search.js). A btree cannot serve a leading wildcard: on
 *   PostgreSQL each of those columns gets a trigram (pg_trgm) index, so the OR becomes a
 *   BitmapOr of index scans; SQLite (development) has no such index and scans;
 * - the public listing (/api/press-releases, newest release first, any page) and its filters,
 *   which join the relation link tables from the term's side.
 *
 * The indexes are partial (drafts or published rows only), as the lists ask, and named here;
 * each is created IF NOT EXISTS, on PostgreSQL and SQLite alike.
 */
import type { Core } from "@strapi/strapi";
import { z } from "zod";
import type { SchemaExtension } from "./index";
import { contentTypes } from "@newsroom/contract";

const RELEASE = contentTypes.pressRelease.uid;
/** The relations the listing filters on (and the dateline country the release page reads). */
const FILTERED_RELATIONS = ["countries", "regions", "themes", "pressContacts", "datelineCountry"] as const;
/** Attribute types Strapi's admin search matches with ILIKE (@strapi/database utils/types.js STRING_TYPES). */
const SEARCHED_TYPES = new Set(["string", "text", "uid", "email", "enumeration", "richtext"]);

const metadataSchema = z.object({
  tableName: z.string(),
  attributes: z.record(
    z.string(),
    z.looseObject({
      type: z.string(),
      columnName: z.string().optional(),
      searchable: z.boolean().optional(),
      joinTable: z
        .object({ name: z.string(), joinColumn: z.object({ name: z.string() }), inverseJoinColumn: z.object({ name: z.string() }) })
        .optional(),
    }),
  ),
});

interface IndexSpec {
  name: string;
  table: string;
  /** SQL of the indexed columns or expressions, already quoted. */
  columns: string;
  where?: string;
  /** PostgreSQL only: the index method and operator class go into `columns`. */
  using?: "gin";
}

type Knex = Core.Strapi["db"]["connection"];

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

async function indexExists(knex: Knex, client: string, name: string): Promise<boolean> {
  // PostgreSQL answers raw queries as { rows }, SQLite as the rows themselves.
  const answer: unknown =
    client === "postgres"
      ? await knex.raw("SELECT 1 FROM pg_indexes WHERE indexname = ?", [name])
      : await knex.raw("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [name]);
  const rows = z.union([z.object({ rows: z.array(z.unknown()) }).transform((a) => a.rows), z.array(z.unknown())]).parse(answer);
  return rows.length > 0;
}

async function createIndex(knex: Knex, client: string, spec: IndexSpec): Promise<void> {
  const using = spec.using ? ` USING ${spec.using}` : "";
  const where = spec.where ? ` WHERE ${spec.where}` : "";
  try {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${quote(spec.name)} ON ${quote(spec.table)}${using} (${spec.columns})${where}`);
  } catch (error) {
    // Two instances starting at once may race on the same name: theirs is as good as ours.
    if (!(await indexExists(knex, client, spec.name))) throw error;
  }
}

/** The column names of the press release that the admin search box matches, as Strapi chooses them. */
function searchedColumns(attributes: z.infer<typeof metadataSchema>["attributes"]): string[] {
  const columns = ["id"];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!SEARCHED_TYPES.has(attribute.type) || attribute.searchable === false) continue;
    columns.push(attribute.columnName ?? name);
  }
  return columns;
}

export function adminIndexSpecs(strapi: Core.Strapi, client: string): IndexSpec[] {
  const meta = metadataSchema.parse(strapi.db.metadata.get(RELEASE));
  const table = meta.tableName;
  const column = (name: string) => quote(meta.attributes[name]?.columnName ?? name);
  const [locale, updatedAt, releaseDate, title, id] = ["locale", "updatedAt", "releaseDate", "title", "id"].map(column);
  const drafts = `${column("publishedAt")} IS NULL`;
  const published = `${column("publishedAt")} IS NOT NULL`;
  const specs: IndexSpec[] = [
    // The admin list: its default order (src/editorial/admin-layout.ts) and the other columns editors sort by.
    { name: `${table}_drafts_updated_idx`, table, columns: `${locale}, ${updatedAt} DESC, ${id}`, where: drafts },
    { name: `${table}_drafts_release_date_idx`, table, columns: `${locale}, ${releaseDate} DESC, ${id}`, where: drafts },
    { name: `${table}_drafts_title_idx`, table, columns: `${locale}, ${title}, ${id}`, where: drafts },
    // The public listing, feeds and sitemaps: published, one language, newest release first.
    { name: `${table}_published_release_date_idx`, table, columns: `${locale}, ${releaseDate} DESC, ${id}`, where: published },
  ];
  for (const relation of FILTERED_RELATIONS) {
    const join = meta.attributes[relation]?.joinTable;
    if (!join) throw new Error(`Strapi's metadata of ${RELEASE}.${relation} has no join table`);
    const [release, term] = [quote(join.joinColumn.name), quote(join.inverseJoinColumn.name)];
    // Strapi indexes each end alone (and the pair release-first, unique): a filter starts from the term.
    specs.push({ name: `${join.name}_by_term_idx`, table: join.name, columns: `${term}, ${release}` });
  }
  if (client === "postgres") {
    for (const searched of searchedColumns(meta.attributes)) {
      specs.push({
        name: `${table}_admin_search_${searched}_idx`,
        table,
        using: "gin",
        columns: `(${quote(searched)}::text) gin_trgm_ops`,
        where: drafts,
      });
    }
  }
  return specs;
}

const clientSchema = z.enum(["postgres", "sqlite"]);

export const adminIndexes: SchemaExtension = {
  name: "admin and listing indexes",
  async apply(strapi) {
    const client = clientSchema.parse(strapi.db.dialect.client);
    const knex = strapi.db.connection;
    let specs = adminIndexSpecs(strapi, client);
    if (client === "postgres") {
      try {
        await knex.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      } catch (error) {
        // A managed database may not let this user add extensions: the admin search then scans, but works.
        strapi.log.warn(
          `admin search: pg_trgm is not available (${error instanceof Error ? error.message : String(error)}); ` +
            "the press-release list's search box scans the table. Run CREATE EXTENSION pg_trgm as the database owner.",
        );
        specs = specs.filter((spec) => spec.using !== "gin");
      }
    }
    for (const spec of specs) await createIndex(knex, client, spec);
  },
};
