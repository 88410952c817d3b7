import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Knex } from "knex";
import { z } from "zod";
import { runAsSchedule } from "./actor";
import { databaseClient, databaseNow } from "./clock";
import { formatUtc, PRESS_RELEASE, type ScheduleField } from "./lifecycle";
import { crashAfterClaimForTests, SimulatedCrash } from "./test-faults";

/** Checked every 10 seconds, so a release goes live at most ~10 s after its time. */
export const SCHEDULER_RULE = "*/10 * * * * *";
/** Rows looked at per action and pass; the rest wait for the next pass. */
const BATCH = 100;
/** Unexpected errors (not Strapi's refusals) are tried this often on an instance before the schedule is stopped. */
export const MAX_UNEXPECTED_FAILURES = 3;

export interface SchedulerOptions {
  /** Test-only: NEWSROOM_TEST_FAULTS_DIR (src/editorial/test-faults.ts). */
  faultsDir?: string | undefined;
}

const dueRow = z.object({
  id: z.number(),
  documentId: z.string(),
  locale: z.string(),
  slug: z.string().nullable(),
  scheduledAt: z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value)),
});
type DueRow = z.infer<typeof dueRow>;

/** One kind of scheduled action: which rows are due, and what to do with each. */
interface ScheduledAction {
  field: ScheduleField;
  /** Publication acts on drafts, unpublication on published versions. */
  published: boolean;
  verb: "publish" | "unpublish";
  /** Editors' word for it, in the stop message. */
  name: string;
  /** Run after the claim, in the same transaction. */
  prepare?: (strapi: Core.Strapi, row: DueRow) => Promise<void>;
}

/** Unpublication also clears the draft's time, or publishing it again would withdraw it at once. */
async function clearDraftUnpublishTime(strapi: Core.Strapi, row: DueRow): Promise<void> {
  await strapi.db.query(PRESS_RELEASE).updateMany({
    where: { documentId: row.documentId, locale: row.locale, publishedAt: { $null: true } },
    data: { scheduledUnpublishAt: null },
  });
}

const actions: ScheduledAction[] = [
  { field: "scheduledPublishAt", published: false, verb: "publish", name: "Scheduled publication" },
  { field: "scheduledUnpublishAt", published: true, verb: "unpublish", name: "Scheduled unpublication", prepare: clearDraftUnpublishTime },
];

