import type { Core } from "@strapi/strapi";
import { runAsSchedule } from "./actor";
import { PRESS_RELEASE } from "./lifecycle";

/** Checked every 10 seconds, so a release goes live at most ~10 s after its time. */
export const SCHEDULER_RULE = "*/10 * * * * *";

interface DueRow {
  id: number;
  documentId: string;
  locale: string;
  /** Only the field of the action being run is selected. */
  scheduledPublishAt?: string | Date | null;
  scheduledUnpublishAt?: string | Date | null;
}

type ScheduleField = "scheduledPublishAt" | "scheduledUnpublishAt";

/**
 * Takes one scheduled action for this CMS instance: a conditional UPDATE that clears the
 * schedule only if it is still set and due. The database applies it to one instance only,
 * so with several CMS instances each scheduled action runs exactly once; no lock table or
 * leader election needed, on PostgreSQL or SQLite.
 */
async function claim(strapi: Core.Strapi, id: number, field: ScheduleField, now: Date): Promise<boolean> {
  const result: { count: number } = await strapi.db.query(PRESS_RELEASE).updateMany({
    where: { id, [field]: { $notNull: true, $lte: now } },
    data: { [field]: null },
  });
  return result.count === 1;
}

async function restore(strapi: Core.Strapi, id: number, field: ScheduleField, value: string | Date | null) {
  await strapi.db.query(PRESS_RELEASE).updateMany({ where: { id }, data: { [field]: value } });
}

/** One kind of scheduled action: which rows are due, and what to do with each. */
interface ScheduledAction {
  field: ScheduleField;
  /** Publication acts on drafts, unpublication on published versions. */
  published: boolean;
  verb: "publish" | "unpublish";
  /** Run after the claim; returns an undo for when the action fails. */
  prepare?: (strapi: Core.Strapi, row: DueRow) => Promise<() => Promise<void>>;
}

/** Unpublication also clears the draft's time, or publishing it again would withdraw it at once. */
async function clearDraftUnpublishTime(strapi: Core.Strapi, row: DueRow): Promise<() => Promise<void>> {
  const draft: { id: number; scheduledUnpublishAt: string | Date | null } | null = await strapi.db
    .query(PRESS_RELEASE)
    .findOne({ where: { documentId: row.documentId, locale: row.locale, publishedAt: { $null: true } }, select: ["id", "scheduledUnpublishAt"] });
  if (!draft) return () => Promise.resolve();
  await restore(strapi, draft.id, "scheduledUnpublishAt", null);
  return () => restore(strapi, draft.id, "scheduledUnpublishAt", draft.scheduledUnpublishAt);
}

const actions: ScheduledAction[] = [
  { field: "scheduledPublishAt", published: false, verb: "publish" },
  { field: "scheduledUnpublishAt", published: true, verb: "unpublish", prepare: clearDraftUnpublishTime },
];

/** Finds the rows due for `action`, claims each, and acts on the ones this instance claimed. */
async function runDue(strapi: Core.Strapi, action: ScheduledAction, now: Date): Promise<void> {
  const { field, verb } = action;
  const due: DueRow[] = await strapi.db.query(PRESS_RELEASE).findMany({
    where: { publishedAt: action.published ? { $notNull: true } : { $null: true }, [field]: { $notNull: true, $lte: now } },
    select: ["id", "documentId", "locale", field],
    orderBy: { [field]: "asc" },
    limit: 100,
  });
  for (const row of due) {
    if (!(await claim(strapi, row.id, field, now))) continue;
    const undoPrepare = action.prepare ? await action.prepare(strapi, row) : undefined;
    try {
      const target = { documentId: row.documentId, locale: row.locale };
      await runAsSchedule(() => (verb === "publish" ? strapi.documents(PRESS_RELEASE).publish(target) : strapi.documents(PRESS_RELEASE).unpublish(target)));
      strapi.log.info(`scheduler: ${verb}ed ${row.documentId} (${row.locale}), scheduled for ${new Date(row[field] ?? now).toISOString()}`);
    } catch (error) {
      // Put the schedule back so the next run tries again and the editor still sees it.
      await restore(strapi, row.id, field, row[field] ?? null);
      await undoPrepare?.();
      strapi.log.error(`scheduler: could not ${verb} ${row.documentId} (${row.locale}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

let running = false;

/** One scheduler pass; overlapping passes in the same instance are skipped. */
export async function runScheduledPublishing(strapi: Core.Strapi, now = new Date()): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (const action of actions) await runDue(strapi, action, now);
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
