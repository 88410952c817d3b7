import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { postgresConnection, sqliteFile } from "../database";
import type { DatabaseEnv } from "../env";
import {
  backupPostgres,
  backupSqlite,
  checkSqliteFile,
  describePostgres,
  postgresTableCount,
  restorePostgres,
  restoreSqlite,
  sqliteTableCount,
  wipePostgres,
} from "./databases";
import { BackupError } from "./errors";
import { runTool } from "./tools";

/**
 * One backup is one .tar.gz:
 *
 *   manifest.json       what it is (format, database kind, checksum, counts, Strapi version)
 *   database.sqlite     SQLite's online backup of the whole file, or
 *   database.pgdump     pg_dump --format=custom of the whole database
 *   uploads/…           apps/cms/public/uploads, every media file and its resized formats
 *
 * Why not `strapi export`: it leaves out admin users and API tokens and empties every
 * createdBy/updatedBy, renumbers ids, and boots the whole CMS (bootstrap, seed) to run; a
 * newsroom restored from it could not be signed into. See apps/cms/README.md.
 */
export const BACKUP_FORMAT = "newsroom-cms-backup";
const TAR_HINT = "install GNU tar or bsdtar";

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  databaseFile: z.enum(["database.sqlite", "database.pgdump"]),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  databaseBytes: z.number().int().nonnegative(),
  uploads: z.object({ files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
  strapiVersion: z.string(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface Paths {
  /** apps/cms: DATABASE_FILENAME and public/uploads are relative to it. */
  cmsDir: string;
}

const uploadsDir = (p: Paths) => path.join(p.cmsDir, "public", "uploads");
/** Staging next to the data (same file system, so the restore's final step is a rename). */
const stagingRoot = (p: Paths) => path.join(p.cmsDir, ".tmp");

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(z.instanceof(Buffer).parse(chunk));
  return hash.digest("hex");
}

/** Files under a directory (recursively), without the .gitkeep placeholder. */
async function listFiles(dir: string): Promise<{ files: number; bytes: number }> {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === ".gitkeep") continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function strapiVersion(p: Paths): Promise<string> {
  try {
    const pkg = z
      .object({ version: z.string() })
      .parse(JSON.parse(await readFile(require.resolve("@strapi/strapi/package.json", { paths: [p.cmsDir] }), "utf8")));
    return pkg.version;
  } catch {
    return "unknown";
  }
}

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
  archiveBytes: number;
  seconds: number;
}

export async function backup(env: DatabaseEnv, out: string, p: Paths): Promise<BackupResult> {
  const started = Date.now();
  if (existsSync(out)) throw new BackupError(`${out} already exists; choose another file name (a backup never overwrites one)`);
  await mkdir(path.dirname(out), { recursive: true });
  await mkdir(stagingRoot(p), { recursive: true });
  const staging = await mkdtemp(path.join(stagingRoot(p), "backup-"));
  try {
    const databaseFile = env.DATABASE_CLIENT === "sqlite" ? "database.sqlite" : "database.pgdump";
    const dump = path.join(staging, databaseFile);
    if (env.DATABASE_CLIENT === "sqlite") await backupSqlite(sqliteFile(env.DATABASE_FILENAME, p.cmsDir), dump);
    else await backupPostgres(postgresConnection(env.DATABASE_URL ?? ""), dump);

    const uploads = uploadsDir(p);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      database: env.DATABASE_CLIENT,
      databaseFile,
      databaseSha256: await sha256(dump),
      databaseBytes: (await stat(dump)).size,
      uploads: await listFiles(uploads),
      strapiVersion: await strapiVersion(p),
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const parts = ["-C", staging, "manifest.json", databaseFile];
    if (existsSync(uploads)) parts.push("-C", path.dirname(uploads), "uploads");
    // Written under a temporary name first: an interrupted backup never looks like a finished one.
    const partial = `${out}.partial`;
    await runTool("tar", ["-czf", partial, ...parts], { installHint: TAR_HINT, what: "Writing the archive" });
    await rename(partial, out);
    return { file: out, manifest, archiveBytes: (await stat(out)).size, seconds: (Date.now() - started) / 1000 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface RestoreResult {
  manifest: BackupManifest;
  replaced: boolean;
  seconds: number;
}

async function readManifest(dir: string, archive: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, "manifest.json"), "utf8");
  } catch {
    throw new BackupError(`${archive} is not a newsroom backup: it has no manifest.json (make one with npm run backup)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`${archive} is not a newsroom backup: its manifest.json is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(manifest)"}: ${i.message}`).join("; ");
    throw new BackupError(`${archive} is not a newsroom backup this version can restore (manifest.json: ${issues})`);
  }
  return parsed.data;
}

/** What the target holds now; a restore replaces it, so a non-empty target needs --force. */
async function describeTarget(env: DatabaseEnv, p: Paths): Promise<{ tables: number; uploads: number; name: string }> {
  const uploads = (await listFiles(uploadsDir(p))).files;
  if (env.DATABASE_CLIENT === "sqlite") {
    const file = sqliteFile(env.DATABASE_FILENAME, p.cmsDir);
    return { tables: sqliteTableCount(file), uploads, name: `SQLite database ${file}` };
  }
  const c = postgresConnection(env.DATABASE_URL ?? "");
  return { tables: await postgresTableCount(c), uploads, name: describePostgres(c) };
}

export async function restore(env: DatabaseEnv, archive: string, options: { force: boolean }, p: Paths): Promise<RestoreResult> {
  const started = Date.now();
  if (!existsSync(archive)) throw new BackupError(`${archive} does not exist`);
  if (!(await stat(archive)).isFile()) throw new BackupError(`${archive} is not a file`);
  await mkdir(stagingRoot(p), { recursive: true });
  const staging = await mkdtemp(path.join(stagingRoot(p), "restore-"));
  try {
    try {
      await runTool("tar", ["-xzf", archive, "-C", staging], { installHint: TAR_HINT, what: "Reading the archive" });
    } catch (error) {
      if (error instanceof BackupError && error.message.includes("is not installed")) throw error;
      throw new BackupError(
        `${archive} is not a newsroom backup (not a readable .tar.gz): ${error instanceof Error ? error.message.split("\n").slice(1).join(" ").trim() : ""}`,
      );
    }
    const manifest = await readManifest(staging, archive);
    if (manifest.database !== env.DATABASE_CLIENT) {
      throw new BackupError(
        `${archive} is a backup of a ${manifest.database} database, but the CMS is configured for ${env.DATABASE_CLIENT} (DATABASE_CLIENT). ` +
          "Restore it into the same kind of database; to move content between SQLite and PostgreSQL use strapi export / strapi import (see apps/cms/README.md).",
      );
    }
    const dump = path.join(staging, manifest.databaseFile);
    if (!existsSync(dump)) throw new BackupError(`${archive} is incomplete: ${manifest.databaseFile} is missing`);
    if ((await sha256(dump)) !== manifest.databaseSha256)
      throw new BackupError(`${archive} is damaged: ${manifest.databaseFile} does not match its checksum`);
    const stagedUploads = path.join(staging, "uploads");
    const inArchive = await listFiles(stagedUploads);
    if (inArchive.files !== manifest.uploads.files)
      throw new BackupError(
        `${archive} is incomplete: ${String(inArchive.files)} media files, the manifest lists ${String(manifest.uploads.files)}`,
      );
    if (manifest.database === "sqlite") checkSqliteFile(dump);

    const target = await describeTarget(env, p);
    const replaced = target.tables > 0 || target.uploads > 0;
    if (replaced && !options.force) {
      throw new BackupError(
        `Refusing to restore over existing data: the ${target.name} has ${String(target.tables)} tables and public/uploads has ${String(target.uploads)} files. ` +
          "Stop the CMS, then run again with --force to replace them (make a backup of them first if they matter).",
      );
    }

    if (manifest.database === "sqlite") {
      await restoreSqlite(dump, sqliteFile(env.DATABASE_FILENAME, p.cmsDir));
    } else {
      const c = postgresConnection(env.DATABASE_URL ?? "");
      if (target.tables > 0) await wipePostgres(c);
      await restorePostgres(c, dump);
    }
    const uploads = uploadsDir(p);
    await rm(uploads, { recursive: true, force: true });
    await mkdir(path.dirname(uploads), { recursive: true });
    if (existsSync(stagedUploads)) await rename(stagedUploads, uploads);
    else await mkdir(uploads);
    return { manifest, replaced, seconds: (Date.now() - started) / 1000 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
