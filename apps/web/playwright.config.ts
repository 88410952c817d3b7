import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { chromium, defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in real Chromium against the production stack: Varnish → two web
 * instances → the CMS, as `npm start` runs it.
 *
 * - `npm test` (packages/devtools/src/test.ts) starts a fresh stack per database and sets
 *   every variable read below; webServer finds the site answering and reuses it.
 * - `npx playwright test` alone: against `npm start` when it answers at BASE_URL (default
 *   http://127.0.0.1:3000), else webServer starts it with `npm start` (which needs
 *   `npm run build` and the env files, and says so). Unset variables get the values npm start
 *   uses: apps/web/.env, apps/cms/.env (SEED_STAFF_PASSWORD), WEB_PORTS, STACK_CONTROL_PORT.
 *
 * The phases are projects, ordered by their dependencies: reader (CMS up, parallel, on
 * untouched seed content) → stop-cms → cms-down → start-cms → cms-back → editorial (one test
 * at a time: they publish, rename and withdraw releases). `--project reader` runs the first
 * only; `--project editorial --no-deps` the last alone. stop-cms and start-cms go through the
 * stack control that npm start and npm test serve (packages/devtools/src/lib/control.ts).
 *
 * `npx playwright install` cannot download browsers here: Debian's chromium is used when
 * Playwright's own build is absent.
 */
const repoRoot = path.resolve(__dirname, "../..");

function envFile(file: string): NodeJS.Dict<string> {
  const full = path.join(repoRoot, file);
  return existsSync(full) ? parseEnv(readFileSync(full, "utf8")) : {};
}

const webFile = envFile("apps/web/.env");
const cmsFile = envFile("apps/cms/.env");
const ports = (name: string, fallback: string): string[] => (process.env[name] || fallback).split(",").map((port) => port.trim());
const stackDefaults: Record<string, string | undefined> = {
  BASE_URL: `http://127.0.0.1:${process.env.PORT || "3000"}`,
  WEB_URLS: ports("WEB_PORTS", "3001,3002")
    .map((port) => `http://127.0.0.1:${port}`)
    .join(","),
  STACK_CONTROL_URL: `http://127.0.0.1:${ports("STACK_CONTROL_PORT", "3003")[0] ?? "3003"}`,
  CMS_URL: webFile.CMS_URL,
  CMS_READ_TOKEN: webFile.CMS_READ_TOKEN,
  CMS_PREVIEW_TOKEN: webFile.CMS_PREVIEW_TOKEN,
  PREVIEW_SECRET: webFile.PREVIEW_SECRET,
  REVALIDATE_SECRET: webFile.REVALIDATE_SECRET,
  SEED_STAFF_PASSWORD: cmsFile.SEED_STAFF_PASSWORD,
};
// The specs read process.env (workers inherit it); what the caller set always wins.
for (const [key, value] of Object.entries(stackDefaults)) {
  if (process.env[key] === undefined && value !== undefined) process.env[key] = value;
}
const baseURL = process.env.BASE_URL ?? "";

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const executablePath = chromiumExecutable();
const browser = { ...devices["Desktop Chrome"] };
/** For the stop-cms and start-cms setup projects (tests/e2e/stack-control.ts). */
const stackControl = { stackControlUrl: process.env.STACK_CONTROL_URL ?? "" };
/** The phase tags in the specs' titles, kept for readability: each selects its project's tests. */
const PHASE_TAGS = /@cms-down|@cms-back|@editorial/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "reader", grepInvert: PHASE_TAGS, use: browser },
    { name: "stop-cms", testMatch: "stop-cms.setup.ts", dependencies: ["reader"], metadata: stackControl },
    { name: "cms-down", grep: /@cms-down/, dependencies: ["stop-cms"], use: browser },
    { name: "start-cms", testMatch: "start-cms.setup.ts", dependencies: ["cms-down"], metadata: stackControl },
    { name: "cms-back", grep: /@cms-back/, dependencies: ["start-cms"], use: browser },
    { name: "editorial", grep: /@editorial/, dependencies: ["cms-back"], workers: 1, use: browser },
  ],
  // Reused whenever the site answers (npm test's stack, or npm start already running).
  webServer: {
    command: "npm start",
    cwd: repoRoot,
    // The CMS answers last (a fresh database is seeded first) and the site's health check
    // does not ask it (the proxy must keep an instance while the CMS is down): ready = the CMS.
    url: `${process.env.CMS_URL ?? "http://127.0.0.1:1337"}/_health`,
    reuseExistingServer: true,
    env: { PORT: new URL(baseURL).port || "80" },
    stdout: "pipe",
    timeout: 300_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
