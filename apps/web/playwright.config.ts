import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { testEnv } from "./tests/e2e/env";

/**
 * End-to-end tests in real Chromium against production builds of both apps, started by
 * `npm test` (packages/devtools/src/test.ts), which sets BASE_URL, CMS_URL and CMS_READ_TOKEN.
 * `npx playwright install` cannot download browsers here: Debian's chromium is used when
 * Playwright's own build is absent.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const executablePath = chromiumExecutable();

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
    baseURL: testEnv.BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
