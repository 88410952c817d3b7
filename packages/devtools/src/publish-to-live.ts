/**
 * Publish-to-live benchmark: how long after an editor presses Publish does the public page
 * show the change? Against a running CMS and site (npm start, or the test stack):
 *
 *   CMS_URL=http://127.0.0.1:1337 BASE_URL=http://127.0.0.1:3000 SEED_STAFF_PASSWORD=… \
 *     npm run bench:publish-to-live
 *
 * Logs in to the admin API as the seeded editor, creates one benchmark release (or reuses the
 * one an earlier run created), then 10 times: saves a new title in the draft, publishes, and,
 * from the moment the publish call returns, polls the public page until its HTML holds the
 * new title. The target is a median of at most 2 s; a run that takes more than 15 s fails.
 * A plain GET of an already-rendered page, timed in the same run, is the baseline: these
 * machines are noisy, so the ratios say more than the milliseconds.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { bold, error, errorMessage, green, heading, info, red } from "./lib/log";
import { Admin, AdminApiError, describeFailure, EDITOR_EMAIL, getPage } from "./lib/newsroom-admin";
import { paths } from "./lib/paths";
import { variable } from "./lib/env";
import { readEnvFile } from "./lib/envfile";

const RUNS = 10;
const TARGET_MEDIAN_MS = 2_000;
const RUN_TIMEOUT_MS = 15_000;
const POLL_INTERVAL_MS = 25;
const BASELINE_GETS = 10;

const BENCH_SLUG = "publish-to-live-benchmark";
const BENCH_LEAD = "A release the publish-to-live benchmark (npm run bench:publish-to-live) edits and publishes. Not real news.";
const PERU_PATH = "/en/news/iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";

class BenchError extends Error {}

interface Settings {
  cmsUrl: string;
  baseUrl: string;
  password: string;
}

async function settings(): Promise<Settings> {
  const cmsEnv = await readEnvFile(paths.cmsEnvFile);
  const password = variable("SEED_STAFF_PASSWORD") ?? cmsEnv?.SEED_STAFF_PASSWORD;
  if (password === undefined || password === "") {
    throw new BenchError(
      `SEED_STAFF_PASSWORD is not set (nor in apps/cms/.env): the benchmark logs in as ${EDITOR_EMAIL}, a sample account the CMS creates when SEED_CONTENT=true and SEED_STAFF_PASSWORD are set`,
    );
  }
  return {
    cmsUrl: (variable("CMS_URL") ?? "http://127.0.0.1:1337").replace(/\/+$/, ""),
    baseUrl: (variable("BASE_URL") ?? "http://127.0.0.1:3000").replace(/\/+$/, ""),
    password,
  };
}

// ─── HTTP ────────────────────────────────────────────────────────────────────────────────

/** Fails with a message naming the service and the variable to set when `url` does not answer. */
async function ensureAnswers(name: string, url: string, variable: string): Promise<void> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    if (response.status >= 500) throw new Error(`HTTP ${String(response.status)}`);
  } catch (err) {
    throw new BenchError(`${name} at ${url} does not answer (${describeFailure(err)}). Start it (npm start) or set ${variable}.`);
  }
}

// ─── Site ────────────────────────────────────────────────────────────────────────────────

