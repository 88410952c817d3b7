/**
 * Load with faults: many readers on the site through the proxy while processes behind it
 * are killed and started again. Every request must still succeed (the proxy serves its
 * cached copies; the other web instance takes over), which assertNoFailures checks.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { errorMessage, info } from "./log";
import { describeWrk, runWrk, socketErrors, type WrkResult } from "./wrk";

export interface Fault {
  /** Seconds after the load started. */
  atSeconds: number;
  name: string;
  /**
   * Runs at `atSeconds` (faults run one after the other, in time order). A string it
   * resolves to is logged with it ("SIGKILL PID 1234").
   */
  action: () => Promise<unknown>;
}

export interface LoadWithFaultsOptions {
  /** The proxy, e.g. http://127.0.0.1:3100. */
  baseUrl: string;
  /** URL paths (with queries), requested round-robin. */
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  faults: readonly Fault[];
  /** wrk threads (default 2). */
  threads?: number;
  /** wrk's per-request timeout (default 5 s). */
  timeoutSeconds?: number;
}

export interface LoadWithFaultsResult {
  wrk: WrkResult;
  /** What happened when, e.g. "[t=10.0 s] kill CMS: done (12 ms)". */
  faultLog: string[];
  /** The faults whose action threw (their error is in the log too). */
  failedFaults: string[];
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (not decompressed). */
  body: Buffer;
}

