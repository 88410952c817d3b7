/**
 * `npm test`: the whole suite, in order, stopping at the first failure.
 *
 *   1. Chromium for Playwright, Java for the Nu Html Checker, Varnish and wrk (installed with
 *      apt-get when root on Debian)
 *   2. PostgreSQL detection (started with pg_ctlcluster if possible), Redis detection
 *   3. turbo: lint, typecheck, unit tests
 *   4. production builds of the CMS and the site, with in-memory test secrets
 *   5. per database (sqlite, postgres): fresh database, CMS + the production stack (two web
 *      instances sharing Redis, behind the Varnish proxy that every test goes through), contract tests,
 *      CMS access tests, Playwright's projects reader (CMS up) → cms-down (its setup stops the
 *      CMS through the stack control, lib/control.ts) → cms-back (started again on the same
 *      database); then the editorial loop, which changes content and so runs last: CMS
 *      editorial tests (on PostgreSQL with a second CMS instance on the same database),
 *      Playwright's editorial project (one test at a time; on PostgreSQL only when both run), the
 *      backup round trip (npm run backup, database and uploads lost, npm run restore; the
 *      rest runs on the restored database), the publish-to-live benchmark and the lost-change
 *      check (both web instances stopped, a change published, the page fresh within 60 s of
 *      their return)
 *
 * Flags (npm test -- <flags>): --only=sqlite|postgres, --skip-build, --dry-run, --help.
 */
