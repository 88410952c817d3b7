import { readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { isListening } from "./http";
import { errorMessage, warn } from "./log";
import { run } from "./run";
import { which } from "./which";

/** The local PostgreSQL the test suite uses: trust auth, user postgres. */
export const PG_HOST = "127.0.0.1";
export const PG_PORT = 5432;
export const PG_USER = "postgres";

export function databaseUrl(database: string): string {
  return `postgres://${PG_USER}@${PG_HOST}:${String(PG_PORT)}/${database}`;
}

/** A connection to `database` as user postgres, closed after `use`. */
async function withClient<T>(database: string, use: (client: import("pg").Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: PG_HOST, port: PG_PORT, user: PG_USER, database, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {
    // A dropped connection surfaces as a failed query; do not crash the process.
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs statements one by one on `database`, as user postgres. */
export async function pgExec(database: string, statements: readonly string[]): Promise<void> {
  await withClient(database, async (client) => {
    for (const sql of statements) await client.query(sql);
  });
}

export type PgStatus = { ok: true } | { ok: false; reason: string };

/** TCP connect to 127.0.0.1:5432, then SELECT 1 via pg. */
export async function checkPostgres(): Promise<PgStatus> {
  if (!(await isListening(PG_PORT, PG_HOST, 2_000))) return { ok: false, reason: `nothing listens on ${PG_HOST}:${String(PG_PORT)}` };
  try {
    await pgExec("postgres", ["SELECT 1"]);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `SELECT 1 failed: ${errorMessage(err)}` };
  }
}

/** The installed cluster versions under /etc/postgresql, newest first. */
function clusterVersions(): string[] {
  try {
    return readdirSync("/etc/postgresql", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

/**
 * Tries `pg_ctlcluster --skip-systemctl-redirect <version> main start` (Debian) and waits up
 * to 20 s for PostgreSQL to answer. Returns the final status.
 */
export async function tryStartPostgres(): Promise<PgStatus> {
  const versions = which("pg_ctlcluster") ? clusterVersions() : [];
  if (versions.length === 0) return { ok: false, reason: "pg_ctlcluster or /etc/postgresql/<version> not found, cannot start PostgreSQL" };
  for (const version of versions) {
    try {
      await run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { step: `start PostgreSQL ${version}` });
    } catch (err) {
      warn(errorMessage(err));
      continue;
    }
    let status = await checkPostgres();
    for (let i = 0; i < 40 && !status.ok; i += 1) {
      await sleep(500);
      status = await checkPostgres();
    }
    if (status.ok) return status;
  }
  return checkPostgres();
}

/** DROP DATABASE IF EXISTS <name> WITH (FORCE); CREATE DATABASE <name>. */
export async function recreateDatabase(name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
  await pgExec("postgres", [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`]);
}

/** The first column of the first row of a query on `database` (user postgres). */
export async function pgScalar(database: string, sql: string): Promise<unknown> {
  return withClient(database, async (client) => {
    const row = (await client.query<Record<string, unknown>>(sql)).rows[0];
    return row ? Object.values(row)[0] : undefined;
  });
}
