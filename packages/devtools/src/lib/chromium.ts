import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { childEnv, toolEnv } from "./env";
import { info } from "./log";
import { paths } from "./paths";
import { run } from "./run";

const execFileAsync = promisify(execFile);

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export interface ChromiumLocation {
  path: string;
  source: string;
}

// Asks Playwright (resolved from apps/web, where @playwright/test is a dependency) where its
// own Chromium would be; it may not be downloaded.
const PLAYWRIGHT_PATH_SCRIPT = `
for (const name of ["@playwright/test", "playwright-core"]) {
  try {
    const p = require(name).chromium.executablePath();
    if (p) { process.stdout.write(p); process.exit(0); }
  } catch {}
}`;

export async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(process.execPath, ["-e", PLAYWRIGHT_PATH_SCRIPT], { cwd: paths.web, timeout: 30_000 });
    const found = stdout.trim();
    return found === "" ? undefined : found;
  } catch {
    return undefined;
  }
}

/**
 * Where Chromium is, in order: $CHROMIUM_PATH (if it exists), Playwright's own browser,
 * /usr/bin/chromium. Undefined when none exists.
 */
export async function findChromium(): Promise<ChromiumLocation | undefined> {
  const preset = toolEnv.chromiumPath();
  if (preset !== undefined && preset !== "") {
    if (existsSync(preset)) return { path: preset, source: "CHROMIUM_PATH" };
    throw new Error(`CHROMIUM_PATH is set to ${preset}, which does not exist. Unset it or point it at a Chromium executable.`);
  }
  const playwright = await playwrightChromiumPath();
  if (playwright !== undefined && existsSync(playwright)) return { path: playwright, source: "Playwright's browser" };
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: "system package" };
  return undefined;
}

export function canAptInstall(): boolean {
  return existsSync("/etc/debian_version") && process.getuid?.() === 0;
}

/** The command a person has to run when we cannot install Chromium ourselves. */
export function manualInstallCommand(): string {
  if (existsSync("/etc/debian_version")) return "sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium";
  return "npx playwright install chromium   (run in apps/web; or install Chromium and export CHROMIUM_PATH=/path/to/chromium)";
}

/** Finds Chromium, installing the Debian package when running as root on Debian. */
export async function ensureChromium(): Promise<ChromiumLocation> {
  const found = await findChromium();
  if (found) return found;
  if (!canAptInstall()) {
    throw new Error(
      `Chromium not found (neither Playwright's browser nor ${SYSTEM_CHROMIUM}). Install it with:\n  ${manualInstallCommand()}`,
    );
  }
  info(`Chromium not found; installing the Debian package (apt-get install chromium).`);
  const env = childEnv({ DEBIAN_FRONTEND: "noninteractive" });
  await run("apt-get", ["update"], { step: "apt-get update", env });
  await run("apt-get", ["install", "-y", "chromium"], { step: "apt-get install chromium", env });
  if (!existsSync(SYSTEM_CHROMIUM)) throw new Error(`apt-get installed chromium but ${SYSTEM_CHROMIUM} does not exist`);
  return { path: SYSTEM_CHROMIUM, source: "system package (just installed)" };
}