import { existsSync, mkdirSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { ensureDebianTools, STACK_TOOLS } from "./lib/apt";
import { ensureChromium, findChromium, manualInstallCommand, canAptInstall } from "./lib/chromium";
import { childEnv, disableTelemetry, isSet, toolEnv, type Env } from "./lib/env";
import { ensureJava } from "./lib/java";
import { readEnvFile } from "./lib/envfile";
import { isListening, waitForHttp } from "./lib/http";
import { bold, dim, error, errorMessage, green, heading, info, loudWarning, red, yellow } from "./lib/log";
import { paths, rel, slug, timestamp } from "./lib/paths";
import { checkPostgres, databaseUrl, recreateDatabase, tryStartPostgres } from "./lib/postgres";
import { startProcess, stopAll, type ProcessHandle } from "./lib/process";
import { addCounts, formatCounts, readCounts, zero, type Counts, type Runner } from "./lib/results";
import { serveStackControl } from "./lib/control";
import { requestsDuringShutdown } from "./lib/drain";
import { FRESH_WITHIN_MS, lostChangeCheck } from "./lib/lost-change";
import { waitForOutboxDrained } from "./lib/outbox";
import { assertNoFailures, loadWithFaults } from "./lib/serve-load";
import { assertRedis, startProxy, startWebInstance, waitForWeb } from "./lib/stack";
import { killRunningWrk } from "./lib/wrk";
import { alertsSurviveCrash } from "./lib/alerts-crash";
import { startMailCatcher } from "./lib/mail-catcher";
import { describeCommand, run, signalForeground, StepError } from "./lib/run";
import { generateCmsSecrets, generateSiteSecrets, randomPassword, redact, type CmsSecrets, type SiteSecrets } from "./lib/secrets";

type Database = "sqlite" | "postgres";

/** The reference release (seed), served during the load test. */
const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";
const PERU_SLUG_ES = "la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior";
const DATABASES: readonly Database[] = ["sqlite", "postgres"];

/**
 * Two checkouts on one machine (a second worktree) run the suite side by side with
 * NEWSROOM_TEST_PORT_OFFSET (added to every port below) and NEWSROOM_TEST_DATABASE_SUFFIX
 * (appended to the PostgreSQL database names); Redis keys and SQLite files are per run already.
 */
const PORT_OFFSET = toolEnv.testPortOffset();
const DATABASE_SUFFIX = toolEnv.testDatabaseSuffix();
const CMS_PORT = 1338 + PORT_OFFSET;
/** A second CMS instance on the same PostgreSQL database, for the exactly-once scheduling test. */
const CMS_SECOND_PORT = 1339 + PORT_OFFSET;
/** Readers (and every test) reach the site through the proxy; the two web instances behind it. */
const PROXY_PORT = 3100 + PORT_OFFSET;
const WEB_PORTS = [3101 + PORT_OFFSET, 3102 + PORT_OFFSET] as const;
/** A third instance, outside the proxy, that the shutdown test stops. */
const DRAIN_PORT = 3103 + PORT_OFFSET;
const CMS_URL = `http://127.0.0.1:${String(CMS_PORT)}`;
const CMS_SECOND_URL = `http://127.0.0.1:${String(CMS_SECOND_PORT)}`;
/** The mail catcher every CMS of a run sends to (a real SMTP server, lib/mail-catcher.ts), and where tests read what it caught. */
const MAIL_SMTP_PORT = 2525 + PORT_OFFSET;
const MAIL_HTTP_PORT = 2580 + PORT_OFFSET;
const MAIL_CATCHER_URL = `http://127.0.0.1:${String(MAIL_HTTP_PORT)}`;
/** Daily digests every this many milliseconds in the suite, so a test sees one. */
const TEST_DIGEST_INTERVAL_MS = "20000";
const SITE_URL = `http://127.0.0.1:${String(PROXY_PORT)}`;
const WEB_URLS = WEB_PORTS.map((port) => `http://127.0.0.1:${String(port)}`).join(",");
const REDIS_URL = toolEnv.redisUrl();
const PG_TEST_DATABASE = `newsroom_test${DATABASE_SUFFIX}`;
/** A scratch database for the revalidation outbox's claims on PostgreSQL (unit tests, no CMS). */
const PG_OUTBOX_TEST_DATABASE = `newsroom_outbox_test${DATABASE_SUFFIX}`;
const CMS_READY_MS = 180_000;
/** The short load and fault test (npm run bench:serve runs the long one). */
const LOAD_CONNECTIONS = 1000;
const LOAD_SECONDS = 20;
const WEB_READY_MS = 60_000;

const USAGE = `Usage: npm test [-- flags]

Runs lint, typecheck and unit tests, builds the CMS and the site, then runs the contract,
CMS access and end-to-end tests against SQLite and PostgreSQL.

Flags:
  --only=sqlite       run the database-backed tests against SQLite only
  --only=postgres     ... against PostgreSQL only (fails if PostgreSQL is unreachable)
  --skip-build        reuse the existing builds (apps/cms/dist, apps/web/.next)
  --dry-run           print the plan (commands, ports, environment) and exit
  --help              this text

Logs: .artifacts/logs/   Playwright output: .artifacts/playwright-<db>/   SQLite files: .artifacts/db/`;

interface Options {
  only: Database | undefined;
  skipBuild: boolean;
  dryRun: boolean;
}

function isDatabase(value: string): value is Database {
  return value === "sqlite" || value === "postgres";
}

function parseArgs(argv: readonly string[]): Options | "help" {
  const options: Options = { only: undefined, skipBuild: false, dryRun: false };
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") return "help";
    else if (arg === "--skip-build") options.skipBuild = true;
    else if (arg === "--dry-run") options.dryRun = true;
    else if (arg.startsWith("--only=")) {
      const value = arg.slice("--only=".length);
      if (!isDatabase(value)) throw new Error(`--only must be sqlite or postgres, not "${value}"\n\n${USAGE}`);
      options.only = value;
    } else throw new Error(`unknown argument: ${arg}\n\n${USAGE}`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// Environments. The test secrets live only in memory and reach the apps through the child
// environment. Strapi and Next also load the developer's .env files, but never override a
// variable that is already set, and both treat an empty value as unset: every other key
// found in those files is therefore passed as "" so the developer's settings do not leak in.

const CMS_ENV_FILES = [paths.cmsEnvFile];
const WEB_ENV_FILES = [".env", ".env.local", ".env.production", ".env.production.local"].map((f) => path.join(paths.web, f));

async function blankedKeys(files: readonly string[]): Promise<Env> {
  const blanks: Env = {};
  for (const file of files) {
    const entries = await readEnvFile(file);
    for (const key of Object.keys(entries ?? {})) {
      if (!isSet(key)) blanks[key] = "";
    }
  }
  return blanks;
}

interface TestEnvs {
  secrets: CmsSecrets;
  site: SiteSecrets;
  staffPassword: string;
  cmsBlanks: Env;
  webBlanks: Env;
}

async function testEnvs(): Promise<TestEnvs> {
  return {
    secrets: generateCmsSecrets(),
    site: generateSiteSecrets(),
    staffPassword: randomPassword(),
    cmsBlanks: await blankedKeys(CMS_ENV_FILES),
    webBlanks: await blankedKeys(WEB_ENV_FILES),
  };
}

function webVariables(t: TestEnvs): Env {
  return { CMS_URL, CMS_READ_TOKEN: t.secrets.CMS_READ_TOKEN, SITE_URL, ...t.site };
}

function buildEnv(t: TestEnvs): Env {
  return childEnv(
    {
      ...t.cmsBlanks,
      ...t.webBlanks,
      NODE_ENV: "production",
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
      ...t.secrets,
      ...webVariables(t),
      WEB_REVALIDATE_URL: `${SITE_URL}/api/revalidate`,
      // Alerts need their SMTP settings with the token; a build sends no mail.
      CMS_SUBSCRIPTIONS_TOKEN: "",
    },
    { omit: ["PORT"] },
  );
}

/** Where the CMS's test-only injected crash leaves its traces (apps/cms/src/editorial/test-faults.ts). */
const faultsDir = (db: Database) => path.join(paths.artifacts, `faults-${db}`);
/** The second CMS instance's clock runs this far ahead: the embargo must still hold (editorial tests). */
const CMS_SECOND_CLOCK_OFFSET_MS = "600000";

function cmsEnv(t: TestEnvs, db: Database, sqliteFile: string, port = CMS_PORT, extra: Env = {}): Env {
  return childEnv({
    ...t.cmsBlanks,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    ...t.secrets,
    ...t.site,
    SITE_URL,
    WEB_REVALIDATE_URL: `${SITE_URL}/api/revalidate`,
    SEED_CONTENT: "true",
    SEED_STAFF_PASSWORD: t.staffPassword,
    // The production build on the sample content and staff: allowed for tests only (apps/cms/src/env.ts).
    NEWSROOM_ALLOW_SEED_IN_PRODUCTION: "true",
    // The suite logs in as the same staff accounts many times from one address.
    ADMIN_LOGIN_MAX_ATTEMPTS: "1000",
    ADMIN_EMAIL: "",
    ADMIN_PASSWORD: "",
    DATABASE_CLIENT: db,
    DATABASE_URL: db === "postgres" ? databaseUrl(PG_TEST_DATABASE) : "",
    DATABASE_FILENAME: db === "sqlite" ? sqliteFile : "",
    NEWSROOM_TEST_FAULTS_DIR: faultsDir(db),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(MAIL_SMTP_PORT),
    SMTP_TLS: "none",
    SMTP_USER: "",
    SMTP_PASSWORD: "",
    MAIL_FROM: "IOM Newsroom <newsroom@newsroom.example>",
    NEWSROOM_TEST_DIGEST_INTERVAL_MS: TEST_DIGEST_INTERVAL_MS,
    // Responses state their SQL statement count; tests assert it (apps/cms/src/middlewares/sql-query-count.ts).
    NEWSROOM_SQL_QUERY_COUNT: "true",
    ...extra,
  });
}

/** Every database run gets its own cache namespace in the shared Redis. */
function webEnv(t: TestEnvs, cachePrefix: string): Env {
  return childEnv(
    { ...t.webBlanks, NODE_ENV: "production", ...webVariables(t), REDIS_URL, REDIS_KEY_PREFIX: cachePrefix, PROXY_PURGE_URL: SITE_URL },
    { omit: ["PORT"] },
  );
}

function testRunnerEnv(t: TestEnvs, extra: Env = {}): Env {
  return childEnv({
    CMS_URL,
    CMS_READ_TOKEN: t.secrets.CMS_READ_TOKEN,
    BASE_URL: SITE_URL,
    SITE_URL,
    WEB_REVALIDATE_URL: `${SITE_URL}/api/revalidate`,
    SEED_STAFF_PASSWORD: t.staffPassword,
    ...t.site,
    CMS_SECOND_URL: "",
    WEB_URLS,
    MAIL_CATCHER_URL,
    NEWSROOM_TEST_DIGEST_INTERVAL_MS: TEST_DIGEST_INTERVAL_MS,
    ...extra,
  });
}

function playwrightOutput(db: Database, phase: string): string {
  return path.join(paths.artifacts, `playwright-${db}`, phase);
}

function playwrightEnv(t: TestEnvs, db: Database, phase: PlaywrightRun, stackControlUrl = ""): Env {
  return childEnv({
    // The stack control of this run, for the stop-cms and start-cms setup projects.
    STACK_CONTROL_URL: stackControlUrl,
    BASE_URL: SITE_URL,
    WEB_URLS,
    CMS_URL,
    CMS_READ_TOKEN: t.secrets.CMS_READ_TOKEN,
    SEED_STAFF_PASSWORD: t.staffPassword,
    ...t.site,
    CHROMIUM_PATH: toolEnv.chromiumPath() ?? "",
    MAIL_CATCHER_URL,
    TEST_DATABASE: db,
    // The HTML reporter (if configured) must never open a browser or wait for Ctrl+C.
    PLAYWRIGHT_HTML_OPEN: "never",
    PW_TEST_HTML_REPORT_OPEN: "never",
    PLAYWRIGHT_HTML_OUTPUT_DIR: path.join(paths.artifacts, `playwright-${db}`, `report-${phase}`),
  });
}

type PlaywrightRun = "phases" | "editorial";

/**
 * The projects of apps/web/playwright.config.ts in two runs: reader → cms-down → cms-back
 * (their dependencies stop and start the CMS in between), then, after the CMS editorial and
 * importer tests, editorial alone (--no-deps: the phases before it already ran).
 */
function playwrightArgs(db: Database, run: PlaywrightRun): string[] {
  const projects =
    run === "phases" ? ["--project", "reader", "--project", "cms-down", "--project", "cms-back"] : ["--project", "editorial", "--no-deps"];
  return ["playwright", "test", ...projects, "--output", playwrightOutput(db, run)];
}

const CONTRACT_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests/contract"], cwd: paths.content };
const ACCESS_TESTS = {
  cmd: "npx",
  args: [
    "vitest",
    "run",
    "--dir",
    "tests",
    "--exclude",
    "**/editorial*.test.ts",
    "--exclude",
    "**/import.test.ts",
    "--exclude",
    "**/unit/**",
    "--exclude",
    "**/login-rate-limit.test.ts",
    "--exclude",
    "**/backup.test.ts",
    "--exclude",
    "**/synthetic-archive.test.ts",
  ],
  cwd: paths.cms,
};
/** The old-newsroom importer against the real CMS: it writes content, so it runs with the editorial loop. */
const IMPORT_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests", "import"], cwd: paths.cms };
/** Against a CMS of its own at Strapi's real login limit (see the step in suite()). */
const LOGIN_LIMIT_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests", "login-rate-limit"], cwd: paths.cms };
/** The synthetic archive (npm run seed:synthetic) on a CMS and database of its own: see syntheticArchive(). */
const SYNTHETIC_COUNT = 2000;
const PG_SYNTHETIC_DATABASE = `newsroom_synthetic_test${DATABASE_SUFFIX}`;
const SEED_SYNTHETIC = { cmd: "npm", args: ["run", "seed:synthetic", "-w", "@newsroom/cms", "--", "--count", String(SYNTHETIC_COUNT)] };
const SYNTHETIC_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests", "synthetic-archive"], cwd: paths.cms };
const OUTBOX_TESTS = { cmd: "npx", args: ["vitest", "run", "tests/unit/revalidation-outbox.test.ts"], cwd: paths.cms };
const EDITORIAL_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests", "editorial"], cwd: paths.cms };
/**
 * npm run backup / restore round trip: it starts and stops the CMS itself (it loses the
 * database on purpose), so it gets the CMS's environment and runs while the suite's CMS is stopped.
 */
const BACKUP_TESTS = { cmd: "npx", args: ["vitest", "run", "--dir", "tests", "backup"], cwd: paths.cms };
const PUBLISH_TO_LIVE = { cmd: "npx", args: ["tsx", "packages/devtools/src/publish-to-live.ts"] };
const CHECKS = { cmd: "npx", args: ["turbo", "run", "lint", "typecheck", "test:unit"] };
/** Where each workspace's vitest `test:unit` writes its JSON report (its package.json; turbo.json caches it with the task). */
const UNIT_REPORTS = ["apps/cms", "apps/web", "packages/content", "packages/devtools"].map((dir) =>
  path.join(paths.root, dir, "test-results", "vitest-unit.json"),
);
const BUILD = {
  cmd: "npx",
  // Loose env mode: turbo's default (strict) would withhold the CMS secrets, which
  // `strapi build` needs because it loads config/server.ts.
  args: ["turbo", "run", "build", "--filter=@newsroom/cms", "--filter=@newsroom/web", "--env-mode=loose"],
};
const CMS_START = { cmd: "npm", args: ["run", "start", "-w", "@newsroom/cms"] };

// ---------------------------------------------------------------------------------------
// Steps and results.

interface StepRecord {
  name: string;
  ok: boolean;
  counts: Counts;
  seconds: number;
  note: string | undefined;
}

const records: StepRecord[] = [];
const skippedParts: string[] = [];
let interrupted: NodeJS.Signals | undefined;

/** A failure that already knows how many tests failed. */
class CountedFailure extends Error {
  constructor(
    message: string,
    readonly counts: Counts,
  ) {
    super(message);
    this.name = "CountedFailure";
  }
}

interface StepOutcome {
  counts?: Counts;
  note?: string;
}

/** Prints a heading, runs `fn`, records the outcome. A failing step counts at least 1 failure. */
async function step(name: string, fn: () => Promise<StepOutcome | undefined>): Promise<void> {
  heading(name);
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 1000);
  try {
    const outcome = await fn();
    records.push({ name, ok: true, counts: outcome?.counts ?? zero(), seconds: seconds(), note: outcome?.note });
  } catch (err) {
    const counts = err instanceof CountedFailure ? err.counts : zero();
    records.push({
      name,
      ok: false,
      counts: { ...counts, failed: Math.max(counts.failed, 1) },
      seconds: seconds(),
      note: interrupted ? `interrupted by ${interrupted}` : undefined,
    });
    throw err;
  }
}

interface TestStepOptions {
  cwd?: string;
  env?: Env;
  /** JSON reports the command writes itself (turbo's test:unit); otherwise the step asks the runner for one. */
  reports?: readonly string[];
}

/** The reporter arguments and environment that make the runner write its JSON report to `file`, beside its usual output. */
function jsonReporter(runner: Runner, file: string): { args: string[]; env: Env } {
  if (runner === "vitest") return { args: ["--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env: {} };
  return { args: ["--reporter=list,json"], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file } };
}

/** The sum of the reports that exist; undefined when there is none. */
async function reportCounts(runner: Runner, files: readonly string[]): Promise<Counts | undefined> {
  const found = (await Promise.all(files.map((file) => readCounts(runner, file)))).filter((c): c is Counts => c !== undefined);
  return found.length === 0 ? undefined : found.reduce(addCounts, zero());
}

/** Runs a test command, teeing its output, and counts its results from the runner's JSON report. */
async function testStep(name: string, runner: Runner, cmd: string, args: readonly string[], opts: TestStepOptions): Promise<void> {
  const ownReport = path.join(paths.artifacts, "reports", `${slug(name)}.json`);
  const reports = opts.reports ?? [ownReport];
  const reporter = opts.reports ? { args: [], env: {} } : jsonReporter(runner, ownReport);
  await Promise.all(reports.map((file) => rm(file, { force: true })));
  await step(name, async () => {
    try {
      await run(cmd, [...args, ...reporter.args], {
        step: name,
        capture: true,
        cwd: opts.cwd,
        env: { ...(opts.env ?? childEnv()), ...reporter.env },
      });
      const counts = await reportCounts(runner, reports);
      return { counts: counts ?? zero(), note: counts ? undefined : `no ${runner} report (${reports.map(rel).join(", ")})` };
    } catch (err) {
      if (err instanceof StepError) throw new CountedFailure(err.message, (await reportCounts(runner, reports)) ?? zero());
      throw err;
    }
  });
}

async function assertPortFree(port: number, what: string): Promise<void> {
  if (await isListening(port)) {
    throw new Error(
      `port ${String(port)} (${what}) is already in use, probably by a test server left running; stop it first (ss -ltnp 'sport = :${String(port)}').`,
    );
  }
}

function totals(): Counts {
  return records.reduce<Counts>((sum, r) => addCounts(sum, r.counts), zero());
}

function printSummary(): void {
  heading("Summary");
  const width = Math.max(20, ...records.map((r) => r.name.length));
  for (const r of records) {
    const mark = r.ok ? green("✔") : red("✘");
    const counts = r.counts.passed + r.counts.failed + r.counts.skipped > 0 ? formatCounts(r.counts) : "";
    const note = r.note === undefined ? "" : yellow(` (${r.note})`);
    info(`  ${mark} ${r.name.padEnd(width)} ${dim(`${String(r.seconds).padStart(4)} s`)}  ${counts}${note}`);
  }
  for (const part of skippedParts) info(`  ${yellow("-")} ${part}`);
  info(dim(`Logs: ${rel(paths.logs)}/   Playwright: ${rel(paths.artifacts)}/playwright-<db>/`));
  if (skippedParts.length > 0) loudWarning(skippedParts.map((p) => `SKIPPED: ${p}`));
  const total = totals();
  process.stdout.write(`\n${formatCounts(total)}\n`);
}

function allPassed(): boolean {
  return records.every((r) => r.ok) && totals().failed === 0;
}

// ---------------------------------------------------------------------------------------
// The suite.

async function ensurePostgres(options: Options): Promise<boolean> {
  let status = await checkPostgres();
  if (!status.ok) {
    info(`PostgreSQL not reachable (${status.reason}); trying to start it.`);
    status = await tryStartPostgres();
  }
  if (status.ok) {
    info(`PostgreSQL answers on 127.0.0.1:5432.`);
    return true;
  }
  if (toolEnv.ci()) throw new Error(`PostgreSQL is required in CI: start it on 127.0.0.1:5432 (${status.reason})`);
  if (options.only === "postgres") throw new Error(`--only=postgres, but PostgreSQL is not reachable on 127.0.0.1:5432 (${status.reason})`);
  loudWarning([
    "PostgreSQL is not reachable on 127.0.0.1:5432:",
    status.reason,
    "The PostgreSQL run is SKIPPED; production uses PostgreSQL, so this is NOT a full test.",
    "Start PostgreSQL (trust auth, user postgres) and run npm test again.",
  ]);
  skippedParts.push(`postgres run (PostgreSQL not reachable: ${status.reason})`);
  return false;
}

/**
 * The editorial browser tests drive the admin, which is the same program on either database,
 * and take about 8 of the suite's minutes: they run once, on PostgreSQL (production's), or on
 * SQLite when PostgreSQL is not part of the run. What the editorial loop does in the database
 * (publishing, schedules, slug history, withdrawals, the outbox) is tested on both by the CMS
 * editorial tests.
 */
function editorialBrowserDatabase(databases: readonly Database[]): Database {
  return databases.includes("postgres") ? "postgres" : "sqlite";
}

async function runDatabase(db: Database, t: TestEnvs, withEditorialBrowserTests: boolean): Promise<void> {
  const running: { cms?: ProcessHandle; web: ProcessHandle[]; proxy?: ProcessHandle; second?: ProcessHandle } = { web: [] };
  const stopSite = async (): Promise<void> => {
    await running.proxy?.stop();
    await Promise.all(running.web.map((w) => w.stop()));
  };
  const sqliteFile = path.join(paths.db, `test-${timestamp()}.db`);
  const env = webEnv(t, `newsroom-test-${db}-${timestamp()}`);
  /** Starts a CMS on the run's database and waits until it answers. */
  const startCms = async (name: string, port = CMS_PORT, extra: Env = {}): Promise<ProcessHandle> => {
    await assertPortFree(port, "test CMS");
    const cms = startProcess(name, CMS_START.cmd, CMS_START.args, { env: cmsEnv(t, db, sqliteFile, port, extra) });
    await waitForHttp(`http://127.0.0.1:${String(port)}/_health`, { timeoutMs: CMS_READY_MS, okStatuses: [204], process: cms });
    return cms;
  };
  await assertPortFree(MAIL_SMTP_PORT, "test mail catcher");
  const mailDir = path.join(paths.artifacts, `mail-${db}`);
  await rm(mailDir, { recursive: true, force: true });
  const mail = await startMailCatcher({ smtpPort: MAIL_SMTP_PORT, httpPort: MAIL_HTTP_PORT, dir: mailDir });
  info(`Mail catcher: SMTP 127.0.0.1:${String(MAIL_SMTP_PORT)}, messages at ${MAIL_CATCHER_URL} (${rel(mailDir)}).`);
  const control = await serveStackControl(0, {
    stopCms: async () => {
      await running.cms?.stop();
    },
    startCms: async () => {
      running.cms = await startCms(`cms-${db}-restarted`);
    },
  });
  try {
    await step(`${db}: fresh database`, async () => {
      await rm(faultsDir(db), { recursive: true, force: true });
      mkdirSync(faultsDir(db), { recursive: true });
      if (db === "sqlite") {
        mkdirSync(paths.db, { recursive: true });
        info(`SQLite file: ${rel(sqliteFile)}`);
      } else {
        await recreateDatabase(PG_TEST_DATABASE);
        info(`Recreated database ${PG_TEST_DATABASE} (${databaseUrl(PG_TEST_DATABASE)}).`);
      }
      return undefined;
    });
    if (db === "postgres") {
      await step(`${db}: scratch database for the revalidation outbox`, async () => {
        await recreateDatabase(PG_OUTBOX_TEST_DATABASE);
        return undefined;
      });
      // The same tests as the unit step (SQLite there), on PostgreSQL: claims side by side.
      await testStep(`${db}: revalidation outbox claims and retries`, "vitest", OUTBOX_TESTS.cmd, OUTBOX_TESTS.args, {
        cwd: OUTBOX_TESTS.cwd,
        env: childEnv({ OUTBOX_TEST_DATABASE_URL: databaseUrl(PG_OUTBOX_TEST_DATABASE) }),
      });
    }
    await step(`${db}: start CMS`, async () => {
      running.cms = await startCms(`cms-${db}`);
      info(`CMS ready at ${CMS_URL} (log: ${rel(running.cms.logFile)}).`);
      return undefined;
    });
    await step(`${db}: start site (two web instances behind the proxy)`, async () => {
      // Nothing rendered or fetched against the previous database may be served again.
      await rm(paths.webCache, { recursive: true, force: true });
      await rm(paths.webRouteCache, { recursive: true, force: true });
      for (const port of [PROXY_PORT, ...WEB_PORTS]) await assertPortFree(port, "test site");
      running.web = WEB_PORTS.map((port, i) => startWebInstance(`web-${db}-${String(i + 1)}`, port, env));
      await Promise.all(running.web.map((web, i) => waitForWeb(WEB_PORTS[i] ?? 0, web, WEB_READY_MS)));
      running.proxy = startProxy({
        name: `proxy-${db}`,
        listen: `127.0.0.1:${String(PROXY_PORT)}`,
        webPorts: WEB_PORTS,
        workDir: path.join(paths.artifacts, `varnish-${db}`),
      });
      await waitForHttp(`${SITE_URL}/api/health`, { timeoutMs: WEB_READY_MS, okStatuses: [200], process: running.proxy });
      await waitForOutboxDrained(db === "postgres" ? { postgres: PG_TEST_DATABASE } : { sqliteFile }, 60_000);
      info(
        `Site ready at ${SITE_URL} (proxy) → ${WEB_URLS} (logs: ${rel(paths.logs)}/web-${db}-*.log); it has every change the CMS recorded.`,
      );
      return undefined;
    });
    await testStep(`${db}: contract tests`, "vitest", CONTRACT_TESTS.cmd, CONTRACT_TESTS.args, {
      cwd: CONTRACT_TESTS.cwd,
      env: testRunnerEnv(t),
    });
    await testStep(`${db}: CMS access tests`, "vitest", ACCESS_TESTS.cmd, ACCESS_TESTS.args, {
      cwd: ACCESS_TESTS.cwd,
      env: testRunnerEnv(t),
    });
    await testStep(`${db}: end-to-end tests (CMS up, CMS stopped, CMS back)`, "playwright", "npx", playwrightArgs(db, "phases"), {
      cwd: paths.web,
      env: playwrightEnv(t, db, "phases", control.url),
    });
    // Two CMS instances can share PostgreSQL (production); SQLite is single-instance.
    const second = db === "postgres";
    if (second) {
      await step(`${db}: start a second CMS instance`, async () => {
        running.second = await startCms(`cms-${db}-second`, CMS_SECOND_PORT, { NEWSROOM_TEST_CLOCK_OFFSET_MS: CMS_SECOND_CLOCK_OFFSET_MS });
        return undefined;
      });
    }
    await testStep(`${db}: CMS editorial tests`, "vitest", EDITORIAL_TESTS.cmd, EDITORIAL_TESTS.args, {
      cwd: EDITORIAL_TESTS.cwd,
      env: testRunnerEnv(t, { NEWSROOM_TEST_FAULTS_DIR: faultsDir(db), ...(second ? { CMS_SECOND_URL, CMS_SECOND_CLOCK_OFFSET_MS } : {}) }),
    });
    if (second) {
      await step(`${db}: a CMS instance SIGKILLed mid-batch: every subscriber gets the alert, one Message-ID each`, async () => {
        const note = await alertsSurviveCrash({
          cmsUrl: CMS_SECOND_URL,
          survivorUrl: CMS_URL,
          catcherUrl: MAIL_CATCHER_URL,
          subscriptionsToken: t.site.CMS_SUBSCRIPTIONS_TOKEN,
          password: t.staffPassword,
          killOne: async () => {
            await running.second?.kill();
          },
        });
        return { counts: { passed: 1, failed: 0, skipped: 0 }, note };
      });
    }
    await step(`${db}: stop the second CMS instance`, async () => {
      await running.second?.stop();
      return undefined;
    });
    await testStep(`${db}: importer tests`, "vitest", IMPORT_TESTS.cmd, IMPORT_TESTS.args, {
      cwd: IMPORT_TESTS.cwd,
      env: testRunnerEnv(t),
    });
    if (withEditorialBrowserTests) {
      await testStep(`${db}: end-to-end tests (editorial)`, "playwright", "npx", playwrightArgs(db, "editorial"), {
        cwd: paths.web,
        env: playwrightEnv(t, db, "editorial", control.url),
      });
    } else info(`${db}: the editorial browser tests run on ${editorialBrowserDatabase(DATABASES)} (the admin is the same on both).`);
    // Everything the run wrote so far (seed, editorial loop, import) goes through a backup,
    // is lost and restored; the rest of the run serves the restored database.
    await step(`${db}: stop CMS for the backup round trip`, async () => {
      await running.cms?.stop();
      return undefined;
    });
    await testStep(`${db}: backup and restore round trip`, "vitest", BACKUP_TESTS.cmd, BACKUP_TESTS.args, {
      cwd: BACKUP_TESTS.cwd,
      env: { ...cmsEnv(t, db, sqliteFile), ...testRunnerEnv(t) },
    });
    await step(`${db}: start CMS on the restored database`, async () => {
      running.cms = await startCms(`cms-${db}-restored`);
      return undefined;
    });
    await step(`${db}: publish-to-live benchmark`, async () => {
      await run(PUBLISH_TO_LIVE.cmd, PUBLISH_TO_LIVE.args, {
        step: `${db}: publish-to-live benchmark`,
        env: testRunnerEnv(t),
        capture: true,
      });
      return undefined;
    });
    await step(
      `${db}: a change published while the site is down is live within ${String(FRESH_WITHIN_MS / 1000)} s of its return`,
      async () => {
        const result = await lostChangeCheck({
          cmsUrl: CMS_URL,
          siteUrl: SITE_URL,
          password: t.staffPassword,
          stopSite: async () => {
            await Promise.all(running.web.map((w) => w.stop()));
          },
          startSite: async () => {
            running.web = WEB_PORTS.map((port, i) => startWebInstance(`web-${db}-${String(i + 1)}-after-outage`, port, env));
            await Promise.all(running.web.map((web, i) => waitForWeb(WEB_PORTS[i] ?? 0, web, WEB_READY_MS)));
            await waitForHttp(`${SITE_URL}/api/health`, { timeoutMs: WEB_READY_MS, okStatuses: [200], process: running.proxy });
          },
        });
        return {
          counts: { passed: 1, failed: 0, skipped: 0 },
          note: `fresh ${(result.freshAfterMs / 1000).toFixed(1)} s after the site was back; during the outage: ${result.duringOutage}`,
        };
      },
    );
    await step(
      `${db}: load with faults (${String(LOAD_CONNECTIONS)} connections, ${String(LOAD_SECONDS)} s; CMS and a web instance killed)`,
      async () => {
        const restartCms = async (): Promise<string> => {
          running.cms = await startCms(`cms-${db}-after-kill`);
          return "CMS answers again";
        };
        const restartWeb = async (): Promise<string> => {
          const web = startWebInstance(`web-${db}-1-after-kill`, WEB_PORTS[0], env);
          running.web[0] = web;
          await waitForWeb(WEB_PORTS[0], web, WEB_READY_MS);
          return "web instance 1 answers again";
        };
        const result = await loadWithFaults({
          baseUrl: SITE_URL,
          paths: ["/en", "/es", "/en/news", "/fr/news", `/en/news/${PERU_SLUG}`, `/es/news/${PERU_SLUG_ES}`],
          connections: LOAD_CONNECTIONS,
          durationSeconds: LOAD_SECONDS,
          faults: [
            { atSeconds: 2, name: "SIGKILL the CMS", action: async () => `exit: ${JSON.stringify(await running.cms?.kill())}` },
            { atSeconds: 4, name: "start the CMS again", action: restartCms },
            { atSeconds: 8, name: "SIGKILL web instance 1", action: async () => `exit: ${JSON.stringify(await running.web[0]?.kill())}` },
            { atSeconds: 10, name: "start web instance 1 again", action: restartWeb },
          ],
        });
        assertNoFailures(result);
        return {
          counts: { passed: 1, failed: 0, skipped: 0 },
          note: `${String(result.wrk.requests)} requests, ${Math.round(result.wrk.requestsPerSec)}/s, 0 failed`,
        };
      },
    );
    await step(`${db}: SIGTERM lets a web instance finish the requests in flight`, async () => {
      await assertPortFree(DRAIN_PORT, "shutdown test instance");
      const web = startWebInstance(`web-${db}-drain`, DRAIN_PORT, env);
      await waitForWeb(DRAIN_PORT, web, WEB_READY_MS);
      const run = timestamp();
      const { statuses, errors } = await requestsDuringShutdown({
        baseUrl: `http://127.0.0.1:${String(DRAIN_PORT)}`,
        count: 20,
        path: (i) => `/en/search?q=${encodeURIComponent(`migrants drain${run}x${String(i)}`)}`,
        sigterm: () => process.kill(web.pid, "SIGTERM"),
      });
      const exit = await web.exited;
      await web.stop();
      if (errors.length > 0 || statuses.length !== 20 || statuses.some((status) => status !== 200) || exit.code !== 0) {
        throw new Error(
          `in flight during SIGTERM: statuses ${statuses.join(",")}; errors ${errors.join("; ") || "none"}; exit ${JSON.stringify(exit)}`,
        );
      }
      return { counts: { passed: 1, failed: 0, skipped: 0 }, note: "20 requests in flight answered 200, exit code 0" };
    });
    await step(`${db}: stop site`, async () => {
      await stopSite();
      return undefined;
    });
  } finally {
    await Promise.all([running.cms?.stop(), stopSite(), running.second?.stop(), control.close()]);
    await mail.close();
  }
}

async function suite(options: Options): Promise<void> {
  let databases: Database[] = options.only ? [options.only] : [...DATABASES];

  await step("Chromium", async () => {
    const chromium = await ensureChromium();
    toolEnv.setChromiumPath(chromium.path);
    info(`CHROMIUM_PATH=${chromium.path} (${chromium.source})`);
    return undefined;
  });

  await step("Java (Nu Html Checker)", async () => {
    info(await ensureJava());
    return undefined;
  });

  await step("Varnish and wrk", async () => {
    info(await ensureDebianTools(STACK_TOOLS));
    return undefined;
  });

  await step("Redis", async () => {
    await assertRedis(REDIS_URL);
    info(`Redis answers at ${REDIS_URL}.`);
    return undefined;
  });

  if (databases.includes("postgres")) {
    await step("PostgreSQL", async () => {
      if (!(await ensurePostgres(options))) databases = databases.filter((d) => d !== "postgres");
      return undefined;
    });
  }

  await testStep("Lint, typecheck and unit tests", "vitest", CHECKS.cmd, CHECKS.args, { reports: UNIT_REPORTS });

  const t = await testEnvs();
  if (options.skipBuild) {
    await step("Build (skipped: --skip-build)", () => {
      const missing = [paths.cmsBuild, paths.webBuildId].filter((f) => !existsSync(f));
      if (missing.length > 0)
        return Promise.reject(
          new Error(`--skip-build, but there is no build (${missing.map(rel).join(", ")} missing); run without --skip-build`),
        );
      return Promise.resolve({ note: "reusing existing builds" });
    });
  } else {
    await step("Build CMS and site", async () => {
      await assertPortFree(CMS_PORT, "test CMS; the build must run with the CMS down");
      await run(BUILD.cmd, BUILD.args, { step: "Build CMS and site", env: buildEnv(t), capture: true });
      return undefined;
    });
  }

  for (const db of databases) await runDatabase(db, t, db === editorialBrowserDatabase(databases));
  await syntheticArchive(t, databases.includes("postgres") ? "postgres" : "sqlite");
  await loginRateLimit(t);
}

/**
 * The synthetic archive generator and the archive it writes, on a CMS and database of their
 * own (the other suites count the seeded releases): the seed plus SYNTHETIC_COUNT generated
 * releases, on PostgreSQL when it is there (production's database and the bulk path that
 * matters), else SQLite. The contract tests run on it too; synthetic-archive.test.ts then
 * doubles the archive with the same command and compares the lists' SQL statement counts.
 */
async function syntheticArchive(t: TestEnvs, db: Database): Promise<void> {
  const sqliteFile = path.join(paths.db, `synthetic-${timestamp()}.db`);
  const env = childEnv({
    ...cmsEnv(t, db, sqliteFile, CMS_SECOND_PORT),
    DATABASE_URL: db === "postgres" ? databaseUrl(PG_SYNTHETIC_DATABASE) : "",
    // No site listens to this CMS (the URL and its secret go together, so both go); the
    // test-fault hooks belong to the stack's CMS.
    WEB_REVALIDATE_URL: "",
    REVALIDATE_SECRET: "",
    NEWSROOM_TEST_FAULTS_DIR: "",
  });
  const runner = { ...env, ...testRunnerEnv(t, { CMS_URL: CMS_SECOND_URL, CONTRACT_SYNTHETIC_ARCHIVE: "true" }) };
  let cms: ProcessHandle | undefined;
  try {
    await step(`synthetic archive (${db}): fresh database, ${String(SYNTHETIC_COUNT)} generated releases`, async () => {
      if (db === "postgres") await recreateDatabase(PG_SYNTHETIC_DATABASE);
      else mkdirSync(paths.db, { recursive: true });
      const started = Date.now();
      await run(SEED_SYNTHETIC.cmd, SEED_SYNTHETIC.args, { step: "synthetic archive: generate", env, capture: true });
      return {
        note: `npm run seed:synthetic -- --count ${String(SYNTHETIC_COUNT)}: ${String(Math.round((Date.now() - started) / 1000))} s`,
      };
    });
    await step(`synthetic archive (${db}): start its CMS`, async () => {
      await assertPortFree(CMS_SECOND_PORT, "synthetic-archive CMS");
      cms = startProcess(`cms-synthetic-${db}`, CMS_START.cmd, CMS_START.args, { env });
      await waitForHttp(`${CMS_SECOND_URL}/_health`, { timeoutMs: CMS_READY_MS, okStatuses: [204], process: cms });
      return undefined;
    });
    await testStep(`synthetic archive (${db}): contract tests`, "vitest", CONTRACT_TESTS.cmd, CONTRACT_TESTS.args, {
      cwd: CONTRACT_TESTS.cwd,
      env: runner,
    });
    await testStep(
      `synthetic archive (${db}): generated data and SQL statement counts`,
      "vitest",
      SYNTHETIC_TESTS.cmd,
      SYNTHETIC_TESTS.args,
      {
        cwd: SYNTHETIC_TESTS.cwd,
        env: { ...runner, SYNTHETIC_COUNT: String(SYNTHETIC_COUNT) },
      },
    );
  } finally {
    await cms?.stop();
  }
}

/**
 * The admin login limit at its real setting (5 attempts in 5 minutes), on a CMS of its own:
 * the stack's CMS raises it for the suites' many logins. Fresh SQLite, no sample content, so
 * it also shows that production starts without the test-only seed opt-in.
 */
async function loginRateLimit(t: TestEnvs): Promise<void> {
  const sqliteFile = path.join(paths.db, `login-limit-${timestamp()}.db`);
  const env = childEnv({
    ...cmsEnv(t, "sqlite", sqliteFile, CMS_SECOND_PORT),
    SEED_CONTENT: "false",
    SEED_STAFF_PASSWORD: "",
    NEWSROOM_ALLOW_SEED_IN_PRODUCTION: "",
    // Test hooks are refused without the opt-in above, as on a real server.
    NEWSROOM_TEST_FAULTS_DIR: "",
    NEWSROOM_TEST_DIGEST_INTERVAL_MS: "",
    ADMIN_LOGIN_MAX_ATTEMPTS: "",
  });
  let cms: ProcessHandle | undefined;
  try {
    await step("admin login limit: start a CMS at the real setting", async () => {
      mkdirSync(paths.db, { recursive: true });
      await assertPortFree(CMS_SECOND_PORT, "login-limit CMS");
      cms = startProcess("cms-login-limit", CMS_START.cmd, CMS_START.args, { env });
      await waitForHttp(`${CMS_SECOND_URL}/_health`, { timeoutMs: CMS_READY_MS, okStatuses: [204], process: cms });
      return undefined;
    });
    await testStep("admin login limit", "vitest", LOGIN_LIMIT_TESTS.cmd, LOGIN_LIMIT_TESTS.args, {
      cwd: LOGIN_LIMIT_TESTS.cwd,
      env: childEnv({ CMS_LOGIN_LIMIT_URL: CMS_SECOND_URL }),
    });
  } finally {
    await cms?.stop();
  }
}

// ---------------------------------------------------------------------------------------
// --dry-run: the plan, with read-only detection (nothing installed, started or built).

function printEnv(label: string, env: Env, keys: readonly string[]): void {
  const shown = redact(Object.fromEntries(keys.filter((k) => k in env).map((k) => [k, env[k] ?? ""])));
  info(
    `    ${label}: ${Object.entries(shown)
      .map(([k, v]) => `${k}=${v === "" ? '""' : v}`)
      .join(" ")}`,
  );
}

async function dryRun(options: Options): Promise<void> {
  const databases: Database[] = options.only ? [options.only] : [...DATABASES];
  heading("Plan (--dry-run: nothing is installed, started or built)");

  const chromium = await findChromium().catch((err: unknown) => {
    error(errorMessage(err));
    return undefined;
  });
  if (chromium) toolEnv.setChromiumPath(chromium.path);
  info(
    `1. Chromium: ${chromium ? `${chromium.path} (${chromium.source})` : canAptInstall() ? "not found; would run apt-get update && apt-get install -y chromium" : `not found; would fail and ask for: ${manualInstallCommand()}`}`,
  );
  if (databases.includes("postgres")) {
    const pg = await checkPostgres();
    info(
      `2. PostgreSQL: ${pg.ok ? "reachable" : `not reachable (${pg.reason}); would try pg_ctlcluster, then ${toolEnv.ci() ? "FAIL (CI=true)" : "skip the postgres run with a warning"}`}`,
    );
  } else info("2. PostgreSQL: not needed (--only=sqlite)");
  info(`3. ${describeCommand(CHECKS.cmd, CHECKS.args)}`);

  const t = await testEnvs();
  const blanked = [...new Set([...Object.keys(t.cmsBlanks), ...Object.keys(t.webBlanks)])];
  if (options.skipBuild) info("4. build skipped (--skip-build): requires apps/cms/dist and apps/web/.next/BUILD_ID");
  else {
    info(`4. ${describeCommand(BUILD.cmd, BUILD.args)}`);
    printEnv("env", buildEnv(t), ["NODE_ENV", "CMS_URL", "SITE_URL", "CMS_READ_TOKEN", "APP_KEYS"]);
  }
  info(
    `   Keys found in your apps/*/.env* files (each is set by the suite or passed empty): ${blanked.length > 0 ? blanked.join(", ") : "(none)"}`,
  );
  let n = 5;
  for (const db of databases) {
    const sqliteFile = path.join(paths.db, `test-${timestamp()}.db`);
    info(`${String(n)}. ${db}:`);
    info(`   - fresh database: ${db === "sqlite" ? rel(sqliteFile) : `DROP/CREATE ${PG_TEST_DATABASE}`}`);
    if (db === "postgres")
      info(
        `   - DROP/CREATE ${PG_OUTBOX_TEST_DATABASE}; (${rel(OUTBOX_TESTS.cwd)}) OUTBOX_TEST_DATABASE_URL=${databaseUrl(PG_OUTBOX_TEST_DATABASE)} ${describeCommand(OUTBOX_TESTS.cmd, OUTBOX_TESTS.args)}`,
      );
    info(`   - ${describeCommand(CMS_START.cmd, CMS_START.args)}  → wait ${CMS_URL}/_health (204, ${String(CMS_READY_MS / 1000)} s)`);
    printEnv("env", cmsEnv(t, db, sqliteFile), [
      "NODE_ENV",
      "HOST",
      "PORT",
      "DATABASE_CLIENT",
      "DATABASE_URL",
      "DATABASE_FILENAME",
      "SEED_CONTENT",
      "CMS_READ_TOKEN",
      "ADMIN_EMAIL",
    ]);
    info(
      `   - rm -rf ${rel(paths.webCache)} ${rel(paths.webRouteCache)}; two web instances on ${WEB_URLS} (node apps/web/dist/server.mjs), Varnish on ${SITE_URL} → wait ${SITE_URL}/api/health (200, ${String(WEB_READY_MS / 1000)} s)`,
    );
    printEnv("env", webEnv(t, `newsroom-test-${db}`), [
      "NODE_ENV",
      "CMS_URL",
      "SITE_URL",
      "CMS_READ_TOKEN",
      "REDIS_URL",
      "REDIS_KEY_PREFIX",
      "PROXY_PURGE_URL",
    ]);
    info(`   - (${rel(CONTRACT_TESTS.cwd)}) ${describeCommand(CONTRACT_TESTS.cmd, CONTRACT_TESTS.args)}`);
    info(`   - (${rel(ACCESS_TESTS.cwd)}) ${describeCommand(ACCESS_TESTS.cmd, ACCESS_TESTS.args)}`);
    info(
      `   - (apps/web) ${describeCommand("npx", playwrightArgs(db, "phases"))}  (stop-cms and start-cms via the stack control on a free port)`,
    );
    printEnv("env", playwrightEnv(t, db, "phases"), ["BASE_URL", "CMS_URL", "CMS_READ_TOKEN", "CHROMIUM_PATH", "TEST_DATABASE"]);
    if (db === "postgres") info(`   - second CMS instance on ${CMS_SECOND_URL} (same database)`);
    info(`   - (${rel(EDITORIAL_TESTS.cwd)}) ${describeCommand(EDITORIAL_TESTS.cmd, EDITORIAL_TESTS.args)}`);
    info(`   - (apps/web) ${describeCommand("npx", playwrightArgs(db, "editorial"))}`);
    info(
      `   - stop the CMS; (${rel(BACKUP_TESTS.cwd)}) ${describeCommand(BACKUP_TESTS.cmd, BACKUP_TESTS.args)} (starts its own CMS, backs up, wipes, restores); start the CMS again`,
    );
    info(`   - ${describeCommand(PUBLISH_TO_LIVE.cmd, PUBLISH_TO_LIVE.args)}`);
    info("   - lost-change check: stop both web instances, publish, start them, page fresh within 60 s");
    info("   - stop the site");
    n += 1;
  }
  info(
    `${String(n)}. synthetic archive: ${databases.includes("postgres") ? `DROP/CREATE ${PG_SYNTHETIC_DATABASE}` : "a fresh SQLite file"}; ${describeCommand(SEED_SYNTHETIC.cmd, SEED_SYNTHETIC.args)}; its CMS on ${CMS_SECOND_URL}; contract tests (CONTRACT_SYNTHETIC_ARCHIVE=true); (${rel(SYNTHETIC_TESTS.cwd)}) ${describeCommand(SYNTHETIC_TESTS.cmd, SYNTHETIC_TESTS.args)}`,
  );
  n += 1;
  info(`${String(n)}. admin login limit: a CMS of its own at the real setting`);
  n += 1;
  info(`${String(n)}. summary, then the totals line: "N passed, N failed[, N skipped]"`);
  const leftovers = await readdir(paths.db).catch(() => []);
  if (leftovers.length > 0) info(dim(`(${String(leftovers.length)} earlier SQLite test files in ${rel(paths.db)})`));
}

// ---------------------------------------------------------------------------------------

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) {
    process.stderr.write(`\n${signal} again: exiting without waiting for the servers to stop.\n`);
    process.exit(1);
  }
  interrupted = signal;
  killRunningWrk();
  process.stderr.write(`\n${bold(`Interrupted (${signal})`)}: stopping the test servers…\n`);
  signalForeground(signal);
  void stopAll().finally(() => {
    printSummary();
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
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
  if (options.dryRun) {
    await dryRun(options);
    return;
  }
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    await suite(options);
  } catch (err) {
    if (interrupted) return; // the signal handler prints the summary and exits
    error(errorMessage(err));
  } finally {
    if (!interrupted) await stopAll();
  }
  if (interrupted) return;
  printSummary();
  process.exit(allPassed() ? 0 : 1);
}

void main();
