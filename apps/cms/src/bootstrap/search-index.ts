import localeConfig from "@newsroom/config/locales.json";
import type { Core } from "@strapi/strapi";
import { pressReleaseColumns, usesPostgres } from "../schema-extensions/search";
import { buildSearchText } from "../search/text";
import { i18nLocaleService } from "../strapi/services";
import { contentTypes, isRecord } from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;
/** Actions that write data; publish and discardDraft copy searchText along with the rest of the row. */
const WRITES = new Set(["create", "update", "clone"]);
const INDEXED = ["title", "lead", "body", "searchText"] as const;
const BACKFILL_BATCH = 100;

async function localeOf(strapi: Core.Strapi, locale: unknown): Promise<string> {
  if (typeof locale === "string") return locale;
  const fallback: unknown = await i18nLocaleService(strapi).getDefaultLocale();
  return typeof fallback === "string" ? fallback : localeConfig.defaultLocale;
}

async function currentDraft(strapi: Core.Strapi, documentId: unknown, code: string): Promise<Record<string, unknown>> {
  if (typeof documentId !== "string") return {};
  // The query layer, not the document service: no middleware (the draft guard) between an
  // editor's save and the index.
  const draft: unknown = await strapi.db
    .query(UID)
    .findOne({ where: { documentId, locale: code, publishedAt: null }, select: ["title", "lead", "body"] });
  return isRecord(draft) ? draft : {};
}

/**
 * Keeps the private searchText of press releases in step with title, lead and body on every
 * write through the document service (admin, REST, seed), on SQLite, where it feeds the FTS5
 * index (schema-extensions/search.ts): stemming is done in JS there. A searchText sent by a
 * caller is never trusted: it is recomputed. On PostgreSQL the database indexes rows itself
 * (a trigger), so searchText stays empty.
 */
export function registerSearchIndex(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || !WRITES.has(context.action)) return next();
    const params: unknown = context.params;
    if (!isRecord(params) || !isRecord(params.data)) return next();
    const data = params.data;
    if (usesPostgres(strapi)) {
      // Not used there: a value sent by a caller is dropped all the same.
      if ("searchText" in data) params.data = Object.fromEntries(Object.entries(data).filter(([key]) => key !== "searchText"));
      return next();
    }
    if (!INDEXED.some((key) => key in data)) return next();

    const complete = INDEXED.slice(0, 3).every((key) => key in data);
    const locale = await localeOf(strapi, params.locale);
    const stored = context.action === "create" || complete ? {} : await currentDraft(strapi, params.documentId, locale);
    const pick = (key: "title" | "lead" | "body") => (key in data ? data[key] : stored[key]);
    params.data = { ...data, searchText: buildSearchText({ locale, title: pick("title"), lead: pick("lead"), body: pick("body") }) };
    return next();
  });
}

/**
 * Indexes rows written before searchText existed (or outside the document service, or with an
 * older format, which the schema extension clears). Runs at every start and touches only rows
 * whose searchText is null, so it is idempotent. SQLite only: PostgreSQL indexes rows itself.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  if (usesPostgres(strapi)) return;
  pressReleaseColumns(strapi); // fails early if Strapi renamed what the index reads
  const rows = strapi.db.query(UID);
  let lastId = 0;
  let indexed = 0;
  for (;;) {
    const batch: unknown = await rows.findMany({
      where: { searchText: null, id: { $gt: lastId } },
      select: ["id", "locale", "title", "lead", "body"],
      orderBy: { id: "asc" },
      limit: BACKFILL_BATCH,
    });
    if (!Array.isArray(batch)) break;
    const before = lastId;
    for (const row of batch) {
      if (!isRecord(row) || typeof row.id !== "number") continue;
      lastId = Math.max(lastId, row.id);
      // updateMany, unlike update, leaves updatedAt alone: indexing must not mark a published
      // release as modified in the admin.
      await rows.updateMany({
        where: { id: row.id },
        data: { searchText: buildSearchText({ locale: row.locale, title: row.title, lead: row.lead, body: row.body }) },
      });
      indexed += 1;
    }
    if (lastId === before) break; // nothing left (or nothing usable): never loop forever
  }
  if (indexed) strapi.log.info(`Search: indexed ${indexed} press release rows`);
}
