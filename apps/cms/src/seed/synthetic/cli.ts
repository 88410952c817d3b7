/**
 * npm run seed:synthetic -- --count N [--seed S] [--batch-size B]
 *
 * Loads the CMS (the built one in apps/cms/dist, with the CMS's environment and database, as
 * `npm start` would, without serving HTTP) and writes a synthetic archive into its database
 * (generate.ts). Refused in production unless NEWSROOM_ALLOW_SEED_IN_PRODUCTION=true.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createStrapi } from "@strapi/strapi";
import { loadCmsEnv } from "../../env";
import { generateSyntheticArchive, SyntheticArchiveError } from "./generate";

const USAGE = `npm run seed:synthetic -- --count N [--seed S] [--batch-size B]

Makes the CMS's database hold N synthetic press releases (documents; each in English, some
also in Spanish and French), marked in their body as sample data. The same seed always gives
the same archive: run again with a larger --count to grow it; the same count does nothing;
another seed is refused. Uses the CMS's environment (apps/cms/.env, DATABASE_CLIENT,
DATABASE_URL…) and its build (npm run build -w @newsroom/cms). Refused when NODE_ENV=production
unless NEWSROOM_ALLOW_SEED_IN_PRODUCTION=true.`;

const MAX_COUNT = 1_000_000;

function positive(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT)
    throw new SyntheticArchiveError(`--${name} must be a whole number from 0 to ${String(MAX_COUNT)}`);
  return n;
}

async function main(): Promise<number> {
  let options;
  try {
    const { values } = parseArgs({
      options: {
        count: { type: "string" },
        seed: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (values.count === undefined) throw new SyntheticArchiveError("--count is required");
    options = {
      count: positive("count", values.count),
      seed: positive("seed", values.seed, 1),
      batchSize: Math.max(1, positive("batch-size", values["batch-size"], 250)),
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }

  const appDir = process.cwd();
  const distDir = path.join(appDir, "dist");
  if (!existsSync(path.join(distDir, "src", "index.js"))) {
    console.error("The CMS is not built: run npm run build -w @newsroom/cms first.");
    return 2;
  }
  // Strapi reads apps/cms/.env when it is created; the environment is checked after that.
  const strapi = createStrapi({ appDir, distDir });
  const env = loadCmsEnv();
  if (env.NODE_ENV === "production" && !env.NEWSROOM_ALLOW_SEED_IN_PRODUCTION) {
    console.error(
      "Refused: NODE_ENV=production. Synthetic releases are sample data; set NEWSROOM_ALLOW_SEED_IN_PRODUCTION=true to write them anyway.",
    );
    return 2;
  }
  try {
    await strapi.load();
    const report = await generateSyntheticArchive(strapi, {
      ...options,
      log: (line) => {
        console.log(line);
      },
    });
    console.log(
      `Synthetic archive: ${String(report.created)} releases written (${String(report.rows)} rows) in ${report.seconds.toFixed(1)} s; ${String(report.total)} in all.`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof SyntheticArchiveError ? error.message : error);
    return 1;
  } finally {
    await strapi.destroy();
  }
}

void main().then((code) => {
  process.exit(code);
});
