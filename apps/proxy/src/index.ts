// The newsroom's caching proxy from Node: render the environment-specific backends.vcl that
// vcl/newsroom.vcl includes, and run varnishd (foreground, supervised) with it.
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { proxyEnv, type ProxyEnv } from "./env";

/** Folder holding newsroom.vcl (and the documented backends templates). */
export const VCL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "vcl");
/** The VCL varnishd loads; it includes "backends.vcl" from vcl_path. */
export const MAIN_VCL = join(VCL_DIR, "newsroom.vcl");

export const INSTALL_HINT =
  "varnishd was not found: install Varnish 7.1 and its modules (vmod xkey), e.g. `apt-get install varnish varnish-modules` on Debian/Ubuntu, or run the official varnish:7.1 image.";

export interface Backend {
  /** VCL identifier; defaults to web_1, web_2, … */
  name?: string;
  host: string;
  port: number;
}

export interface ProbeOptions {
  /** Default "/api/health" (the web app's liveness route). */
  url?: string;
  /** Seconds between probes, default 1. */
  intervalSeconds?: number;
  /** Seconds a probe may take, default 2. */
  timeoutSeconds?: number;
  /** How many of the latest probes count, default 3. */
  window?: number;
  /** How many of them must be good, default 2. */
  threshold?: number;
  /** Good probes assumed at start; Varnish's default is threshold - 1 (healthy after the first good probe). */
  initial?: number;
}

export interface BackendsVclOptions {
  /** The web (Next.js) instances, round-robin over the healthy ones. */
  backends: Backend[];
  /** Who may PURGE: IPv4/IPv6 addresses, CIDR ranges ("10.0.0.0/8") or host names. */
  purgers: string[];
  /** How long past its lifetime an object is kept, to be served when the site fails (stale-if-error). */
  graceSeconds: number;
  /** Health probe on GET /api/health (default), or false for no probe (backends count as healthy). */
  probe?: ProbeOptions | false;
  connectTimeoutSeconds?: number;
  firstByteTimeoutSeconds?: number;
  betweenBytesTimeoutSeconds?: number;
}

/** The docker compose environment (vcl/compose/backends.vcl is this, rendered: `npm run render:compose`). */
export const composeBackendsOptions: BackendsVclOptions = {
  backends: [
    { host: "web-1", port: 3000 },
    { host: "web-2", port: 3000 },
  ],
  // Loopback and the private networks compose attaches containers to.
  purgers: ["127.0.0.1", "::1", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"],
  graceSeconds: 86_400,
  connectTimeoutSeconds: 1,
  firstByteTimeoutSeconds: 15,
  betweenBytesTimeoutSeconds: 10,
};

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?|\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]?)$/;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

function seconds(value: number, what: string): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${what} must be a non-negative number of seconds, got ${String(value)}`);
  // VCL durations accept decimals; keep at most millisecond precision.
  return `${String(Math.round(value * 1000) / 1000)}s`;
}

function positiveInt(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${what} must be a positive integer, got ${String(value)}`);
  return value;
}

function vclHost(host: string): string {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (!bare || !HOST.test(bare)) throw new Error(`invalid backend host ${JSON.stringify(host)}`);
  return bare;
}

function aclEntry(purger: string): string {
  const m = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(purger.trim());
  const address = m?.[1];
  if (!m || address === undefined || !HOST.test(address)) {
    throw new Error(`invalid purger ${JSON.stringify(purger)}: expected an address, a CIDR range or a host name`);
  }
  const prefix = m[2];
  if (prefix === undefined) return `    "${address}";`;
  const max = address.includes(":") ? 128 : 32;
  if (Number(prefix) > max) throw new Error(`invalid prefix length in purger ${JSON.stringify(purger)}`);
  return `    "${address}"/${prefix};`;
}