/** GET over node:http with Accept-Encoding: gzip; the body as sent, compressed or not. */
export function getRaw(url: string, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": "gzip" }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${String(timeoutMs / 1000)} s: ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

/** GETs every path `times` times (in order), failing unless each answers 200. */
export async function warmPaths(baseUrl: string, paths: readonly string[], times = 2): Promise<void> {
  for (const p of paths) {
    for (let i = 0; i < times; i += 1) {
      const url = `${baseUrl.replace(/\/+$/, "")}${p}`;
      let status: number;
      try {
        status = (await getRaw(url)).status;
      } catch (err) {
        throw new Error(`warming ${url}: ${errorMessage(err)}`);
      }
      if (status !== 200) throw new Error(`warming ${url}: HTTP ${String(status)}, expected 200`);
    }
  }
}

/**
 * Warms every path (twice each through `baseUrl`), then runs wrk (exact non-2xx counting)
 * for `durationSeconds` while the faults run at their times; resolves when wrk and every
 * fault action have finished.
 */
export async function loadWithFaults(options: LoadWithFaultsOptions): Promise<LoadWithFaultsResult> {
  const base = options.baseUrl.replace(/\/+$/, "");
  const faults = [...options.faults].sort((a, b) => a.atSeconds - b.atSeconds);
  for (const fault of faults) {
    if (!(fault.atSeconds >= 0 && fault.atSeconds < options.durationSeconds)) {
      throw new Error(`fault "${fault.name}" at ${String(fault.atSeconds)} s is outside the ${String(options.durationSeconds)} s of load`);
    }
  }
  if (options.paths.length === 0) throw new Error("loadWithFaults: no paths");
  await warmPaths(base, options.paths);

  const faultLog: string[] = [];
  const failedFaults: string[] = [];
  const started = Date.now();
  const at = (): string => `[t=${((Date.now() - started) / 1000).toFixed(1)} s]`;
  const log = (line: string): void => {
    const entry = `${at()} ${line}`;
    faultLog.push(entry);
    info(entry);
  };

  log(
    `load: ${String(options.connections)} connections for ${String(options.durationSeconds)} s on ${base} over ${options.paths.join(", ")}`,
  );
  const load = runWrk({
    urls: options.paths.map((p) => `${base}${p}`),
    connections: options.connections,
    threads: options.threads ?? 2,
    durationSeconds: options.durationSeconds,
    timeoutSeconds: options.timeoutSeconds ?? 5,
    countStatuses: true,
  });
  // If wrk fails early, the faults still run to completion; the wrk error is reported after.
  const loadSettled = load.then(
    () => undefined,
    () => undefined,
  );

  const runFaults = async (): Promise<void> => {
    for (const fault of faults) {
      const wait = started + fault.atSeconds * 1000 - Date.now();
      if (wait > 0) await sleep(wait);
      else if (wait < -1000) log(`${fault.name}: starting ${(-wait / 1000).toFixed(1)} s late (the previous fault took longer)`);
      log(`${fault.name}: start`);
      const t0 = Date.now();
      try {
        const detail = await fault.action();
        log(`${fault.name}: done (${String(Date.now() - t0)} ms)${typeof detail === "string" && detail !== "" ? `: ${detail}` : ""}`);
      } catch (err) {
        failedFaults.push(fault.name);
        log(`${fault.name}: FAILED after ${String(Date.now() - t0)} ms: ${errorMessage(err)}`);
      }
    }
  };
  await Promise.all([runFaults(), loadSettled]);
  const wrk = await load;
  log(`load ended: ${describeWrk(wrk)}`);
  return { wrk, faultLog, failedFaults };
}

/** Throws, saying what failed, on any socket error, timeout, non-2xx response or failed fault. */
export function assertNoFailures(result: LoadWithFaultsResult | { wrk: WrkResult; failedFaults?: readonly string[] }): void {
  const { wrk } = result;
  const problems: string[] = [];
  if (wrk.requests === 0) problems.push("no request completed");
  const e = wrk.errors;
  if (socketErrors(wrk) > 0) {
    problems.push(
      `${String(socketErrors(wrk))} socket errors (connect ${String(e.connect)}, read ${String(e.read)}, write ${String(e.write)}, timeout ${String(e.timeout)})`,
    );
  }
  const bad = wrk.non2xx ?? e.status;
  if (bad > 0)
    problems.push(`${String(bad)} responses ${wrk.non2xx === undefined ? "with a status > 399" : "with a status outside 200–299"}`);
  const failedFaults = result.failedFaults ?? [];
  if (failedFaults.length > 0) problems.push(`fault actions failed: ${failedFaults.join(", ")}`);
  if (problems.length > 0) {
    throw new Error(`load with faults: ${problems.join("; ")} out of ${String(wrk.requests)} requests (${describeWrk(wrk)})`);
  }
}

// ─── Processes of a stack this process does not own ─────────────────────────────────────

export interface Listener {
  pid: number;
  /** The short command name ss reports, e.g. "node". */
  command: string;
}

/**
 * The processes listening on TCP `port`, from `ss -ltnpH` output (Debian iproute2):
 *   LISTEN 0 511 127.0.0.1:3001 0.0.0.0:* users:(("node",pid=1234,fd=20))
 */
export function parseSsListeners(output: string, port: number): Listener[] {
  const found = new Map<number, Listener>();
  for (const line of output.split("\n")) {
    const columns = line.trim().split(/\s+/);
    const local = columns[3];
    if (columns[0] !== "LISTEN" || local?.endsWith(`:${String(port)}`) !== true) continue;
    for (const match of line.matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+),/g)) {
      const pid = Number(match[2]);
      if (!found.has(pid)) found.set(pid, { pid, command: match[1] ?? "" });
    }
  }
  return [...found.values()];
}

/** Processes listening on 127.0.0.1/any address at `port` (needs ss; root to see others' processes). */
export async function listeningProcesses(port: number): Promise<Listener[]> {
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)("ss", ["-ltnpH"], { timeout: 10_000 }));
  } catch (err) {
    throw new Error(`ss -ltnpH failed (${errorMessage(err)}); install iproute2 or give the PID explicitly`);
  }
  return parseSsListeners(stdout, port);
}

/** The command line of a process ("" if it is gone or unreadable). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${String(pid)}/cmdline`, "utf8")
      .split("\0")
      .join(" ")
      .trim();
  } catch {
    return "";
  }
}
