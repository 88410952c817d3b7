import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import pg, { type Client } from "pg";
import { postgresConnection, sqliteFile, type PostgresConnection } from "../src/database";
import { loadDatabaseEnv, type DatabaseEnv } from "../src/env";
import { OUTBOX_TABLE } from "../src/revalidation/outbox";

/**
 * What the backup round trip needs besides the admin API: the CMS as a process it can stop
 * and start, the database as rows, the uploads folder as bytes, and the CLI as an operator
 * runs it.
 */
export const CMS_DIR = path.resolve(__dirname, "..");
export const UPLOADS_DIR = path.join(CMS_DIR, "public", "uploads");

export function databaseEnv(): DatabaseEnv {
  return loadDatabaseEnv();
}

// --- The CMS process ------------------------------------------------------------------

export interface Cms {
  stop(): Promise<void>;
  logFile: string;
}

async function tail(file: string): Promise<string> {
  return (await readFile(file, "utf8").catch(() => "")).split("\n").slice(-40).join("\n");
}

/** `npm run start` (the built CMS) on CMS_URL's port, with this process's environment. */
export async function startCms(baseUrl: string, name: string, timeoutMs = 240_000): Promise<Cms> {
  const port = new URL(baseUrl).port;
  const logFile = path.join(CMS_DIR, ".tmp", `${name}.log`);
  await rm(logFile, { force: true });
  const { mkdir } = await import("node:fs/promises");
  await mkdir(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn("npm", ["run", "start"], {
    cwd: CMS_DIR,
    env: { ...process.env, PORT: port, HOST: "127.0.0.1", STRAPI_TELEMETRY_DISABLED: "true" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null | undefined;
  const done = new Promise<void>((resolve) => {
    child.on("exit", (code) => {
      exited = code;
      resolve();
    });
  });
  const stop = async (): Promise<void> => {
    if (exited !== undefined || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => {
      if (child.pid !== undefined && exited === undefined) process.kill(-child.pid, "SIGKILL");
    }, 20_000);
    await done;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined)
      throw new Error(`the CMS exited (code ${String(exited)}) before answering; ${logFile}:\n${await tail(logFile)}`);
    const ok = await fetch(`${baseUrl}/_health`).then(
      (r) => r.status === 204,
      () => false,
    );
    if (ok) return { stop, logFile };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the CMS did not answer within ${String(timeoutMs / 1000)} s; ${logFile}:\n${await tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

// --- The CLI --------------------------------------------------------------------------

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** `npm run backup|restore -- …` from apps/cms, as an operator runs it. */
export function cli(command: "backup" | "restore", args: readonly string[]): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", command, "--", ...args], {
      cwd: CMS_DIR,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

// --- The database as rows -------------------------------------------------------------

/** Every table's rows (sorted, as JSON) and, on PostgreSQL, every sequence's position. */
export type DatabaseSnapshot = Record<string, string[]>;

async function withPg<T>(c: PostgresConnection, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: c.database,
    ssl: c.ssl,
    connectionTimeoutMillis: 5_000,
  });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function databaseSnapshot(env: DatabaseEnv): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = {};
  if (env.DATABASE_CLIENT === "sqlite") {
    const db = new Database(sqliteFile(env.DATABASE_FILENAME, CMS_DIR), { readonly: true, fileMustExist: true });
    try {
      for (const { name } of db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()) {
        snapshot[name] = db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort();
      }
    } finally {
      db.close();
    }
    return snapshot;
  }
  return withPg(postgresConnection(env.DATABASE_URL ?? ""), async (client) => {
    const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
    for (const { tablename } of tables.rows) {
      snapshot[String(tablename)] = (await client.query(`SELECT * FROM "${String(tablename)}"`)).rows
        .map((row) => JSON.stringify(row))
        .sort();
    }
    const sequences = await client.query(
      "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename",
    );
    snapshot["(sequences)"] = sequences.rows.map((row) => JSON.stringify(row));
    return snapshot;
  });
}

/** Per table, what differs (row counts, first rows only on one side), short enough to read in a failure. */
export function differences(actual: DatabaseSnapshot, expected: DatabaseSnapshot): string[] {
  const out: string[] = [];
  for (const table of [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort()) {
    const transient = (rows: string[] | undefined) => (table === "(sequences)" ? rows?.filter((row) => !row.includes(OUTBOX_TABLE)) : rows);
    const a = transient(actual[table]);
    const e = transient(expected[table]);
    if (a === undefined || e === undefined) {
      out.push(`${table}: ${a === undefined ? "missing" : "unexpected"} table`);
      continue;
    }
    // The revalidation outbox is a queue the running CMS empties as the site takes each
    // change: it is backed up as it is, but may have moved between the snapshot and the backup.
    if (table === OUTBOX_TABLE) continue;
    const onlyActual = a.filter((row) => !e.includes(row));
    const onlyExpected = e.filter((row) => !a.includes(row));
    if (onlyActual.length === 0 && onlyExpected.length === 0 && a.length === e.length) continue;
    out.push(
      `${table}: ${String(a.length)} rows, expected ${String(e.length)}; first expected row missing: ${onlyExpected[0]?.slice(0, 300) ?? "-"}; first unexpected row: ${onlyActual[0]?.slice(0, 300) ?? "-"}`,
    );
  }
  return out;
}

export async function assertPostgresReachable(env: DatabaseEnv): Promise<void> {
  if (env.DATABASE_CLIENT !== "postgres") return;
  const c = postgresConnection(env.DATABASE_URL ?? "");
  await withPg({ ...c, database: "postgres" }, async (client) => client.query("SELECT 1")).catch((error: unknown) => {
    throw new Error(
      `PostgreSQL is not reachable on ${c.host}:${String(c.port)} as ${c.user} (${error instanceof Error ? error.message : String(error)}); start it or run the SQLite round trip`,
    );
  });
}

/** What a lost server leaves: no database at all (SQLite file deleted, PostgreSQL database dropped and created empty). */
export async function wipeDatabase(env: DatabaseEnv): Promise<void> {
  if (env.DATABASE_CLIENT === "sqlite") {
    const file = sqliteFile(env.DATABASE_FILENAME, CMS_DIR);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(`${file}${suffix}`, { force: true });
    return;
  }
  const c = postgresConnection(env.DATABASE_URL ?? "");
  if (!/^[a-z_][a-z0-9_]*$/.test(c.database)) throw new Error(`refusing to drop a database named ${c.database}`);
  await withPg({ ...c, database: "postgres" }, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${c.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${c.database}`);
  });
}

// --- Uploads as bytes -----------------------------------------------------------------

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** path → sha256 of every file under public/uploads. */
export async function uploadsSnapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  if (!existsSync(UPLOADS_DIR)) return result;
  for (const entry of await readdir(UPLOADS_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === ".gitkeep") continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(UPLOADS_DIR, file)] = sha256(await readFile(file));
  }
  return result;
}

export async function wipeUploads(): Promise<void> {
  if (!existsSync(UPLOADS_DIR)) return;
  for (const entry of await readdir(UPLOADS_DIR))
    if (entry !== ".gitkeep") await rm(path.join(UPLOADS_DIR, entry), { recursive: true, force: true });
}
