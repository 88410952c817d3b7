import type { Core } from "@strapi/strapi";
import { buildSearchText } from "../search/text";
import { i18nLocaleService } from "../strapi/services";
import { contentTypes, isRecord } from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;
/** Actions that write data; publish and discardDraft copy searchText along with the rest of the row. */
const WRITES = new Set(["create", "update", "clone"]);
const INDEXED = ["title", "lead", "body", "searchText"] as const;
const BACKFILL_BATCH = 100;

async function currentDraft(strapi: Core.Strapi, documentId: unknown, locale: unknown): Promise<Record<string, unknown>> {
  if (typeof documentId !== "string") return {};
  const code = typeof locale === "string" ? locale : await i18nLocaleService(strapi).getDefaultLocale();
  // The query layer, not the document service: no middleware (the draft guard) between an
  // editor's save and the index.
  const draft: unknown = await strapi.db
    .query(UID)
    .findOne({ where: { documentId, locale: code, publishedAt: null }, select: ["title", "lead", "body"] });
  return isRecord(draft) ? draft : {};
}

/**
 * Keeps the private searchText of press releases in step with title, lead and body on every
 * write through the document service (admin, REST, seed). A searchText sent by a caller is
 * never trusted: it is recomputed.
 */
export function registerSearchIndex(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || !WRITES.has(context.action)) return next();
    const params: unknown = context.params;
    if (!isRecord(params) || !isRecord(params.data)) return next();
    const data = params.data;
    if (!INDEXED.some((key) => key in data)) return next();

    const complete = INDEXED.slice(0, 3).every((key) => key in data);
    const stored = context.action === "create" || complete ? {} : await currentDraft(strapi, params.documentId, params.locale);
    const pick = (key: "title" | "lead" | "body") => (key in data ? data[key] : stored[key]);
    params.data = { ...data, searchText: buildSearchText({ title: pick("title"), lead: pick("lead"), body: pick("body") }) };
    return next();
  });
}

/**
 * Indexes rows written before searchText existed (or outside the document service). Runs at
 * every start and touches only rows whose searchText is null, so it is idempotent.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  const rows = strapi.db.query(UID);
  let lastId = 0;
  let indexed = 0;
  for (;;) {
    const batch: unknown = await rows.findMany({
      where: { searchText: null, id: { $gt: lastId } },
      select: ["id", "title", "lead", "body"],
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
        data: { searchText: buildSearchText({ title: row.title, lead: row.lead, body: row.body }) },
      });
      indexed += 1;
    }
    if (lastId === before) break; // nothing left (or nothing usable): never loop forever
  }
  if (indexed) strapi.log.info(`Search: indexed ${indexed} press release rows`);
}
