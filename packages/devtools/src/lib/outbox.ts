import { setTimeout as sleep } from "node:timers/promises";
import { pgScalar } from "./postgres";

/** apps/cms/src/revalidation/outbox.ts's table: the changes the site has not taken yet. */
const OUTBOX_TABLE = "newsroom_revalidation_outbox";

async function pending(database: { sqliteFile: string } | { postgres: string }): Promise<number> {
  if ("postgres" in database) {
    const exists = await pgScalar(database.postgres, `SELECT to_regclass('${OUTBOX_TABLE}') IS NOT NULL`);
    return exists === true ? Number(await pgScalar(database.postgres, `SELECT count(*) FROM ${OUTBOX_TABLE}`)) : 0;
  }
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(database.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare<[string], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(OUTBOX_TABLE);
    return table ? (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${OUTBOX_TABLE}`).get()?.n ?? 0) : 0;
  } finally {
    db.close();
  }
}

/**
 * Waits until the CMS has delivered every change it recorded to the site (its outbox is
 * empty). The seed's changes wait there while no site runs and arrive within seconds of its
 * start, each refreshing pages: tests of caching must not start before they have.
 */
export async function waitForOutboxDrained(database: { sqliteFile: string } | { postgres: string }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let left = await pending(database);
  while (left > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `The CMS still holds ${String(left)} changes for the site after ${String(timeoutMs / 1000)} s: is the site taking them (WEB_REVALIDATE_URL)?`,
      );
    await sleep(250);
    left = await pending(database);
  }
}
