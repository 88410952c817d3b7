/**
 * wrk (HTTP load generator, Debian package `wrk`) driven from TypeScript: one call = one
 * bounded wrk run against loopback, rotating round-robin over a set of URL paths, with the
 * results printed by a generated Lua script as one machine-readable line and parsed here.
 *
 *   WRK_JSON {"requests":…,"duration_us":…,"bytes":…,"errors":{…},"latency_us":{…},
 *             "requests_per_sec":…,"non2xx":…}
 *
 * Status codes: wrk itself counts responses with a status > 399 (`errors.status`). With
 * `countStatuses`, a Lua `response()` hook also counts every status outside 200–299 per
 * thread (aggregated in done() over the threads table), which makes `non2xx` exact at the
 * cost of some throughput (wrk then parses every response for the hook): the fault tests
 * turn it on, the benchmarks rely on `errors.status`.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { childEnv } from "./env";

export interface WrkOptions {
  /** Absolute http://127.0.0.1:… URLs on one host:port, requested in turn (round-robin). */
  urls: readonly string[];
  connections: number;
  /** wrk threads (default: min(2, connections)). */
  threads?: number;
  durationSeconds: number;
  /** wrk's per-request timeout: a response slower than this counts as a timeout (default 5 s). */
  timeoutSeconds?: number;
  /** Request headers, on top of the default Accept-Encoding: gzip. */
  headers?: Readonly<Record<string, string>>;
  /** Count every status outside 200–299 exactly (Lua response() hook, slower). Default false. */
  countStatuses?: boolean;
}

export interface WrkErrors {
  connect: number;
  read: number;
  write: number;
  /** Responses with a status > 399, as wrk counts them. */
  status: number;
  timeout: number;
}

export interface WrkResult {
  requests: number;
  durationUs: number;
  bytes: number;
  errors: WrkErrors;
  /** Latency percentiles over all requests, in microseconds. */
  latencyUs: { p50: number; p90: number; p99: number; max: number; mean: number };
  requestsPerSec: number;
  /** Responses with a status outside 200–299; undefined unless run with countStatuses. */
  non2xx: number | undefined;
  /** wrk's own text output (with --latency), for logs. */
  output: string;
}

const WRK_JSON_PREFIX = "WRK_JSON ";
/** A run that has not ended this long after its duration is killed. */
const KILL_GRACE_SECONDS = 30;
/** Process groups of the wrk runs in progress (wrk runs detached, so Ctrl+C does not reach it). */
const running = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Kills every wrk run in progress (for signal handlers); their runWrk calls reject. */
export function killRunningWrk(): void {
  for (const pid of running) killGroup(pid);
}

const count = z.number().nonnegative();
const wrkJsonSchema = z.object({
  requests: count,
  duration_us: count,
  bytes: count,
  errors: z.object({ connect: count, read: count, write: count, status: count, timeout: count }),
  latency_us: z.object({ p50: count, p90: count, p99: count, max: count, mean: count }),
  requests_per_sec: count,
  non2xx: count.nullable(),
});

/** Parses the WRK_JSON line the generated script prints in done(); throws if there is none. */
export function parseWrkOutput(output: string): WrkResult {
  const line = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith(WRK_JSON_PREFIX));
  if (line === undefined) throw new Error(`no ${WRK_JSON_PREFIX.trim()} line in the wrk output:\n${output.slice(-2_000)}`);
  let raw: unknown;
  try {
    raw = JSON.parse(line.slice(WRK_JSON_PREFIX.length));
  } catch (err) {
    throw new Error(`unreadable ${WRK_JSON_PREFIX.trim()} line (${err instanceof Error ? err.message : String(err)}): ${line}`);
  }
  const parsed = wrkJsonSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`unexpected ${WRK_JSON_PREFIX.trim()} line (${parsed.error.message}): ${line}`);
  const d = parsed.data;
  return {
    requests: d.requests,
    durationUs: d.duration_us,
    bytes: d.bytes,
    errors: { ...d.errors },
    latencyUs: { ...d.latency_us },
    requestsPerSec: d.requests_per_sec,
    non2xx: d.non2xx ?? undefined,
    output,
  };
}

