import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { z } from "zod";

/**
 * The database's clock. Every editorial decision about time (is an embargo over, is a
 * scheduled action due) is taken on it, not on the CMS server's clock: with several CMS
 * instances, one whose clock runs fast would otherwise publish an embargoed release early.
 */
type Client = "postgres" | "sqlite";

/** SQLite's CURRENT_TIMESTAMP has no milliseconds; strftime's %f has them. */
const NOW_SQL: Record<Client, string> = {
  postgres: "SELECT now() AS now",
  sqlite: "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now",
};

const nowRow = z.object({ now: z.union([z.date(), z.string()]) });
/** knex's raw() answers `{ rows }` on PostgreSQL and an array of rows on SQLite. */
const nowResult = z.union([z.object({ rows: z.tuple([nowRow]) }).transform((r) => r.rows[0]), z.tuple([nowRow]).transform((r) => r[0])]);

/** The time from a `SELECT … AS now` result; SQLite text without a zone is UTC. */
export function parseDatabaseNow(result: unknown): Date {
  const { now } = nowResult.parse(result);
  if (now instanceof Date) return new Date(now.getTime());
  const text = now.replace(" ", "T");
  const ms = Date.parse(/(Z|[+-]\d\d:\d\d)$/i.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw new Error(`the database answered an unreadable time: ${now}`);
  return new Date(ms);
}

export function databaseClient(strapi: Core.Strapi): Client {
  const client: unknown = strapi.db.dialect.client;
  if (client === "postgres" || client === "sqlite") return client;
  throw new Error(`unsupported database client: ${String(client)}`);
}

/**
 * The database's current time. Inside a transaction pass its `trx`: on SQLite a query on
 * another connection would wait for the transaction to end (one connection only).
 */
export async function databaseNow(strapi: Core.Strapi, trx?: Knex.Transaction): Promise<Date> {
  const sql = NOW_SQL[databaseClient(strapi)];
  const result: unknown = await (trx ?? strapi.db.connection).raw(sql);
  return parseDatabaseNow(result);
}

/**
 * Test-only (NEWSROOM_TEST_CLOCK_OFFSET_MS): makes this process's clock run `offsetMs` ahead
 * (or behind), as a CMS host with a wrong clock would: `Date.now()` and `new Date()` move,
 * dates built from a value do not. The editorial tests start a second instance this way to
 * show that the embargo holds.
 */
export function skewProcessClock(offsetMs: number): void {
  if (offsetMs === 0) return;
  const RealDate = Date;
  class SkewedDate extends RealDate {
    constructor(...args: [] | [string | number | Date] | [number, number, number?, number?, number?, number?, number?]) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else if (args.length === 1) super(args[0]);
      else super(...args);
    }
    static override now(): number {
      return RealDate.now() + offsetMs;
    }
    // Dates made before the switch (or by other realms) are still dates.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  // Not assignable as a DateConstructor (a class cannot be called without new), so defined as a property.
  Object.defineProperty(globalThis, "Date", { value: SkewedDate, writable: true, configurable: true });
}
