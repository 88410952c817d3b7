import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { claimDueRows, ensureTable } from "./queue-table";

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
  await ensureTable(db, OUTBOX_TABLE, (table) => {
    table.increments("id").primary();
    table.string("event", 64).notNullable();
    table.text("payload").notNullable();
    table.bigInteger("recorded_at").notNullable();
    table.integer("attempts").notNullable().defaultTo(0);
    table.bigInteger("next_attempt_at").notNullable().index();
    table.text("last_error").nullable();
  });
}

/** Records one change, due at once. */
export async function recordChange(db: Database, event: string, payload: string, now: number): Promise<void> {
  await db(OUTBOX_TABLE).insert({ event, payload, recorded_at: now, attempts: 0, next_attempt_at: now });
}

/** Takes up to `limit` due changes for this delivery (queue-table.ts: leased, skip-locked on PostgreSQL). */
export async function claimDueChanges(
  db: Database,
  options: { now: number; limit: number; leaseMs: number; skipLocked: boolean },
): Promise<PendingChange[]> {
  const rows = await claimDueRows(db, OUTBOX_TABLE, { ...options, returning: ["id", "event", "payload", "recorded_at", "attempts"] });
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
