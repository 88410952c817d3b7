import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PERU_SLUG } from "./fixtures";

/**
 * Client JavaScript per page stays within the framework's floor + 15 KB (gzip, as the proxy
 * sends it). The floor is what Next.js loads on every App Router page whatever the app does:
 * the build's root main files (.next/build-manifest.json `rootMainFiles`: React, the router).
 * Everything else a page loads is the site's own client code (menu enhancer, error
 * boundaries): a page over budget names its chunks, so the growth can be found.
 */
const APP_BUDGET_BYTES = 15 * 1024;

const manifestFile = path.resolve(__dirname, "../../.next/build-manifest.json");
function frameworkFiles(): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(manifestFile, "utf8"));
  const files =
    typeof manifest === "object" && manifest !== null && "rootMainFiles" in manifest && Array.isArray(manifest.rootMainFiles)
      ? manifest.rootMainFiles.filter((file): file is string => typeof file === "string")
      : [];
  if (files.length === 0) throw new Error(`${manifestFile} names no rootMainFiles: has Next.js changed its build manifest?`);
  return new Set(files.map((file) => `/_next/${file}`));
}

const pages = {
  home: "/en",
  listing: "/en/news?country=peru",
  release: `/en/news/${PERU_SLUG}`,
  search: "/en/search?q=migrants",
  country: "/en/countries/peru",
  "not found": "/en/news/no-such-release",
  "home (es)": "/es",
};

/** Every script the page loads, with the bytes that came over the wire (compressed). */
async function scriptsOf(page: Page, url: string): Promise<{ path: string; bytes: number }[]> {
  const pending: Promise<{ path: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    pending.push(request.sizes().then((sizes) => ({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize })));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return Promise.all(pending);
}

for (const [name, url] of Object.entries(pages)) {
  test(`${name}: the site's own JavaScript is at most 15 KB over the framework's`, async ({ page }) => {
    const framework = frameworkFiles();
    const scripts = await scriptsOf(page, url);
    const floor = scripts.filter((s) => framework.has(s.path)).reduce((sum, s) => sum + s.bytes, 0);
    const own = scripts.filter((s) => !framework.has(s.path));
    const ownBytes = own.reduce((sum, s) => sum + s.bytes, 0);
    // The framework itself came compressed and complete (else the split above means nothing).
    expect(floor, "framework scripts loaded").toBeGreaterThan(50 * 1024);
    const detail = own.map((s) => `${s.path} ${(s.bytes / 1024).toFixed(1)} KB`).join(", ");
    test.info().annotations.push({
      type: "javascript",
      description: `framework ${(floor / 1024).toFixed(1)} KB + own ${(ownBytes / 1024).toFixed(1)} KB (${detail})`,
    });
    expect(ownBytes, `own chunks: ${detail}`).toBeLessThanOrEqual(APP_BUDGET_BYTES);
  });
}
