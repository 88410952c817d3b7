import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { childEnv, type Env } from "./env";
import { dim } from "./log";
import { paths, rel, slug } from "./paths";
import { describeCommand } from "./run";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ProcessHandle {
  readonly name: string;
  readonly pid: number;
  /** Everything the process printed: .artifacts/logs/<name>.log. */
  readonly logFile: string;
  /** Settles when the process has exited. */
  readonly exited: Promise<ExitInfo>;
  running(): boolean;
  /** The last `lines` lines of output. */
  tail(lines?: number): string;
  /** SIGTERM to the whole process group, SIGKILL after 10 s; resolves once it is gone. */
  stop(): Promise<ExitInfo>;
  /** SIGKILL to the whole process group at once (fault tests: a crash, no clean-up); resolves once it is gone. */
  kill(): Promise<ExitInfo>;
}

export interface StartOptions {
  cwd?: string;
  /** Complete environment of the child (default: childEnv()). */
  env?: Env;
}

const TAIL_LINES = 200;
const STOP_GRACE_MS = 10_000;
const live = new Set<ProcessHandle>();

/** Stops every process started by startProcess that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((handle) => handle.stop()));
}

/** Linux: members of a process group that are not zombies (undefined without /proc). */
function groupMembers(pgid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  let count = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...; comm may contain spaces, so split after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] !== "Z" && Number(fields[2]) === pgid) count += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}

function groupAlive(pgid: number): boolean {
  const members = groupMembers(pgid);
  if (members !== undefined) return members > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err instanceof Error && "code" in err && err.code === "EPERM";
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(100);
  }
  return condition();
}

/**
 * Starts a long-running process in its own process group. Its output goes to the
 * terminal prefixed with `[name]` and, unprefixed, to .artifacts/logs/<name>.log.
 */
export function startProcess(name: string, cmd: string, args: readonly string[], opts: StartOptions = {}): ProcessHandle {
  const cwd = opts.cwd ?? paths.root;
  mkdirSync(paths.logs, { recursive: true });
  const logFile = path.join(paths.logs, `${slug(name)}.log`);
  const log = createWriteStream(logFile);
  log.write(`# ${new Date().toISOString()} (${rel(cwd)}) ${describeCommand(cmd, args)}\n`);

  const child = spawn(cmd, args, { cwd, env: opts.env ?? childEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  const recent: string[] = [];
  const prefix = dim(`[${name}]`);
  let exitInfo: ExitInfo | undefined;

  const pipeLines = (source: NodeJS.ReadableStream, target: NodeJS.WriteStream): (() => void) => {
    let partial = "";
    const emit = (line: string): void => {
      target.write(`${prefix} ${line}\n`);
      log.write(`${line}\n`);
      recent.push(line);
      if (recent.length > TAIL_LINES) recent.shift();
    };
    source.setEncoding("utf8");
    source.on("data", (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? "";
      for (const line of lines) emit(line);
    });
    return () => {
      if (partial !== "") emit(partial);
      partial = "";
    };
  };
  const flushOut = pipeLines(child.stdout, process.stdout);
  const flushErr = pipeLines(child.stderr, process.stderr);

  const exited = new Promise<ExitInfo>((resolve) => {
    child.on("error", (err) => {
      recent.push(`could not start ${cmd}: ${err.message}`);
      exitInfo = { code: null, signal: null };
      resolve(exitInfo);
    });
    child.on("close", (code, signal) => {
      flushOut();
      flushErr();
      log.end();
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });

  const pid = child.pid ?? -1;
  let stopping: Promise<ExitInfo> | undefined;
  const handle: ProcessHandle = {
    name,
    pid,
    logFile,
    exited,
    running: () => exitInfo === undefined,
    tail: (lines = 40) => recent.slice(-lines).join("\n"),
    kill: async () => {
      if (pid > 0) signalGroup(pid, "SIGKILL");
      await waitFor(() => exitInfo !== undefined && !groupAlive(pid), 5_000);
      return handle.stop();
    },
    stop: () => {
      stopping ??= (async () => {
        if (pid > 0) {
          signalGroup(pid, "SIGTERM");
          const gone = await waitFor(() => exitInfo !== undefined && !groupAlive(pid), STOP_GRACE_MS);
          if (!gone) {
            signalGroup(pid, "SIGKILL");
            await waitFor(() => !groupAlive(pid), 5_000);
          }
        }
        const info = await exited;
        live.delete(handle);
        return info;
      })();
      return stopping;
    },
  };
  // Kept until stop(), even after an exit of its own: stopAll() still cleans up
  // anything the process left behind in its group.
  live.add(handle);
  return handle;
}

export function describeExit(info: ExitInfo): string {
  return info.signal ? `killed by ${info.signal}` : `exit code ${String(info.code)}`;
}