/** Socket-level failures: connect, read and write errors plus timeouts. */
export function socketErrors(result: WrkResult): number {
  return result.errors.connect + result.errors.read + result.errors.write + result.errors.timeout;
}

/** Failed requests: socket errors plus bad statuses (non2xx when counted, else wrk's > 399). */
export function failedRequests(result: WrkResult): number {
  return socketErrors(result) + (result.non2xx ?? result.errors.status);
}

/** The failures of a run, e.g. ["connect 3", "timeout 1", "non-2xx 5"]; empty when none. */
export function errorParts(result: WrkResult): string[] {
  const e = result.errors;
  return [
    e.connect > 0 ? `connect ${String(e.connect)}` : "",
    e.read > 0 ? `read ${String(e.read)}` : "",
    e.write > 0 ? `write ${String(e.write)}` : "",
    e.timeout > 0 ? `timeout ${String(e.timeout)}` : "",
    result.non2xx === undefined
      ? e.status > 0
        ? `status>399 ${String(e.status)}`
        : ""
      : result.non2xx > 0
        ? `non-2xx ${String(result.non2xx)}`
        : "",
  ].filter((p) => p !== "");
}

/** One line: "1234 requests in 10.0 s, 123.4 req/s, p50 1.2 ms, p99 3.4 ms, errors: none". */
export function describeWrk(result: WrkResult): string {
  const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;
  const parts = errorParts(result);
  return (
    `${String(result.requests)} requests in ${(result.durationUs / 1e6).toFixed(1)} s, ${result.requestsPerSec.toFixed(1)} req/s, ` +
    `p50 ${ms(result.latencyUs.p50)}, p99 ${ms(result.latencyUs.p99)}, max ${ms(result.latencyUs.max)}, errors: ${parts.length > 0 ? parts.join(", ") : "none"}`
  );
}

/** A Lua string literal (decimal escapes for anything but printable ASCII). */
function luaString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, "utf8")) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${String(byte)}`;
  }
  return `${out}"`;
}

/** The Lua script for wrk: round-robin over `requestPaths`, `headers` set, results as WRK_JSON. */
export function wrkScript(requestPaths: readonly string[], headers: Readonly<Record<string, string>>, countStatuses: boolean): string {
  const headerLines = Object.entries(headers).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  return `-- Generated by packages/devtools/src/lib/wrk.ts
local paths = { ${requestPaths.map(luaString).join(", ")} }
local count_statuses = ${countStatuses ? "true" : "false"}
${headerLines.join("\n")}

local threads = {}
function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local requests_by_path = {}
local next_index = 1
function init(args)
  non2xx = 0
  for i, p in ipairs(paths) do
    requests_by_path[i] = wrk.format("GET", p)
  end
  -- Threads start at different paths, so every path gets load from the first request on.
  next_index = (thread_index or 0) % #paths + 1
end

function request()
  local r = requests_by_path[next_index]
  next_index = next_index % #paths + 1
  return r
end

if count_statuses then
  function response(status, headers, body)
    if status < 200 or status > 299 then
      non2xx = non2xx + 1
    end
  end
end

function done(summary, latency, requests)
  local non2xx_total = "null"
  if count_statuses then
    local total = 0
    for _, t in ipairs(threads) do
      total = total + (tonumber(t:get("non2xx")) or 0)
    end
    non2xx_total = string.format("%.0f", total)
  end
  local e = summary.errors
  local seconds = summary.duration / 1000000
  local rps = 0
  if seconds > 0 then rps = summary.requests / seconds end
  io.write(string.format(
    '${WRK_JSON_PREFIX}{"requests":%.0f,"duration_us":%.0f,"bytes":%.0f,' ..
    '"errors":{"connect":%.0f,"read":%.0f,"write":%.0f,"status":%.0f,"timeout":%.0f},' ..
    '"latency_us":{"p50":%.0f,"p90":%.0f,"p99":%.0f,"max":%.0f,"mean":%.1f},' ..
    '"requests_per_sec":%.2f,"non2xx":%s}\\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    rps, non2xx_total))
end
`;
}

