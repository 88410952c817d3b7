import { spawn } from "node:child_process";
import { BackupError } from "./errors";

/**
 * Runs an external tool (tar, pg_dump, pg_restore) without a shell and collects stderr.
 * A tool that is not installed, or exits non-zero, becomes a BackupError naming it.
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; installHint: string; what: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === "ENOENT" ? `${command} is not installed (${options.installHint})` : `${options.what}: ${error.message}`,
        ),
      );
    });
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new BackupError(
            `${options.what} failed (${command} ${signal ? `killed by ${signal}` : `exit code ${String(code)}`})${stderr.trim() ? `:\n${stderr.trim()}` : ""}`,
          ),
        );
    });
  });
}
