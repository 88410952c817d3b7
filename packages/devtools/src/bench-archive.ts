/**
 * The archive at scale: how the CMS's lists, filters and search hold up as the archive grows.
 *
 *   npm run bench:archive [-- --sizes 1000,10000,100000] [--runs 15] [--port N] [--max-minutes 90]
 *
 * On PostgreSQL (127.0.0.1:5432, user postgres), in a scratch database it creates and drops at
 * the end (newsroom_bench_archive + NEWSROOM_TEST_DATABASE_SUFFIX): starts the built CMS on
 * loopback (the seed, SQL statement counts on), then for each size, smallest first, grows the
 * synthetic archive to that many releases (npm run seed:synthetic: the seed's releases are
 * there too) and times each request `runs` times after 2 warm-up runs:
 *
 *   - the listing (page 1 and page 500, 12 a page, as the site asks), each filter (country,
 *     region, theme, type, year), a country page's release list;
 *   - search (/api/press-releases/search) for a common word, a rare word and a phrase in each
 *     language;
 *   - what the feeds and the sitemaps ask the CMS (the 50 newest; one page of 1,000 slugs):
 *     the site is not started, so these are the CMS requests, not the site's URLs;
 *   - the admin's press-release list and its search box (admin API, one login).
 *
 * It prints p50/p95 time (on loopback: the CMS's time) and the SQL statement count of each
 * (X-Newsroom-Sql-Queries), then the growth from the smallest to the largest size and
 * PASS/FAIL against apps' targets (issue 11): at the largest size, p95 ≤ 50 ms for listing,
 * filters and search, the admin list ≤ 2 s; growth ≤ 3× for each; the same statement count at
 * every size. Results also go to .artifacts/bench-archive/results-<time>.json. Exit code 1 on
 * FAIL. Every request has a 30 s timeout and the whole run --max-minutes.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { disableTelemetry, childEnv, toolEnv } from "./lib/env";
import { waitForHttp, isListening } from "./lib/http";
import { bold, error, errorMessage, green, heading, info, red, warn } from "./lib/log";
import { paths, rel, timestamp } from "./lib/paths";
import { checkPostgres, databaseUrl, pgExec, recreateDatabase } from "./lib/postgres";
import { startProcess, stopAll, type ProcessHandle } from "./lib/process";
import { run } from "./lib/run";
import { contentManagerPath } from "@newsroom/contract";
import { generateCmsSecrets, randomPassword } from "./lib/secrets";

const USAGE = `Usage: npm run bench:archive [-- flags]

  --sizes A,B,C     archive sizes in releases, ascending (default 1000,10000,100000)
  --runs N          timed runs per request and size (default 15)
  --port N          the CMS's port on 127.0.0.1 (default 1390 + NEWSROOM_TEST_PORT_OFFSET)
  --max-minutes N   stop after this long (default 90)
  --help            this text`;

const SQL_QUERIES = "x-newsroom-sql-queries";
const WARMUP = 2;
const REQUEST_TIMEOUT_MS = 30_000;
const CMS_READY_MS = 300_000;
const TARGET_P95_MS = 50;
const TARGET_ADMIN_MS = 2_000;
const TARGET_GROWTH = 3;
const ADMIN_EMAIL = "admin@newsroom.example";
/** The admin list the Content Manager loads (the UID's one home: @newsroom/contract). */
const PRESS_RELEASES_ADMIN = contentManagerPath("pressRelease");

class BenchError extends Error {}

interface Options {
  sizes: number[];
  runs: number;
  port: number;
  maxMinutes: number;
}

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1)
    throw new BenchError(`${flag} needs a positive whole number, not ${String(value)}\n\n${USAGE}`);
  return n;
}

function parseArgs(argv: readonly string[]): Options | "help" {
  const options: Options = { sizes: [1000, 10_000, 100_000], runs: 15, port: 1390 + toolEnv.testPortOffset(), maxMinutes: 90 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--sizes") {
      options.sizes = (value() ?? "").split(",").map((s) => positiveInt("--sizes", s.trim()));
      if (options.sizes.some((s, k) => k > 0 && s <= (options.sizes[k - 1] ?? 0))) throw new BenchError("--sizes must be ascending");
    } else if (flag === "--runs") options.runs = positiveInt("--runs", value());
    else if (flag === "--port") options.port = positiveInt("--port", value());
    else if (flag === "--max-minutes") options.maxMinutes = positiveInt("--max-minutes", value());
    else throw new BenchError(`unknown argument: ${arg}\n\n${USAGE}`);
  }
  return options;
}

