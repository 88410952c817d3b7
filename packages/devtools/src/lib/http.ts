import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { errorMessage } from "./log";
import { describeExit, type ProcessHandle } from "./process";

export interface WaitForHttpOptions {
  timeoutMs: number;
  /** Statuses that count as ready (default [200]). */
  okStatuses?: readonly number[];
  /** The server process: fail early if it exits, and quote its log on failure. */
  process?: ProcessHandle;
  /** Stops waiting (rejects) when aborted. */
  signal?: AbortSignal;
  intervalMs?: number;
}

function logTail(handle: ProcessHandle | undefined): string {
  if (!handle) return "";
  const tail = handle.tail(40);
  return `\n--- last lines of ${handle.logFile} ---\n${tail === "" ? "(no output)" : tail}\n---`;
}

/** Polls `url` every 500 ms until it answers with one of `okStatuses`. */
export async function waitForHttp(url: string, opts: WaitForHttpOptions): Promise<void> {
  const okStatuses = opts.okStatuses ?? [200];
  const deadline = Date.now() + opts.timeoutMs;
  let last = "no answer yet";
  for (;;) {
    opts.signal?.throwIfAborted();
    const handle = opts.process;
    if (handle && !handle.running()) {
      const info = await handle.exited;
      throw new Error(`${handle.name} exited (${describeExit(info)}) before ${url} answered${logTail(handle)}`);
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (okStatuses.includes(response.status)) return;
      last = `HTTP ${String(response.status)}`;
    } catch (err) {
      last = err instanceof Error && err.cause instanceof Error ? err.cause.message : errorMessage(err);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${url} did not answer ${okStatuses.join("/")} within ${String(Math.round(opts.timeoutMs / 1000))} s (last: ${last})${logTail(handle)}`,
      );
    }
    await sleep(opts.intervalMs ?? 500);
  }
}

/** True when something accepts TCP connections on host:port. */
export function isListening(port: number, host = "127.0.0.1", timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => {
      done(false);
    });
    socket.once("connect", () => {
      done(true);
    });
    socket.once("error", () => {
      done(false);
    });
  });
}
