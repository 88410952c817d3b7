/**
 * Serving benchmark: how many readers can the production stack serve, and does it stay up
 * when the processes behind the proxy die? Against a running stack (`npm start`):
 *
 *   npm run bench:serve [-- --short | --duration N | --connections N | --faults | --no-faults]
 *
 * What it measures, per page (home, news listing, the Peru release, a search), with wrk on
 * loopback for DURATION seconds (default 20) and CONNECTIONS connections (default 100):
 *
 *   1. nginx serving the same gzip bytes from memory (the page as the proxy sends it, saved
 *      to files nginx keeps open): what this machine can do for a static page at best;
 *   2. through the proxy (Varnish, cache hit): what readers get;
 *   3. straight against web instance 1 (Next.js with the shared Redis cache): what happens
 *      behind the proxy on a miss, purge or restart.
 *
 * These machines are shared and noisy (2 cores, other jobs running), so absolute numbers
 * move from one run to the next: the targets are ratios against the nginx baseline measured
 * in the same run, except for one absolute floor for the site itself:
 *
 *   - through the proxy ≥ 0.5× the baseline for home, listing and release;
 *   - straight against a web instance, the release ≥ 350 requests/s: 10× the 35 requests/s
 *     measured before the shared cache;
 *   - the CMS gets (almost) no requests while cached pages are served: ≤ 10, counted from
 *     the request lines Strapi's logger (strapi::logger) writes to the CMS log;
 *   - no failed request (socket error, timeout, status > 399) in any measured run.
 *
 * Then (default, unless --short or --no-faults) the fault scenario: 1,000 connections for
 * 60 s through the proxy over home, listing and release while the CMS (at 10 s) and web
 * instance 1 (at 30 s) are killed with SIGKILL; `npm start` restarts them (their health
 * URLs are polled from each kill on; at 45 s both must be back, within 120 s of the kill).
 * Every request must succeed. This script does not own those processes: it takes their
 * PIDs from CMS_PID / WEB1_PID or finds them with `ss -ltnp` on the CMS port and web
 * instance 1's port, checking the command line (strapi / server.mjs) before the kill (run
 * as the user running `npm start`, or root, so ss shows the PIDs).
 *
 * Environment: PROXY_URL (http://127.0.0.1:3000), WEB_URLS (http://127.0.0.1:3001,
 * http://127.0.0.1:3002), CMS_URL (http://127.0.0.1:1337), CMS_LOG (.artifacts/logs/cms.log),
 * BASELINE_PORT (3290), CMS_PID, WEB1_PID. Every wrk run is bounded (duration + 30 s).
 * Results also go to .artifacts/bench-serve/results-<time>.json. Exit code 1 on FAIL.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir, open, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters } from "node:util";
import { gunzipSync } from "node:zlib";
import { ensureDebianTools } from "./lib/apt";
import { startNginxBaseline, type BaselineFile } from "./lib/baseline";
import { disableTelemetry, variable } from "./lib/env";
import { isListening, waitForHttp } from "./lib/http";
import { bold, dim, error, errorMessage, green, heading, info, red, warn, yellow } from "./lib/log";
import { paths, rel, timestamp } from "./lib/paths";
import { stopAll } from "./lib/process";
import { assertNoFailures, commandLine, getRaw, listeningProcesses, loadWithFaults, warmPaths, type Fault } from "./lib/serve-load";
import { describeWrk, errorParts, failedRequests, killRunningWrk, runWrk, type WrkResult } from "./lib/wrk";

const PERU_PATH = "/en/news/iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";

interface Page {
  name: string;
  path: string;
  /** Counted in the proxy-vs-baseline target (the search page is measured, not targeted). */
  targeted: boolean;
  /**
   * Rendered once per change and kept in the web instances' shared cache (ISR). Listing and
   * search render per request by design (their URL is their state) and rely on the proxy:
   * their runs straight against a web instance are measured, but read the CMS's cached
   * data and may time out under this load, so they are left out of the "cached" targets.
   */
  cachedAtOrigin: boolean;
}