interface Target {
  origin: string;
  requestPaths: string[];
}

/** Checks that every URL is absolute http on one host:port; returns it and the paths (with queries). */
export function splitUrls(urls: readonly string[]): Target {
  if (urls.length === 0) throw new Error("runWrk: no URLs");
  let origin: string | undefined;
  const requestPaths: string[] = [];
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`runWrk: not an absolute URL: ${url}`);
    }
    if (parsed.protocol !== "http:") throw new Error(`runWrk: only http:// URLs (loopback) are supported: ${url}`);
    if (origin === undefined) origin = parsed.origin;
    else if (parsed.origin !== origin)
      throw new Error(`runWrk: all URLs of one run must share one host:port (${origin} and ${parsed.origin})`);
    requestPaths.push(`${parsed.pathname}${parsed.search}`);
  }
  return { origin: origin ?? "", requestPaths };
}

function positiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(`runWrk: ${name} must be a positive integer, not ${String(value)}`);
}

/**
 * Runs wrk once, bounded: wrk stops itself after `durationSeconds`; if it has not ended
 * KILL_GRACE_SECONDS later its process group is killed and the promise rejects.
 */
export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const { origin, requestPaths } = splitUrls(options.urls);
  positiveInteger("connections", options.connections);
  positiveInteger("durationSeconds", options.durationSeconds);
  const threads = options.threads ?? Math.min(2, options.connections);
  positiveInteger("threads", threads);
  if (threads > options.connections)
    throw new Error(`runWrk: ${String(threads)} threads need at least as many connections (${String(options.connections)})`);
  const timeoutSeconds = options.timeoutSeconds ?? 5;
  positiveInteger("timeoutSeconds", timeoutSeconds);
  const headers = { "Accept-Encoding": "gzip", ...options.headers };

  const dir = await mkdtemp(path.join(tmpdir(), "wrk-"));
  const script = path.join(dir, "rotate.lua");
  await writeFile(script, wrkScript(requestPaths, headers, options.countStatuses ?? false));
  const wrkArgs = [
    "--latency",
    "--connections",
    String(options.connections),
    "--threads",
    String(threads),
    "--duration",
    `${String(options.durationSeconds)}s`,
    "--timeout",
    `${String(timeoutSeconds)}s`,
    "--script",
    script,
    `${origin}${requestPaths[0] ?? "/"}`,
  ];
  // Thousands of connections need more file descriptors than the usual 1024: as many as allowed.
  const shell = 'ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec wrk "$@"';
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn("sh", ["-c", shell, "sh", ...wrkArgs], { env: childEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
      const pid = child.pid;
      if (pid !== undefined) running.add(pid);
      const chunks: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
      let killed = false;
      const timer = setTimeout(
        () => {
          killed = true;
          if (pid !== undefined) killGroup(pid);
        },
        (options.durationSeconds + KILL_GRACE_SECONDS) * 1000,
      );
      child.on("error", (err) => {
        clearTimeout(timer);
        if (pid !== undefined) running.delete(pid);
        reject(new Error(`could not run wrk (${err.message}); install it with apt-get install wrk`));
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (pid !== undefined) running.delete(pid);
        const text = Buffer.concat(chunks).toString("utf8");
        if (killed)
          reject(
            new Error(
              `wrk did not stop within ${String(options.durationSeconds + KILL_GRACE_SECONDS)} s and was killed:\n${text.slice(-2_000)}`,
            ),
          );
        else if (code === 127) reject(new Error(`wrk not found (install it with apt-get install wrk):\n${text.slice(-2_000)}`));
        else if (code !== 0)
          reject(
            new Error(`wrk failed (${signal ? `killed by ${signal}` : `exit code ${String(code)}`}) for ${origin}:\n${text.slice(-2_000)}`),
          );
        else resolve(text);
      });
    });
    return parseWrkOutput(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
