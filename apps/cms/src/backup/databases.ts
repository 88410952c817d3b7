import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import pg, { type Client } from "pg";
import type { PostgresConnection } from "../database";
import { BackupError } from "./errors";
import { runTool } from "./tools";

/**
 * The two databases the CMS runs on, each backed up with its own native tool: SQLite's online
 * backup API and pg_dump's custom format. Both copy every table exactly (ids, drafts and
 * published versions, admin users, API tokens, Strapi's core store), while the CMS runs.
 */

const PG_HINT = "install the PostgreSQL client tools (Debian: postgresql-client), of the server's major version or newer";

// --- SQLite ---------------------------------------------------------------------------

export async function backupSqlite(file: string, destination: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`The SQLite database ${file} does not exist (DATABASE_FILENAME); nothing to back up`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

/** Tables in the SQLite file (0 when it does not exist). */
export function sqliteTableCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get();
    return row?.n ?? 0;
  } finally {
    db.close();
  }
}

export function checkSqliteFile(file: string): void {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError(`The SQLite database in the backup is damaged: ${String(result)}`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The SQLite database in the backup cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
}

/** Puts the restored file in place in one rename; stale journal files would corrupt it. */
export async function restoreSqlite(restoredCopy: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  for (const suffix of ["-wal", "-shm", "-journal"]) await rm(`${file}${suffix}`, { force: true });
  await rename(restoredCopy, file);
}

// --- PostgreSQL -----------------------------------------------------------------------

function pgToolArgs(c: PostgresConnection): string[] {
  return ["--host", c.host, "--port", String(c.port), "--username", c.user, "--dbname", c.database, "--no-password"];
}

/** The password goes through the environment, never the command line (visible in `ps`). */
function pgToolEnv(c: PostgresConnection): NodeJS.ProcessEnv {
  return { ...process.env, PGPASSWORD: c.password, PGSSLMODE: c.ssl ? "require" : "prefer", PGCONNECT_TIMEOUT: "10" };
}

export function describePostgres(c: PostgresConnection): string {
  return `PostgreSQL database "${c.database}" on ${c.host}:${String(c.port)} (user ${c.user})`;
}

async function withPgClient<T>(c: PostgresConnection, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: c.database,
    ssl: c.ssl,
    connectionTimeoutMillis: 10_000,
  });
  client.on("error", () => {
    // A dropped connection surfaces as a failed query.
  });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to the ${describePostgres(c)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function backupPostgres(c: PostgresConnection, destination: string): Promise<void> {
  // One consistent snapshot (pg_dump's transaction), so the CMS can keep running.
  await runTool("pg_dump", [...pgToolArgs(c), "--format=custom", "--file", destination], {
    env: pgToolEnv(c),
    installHint: PG_HINT,
    what: `pg_dump of the ${describePostgres(c)}`,
  });
}

export async function postgresTableCount(c: PostgresConnection): Promise<number> {
  return withPgClient(c, async (client) => {
    const result = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()");
    return result.rows[0]?.n ?? 0;
  });
}

/** Drops every table and sequence of the CMS's schema (only with --force). */
export async function wipePostgres(c: PostgresConnection): Promise<void> {
  await withPgClient(c, async (client) => {
    await client.query(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.tablename);
      END LOOP;
      FOR r IN SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() LOOP
        EXECUTE format('DROP SEQUENCE IF EXISTS %I CASCADE', r.sequencename);
      END LOOP;
      -- The search's functions and text search configurations (src/schema-extensions), not those
      -- of extensions (unaccent, pg_trgm), which the dump creates IF NOT EXISTS.
      FOR r IN SELECT p.oid::regprocedure AS routine FROM pg_proc p
          WHERE p.pronamespace = current_schema()::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', r.routine);
      END LOOP;
      FOR r IN SELECT c.oid::regconfig AS config FROM pg_ts_config c
          WHERE c.cfgnamespace = current_schema()::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = c.oid AND d.deptype = 'e') LOOP
        EXECUTE format('DROP TEXT SEARCH CONFIGURATION IF EXISTS %s CASCADE', r.config);
      END LOOP;
    END $$`);
  });
}

export async function restorePostgres(c: PostgresConnection, dump: string): Promise<void> {
  // All or nothing: a failed restore leaves the database as it was before pg_restore ran.
  // Owners and grants are the restoring user's, so a dump restores under another role too.
  await runTool("pg_restore", [...pgToolArgs(c), "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", dump], {
    env: pgToolEnv(c),
    installHint: PG_HINT,
    what: `pg_restore into the ${describePostgres(c)}`,
  });
}