const PAGES: readonly Page[] = [
  { name: "home", path: "/en", targeted: true, cachedAtOrigin: true },
  { name: "listing", path: "/en/news", targeted: true, cachedAtOrigin: false },
  { name: "release", path: PERU_PATH, targeted: true, cachedAtOrigin: true },
  { name: "search", path: "/en/search?q=migrants", targeted: false, cachedAtOrigin: false },
];

const THREADS = 2;
const PROXY_TARGET_RATIO = 0.5;
const BEFORE_SHARED_CACHE_RPS = 35;
const WEB_TARGET_RPS = 10 * BEFORE_SHARED_CACHE_RPS;
const CMS_REQUESTS_MAX = 10;
const FAULT_CONNECTIONS = 1_000;
const FAULT_SECONDS = 60;
const FAULT_CMS_AT = 10;
const FAULT_WEB_AT = 30;
const FAULT_CHECK_AT = 45;
const RECOVERY_TIMEOUT_MS = 120_000;

const USAGE = `Usage: npm run bench:serve [-- flags]   (against a running \`npm start\`)

  --duration N      seconds per measured wrk run (default 20)
  --short           5 s runs, no fault scenario
  --connections N   connections per measured run (default 100)
  --faults          run the fault scenario (default unless --short)
  --no-faults       skip it
  --help            this text

Environment: PROXY_URL, WEB_URLS, CMS_URL, CMS_LOG, BASELINE_PORT, CMS_PID, WEB1_PID.`;

class BenchError extends Error {}

interface Options {
  durationSeconds: number;
  connections: number;
  faults: boolean;
}

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1)
    throw new BenchError(`${flag} needs a positive whole number, not ${String(value)}\n\n${USAGE}`);
  return n;
}

function parseArgs(argv: readonly string[]): Options | "help" {
  let duration: number | undefined;
  let connections = 100;
  let short = false;
  let faults: boolean | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--short") short = true;
    else if (flag === "--duration") duration = positiveInt("--duration", value());
    else if (flag === "--connections") connections = positiveInt("--connections", value());
    else if (flag === "--faults") faults = true;
    else if (flag === "--no-faults") faults = false;
    else throw new BenchError(`unknown argument: ${arg}\n\n${USAGE}`);
  }
  if (connections < THREADS) throw new BenchError(`--connections must be at least ${String(THREADS)} (one per wrk thread)`);
  return { durationSeconds: duration ?? (short ? 5 : 20), connections, faults: faults ?? !short };
}

interface Settings {
  proxyUrl: string;
  webUrls: string[];
  cmsUrl: string;
  cmsLog: string;
  baselinePort: number;
}