/** Milliseconds until `url` answers 200 with `text` in its HTML, or undefined after the timeout. */
async function waitForText(url: string, text: string, startedAt: number): Promise<{ ms: number | undefined; polls: number; last: string }> {
  let polls = 0;
  let last = "no answer yet";
  while (performance.now() - startedAt < RUN_TIMEOUT_MS) {
    polls += 1;
    try {
      const page = await getPage(url);
      if (page.status === 200 && page.html.includes(text)) return { ms: performance.now() - startedAt, polls, last };
      last = `HTTP ${String(page.status)}${page.status === 200 ? ", old title" : ""}`;
    } catch (err) {
      last = describeFailure(err);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  return { ms: undefined, polls, last };
}

async function baselineMs(url: string): Promise<number[]> {
  const first = await getPage(url);
  if (first.status !== 200) throw new BenchError(`baseline page ${url} answered HTTP ${String(first.status)}, not 200`);
  const times: number[] = [];
  for (let i = 0; i < BASELINE_GETS; i += 1) {
    const start = performance.now();
    await getPage(url);
    times.push(performance.now() - start);
  }
  return times;
}

// ─── Report ──────────────────────────────────────────────────────────────────────────────

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  const lower = sorted[mid - 1] ?? upper;
  return sorted.length % 2 === 0 ? (lower + upper) / 2 : upper;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const ratio = (value: number, base: number): string => (base > 0 ? `${(value / base).toFixed(1)}×` : "n/a");

async function main(): Promise<number> {
  const { cmsUrl, baseUrl, password } = await settings();
  heading("Publish-to-live benchmark");
  info(
    `CMS ${cmsUrl}, site ${baseUrl}; ${String(RUNS)} runs, target median ≤ ${ms(TARGET_MEDIAN_MS)}, a run fails after ${ms(RUN_TIMEOUT_MS)}`,
  );
  await ensureAnswers("The CMS", `${cmsUrl}/_health`, "CMS_URL");
  await ensureAnswers("The site", `${baseUrl}/api/health`, "BASE_URL");

  const admin = await Admin.login(cmsUrl, EDITOR_EMAIL, password);
  const runId = randomBytes(4).toString("hex");
  const existing = await admin.findBySlug(BENCH_SLUG);
  const release = existing ?? (await admin.create(`Publish-to-live benchmark ${runId} start`, BENCH_SLUG, BENCH_LEAD));
  info(`${existing ? "Reusing" : "Created"} release ${release.documentId} (slug ${release.slug}), as ${EDITOR_EMAIL}`);
  const pageUrl = `${baseUrl}/en/news/${release.slug}`;

  // Published once so that every measured run is an update of a live page, as in real life.
  if (!existing) await admin.publish(release.documentId);

  const baseline = await baselineMs(`${baseUrl}${PERU_PATH}`);
  const baselineMedian = median(baseline);
  info(
    `Baseline: GET of a cached page (${PERU_PATH}), ${String(BASELINE_GETS)} times: median ${ms(baselineMedian)}, worst ${ms(Math.max(...baseline))}`,
  );

  const results: number[] = [];
  let timedOut = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const title = `Publish-to-live benchmark ${runId} run ${String(run)}`;
    await admin.setTitle(release.documentId, title);
    const publishStart = performance.now();
    await admin.publish(release.documentId);
    const startedAt = performance.now();
    const publishMs = startedAt - publishStart;
    const outcome = await waitForText(pageUrl, title, startedAt);
    const label = `run ${String(run).padStart(2)}:`;
    if (outcome.ms === undefined) {
      timedOut += 1;
      info(
        `${label} ${red(`not live after ${ms(RUN_TIMEOUT_MS)}`)} (${String(outcome.polls)} polls, last: ${outcome.last}; publish call ${ms(publishMs)})`,
      );
      continue;
    }
    results.push(outcome.ms);
    info(
      `${label} live after ${ms(outcome.ms).padStart(8)} (${String(outcome.polls)} polls; publish call ${ms(publishMs)}; ${ratio(outcome.ms, baselineMedian)} baseline)`,
    );
  }

  heading("Result");
  if (results.length === 0) {
    error(`no run went live within ${ms(RUN_TIMEOUT_MS)}: is the site's revalidation (/api/revalidate, the CMS webhook) working?`);
    return 1;
  }
  const med = median(results);
  const worst = timedOut > 0 ? Number.POSITIVE_INFINITY : Math.max(...results);
  info(`median ${bold(ms(med))} (${ratio(med, baselineMedian)} the baseline GET of ${ms(baselineMedian)})`);
  info(
    `worst  ${bold(Number.isFinite(worst) ? ms(worst) : `> ${ms(RUN_TIMEOUT_MS)}`)}${Number.isFinite(worst) ? ` (${ratio(worst, baselineMedian)} the baseline)` : ""}`,
  );
  info(`target median ≤ ${ms(TARGET_MEDIAN_MS)}; every run ≤ ${ms(RUN_TIMEOUT_MS)}`);
  const failures: string[] = [];
  if (med > TARGET_MEDIAN_MS) failures.push(`median ${ms(med)} misses the target of ${ms(TARGET_MEDIAN_MS)}`);
  if (timedOut > 0) failures.push(`${String(timedOut)} of ${String(RUNS)} runs were not live after ${ms(RUN_TIMEOUT_MS)}`);
  if (failures.length > 0) {
    for (const failure of failures) error(failure);
    return 1;
  }
  info(green("PASS"));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    error(errorMessage(err));
    if (!(err instanceof BenchError) && !(err instanceof AdminApiError) && err instanceof Error && err.stack)
      process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
