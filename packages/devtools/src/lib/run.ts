import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { childEnv, type Env } from "./env";
import { paths, rel, slug } from "./paths";

export interface RunOptions {
  /** Human name of the step, used in error messages. */
  step: string;
  cwd?: string;
  /** Complete environment of the child (default: childEnv()). */
  env?: Env;
  /** Tee stdout/stderr to the terminal and to .artifacts/logs/<step>.log. */
  capture?: boolean;
}

/** A step that exited non-zero (or could not start). */
export class StepError extends Error {
  constructor(
    message: string,
    readonly step: string,
  ) {
    super(message);
    this.name = "StepError";
  }
}

/** Children running in the foreground, so a signal handler can forward signals to them. */
const foreground = new Set<ChildProcess>();

export function signalForeground(signal: NodeJS.Signals): void {
  for (const child of foreground) child.kill(signal);
}

export function describeCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(" ");
}

/**
 * Runs a command to completion with inherited stdio (or teed, with `capture`).
 * Resolves on exit code 0; rejects with a StepError naming the step otherwise.
 */
export function run(cmd: string, args: readonly string[], opts: RunOptions): Promise<void> {
  const capture = opts.capture ?? false;
  const cwd = opts.cwd ?? paths.root;
  const command = describeCommand(cmd, args);
  let log: ReturnType<typeof createWriteStream> | undefined;
  if (capture) {
    mkdirSync(paths.logs, { recursive: true });
    log = createWriteStream(path.join(paths.logs, `${slug(opts.step)}.log`));
    log.write(`# ${new Date().toISOString()} (${rel(cwd)}) ${command}\n`);
  }
  return new Promise<void>((resolve, reject) => {
    const env = opts.env ?? childEnv();
    // Piped output is not a TTY: keep colours when we print to one.
    if (capture && process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) env.FORCE_COLOR = "1";
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
    });
    foreground.add(child);
    const tee = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      target.write(chunk);
      log?.write(chunk);
    };
    child.stdout?.on("data", tee(process.stdout));
    child.stderr?.on("data", tee(process.stderr));
    let settled = false;
    const finish = (failure: string | undefined): void => {
      if (settled) return;
      settled = true;
      foreground.delete(child);
      log?.end();
      if (failure === undefined) resolve();
      else reject(new StepError(`${opts.step} failed: ${failure}\n  command: ${command}\n  in: ${rel(cwd)}`, opts.step));
    };
    child.on("error", (err) => {
      finish(`could not run ${cmd} (${err.message})`);
    });
    child.on("close", (code, signal) => {
      if (code === 0) finish(undefined);
      else finish(signal ? `killed by ${signal}` : `exit code ${String(code)}`);
    });
  });
}
