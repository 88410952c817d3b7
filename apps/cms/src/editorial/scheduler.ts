import type { Core } from "@strapi/strapi";
import { runAsSchedule } from "./actor";
import { PRESS_RELEASE } from "./lifecycle";

/** Checked every 10 seconds, so a release goes live at most ~10 s after its time. */
export const SCHEDULER_RULE = "*/10 * * * * *";

interface DueRow {
  id: number;
  documentId: string;
  locale: string;
  scheduledPublishAt: string | Date | null;
  scheduledUnpublishAt: string | Date | null;
}

/**
 * Takes one scheduled action for this CMS instance: a conditional UPDATE that clears the
 * schedule only if it is still set and due. The database applies it to one instance only,
 * so with several CMS instances each scheduled action runs exactly once; no lock table or
 * leader election needed, on PostgreSQL or SQLite.
 */
async function claim(strapi: Core.Strapi, id: number, field: "scheduledPublishAt" | "scheduledUnpublishAt", now: Date): Promise<boolean> {
  const result: { count: number } = await strapi.db.query(PRESS_RELEASE).updateMany({
    where: { id, [field]: { $notNull: true, $lte: now } },
    data: { [field]: null },
  });
  return result.count === 1;
}

async function restore(strapi: Core.Strapi, id: number, field: "scheduledPublishAt" | "scheduledUnpublishAt", value: string | Date | null) {
  await strapi.db.query(PRESS_RELEASE).updateMany({ where: { id }, data: { [field]: value } });
}

/** Publishes drafts whose scheduled publication time has come. */
async function publishDue(strapi: Core.Strapi, now: Date): Promise<number> {
  const due: DueRow[] = await strapi.db.query(PRESS_RELEASE).findMany({
    where: { publishedAt: { $null: true }, scheduledPublishAt: { $notNull: true, $lte: now } },
    select: ["id", "documentId", "locale", "scheduledPublishAt"],
    orderBy: { scheduledPublishAt: "asc" },
    limit: 100,
  });
  let done = 0;
  for (const row of due) {
    if (!(await claim(strapi, row.id, "scheduledPublishAt", now))) continue;
    try {
      await runAsSchedule(() => strapi.documents(PRESS_RELEASE).publish({ documentId: row.documentId, locale: row.locale }));
      done += 1;
      strapi.log.info(`scheduler: published ${row.documentId} (${row.locale}), scheduled for ${new Date(row.scheduledPublishAt ?? now).toISOString()}`);
    } catch (error) {
      // Put the schedule back so the next run tries again and the editor still sees it.
      await restore(strapi, row.id, "scheduledPublishAt", row.scheduledPublishAt);
      strapi.log.error(`scheduler: could not publish ${row.documentId} (${row.locale}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return done;
}

/** Unpublishes (withdraws) releases whose scheduled unpublication time has come. */
async function unpublishDue(strapi: Core.Strapi, now: Date): Promise<number> {
  const due: DueRow[] = await strapi.db.query(PRESS_RELEASE).findMany({
    where: { publishedAt: { $notNull: true }, scheduledUnpublishAt: { $notNull: true, $lte: now } },
    select: ["id", "documentId", "locale", "scheduledUnpublishAt"],
    orderBy: { scheduledUnpublishAt: "asc" },
    limit: 100,
  });
  let done = 0;
  for (const row of due) {
    if (!(await claim(strapi, row.id, "scheduledUnpublishAt", now))) continue;
    // The draft keeps no stale time either, or publishing it again would withdraw it at once.
    const draftWhere = { documentId: row.documentId, locale: row.locale, publishedAt: { $null: true } };
    const draft: { id: number; scheduledUnpublishAt: string | Date | null } | null = await strapi.db
      .query(PRESS_RELEASE)
      .findOne({ where: draftWhere, select: ["id", "scheduledUnpublishAt"] });
    if (draft) await restore(strapi, draft.id, "scheduledUnpublishAt", null);
    try {
      await runAsSchedule(() => strapi.documents(PRESS_RELEASE).unpublish({ documentId: row.documentId, locale: row.locale }));
      done += 1;
      strapi.log.info(`scheduler: unpublished ${row.documentId} (${row.locale})`);
    } catch (error) {
      await restore(strapi, row.id, "scheduledUnpublishAt", row.scheduledUnpublishAt);
      if (draft) await restore(strapi, draft.id, "scheduledUnpublishAt", draft.scheduledUnpublishAt);
      strapi.log.error(`scheduler: could not unpublish ${row.documentId} (${row.locale}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return done;
}

let running = false;

/** One scheduler pass; overlapping passes in the same instance are skipped. */
export async function runScheduledPublishing(strapi: Core.Strapi, now = new Date()): Promise<void> {
  if (running) return;
  running = true;
  try {
    await publishDue(strapi, now);
    await unpublishDue(strapi, now);
  } catch (error) {
    strapi.log.error(`scheduler: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running = false;
  }
}

export const cronTasks = {
  scheduledPublishing: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runScheduledPublishing(strapi),
    options: { rule: SCHEDULER_RULE },
  },
};
