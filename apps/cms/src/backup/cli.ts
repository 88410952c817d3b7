import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { callerDirectory, loadDatabaseEnv } from "../env";
import { backup, restore } from "./backup";
import { BackupError } from "./errors";

const USAGE = `npm run backup [-- FILE]
npm run restore -- FILE [--force]

backup   writes the CMS's whole database (SQLite or PostgreSQL, from DATABASE_CLIENT,
         DATABASE_URL / DATABASE_FILENAME as the CMS reads them, apps/cms/.env included)
         and every uploaded media file to one .tar.gz. The CMS may keep running.
         FILE defaults to backups/newsroom-<database>-<UTC time>.tar.gz.
restore  puts a backup back. Stop the CMS first. Refuses a database or uploads folder
         that is not empty unless --force (which replaces them).`;

/** apps/cms, wherever the script is started from. */
const CMS_DIR = path.resolve(__dirname, "..", "..");

/** Paths an operator types are relative to where they ran npm, not to apps/cms. */
function fromCallerDir(file: string): string {
  return path.resolve(callerDirectory(), file);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { force: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (
    (command !== "backup" && command !== "restore") ||
    positionals.length > 1 ||
    (command === "restore" && positionals.length !== 1) ||
    (command === "backup" && values.force)
  ) {
    console.error(USAGE);
    return 2;
  }
  // The CMS's own env file, as Strapi reads it; variables already set win.
  const envFile = path.join(CMS_DIR, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const env = loadDatabaseEnv();
  const paths = { cmsDir: CMS_DIR };

  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
    const out = fromCallerDir(positionals[0] ?? path.join("backups", `newsroom-${env.DATABASE_CLIENT}-${stamp}.tar.gz`));
    const result = await backup(env, out, paths);
    const m = result.manifest;
    console.log(
      `Backed up the ${m.database} database (${mb(m.databaseBytes)}) and ${String(m.uploads.files)} media files (${mb(m.uploads.bytes)}) in ${result.seconds.toFixed(1)} s:`,
    );
    console.log(`  ${result.file} (${mb(result.archiveBytes)})`);
    console.log("It holds password hashes and API token hashes: store it like a secret.");
    return 0;
  }
  const archive = fromCallerDir(positionals[0] ?? "");
  const result = await restore(env, archive, { force: values.force }, paths);
  const m = result.manifest;
  console.log(
    `Restored the ${m.database} database and ${String(m.uploads.files)} media files from ${archive} (made ${m.createdAt}) in ${result.seconds.toFixed(1)} s${result.replaced ? ", replacing what was there" : ""}.`,
  );
  console.log("Start the CMS: it migrates the schema if the backup is older than the code.");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof BackupError || (error instanceof Error && error.message.includes("invalid environment"))) {
      console.error(`Error: ${error.message}`);
    } else {
      // Not expected: say what happened first, then where.
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.stack) console.error(error.stack);
    }
    process.exitCode = 1;
  },
);