/** What editors read in "Schedule stopped" (the time has seconds, so a retry would show). */
export function stopMessage(action: Pick<ScheduledAction, "name" | "verb">, now: Date, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${action.name} stopped on ${formatUtc(now, true)}: ${reason} Fix this, then set a new time (or ${action.verb} by hand).`;
}

/** Strapi's refusals (validation, not found, forbidden…) fail the same way every time: no retry. */
export function cannotSucceed(error: unknown): boolean {
  return error instanceof errors.ApplicationError;
}

/**
 * PostgreSQL only: locks the row for this transaction, or skips it if another CMS instance
 * holds it, so instances never queue behind each other's publish. SQLite has one writer and
 * one instance: the transaction alone serialises.
 */
async function lockRow(strapi: Core.Strapi, trx: Knex.Transaction, id: number): Promise<boolean> {
  if (databaseClient(strapi) !== "postgres") return true;
  const { tableName } = strapi.db.metadata.get(PRESS_RELEASE);
  const rows: unknown = await trx(tableName).select("id").where({ id }).forUpdate().skipLocked();
  return z.array(z.object({ id: z.number() })).parse(rows).length === 1;
}

/**
 * The claim: a conditional UPDATE that clears the schedule only if it is still set, due on the
 * database's clock and not stopped. With the lock (or SQLite's single writer) it succeeds on
 * one instance only.
 */
async function claim(strapi: Core.Strapi, id: number, field: ScheduleField, now: Date): Promise<boolean> {
  const result = await strapi.db.query(PRESS_RELEASE).updateMany({
    where: { id, [field]: { $notNull: true, $lte: now }, scheduleError: { $null: true } },
    data: { [field]: null },
  });
  return result.count === 1;
}

/** The stopped schedule stays as the editor set it; the reason shows in the admin (the draft) and stops the retries. */
async function stopSchedule(strapi: Core.Strapi, action: ScheduledAction, row: DueRow, message: string): Promise<void> {
  const where = action.verb === "publish" ? { id: row.id } : { documentId: row.documentId, locale: row.locale };
  await strapi.db.query(PRESS_RELEASE).updateMany({ where, data: { scheduleError: message } });
}

const SAVEPOINT = "newsroom_scheduled_action";
/** Unexpected failures per row on this instance (see MAX_UNEXPECTED_FAILURES). */
const unexpectedFailures = new Map<string, number>();

/**
 * One scheduled action in one transaction: lock, claim, act, log (the publication log and
 * the redirects and notices are written by lifecycle.ts inside it). A crash anywhere rolls
 * all of it back, so the schedule is still set and the next pass, on any instance, does it.
 * An action that fails is rolled back to the savepoint and, unless it may be transient,
 * stopped with its reason in the same transaction.
 */
async function runOne(strapi: Core.Strapi, action: ScheduledAction, row: DueRow, options: SchedulerOptions): Promise<void> {
  const key = `${action.field} ${String(row.id)}`;
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    if (!(await lockRow(strapi, trx, row.id))) return;
    const now = await databaseNow(strapi, trx);
    await trx.raw(`SAVEPOINT ${SAVEPOINT}`);
    try {
      if (!(await claim(strapi, row.id, action.field, now))) {
        await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
        return;
      }
      crashAfterClaimForTests(options.faultsDir, { documentId: row.documentId, locale: row.locale, slug: row.slug ?? "" });
      await action.prepare?.(strapi, row);
      const target = { documentId: row.documentId, locale: row.locale };
      await runAsSchedule(() =>
        action.verb === "publish" ? strapi.documents(PRESS_RELEASE).publish(target) : strapi.documents(PRESS_RELEASE).unpublish(target),
      );
      await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      unexpectedFailures.delete(key);
      strapi.log.info(
        `scheduler: ${action.verb}ed ${row.documentId} (${row.locale}), scheduled for ${row.scheduledAt.toISOString()}, at ${now.toISOString()} (database clock)`,
      );
    } catch (error) {
      // A crash takes the whole transaction with it, claim included.
      if (error instanceof SimulatedCrash) throw error;
      await trx.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      const failures = (unexpectedFailures.get(key) ?? 0) + 1;
      const message = stopMessage(action, now, error);
      if (!cannotSucceed(error) && failures < MAX_UNEXPECTED_FAILURES) {
        unexpectedFailures.set(key, failures);
        strapi.log.error(
          `scheduler: could not ${action.verb} ${row.documentId} (${row.locale}), try ${String(failures)} of ${String(MAX_UNEXPECTED_FAILURES)}: ${message}`,
        );
        return;
      }
      unexpectedFailures.delete(key);
      await stopSchedule(strapi, action, row, message);
      strapi.log.error(`scheduler: stopped the schedule of ${row.documentId} (${row.locale}): ${message}`);
    }
  });
}

/** Finds the rows due for `action` on the database's clock and runs each. */
async function runDue(strapi: Core.Strapi, action: ScheduledAction, options: SchedulerOptions): Promise<void> {
  const { field } = action;
  const now = await databaseNow(strapi);
  const found: unknown = await strapi.db.query(PRESS_RELEASE).findMany({
    where: {
      publishedAt: action.published ? { $notNull: true } : { $null: true },
      [field]: { $notNull: true, $lte: now },
      scheduleError: { $null: true },
    },
    select: ["id", "documentId", "locale", "slug", field],
    orderBy: { [field]: "asc" },
    limit: BATCH,
  });
  const due = z
    .array(z.record(z.string(), z.unknown()))
    .parse(found)
    .map((row) => dueRow.parse({ ...row, scheduledAt: row[field] }));
  for (const row of due) {
    try {
      await runOne(strapi, action, row, options);
    } catch (error) {
      // As a killed process would: nothing more this pass.
      if (error instanceof SimulatedCrash) throw error;
      // The transaction could not even be held (database gone): the schedule is untouched, the next pass retries.
      strapi.log.error(
        `scheduler: ${action.verb} of ${row.documentId} (${row.locale}) rolled back: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

let running = false;

/** One scheduler pass; overlapping passes in the same instance are skipped. */
export async function runScheduledActions(strapi: Core.Strapi, options: SchedulerOptions = {}): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (const action of actions) await runDue(strapi, action, options);
  } catch (error) {
    // A cron task has no caller to tell: the log is where this goes.
    strapi.log.error(`scheduler: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running = false;
  }
}

export function scheduledTasks(options: SchedulerOptions = {}) {
  return {
    scheduledPublishing: {
      task: ({ strapi }: { strapi: Core.Strapi }) => runScheduledActions(strapi, options),
      options: { rule: SCHEDULER_RULE },
    },
  };
}