/** What a listing asks for (packages/content: summary fields and populate). */
const SUMMARY =
  "fields[0]=title&fields[1]=slug&fields[2]=documentType&fields[3]=datelinePlace&fields[4]=releaseDate&fields[5]=lastUpdatedAt&fields[6]=lead&fields[7]=locale" +
  "&populate[heroImage][populate][image][fields][0]=url&populate[countries][fields][0]=name&populate[countries][fields][1]=slug" +
  "&populate[themes][fields][0]=name&populate[themes][fields][1]=slug";
const listing = (query: string, pageSize = 12) =>
  `/api/press-releases?locale=en&sort[0]=releaseDate:desc&pagination[pageSize]=${String(pageSize)}&${SUMMARY}${query ? `&${query}` : ""}`;
const search = (q: string, locale: string) => `/api/press-releases/search?q=${encodeURIComponent(q)}&locale=${locale}`;

type Group = "listing" | "filter" | "search" | "other" | "admin";
interface Probe {
  name: string;
  group: Group;
  path: string;
  admin?: boolean;
}

const PROBES: readonly Probe[] = [
  { name: "listing page 1", group: "listing", path: listing("pagination[page]=1") },
  { name: "listing page 500", group: "listing", path: listing("pagination[page]=500") },
  { name: "filter country", group: "filter", path: listing("filters[countries][slug][$eq]=peru") },
  { name: "filter region", group: "filter", path: listing("filters[regions][slug][$eq]=south-america") },
  { name: "filter theme", group: "filter", path: listing("filters[themes][slug][$eq]=migration-governance") },
  { name: "filter type", group: "filter", path: listing("filters[documentType][$eq]=statement") },
  {
    name: "filter year",
    group: "filter",
    path: listing("filters[releaseDate][$gte]=2005-01-01T00:00:00.000Z&filters[releaseDate][$lt]=2006-01-01T00:00:00.000Z"),
  },
  { name: "country page releases", group: "filter", path: listing("filters[countries][slug][$eq]=colombia", 6) },
  { name: "search en common", group: "search", path: search("migrants", "en") },
  { name: "search en rare", group: "search", path: search("desalination", "en") },
  { name: "search en phrase", group: "search", path: search('"climate change"', "en") },
  { name: "search es common", group: "search", path: search("migrantes", "es") },
  { name: "search es rare", group: "search", path: search("desalinización", "es") },
  { name: "search es phrase", group: "search", path: search('"cambio climático"', "es") },
  { name: "search fr common", group: "search", path: search("migrants", "fr") },
  { name: "search fr rare", group: "search", path: search("dessalement", "fr") },
  { name: "search fr phrase", group: "search", path: search('"changement climatique"', "fr") },
  { name: "feed (CMS: 50 newest)", group: "other", path: listing("pagination[page]=1", 50) },
  {
    name: "sitemap page (CMS: 1,000 slugs)",
    group: "other",
    path: "/api/press-releases?locale=en&sort[0]=releaseDate:desc&fields[0]=slug&fields[1]=updatedAt&pagination[page]=2&pagination[pageSize]=1000",
  },
  { name: "admin list", group: "admin", admin: true, path: `${PRESS_RELEASES_ADMIN}?page=1&pageSize=10&sort=updatedAt:DESC&locale=en` },
  {
    name: "admin search",
    group: "admin",
    admin: true,
    path: `${PRESS_RELEASES_ADMIN}?page=1&pageSize=10&sort=updatedAt:DESC&locale=en&_q=belize`,
  },
];

