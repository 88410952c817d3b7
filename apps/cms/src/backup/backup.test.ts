import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backup, restore } from "./backup";

/** Backup and restore on a scratch SQLite CMS folder: the checks that need no Strapi. */
let cmsDir = "";
const env = { DATABASE_CLIENT: "sqlite" as const, DATABASE_FILENAME: ".tmp/data.db" };
const dbFile = () => path.join(cmsDir, ".tmp", "data.db");

async function seed(rows: number): Promise<void> {
  await mkdir(path.join(cmsDir, ".tmp"), { recursive: true });
  execFileSync("node", [
    "-e",
    `const D=require("better-sqlite3");const d=new D(${JSON.stringify(dbFile())});d.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");for(let i=0;i<${String(rows)};i++)d.prepare("INSERT INTO t (v) VALUES (?)").run("row "+i);d.close()`,
  ]);
  await mkdir(path.join(cmsDir, "public", "uploads", "nested"), { recursive: true });
  await writeFile(path.join(cmsDir, "public", "uploads", "nested", "a.jpg"), Buffer.from([1, 2, 3]));
}

function count(): number {
  const db = new Database(dbFile(), { readonly: true });
  try {
    return Number(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM t").get()?.n);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  cmsDir = await mkdtemp(path.join(os.tmpdir(), "newsroom-backup-unit-"));
});
afterEach(async () => {
  await rm(cmsDir, { recursive: true, force: true });
});

describe("backup and restore (SQLite, no Strapi)", () => {
  it("round-trips the database and the uploads; refuses to overwrite without --force", async () => {
    await seed(3);
    const archive = path.join(cmsDir, "b.tar.gz");
    const made = await backup(env, archive, { cmsDir });
    expect(made.manifest).toMatchObject({ database: "sqlite", uploads: { files: 1, bytes: 3 } });
    await expect(backup(env, archive, { cmsDir })).rejects.toThrow(/already exists/);
    await expect(restore(env, archive, { force: false }, { cmsDir })).rejects.toThrow(/Refusing to restore over existing data.*--force/);

    await rm(dbFile());
    await rm(path.join(cmsDir, "public", "uploads"), { recursive: true });
    const restored = await restore(env, archive, { force: false }, { cmsDir });
    expect(restored.replaced).toBe(false);
    expect(count()).toBe(3);
    expect([...(await readFile(path.join(cmsDir, "public", "uploads", "nested", "a.jpg")))]).toEqual([1, 2, 3]);
    expect((await restore(env, archive, { force: true }, { cmsDir })).replaced).toBe(true);
  });

  it("names what is wrong with a bad archive", async () => {
    await seed(1);
    const missing = path.join(cmsDir, "none.tar.gz");
    await expect(restore(env, missing, { force: true }, { cmsDir })).rejects.toThrow(/does not exist/);
    const text = path.join(cmsDir, "text.tar.gz");
    await writeFile(text, "hello");
    await expect(restore(env, text, { force: true }, { cmsDir })).rejects.toThrow(/is not a newsroom backup \(not a readable \.tar\.gz\)/);
    const other = path.join(cmsDir, "other.tar.gz");
    execFileSync("tar", ["-czf", other, "-C", cmsDir, "public"]);
    await expect(restore(env, other, { force: true }, { cmsDir })).rejects.toThrow(/no manifest\.json/);

    const archive = path.join(cmsDir, "b.tar.gz");
    await backup(env, archive, { cmsDir });
    await expect(
      restore(
        { DATABASE_CLIENT: "postgres", DATABASE_FILENAME: "", DATABASE_URL: "postgres://x@127.0.0.1/x" },
        archive,
        { force: true },
        { cmsDir },
      ),
    ).rejects.toThrow(/backup of a sqlite database, but the CMS is configured for postgres/);
    // A damaged database file fails its checksum before anything is replaced.
    const unpacked = path.join(cmsDir, "unpacked");
    await mkdir(unpacked);
    execFileSync("tar", ["-xzf", archive, "-C", unpacked]);
    await writeFile(path.join(unpacked, "database.sqlite"), "garbage");
    const damaged = path.join(cmsDir, "damaged.tar.gz");
    execFileSync("tar", ["-czf", damaged, "-C", unpacked, "."]);
    await expect(restore(env, damaged, { force: true }, { cmsDir })).rejects.toThrow(/does not match its checksum/);
    expect(count()).toBe(1);
  });
});