function trimUrl(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

function settings(): Settings {
  const env = (key: string, fallback: string): string => {
    return variable(key) ?? fallback;
  };
  const webUrls = env("WEB_URLS", "http://127.0.0.1:3001,http://127.0.0.1:3002")
    .split(",")
    .map(trimUrl)
    .filter((u) => u !== "");
  if (webUrls.length === 0) throw new BenchError("WEB_URLS is empty");
  const cmsLog = env("CMS_LOG", path.join(paths.logs, "cms.log"));
  return {
    proxyUrl: trimUrl(env("PROXY_URL", "http://127.0.0.1:3000")),
    webUrls,
    cmsUrl: trimUrl(env("CMS_URL", "http://127.0.0.1:1337")),
    cmsLog: path.resolve(paths.root, cmsLog),
    baselinePort: positiveInt("BASELINE_PORT", env("BASELINE_PORT", "3290")),
  };
}

/** A path for messages: relative inside the repository, absolute outside it. */
function shown(file: string): string {
  const relative = rel(file);
  return relative.startsWith("..") ? file : relative;
}

function portOf(url: string): number {
  const u = new URL(url);
  return Number(u.port === "" ? (u.protocol === "https:" ? "443" : "80") : u.port);
}

// ─── CMS request counting ────────────────────────────────────────────────────────────────

/** strapi::logger: `[2025-01-01 12:00:00.000] http: GET /api/press-releases?… (3 ms) 200` */
const CMS_REQUEST_LINE = /\bhttp:\s+([A-Z]+)\s+(\S+)\s+\(\d+\s*ms\)\s+\d{3}\b/;

interface CmsLogMark {
  file: string;
  size: number | undefined;
}

function markCmsLog(file: string): CmsLogMark {
  return { file, size: existsSync(file) ? statSync(file).size : undefined };
}

interface CmsCount {
  /** undefined: unknown (no log). */
  count: number | undefined;
  note: string;
  /** The most requested paths (without query), for the report. */
  top: [string, number][];
}

/** Waits until the CMS log has not grown for 2 s (at most 60 s). */
async function waitForQuietLog(file: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = markCmsLog(file).size;
  let quietSince = Date.now();
  while (Date.now() < deadline && Date.now() - quietSince < 2_000) {
    await sleep(250);
    const size = markCmsLog(file).size;
    if (size !== last) {
      last = size;
      quietSince = Date.now();
    }
  }
}

async function countCmsRequests(mark: CmsLogMark): Promise<CmsCount> {
  if (mark.size === undefined || !existsSync(mark.file)) {
    return { count: undefined, note: `no CMS log at ${shown(mark.file)} (set CMS_LOG to the file the CMS writes)`, top: [] };
  }
  const size = statSync(mark.file).size;
  // startProcess rewrites the log when the CMS is started again: then the whole new file counts.
  const rewritten = size < mark.size;
  const from = rewritten ? 0 : mark.size;
  const handle = await open(mark.file, "r");
  let text: string;
  try {
    const buffer = Buffer.alloc(size - from);
    await handle.read(buffer, 0, buffer.length, from);
    text = buffer.toString("utf8");
  } finally {
    await handle.close();
  }
  const byPath = new Map<string, number>();
  let count = 0;
  for (const line of text.split("\n")) {
    const match = CMS_REQUEST_LINE.exec(stripVTControlCharacters(line));
    if (!match) continue;
    count += 1;
    const key = `${match[1] ?? ""} ${(match[2] ?? "").split("?")[0] ?? ""}`;
    byPath.set(key, (byPath.get(key) ?? 0) + 1);
  }
  const top = [...byPath].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return {
    count,
    note: rewritten
      ? "the CMS log was rewritten during the runs (CMS restarted?): lines before that are lost, so this is a lower bound"
      : shown(mark.file),
    top,
  };
}

// ─── Measurements ────────────────────────────────────────────────────────────────────────

type ServedBy = "nginx baseline" | "proxy (cache hit)" | "web instance 1";

interface Measurement {
  page: Page;
  servedBy: ServedBy;
  url: string;
  result: WrkResult;
  /** CMS requests logged during this run. */
  cms: CmsCount;
}

/** Runs served from a cache: the proxy, nginx, and web instances for pages they keep (ISR). */
function fromCache(m: Measurement): boolean {
  return m.servedBy !== "web instance 1" || m.page.cachedAtOrigin;
}

async function fetchGzip(url: string): Promise<{ file: Omit<BaselineFile, "path">; cache: string }> {
  const response = await getRaw(url);
  if (response.status !== 200) throw new BenchError(`${url}: HTTP ${String(response.status)}, expected 200`);
  const encoding = response.headers["content-encoding"];
  if (encoding !== "gzip")
    throw new BenchError(`${url}: Content-Encoding ${String(encoding)}, expected gzip (the proxy compresses text responses)`);
  try {
    gunzipSync(response.body);
  } catch (err) {
    throw new BenchError(`${url}: the body is not valid gzip (${errorMessage(err)})`);
  }
  const type = response.headers["content-type"];
  const cache = response.headers["x-cache"];
  return {
    file: { gzipBody: response.body, contentType: typeof type === "string" ? type : "text/html; charset=utf-8" },
    cache: typeof cache === "string" ? cache : "(no X-Cache header)",
  };
}

const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;

function errorsText(result: WrkResult): string {
  const parts = errorParts(result);
  return parts.length > 0 ? parts.join(", ") : "0";
}

function printTable(measurements: readonly Measurement[]): void {
  const baselineOf = (page: Page): WrkResult | undefined =>
    measurements.find((m) => m.page === page && m.servedBy === "nginx baseline")?.result;
  const rows = measurements.map((m) => {
    const base = baselineOf(m.page);
    const ratio =
      m.servedBy === "nginx baseline"
        ? "1.00×"
        : base && base.requestsPerSec > 0
          ? `${(m.result.requestsPerSec / base.requestsPerSec).toFixed(2)}×`
          : "—";
    return [
      m.page.name,
      m.servedBy,
      m.result.requestsPerSec.toFixed(0),
      ms(m.result.latencyUs.p50),
      ms(m.result.latencyUs.p99),
      ratio,
      errorsText(m.result),
    ];
  });
  const header = ["page", "served by", "requests/s", "p50", "p99", "ratio to baseline", "errors"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const right = new Set([2, 3, 4, 5]);
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ");
  info(bold(line(header)));
  info(dim(widths.map((w) => "─".repeat(w)).join("  ")));
  let previous: string | undefined;
  for (const row of rows) {
    if (previous !== undefined && row[0] !== previous) info("");
    previous = row[0];
    info(line(row));
  }
}

interface Check {
  ok: boolean | undefined;
  text: string;
}

function printChecks(checks: readonly Check[]): void {
  for (const c of checks) {
    const mark = c.ok === undefined ? yellow("NOT CHECKED") : c.ok ? green("PASS") : red("FAIL");
    info(`  ${mark}  ${c.text}`);
  }
}

// ─── Faults on a stack this process does not own ─────────────────────────────────────────

/** The PID to kill: from `envVar`, else the one process listening on `port` whose command line matches. */
async function findPid(what: string, envVar: string, port: number, expected: RegExp): Promise<{ pid: number; how: string }> {
  const fromEnv = variable(envVar);
  if (fromEnv !== undefined) {
    const pid = positiveInt(envVar, fromEnv);
    return { pid, how: `${envVar}=${String(pid)}` };
  }
  const listeners = await listeningProcesses(port);
  if (listeners.length === 0)
    throw new Error(`nothing found listening on port ${String(port)} for the ${what} (ss -ltnp; set ${envVar} to its PID)`);
  const matching = listeners.filter((l) => expected.test(commandLine(l.pid)));
  const [first] = matching;
  if (first === undefined || matching.length > 1) {
    const seen = listeners.map((l) => `${String(l.pid)} (${commandLine(l.pid) || l.command})`).join(", ");
    throw new Error(
      `expected one ${what} process (command line matching ${String(expected)}) on port ${String(port)}, found: ${seen}; set ${envVar} to its PID`,
    );
  }
  return { pid: first.pid, how: `listening on :${String(port)}: ${commandLine(first.pid)}` };
}

interface Recovery {
  what: string;
  killedAt: number;
  /** Settles with "answers … again N s after the SIGKILL", or rejects after RECOVERY_TIMEOUT_MS. */
  back: Promise<string>;
}

/** SIGKILLs the process, then (in the background) waits for `healthUrl` to answer again. */
function killFault(
  what: string,
  envVar: string,
  port: number,
  expected: RegExp,
  healthUrl: string,
  okStatuses: number[],
  recoveries: Recovery[],
): () => Promise<string> {
  return async () => {
    const { pid, how } = await findPid(what, envVar, port, expected);
    process.kill(pid, "SIGKILL");
    const killedAt = Date.now();
    // The killed process may still answer for a moment: wait for it to be gone first.
    const back = (async () => {
      const deadline = killedAt + RECOVERY_TIMEOUT_MS;
      while (Date.now() < deadline && (await listeningProcesses(port).catch(() => [])).some((l) => l.pid === pid)) await sleep(50);
      await waitForHttp(healthUrl, { timeoutMs: Math.max(1_000, deadline - Date.now()), okStatuses, intervalMs: 250 });
      return `${what} answers ${healthUrl} again ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the SIGKILL`;
    })();
    back.catch(() => undefined); // awaited by the check; never an unhandled rejection
    recoveries.push({ what, killedAt, back });
    return `PID ${String(pid)} (${how})`;
  };
}

interface FaultOutcome {
  checks: Check[];
  faultLog: string[];
  wrk: WrkResult;
}

async function runFaultScenario(s: Settings): Promise<FaultOutcome> {
  heading(`Fault scenario: ${String(FAULT_CONNECTIONS)} connections for ${String(FAULT_SECONDS)} s through the proxy`);
  const web1 = s.webUrls[0] ?? "";
  const recoveries: Recovery[] = [];
  const faults: Fault[] = [
    {
      atSeconds: FAULT_CMS_AT,
      name: "SIGKILL the CMS",
      action: killFault("CMS", "CMS_PID", portOf(s.cmsUrl), /strapi/, `${s.cmsUrl}/_health`, [200, 204], recoveries),
    },
    {
      atSeconds: FAULT_WEB_AT,
      name: "SIGKILL web instance 1",
      action: killFault("web instance 1", "WEB1_PID", portOf(web1), /server\.mjs/, `${web1}/api/health`, [200], recoveries),
    },
    {
      atSeconds: FAULT_CHECK_AT,
      name: "npm start restarted them",
      action: async () => {
        const results = await Promise.allSettled(recoveries.map((r) => r.back));
        const lines = results.map((r, i) =>
          r.status === "fulfilled" ? r.value : `${recoveries[i]?.what ?? "?"} NOT back: ${errorMessage(r.reason)}`,
        );
        if (results.some((r) => r.status === "rejected")) throw new Error(lines.join("; "));
        return lines.join("; ");
      },
    },
  ];
  const result = await loadWithFaults({
    baseUrl: s.proxyUrl,
    paths: PAGES.filter((p) => p.targeted).map((p) => p.path),
    connections: FAULT_CONNECTIONS,
    durationSeconds: FAULT_SECONDS,
    faults,
  });
  info(`wrk totals: ${describeWrk(result.wrk)}; non-2xx ${String(result.wrk.non2xx ?? "not counted")}`);
  let ok = true;
  let text = `every request succeeded under faults (${String(result.wrk.requests)} requests, ${result.wrk.requestsPerSec.toFixed(0)} req/s, p99 ${ms(result.wrk.latencyUs.p99)})`;
  try {
    assertNoFailures(result);
  } catch (err) {
    ok = false;
    text = errorMessage(err);
  }
  return { checks: [{ ok, text }], faultLog: result.faultLog, wrk: result.wrk };
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────

async function bench(options: Options, s: Settings): Promise<boolean> {
  heading("Serving benchmark: setup");
  info(
    await ensureDebianTools([
      { command: "wrk", packages: ["wrk"], why: "the load generator" },
      { command: "nginx", packages: ["nginx"], why: "the static baseline" },
    ]),
  );
  const web1 = s.webUrls[0] ?? "";
  try {
    await waitForHttp(`${s.proxyUrl}/api/health`, { timeoutMs: 10_000 });
    await waitForHttp(`${web1}/api/health`, { timeoutMs: 10_000 });
  } catch (err) {
    throw new BenchError(`the stack does not answer (start it with npm start, or set PROXY_URL/WEB_URLS): ${errorMessage(err)}`);
  }
  if (await isListening(s.baselinePort))
    throw new BenchError(`port ${String(s.baselinePort)} (nginx baseline) is in use; free it or set BASELINE_PORT`);
  info(`proxy ${s.proxyUrl}, web instance 1 ${web1}, CMS ${s.cmsUrl}, CMS log ${shown(s.cmsLog)}`);
  info(
    `${String(options.durationSeconds)} s per run, ${String(options.connections)} connections, ${String(THREADS)} wrk threads, Accept-Encoding: gzip`,
  );

  const pagePaths = PAGES.map((p) => p.path);
  await warmPaths(s.proxyUrl, pagePaths);
  await warmPaths(web1, pagePaths);
  const files: BaselineFile[] = [];
  for (const page of PAGES) {
    const { file, cache } = await fetchGzip(`${s.proxyUrl}${page.path}`);
    files.push({ path: page.path, ...file });
    const cacheNote = cache === "HIT" ? cache : yellow(`${cache} (expected HIT after warming)`);
    info(
      `  ${page.name.padEnd(8)} ${page.path}: ${String(file.gzipBody.length)} bytes gzip, ${file.contentType}, proxy X-Cache ${cacheNote}`,
    );
  }
  const baselineUrl = `http://127.0.0.1:${String(s.baselinePort)}`;
  const nginx = await startNginxBaseline({ port: s.baselinePort, files, workDir: path.join(paths.artifacts, "bench-serve", "nginx") });
  info(`nginx baseline on ${baselineUrl} (log: ${rel(nginx.logFile)})`);

  const measurements: Measurement[] = [];
  try {
    for (const page of PAGES) {
      heading(`${page.name}: ${page.path}`);
      const targets: [ServedBy, string][] = [
        ["nginx baseline", baselineUrl],
        ["proxy (cache hit)", s.proxyUrl],
        ["web instance 1", web1],
      ];
      for (const [servedBy, origin] of targets) {
        const url = `${origin}${page.path}`;
        const mark = markCmsLog(s.cmsLog);
        const result = await runWrk({
          urls: [url],
          connections: options.connections,
          threads: THREADS,
          durationSeconds: options.durationSeconds,
        });
        await sleep(500); // the last log lines reach the file
        const cms = await countCmsRequests(mark);
        // Renders that wrk gave up on (timeouts) still finish behind it and keep calling the
        // CMS: let them end, so their requests are not counted against the next run.
        await waitForQuietLog(s.cmsLog);
        measurements.push({ page, servedBy, url, result, cms });
        info(`  ${servedBy.padEnd(18)} ${describeWrk(result)}; CMS requests: ${cms.count === undefined ? "unknown" : String(cms.count)}`);
      }
    }
  } finally {
    await nginx.stop();
  }

  heading("Results");
  printTable(measurements);
  info("");
  const cached = measurements.filter(fromCache);
  const perRequest = measurements.filter((m) => !fromCache(m));
  const sum = (ms: Measurement[]): number | undefined =>
    ms.some((m) => m.cms.count === undefined) ? undefined : ms.reduce((n, m) => n + (m.cms.count ?? 0), 0);
  const cmsCached = sum(cached);
  const firstNote = measurements[0]?.cms.note ?? "";
  info(`CMS requests during the runs served from a cache: ${cmsCached === undefined ? `unknown (${firstNote})` : String(cmsCached)}`);
  info(
    `CMS requests during the per-request runs straight against web instance 1 (listing, search): ${String(sum(perRequest) ?? "unknown")}`,
  );
  for (const m of perRequest) for (const [key, n] of m.cms.top) info(dim(`  ${m.page.name}: ${String(n).padStart(6)}  ${key}`));

  const find = (name: string, servedBy: ServedBy): WrkResult | undefined =>
    measurements.find((m) => m.page.name === name && m.servedBy === servedBy)?.result;
  const checks: Check[] = [];
  for (const page of PAGES.filter((p) => p.targeted)) {
    const base = find(page.name, "nginx baseline");
    const proxy = find(page.name, "proxy (cache hit)");
    const ratio = base && proxy && base.requestsPerSec > 0 ? proxy.requestsPerSec / base.requestsPerSec : 0;
    checks.push({
      ok: ratio >= PROXY_TARGET_RATIO,
      text: `${page.name} through the proxy: ${ratio.toFixed(2)}× the baseline (${(proxy?.requestsPerSec ?? 0).toFixed(0)} vs ${(base?.requestsPerSec ?? 0).toFixed(0)} req/s; target ≥ ${String(PROXY_TARGET_RATIO)}×)`,
    });
  }
  const release = find("release", "web instance 1")?.requestsPerSec ?? 0;
  checks.push({
    ok: release >= WEB_TARGET_RPS,
    text: `release straight against web instance 1: ${release.toFixed(0)} req/s = ${(release / BEFORE_SHARED_CACHE_RPS).toFixed(1)}× the ${String(BEFORE_SHARED_CACHE_RPS)} req/s before (target ≥ 10×, ${String(WEB_TARGET_RPS)} req/s)`,
  });
  checks.push({
    ok: cmsCached === undefined ? undefined : cmsCached <= CMS_REQUESTS_MAX,
    text: `CMS requests during the runs served from a cache: ${cmsCached === undefined ? "unknown" : String(cmsCached)} (target ≈ 0, ≤ ${String(CMS_REQUESTS_MAX)})`,
  });
  const failed = cached.filter((m) => failedRequests(m.result) > 0);
  checks.push({
    ok: failed.length === 0,
    text:
      failed.length === 0
        ? "no failed requests in the runs served from a cache"
        : `failed requests in: ${failed.map((m) => `${m.page.name} via ${m.servedBy} (${errorsText(m.result)})`).join("; ")}`,
  });
  for (const m of perRequest.filter((x) => failedRequests(x.result) > 0)) {
    info(yellow(`(measured, not a target) ${m.page.name} straight against ${m.servedBy}, rendered per request: ${errorsText(m.result)}`));
  }

  let faults: FaultOutcome | undefined;
  if (options.faults) faults = await runFaultScenario(s);
  else info(dim("\n(fault scenario skipped: --short or --no-faults)"));

  const faultChecks = faults?.checks ?? [];
  heading("Targets");
  printChecks([...checks, ...faultChecks]);

  const outDir = path.join(paths.artifacts, "bench-serve");
  await mkdir(outDir, { recursive: true });
  const outFile = path.join(outDir, `results-${timestamp()}.json`);
  await writeFile(
    outFile,
    `${JSON.stringify(
      {
        options,
        settings: s,
        measurements: measurements.map((m) => ({
          page: m.page.name,
          path: m.page.path,
          servedBy: m.servedBy,
          url: m.url,
          ...m.result,
          output: undefined,
        })),
        cmsRequestsFromCache: cmsCached ?? null,
        faults: faults ? { faultLog: faults.faultLog, wrk: { ...faults.wrk, output: undefined } } : null,
        checks: [...checks, ...faultChecks],
      },
      null,
      2,
    )}\n`,
  );
  info(dim(`\nResults: ${rel(outFile)}`));
  return [...checks, ...faultChecks].every((c) => c.ok !== false);
}

async function main(): Promise<void> {
  let options: Options | "help";
  let s: Settings;
  try {
    options = parseArgs(process.argv.slice(2));
    s = settings();
  } catch (err) {
    error(errorMessage(err));
    process.exit(2);
  }
  if (options === "help") {
    info(USAGE);
    return;
  }
  disableTelemetry();
  const onSignal = (signal: NodeJS.Signals): void => {
    warn(`${signal}: stopping wrk and the nginx baseline`);
    killRunningWrk();
    void stopAll().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let ok = false;
  try {
    ok = await bench(options, s);
  } catch (err) {
    error(errorMessage(err));
  } finally {
    killRunningWrk();
    await stopAll();
  }
  info(ok ? green(bold("\nbench:serve PASS")) : red(bold("\nbench:serve FAIL")));
  process.exit(ok ? 0 : 1);
}

void main();