/** The backends.vcl for one environment: backends + probe, the `web` director, `acl purgers`, `sub newsroom_grace`. */
export function renderBackendsVcl(options: BackendsVclOptions): string {
  const { backends, purgers, graceSeconds } = options;
  if (backends.length === 0) throw new Error("at least one backend is needed");
  if (purgers.length === 0) throw new Error("at least one purger is needed (e.g. 127.0.0.1)");
  const grace = seconds(graceSeconds, "graceSeconds");
  const probe = options.probe === false ? undefined : (options.probe ?? {});

  const names = new Set<string>();
  const lines: string[] = [
    "# Generated by @newsroom/proxy renderBackendsVcl(): environment-specific part of newsroom.vcl.",
    "vcl 4.1;",
    "",
    "import directors;",
    "",
  ];

  if (probe) {
    const url = probe.url ?? "/api/health";
    if (!/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$/.test(url)) throw new Error(`invalid probe url ${JSON.stringify(url)}`);
    const window = positiveInt(probe.window ?? 3, "probe.window");
    const threshold = positiveInt(probe.threshold ?? 2, "probe.threshold");
    if (threshold > window) throw new Error("probe.threshold cannot exceed probe.window");
    lines.push(
      "# The web app answers 200 on /api/health while it can serve.",
      "probe web_health {",
      `    .url = "${url}";`,
      "    .expected_response = 200;",
      `    .interval = ${seconds(probe.intervalSeconds ?? 1, "probe.intervalSeconds")};`,
      `    .timeout = ${seconds(probe.timeoutSeconds ?? 2, "probe.timeoutSeconds")};`,
      `    .window = ${String(window)};`,
      `    .threshold = ${String(threshold)};`,
    );
    if (probe.initial !== undefined) {
      if (!Number.isInteger(probe.initial) || probe.initial < 0 || probe.initial > window)
        throw new Error("probe.initial must be an integer between 0 and window");
      lines.push(`    .initial = ${String(probe.initial)};`);
    }
    lines.push("}", "");
  }

  backends.forEach((backend, index) => {
    const name = backend.name ?? `web_${String(index + 1)}`;
    if (!IDENT.test(name) || name === "web") throw new Error(`invalid backend name ${JSON.stringify(name)}`);
    if (names.has(name)) throw new Error(`duplicate backend name ${name}`);
    names.add(name);
    if (!Number.isInteger(backend.port) || backend.port < 1 || backend.port > 65535) {
      throw new Error(`invalid port for backend ${name}: ${String(backend.port)}`);
    }
    lines.push(`backend ${name} {`, `    .host = "${vclHost(backend.host)}";`, `    .port = "${String(backend.port)}";`);
    if (options.connectTimeoutSeconds !== undefined)
      lines.push(`    .connect_timeout = ${seconds(options.connectTimeoutSeconds, "connectTimeoutSeconds")};`);
    if (options.firstByteTimeoutSeconds !== undefined)
      lines.push(`    .first_byte_timeout = ${seconds(options.firstByteTimeoutSeconds, "firstByteTimeoutSeconds")};`);
    if (options.betweenBytesTimeoutSeconds !== undefined)
      lines.push(`    .between_bytes_timeout = ${seconds(options.betweenBytesTimeoutSeconds, "betweenBytesTimeoutSeconds")};`);
    if (probe) lines.push("    .probe = web_health;");
    lines.push("}", "");
  });

  lines.push(
    "# Who may PURGE (xkey-softpurge / xkey-purge).",
    "acl purgers {",
    ...purgers.map(aclEntry),
    "}",
    "",
    "sub vcl_init {",
    "    new web = directors.round_robin();",
    ...[...names].map((name) => `    web.add_backend(${name});`),
    "}",
    "",
    "# Stale-if-error: how long past its lifetime an object is kept and served when the site fails.",
    "sub newsroom_grace {",
    `    set beresp.grace = ${grace};`,
    "}",
    "",
  );
  return lines.join("\n");
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of varnishd: $VARNISHD, else PATH, else the sbin folders (not on a normal user's PATH). */
export function findVarnishd(env: ProxyEnv = proxyEnv()): string | undefined {
  const fromEnv = env.VARNISHD;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  const dirs = [...(env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/opt/varnish/sbin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, "varnishd");
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface StartVarnishOptions extends BackendsVclOptions {
  /** Address varnishd listens on for readers, e.g. "127.0.0.1:3000" or ":80". */
  listen: string;
  /** Runtime folder (-n): backends.vcl, shared memory, compiled VCL. Created if missing. */
  workDir: string;
  /** Storage (-s), default "malloc,256m". */
  storage?: string;
  /** Where varnishd's stdout/stderr go; default: inherited by this process. */
  logFile?: string;
  /** Jail (-j). Default: "none" when running as root (the files under the work tree stay readable), else Varnish's default. */
  jail?: string;
  /** Extra -p parameters, e.g. { default_ttl: "60" }. */
  params?: Record<string, string>;
  /** How long to wait for the first answer, default 20 s. */
  readyTimeoutMs?: number;
  /** varnishd to run; default findVarnishd(). */
  varnishd?: string;
}

export interface RunningVarnish {
  pid: number;
  /** http://host:port of the listen address (loopback when listening on all interfaces). */
  url: string;
  /** The backends.vcl written into workDir. */
  backendsVcl: string;
  /** SIGTERM, then wait for varnishd (and its child) to exit; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

function probeAddress(listen: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(listen);
  const port = m?.[3];
  if (!m || port === undefined) throw new Error(`listen must be "host:port" or ":port", got ${JSON.stringify(listen)}`);
  const host = m[1] ?? m[2] ?? "";
  const loopback = host === "" || host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return { host: loopback, port: Number(port) };
}

/** Any HTTP answer means the cache process serves; a PURGE without tag headers never reaches a backend. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const req = request({ host, port, method: "PURGE", path: "/", timeout: 1000 }, (res) => {
      res.resume();
      done(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => {
      done(false);
    });
    req.end();
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) =>
    child.once("exit", () => {
      done();
    }),
  );
}

export interface VarnishdCommand {
  varnishd: string;
  args: string[];
  /** The backends.vcl written into workDir. */
  backendsVcl: string;
}

/**
 * Writes backends.vcl into workDir and returns the command that serves with it:
 * `varnishd -F -n <workDir> -a <listen> -f <vcl/newsroom.vcl> -p vcl_path=<workDir>:<vcl> -s <storage>`
 * (foreground, so a supervisor can run it; the scripts' startProcess does in npm start/test).
 */
export function varnishdCommand(options: Omit<StartVarnishOptions, "logFile" | "readyTimeoutMs">): VarnishdCommand {
  const varnishd = options.varnishd ?? findVarnishd();
  if (!varnishd) throw new Error(INSTALL_HINT);
  const workDir = resolve(options.workDir);
  mkdirSync(workDir, { recursive: true });
  const backendsVcl = renderBackendsVcl(options);
  writeFileSync(join(workDir, "backends.vcl"), backendsVcl);
  const args = [
    "-F",
    "-n",
    workDir,
    "-a",
    options.listen,
    "-f",
    MAIN_VCL,
    "-p",
    `vcl_path=${workDir}:${VCL_DIR}`,
    "-s",
    options.storage ?? "malloc,256m",
  ];
  const jail = options.jail ?? (process.getuid?.() === 0 ? "none" : undefined);
  if (jail) args.push("-j", jail);
  for (const [name, value] of Object.entries(options.params ?? {})) args.push("-p", `${name}=${value}`);
  return { varnishd, args, backendsVcl };
}

/** Runs varnishdCommand(options), resolving once it answers HTTP on the listen address. */
export async function startVarnish(options: StartVarnishOptions): Promise<RunningVarnish> {
  const { varnishd, args, backendsVcl } = varnishdCommand(options);
  const { host, port } = probeAddress(options.listen);

  const log = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
  const child = spawn(varnishd, args, { stdio: ["ignore", log ? "pipe" : "inherit", log ? "pipe" : "inherit"] });
  if (log) {
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
  }
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  const pid = child.pid;
  const gone = exited(child);
  const closeLog = (): Promise<void> =>
    new Promise((done) => {
      if (log) log.end(done);
      else done();
    });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
    }
    await closeLog();
  };

  if (pid === undefined) {
    await closeLog();
    await new Promise((done) => setImmediate(done));
    throw new Error(`could not start ${varnishd}${spawnError ? `: ${spawnError.message}` : ""}`);
  }

  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await closeLog();
      throw new Error(
        `varnishd exited (${String(child.exitCode ?? child.signalCode)}) before serving: ${varnishd} ${args.join(" ")}${options.logFile ? ` (see ${options.logFile})` : ""}`,
      );
    }
    if (await answers(host, port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`varnishd did not answer on ${options.listen} within ${String(options.readyTimeoutMs ?? 20_000)} ms`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${String(port)}`;
  return { pid, url, backendsVcl, stop };
}
