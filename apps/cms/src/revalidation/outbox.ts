import type { Core } from "@strapi/strapi";
import { z } from "zod";

/**
 * The changes the site has not yet been told about, in the CMS's own database: a change
 * survives a site restart, a CMS restart and the CMS instance that recorded it, and any
 * instance can deliver it. A table of its own (Strapi leaves tables it did not create alone),
 * not a content type: nobody edits it, and it must not appear in the admin or the API.
 */
export const OUTBOX_TABLE = "newsroom_revalidation_outbox";

/** Strapi's database connection (knex), as Strapi types it. */
export type Database = Core.Strapi["db"]["connection"];

/** A change waiting for the site, as claimed by one delivery. */
export interface PendingChange {
  id: number;
  event: string;
  /** The JSON body the site's /api/revalidate reads. */
  payload: string;
  /** When the CMS recorded it (ms since the epoch): a day later it is given up. */
  recordedAt: number;
  /** Tries so far, this one included. */
  attempts: number;
}

// PostgreSQL answers bigint columns as strings.
const pendingRowSchema = z.object({
  id: z.coerce.number().int(),
  event: z.string(),
  payload: z.string(),
  recorded_at: z.coerce.number(),
  attempts: z.coerce.number().int(),
});

/** Creates the table on first start; several instances may start at once. */
export async function ensureOutboxTable(db: Database): Promise<void> {
  if (await db.schema.hasTable(OUTBOX_TABLE)) return;
  try {
    await db.schema.createTable(OUTBOX_TABLE, (table) => {
      table.increments("id").primary();
      table.string("event", 64).notNullable();
      table.text("payload").notNullable();
      table.bigInteger("recorded_at").notNullable();
      table.integer("attempts").notNullable().defaultTo(0);
      table.bigInteger("next_attempt_at").notNullable().index();
      table.text("last_error").nullable();
    });
  } catch (error) {
    // Another instance created it between the check and here.
    if (await db.schema.hasTable(OUTBOX_TABLE)) return;
    throw error;
  }
}

/** Records one change, due at once. */
export async function recordChange(db: Database, event: string, payload: string, now: number): Promise<void> {
  await db(OUTBOX_TABLE).insert({ event, payload, recorded_at: now, attempts: 0, next_attempt_at: now });
}

/**
 * Takes up to `limit` due changes for this delivery in one statement: each is due again only
 * after `leaseMs`, so no other instance sends it meanwhile, and one whose deliverer dies is
 * sent again after that. PostgreSQL skips rows another instance is claiming at the same moment
 * (`skipLocked`: FOR UPDATE SKIP LOCKED); SQLite serves one instance and runs one statement at a time.
 */
export async function claimDueChanges(
  db: Database,
  options: { now: number; limit: number; leaseMs: number; skipLocked: boolean },
): Promise<PendingChange[]> {
  const { now, limit, leaseMs } = options;
  const due = db(OUTBOX_TABLE).select("id").where("next_attempt_at", "<=", now).orderBy("next_attempt_at").orderBy("id").limit(limit);
  if (options.skipLocked) due.forUpdate().skipLocked();
  const rows: unknown = await db(OUTBOX_TABLE)
    .whereIn("id", due)
    .where("next_attempt_at", "<=", now)
    .update({ attempts: db.raw("?? + 1", ["attempts"]), next_attempt_at: now + leaseMs })
    .returning(["id", "event", "payload", "recorded_at", "attempts"]);
  return z
    .array(pendingRowSchema)
    .parse(rows)
    .map((row) => ({ id: row.id, event: row.event, payload: row.payload, recordedAt: row.recorded_at, attempts: row.attempts }))
    .sort((a, b) => a.id - b.id);
}

/** Whether any change is due: a read, so idle polls write nothing. */
export async function hasDueChanges(db: Database, now: number): Promise<boolean> {
  const row: unknown = await db(OUTBOX_TABLE).select("id").where("next_attempt_at", "<=", now).first();
  return row !== undefined;
}

/** Delivered, or given up: the change leaves the outbox. */
export async function removeChange(db: Database, id: number): Promise<void> {
  await db(OUTBOX_TABLE).where({ id }).delete();
}

export async function rescheduleChange(db: Database, id: number, at: number, lastError: string): Promise<void> {
  await db(OUTBOX_TABLE)
    .where({ id })
    .update({ next_attempt_at: at, last_error: lastError.slice(0, 1000) });
}

/** How many changes wait, and since when (for logs and tests). */
export async function pendingChanges(db: Database): Promise<{ count: number; oldestRecordedAt: number | undefined }> {
  const row: unknown = await db(OUTBOX_TABLE).count({ count: "*" }).min({ oldest: "recorded_at" }).first();
  const parsed = z.object({ count: z.coerce.number(), oldest: z.coerce.number().nullable() }).parse(row);
  return { count: parsed.count, oldestRecordedAt: parsed.oldest ?? undefined };
}
