import type { Knex } from "knex";
import type { Database } from "./outbox";

/**
 * What the CMS's own queue tables share (the revalidation outbox, the alert jobs, the mail
 * outbox): created on first start by whichever instance gets there, and drained by leasing
 * due rows. A row is due when `next_attempt_at <= now`; `null` means done.
 */

/** Creates the table unless it exists; several instances may start at once. */
export async function ensureTable(db: Database, name: string, build: (table: Knex.CreateTableBuilder) => void): Promise<void> {
  if (await db.schema.hasTable(name)) return;
  try {
    await db.schema.createTable(name, build);
  } catch (error) {
    // Another instance created it between the check and here.
    if (await db.schema.hasTable(name)) return;
    throw error;
  }
}

/**
 * Takes up to `limit` due rows in one statement: each is due again only after `leaseMs`, so
 * no other instance takes it meanwhile, and one whose taker dies is taken again after that.
 * PostgreSQL skips rows another instance is claiming at the same moment (`skipLocked`: FOR
 * UPDATE SKIP LOCKED); SQLite serves one instance and runs one statement at a time. Counts
 * the try in `attempts`; resolves with the `returning` columns of the rows taken (unparsed).
 */
export async function claimDueRows(
  db: Database,
  table: string,
  options: { now: number; limit: number; leaseMs: number; skipLocked: boolean; returning: string[] },
): Promise<unknown> {
  const { now, limit, leaseMs } = options;
  const due = db(table).select("id").where("next_attempt_at", "<=", now).orderBy("next_attempt_at").orderBy("id").limit(limit);
  if (options.skipLocked) due.forUpdate().skipLocked();
  return db(table)
    .whereIn("id", due)
    .where("next_attempt_at", "<=", now)
    .update({ attempts: db.raw("?? + 1", ["attempts"]), next_attempt_at: now + leaseMs })
    .returning(options.returning);
}