interface Measure {
  p50: number;
  p95: number;
  queries: number[];
  status: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(baseUrl: string, probe: Probe, runs: number, headers: Record<string, string>): Promise<Measure> {
  const times: number[] = [];
  const queries = new Set<number>();
  let status = 0;
  for (let i = 0; i < WARMUP + runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${probe.path}`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    status = response.status;
    if (status !== 200) throw new BenchError(`${probe.name}: HTTP ${String(status)} for ${probe.path}`);
    if (i < WARMUP) continue;
    times.push(ms);
    queries.add(Number(response.headers.get(SQL_QUERIES)));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), queries: [...queries].sort((a, b) => a - b), status };
}

async function adminToken(baseUrl: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body: unknown = await response.json();
  const token =
    typeof body === "object" &&
    body !== null &&
    "data" in body &&
    typeof body.data === "object" &&
    body.data !== null &&
    "token" in body.data
      ? body.data.token
      : undefined;
  if (!response.ok || typeof token !== "string") throw new BenchError(`admin login failed: HTTP ${String(response.status)}`);
  return token;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function bench(options: Options): Promise<boolean> {
  const deadline = Date.now() + options.maxMinutes * 60_000;
  const pg = await checkPostgres();
  if (!pg.ok) throw new BenchError(`PostgreSQL is required (127.0.0.1:5432, user postgres): ${pg.reason}`);
  if (!existsSync(path.join(paths.cmsBuild, "src", "index.js"))) throw new BenchError("The CMS is not built: run npm run build first.");
  if (await isListening(options.port)) throw new BenchError(`port ${String(options.port)} is in use: pass --port`);
  const database = `newsroom_bench_archive${toolEnv.testDatabaseSuffix()}`;
  const secrets = generateCmsSecrets();
  const password = randomPassword();
  const baseUrl = `http://127.0.0.1:${String(options.port)}`;
  const env = childEnv({
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(options.port),
    ...secrets,
    DATABASE_CLIENT: "postgres",
    DATABASE_URL: databaseUrl(database),
    SEED_CONTENT: "true",
    SEED_STAFF_PASSWORD: password,
    NEWSROOM_ALLOW_SEED_IN_PRODUCTION: "true",
    ADMIN_LOGIN_MAX_ATTEMPTS: "1000",
    NEWSROOM_SQL_QUERY_COUNT: "true",
    // Benchmark traffic far exceeds a reader's: the content API's per-minute bound would answer 429.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
    ADMIN_EMAIL: "",
    ADMIN_PASSWORD: "",
    WEB_REVALIDATE_URL: "",
    SITE_URL: "",
    CMS_PREVIEW_TOKEN: "",
    PREVIEW_SECRET: "",
    REVALIDATE_SECRET: "",
    // No mail: nothing here subscribes or shares (apps/cms/.env's would otherwise be read).
    CMS_SUBSCRIPTIONS_TOKEN: "",
    SMTP_HOST: "",
    MAIL_FROM: "",
  });
  const results: Record<number, Record<string, Measure>> = {};
  const generation: Record<number, number> = {};
  let cms: ProcessHandle | undefined;
  try {
    heading(`Scratch database ${database}`);
    await recreateDatabase(database);
    const startCms = async (): Promise<ProcessHandle> => {
      const started = startProcess("cms-bench-archive", "npm", ["run", "start", "-w", "@newsroom/cms"], { env });
      await waitForHttp(`${baseUrl}/_health`, { timeoutMs: CMS_READY_MS, okStatuses: [204], process: started });
      return started;
    };
    cms = await startCms();
    const token = await adminToken(baseUrl, password);
    for (const size of options.sizes) {
      if (Date.now() > deadline) throw new BenchError(`--max-minutes ${String(options.maxMinutes)} reached before size ${String(size)}`);
      heading(`${size.toLocaleString("en")} releases`);
      const started = Date.now();
      await run("npm", ["run", "seed:synthetic", "-w", "@newsroom/cms", "--", "--count", String(size), "--batch-size", "500"], {
        step: `seed:synthetic ${String(size)}`,
        env,
        capture: true,
      });
      generation[size] = (Date.now() - started) / 1000;
      info(`grown to ${String(size)} synthetic releases in ${generation[size].toFixed(0)} s`);
      // On a shared machine something else may stop it while the archive grows: the database is all that matters.
      if (!cms.running()) {
        warn("the CMS has stopped (not by this benchmark); starting it again on the same database");
        cms = await startCms();
      }
      const bySize: Record<string, Measure> = {};
      for (const probe of PROBES) {
        if (Date.now() > deadline) throw new BenchError(`--max-minutes ${String(options.maxMinutes)} reached`);
        const headers: Record<string, string> = { Authorization: `Bearer ${probe.admin ? token : secrets.CMS_READ_TOKEN}` };
        const m = await measure(baseUrl, probe, options.runs, headers);
        bySize[probe.name] = m;
        info(`  ${probe.name.padEnd(34)} p50 ${ms(m.p50).padStart(7)} ms  p95 ${ms(m.p95).padStart(7)} ms  SQL ${m.queries.join("/")}`);
      }
      results[size] = bySize;
    }
  } finally {
    await cms?.stop();
    await pgExec("postgres", [`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]).catch((err: unknown) => {
      error(`could not drop ${database}: ${errorMessage(err)}`);
    });
  }
  return report(options, results, generation);
}

async function report(
  options: Options,
  results: Record<number, Record<string, Measure>>,
  generation: Record<number, number>,
): Promise<boolean> {
  const sizes = options.sizes;
  const first = sizes[0] ?? 0;
  const last = sizes[sizes.length - 1] ?? 0;
  heading(`Results (p50 / p95 ms, SQL statements) — growth ${String(first)} → ${String(last)}`);
  const header = [
    "request".padEnd(34),
    ...sizes.map((s) => s.toLocaleString("en").padStart(24)),
    "growth".padStart(8),
    "SQL equal".padStart(10),
    "verdict",
  ];
  info(bold(header.join(" ")));
  let allPass = true;
  const rows: Record<string, unknown>[] = [];
  for (const probe of PROBES) {
    const cells = sizes.map((s) => {
      const m = results[s]?.[probe.name];
      return m ? `${ms(m.p50)} / ${ms(m.p95)} (${m.queries.join("/")})`.padStart(24) : "-".padStart(24);
    });
    const small = results[first]?.[probe.name];
    const large = results[last]?.[probe.name];
    const growth = small && large ? large.p50 / small.p50 : NaN;
    const counts = sizes.map((s) => results[s]?.[probe.name]?.queries.join("/") ?? "");
    const equal = counts.every((c) => c === counts[0] && !c.includes("/"));
    const problems: string[] = [];
    if (probe.group === "admin" && large && large.p95 > TARGET_ADMIN_MS) problems.push(`p95 > ${String(TARGET_ADMIN_MS)} ms`);
    if (["listing", "filter", "search"].includes(probe.group)) {
      if (large && large.p95 > TARGET_P95_MS) problems.push(`p95 > ${String(TARGET_P95_MS)} ms`);
      if (sizes.length > 1 && growth > TARGET_GROWTH) problems.push(`growth > ${String(TARGET_GROWTH)}×`);
    }
    if (!equal) problems.push("SQL count varies");
    const targeted = probe.group !== "other";
    const pass = !targeted || problems.length === 0;
    if (!pass) allPass = false;
    const verdict = !targeted ? "(measured)" : pass ? green("PASS") : red(`FAIL: ${problems.join(", ")}`);
    info([probe.name.padEnd(34), ...cells, `${growth.toFixed(2)}×`.padStart(8), String(equal).padStart(10), verdict].join(" "));
    rows.push({
      request: probe.name,
      path: probe.path,
      group: probe.group,
      growth,
      equalQueryCounts: equal,
      pass,
      problems,
      bySize: Object.fromEntries(sizes.map((s) => [s, results[s]?.[probe.name]])),
    });
  }
  info(
    `generation (npm run seed:synthetic, growing the archive): ${sizes.map((s) => `${String(s)}: ${(generation[s] ?? NaN).toFixed(0)} s`).join(", ")}`,
  );
  const dir = path.join(paths.artifacts, "bench-archive");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `results-${timestamp()}.json`);
  await writeFile(file, JSON.stringify({ sizes, runs: options.runs, generationSeconds: generation, requests: rows }, null, 2));
  info(`${allPass ? green("PASS") : red("FAIL")} (targets at ${last.toLocaleString("en")} releases); results: ${rel(file)}`);
  return allPass;
}

async function main(): Promise<void> {
  let options: Options | "help";
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    error(errorMessage(err));
    process.exit(2);
  }
  if (options === "help") {
    info(USAGE);
    return;
  }
  disableTelemetry();
  const stop = (signal: NodeJS.Signals) => {
    void stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    process.exitCode = (await bench(options)) ? 0 : 1;
  } catch (err) {
    error(errorMessage(err));
    process.exitCode = 1;
  } finally {
    await stopAll();
  }
}

void main();
