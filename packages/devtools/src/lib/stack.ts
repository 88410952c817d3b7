/**
 * The production stack's parts, shared by `npm start` (start.ts) and `npm test` (test.ts):
 * several web instances behind the caching proxy, their shared Redis cache, and the
 * checks that say clearly what is missing.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { findVarnishd, varnishdCommand } from "@newsroom/proxy";
import type { Env } from "./env";
import { waitForHttp } from "./http";
import { paths, rel } from "./paths";
import { startProcess, type ProcessHandle } from "./process";
import { pingRedis } from "./redis";

export const WEB_SERVER = path.join(paths.web, "dist", "server.mjs");
export const WEB_START = { cmd: "node", args: [WEB_SERVER] };

/** Fails with the command to run when the site was not built with `npm run build`. */
export function assertWebBuilt(): void {
  const missing = [paths.webBuildId, WEB_SERVER, path.join(paths.web, "dist", "cache-handler.mjs")].filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(`no production build of the site (${missing.map(rel).join(", ")} missing): run npm run build first`);
}

export async function assertRedis(url: string): Promise<void> {
  const redis = await pingRedis(url);
  if (!redis.ok) {
    throw new Error(
      `Redis is required (the cache shared by the web instances) but does not answer at ${url}: ${redis.reason}.\n` +
        "  Start one, e.g. redis-server --port 6379 --save '' --daemonize yes (Debian: apt-get install redis-server), or set REDIS_URL.",
    );
  }
}

export function assertVarnish(): string {
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error("Varnish is required (the caching proxy in front of the site): apt-get install varnish varnish-modules");
  return varnishd;
}

export interface WebInstanceOptions {
  /** The ports of the instances, one each (they bind 127.0.0.1: only the proxy reaches them). */
  ports: readonly number[];
  /** Environment of every instance (PORT and LISTEN_HOST are set per instance). */
  env: Env;
  name: (index: number) => string;
}

export function startWebInstance(name: string, port: number, env: Env): ProcessHandle {
  return startProcess(name, WEB_START.cmd, WEB_START.args, {
    cwd: paths.web,
    env: { ...env, PORT: String(port), LISTEN_HOST: "127.0.0.1" },
  });
}

export async function waitForWeb(port: number, handle: ProcessHandle, timeoutMs = 60_000): Promise<void> {
  await waitForHttp(`http://127.0.0.1:${String(port)}/api/health`, { timeoutMs, okStatuses: [200], process: handle });
}

export interface ProxyOptions {
  /** Where readers connect, e.g. ":3000" (every interface) or "127.0.0.1:3100". */
  listen: string;
  webPorts: readonly number[];
  name: string;
  /** How long the proxy may serve a page it could not refresh (stale-if-error). */
  graceSeconds?: number;
  /** varnishd's working directory (its shared memory log lives there). */
  workDir: string;
}

/** varnishd in the foreground under startProcess: its output in .artifacts/logs/<name>.log. */
export function startProxy(options: ProxyOptions): ProcessHandle {
  const { varnishd, args } = varnishdCommand({
    listen: options.listen,
    workDir: options.workDir,
    backends: options.webPorts.map((port, i) => ({ name: `web_${String(i + 1)}`, host: "127.0.0.1", port })),
    purgers: ["127.0.0.1", "::1"],
    graceSeconds: options.graceSeconds ?? 86_400,
  });
  return startProcess(options.name, varnishd, args);
}

export interface Supervised {
  readonly name: string;
  /** The process running now (replaced after each restart). */
  current(): ProcessHandle;
  /** Stops the process and keeps it down (no restart) until resume(). */
  pause(): Promise<void>;
  /** Starts a paused process again (at once, no back-off). */
  resume(): void;
  stop(): Promise<void>;
}

/**
 * Keeps a process running: when it exits on its own it is started again, after 1 s, then
 * doubling up to 30 s while it keeps failing (back to 1 s once it ran for a minute). One
 * process crashing never stops the others. `onExit` reports each exit. pause()/resume() take
 * it down on purpose (the stack control's /cms/stop and /cms/start, lib/control.ts).
 */
export function supervise(name: string, start: () => ProcessHandle, onExit: (name: string, description: string) => void): Supervised {
  let handle = start();
  const state: { stopped: boolean; paused?: { resumed: Promise<void>; resume: () => void } } = { stopped: false };
  // Functions, not the fields themselves: stop() and pause() change them while the loop awaits.
  const stopped = (): boolean => state.stopped;
  const paused = (): Promise<void> | undefined => state.paused?.resumed;
  let delayMs = 1_000;
  const loop = async (): Promise<void> => {
    while (!stopped()) {
      const startedAt = Date.now();
      const info = await handle.exited;
      if (stopped()) return;
      const resumed = paused();
      if (resumed) {
        await resumed;
        delayMs = 1_000;
        if (!stopped()) handle = start();
        continue;
      }
      await handle.stop(); // whatever it left in its process group
      if (Date.now() - startedAt > 60_000) delayMs = 1_000;
      onExit(
        name,
        `${info.signal ? `killed by ${info.signal}` : `exit code ${String(info.code)}`}; restarting in ${String(delayMs / 1000)} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 30_000);
      // Paused during the back-off: the next turn waits for resume() instead.
      if (!stopped() && !paused()) handle = start();
    }
  };
  void loop();
  const resume = (): void => {
    const pause = state.paused;
    state.paused = undefined;
    pause?.resume();
  };
  return {
    name,
    current: () => handle,
    pause: async () => {
      if (!state.paused) {
        let resumeNow = (): void => undefined;
        const resumed = new Promise<void>((resolve) => {
          resumeNow = resolve;
        });
        state.paused = { resumed, resume: resumeNow };
      }
      await handle.stop();
    },
    resume,
    stop: async () => {
      state.stopped = true;
      resume();
      await handle.stop();
    },
  };
}
