/**
 * Lighthouse against the production build: against a running stack (`npm run build && npm
 * start`, proxy at BASE_URL, default http://127.0.0.1:3000):
 *
 *   npm run bench:lighthouse [-- --languages=en,es,fr] [--pages=home,listing,…] [--desktop]
 *
 * Runs Lighthouse (the CLI of the pinned npm package, mobile preset with its default
 * simulated throttling unless --desktop) once per page and language in Chromium
 * ($CHROMIUM_PATH, Playwright's, else /usr/bin/chromium, headless, --no-sandbox) and prints
 * one table: page × the four categories, LCP, CLS and the JavaScript transferred (gzip bytes
 * of every script the page loads). The reports go to .artifacts/lighthouse/<time>/.
 *
 * Performance scores and LCP depend on the machine: on a shared, busy one (the CPU Lighthouse
 * simulates from is measured, not assumed) they are lower than on a quiet one, so this prints
 * what it measured and sets no target; the JavaScript budget, which does not move with the
 * load, is a test of the default suite (apps/web/tests/e2e/javascript-budget.spec.ts).
 */
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { findChromium } from "./lib/chromium";
import { disableTelemetry, variable } from "./lib/env";
import { waitForHttp } from "./lib/http";
import { bold, error, errorMessage, heading, info } from "./lib/log";
import { paths, rel, timestamp } from "./lib/paths";

const PAGES: Record<string, Record<string, string>> = {
  home: { en: "/en", es: "/es", fr: "/fr" },
  listing: { en: "/en/news", es: "/es/news", fr: "/fr/news" },
  release: {
    en: "/en/news/iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day",
    es: "/es/news/la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
    fr: "/fr/news/l-oim-et-le-gouvernement-du-perou-commemorent-la-journee-des-peruviens-vivant-a-l-etranger",
  },
  search: { en: "/en/search?q=migrants", es: "/es/search?q=migrantes", fr: "/fr/search?q=migrants" },
  country: { en: "/en/countries/peru", es: "/es/countries/peru", fr: "/fr/countries/perou" },
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** One Lighthouse run may take long on a busy machine; past this it is stopped. */
const RUN_TIMEOUT_MS = 180_000;

/** The parts of a Lighthouse result (LHR) this script reads. */
const reportSchema = z.object({
  lighthouseVersion: z.string(),
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.object({
    "largest-contentful-paint": z.object({ numericValue: z.number().optional() }),
    "cumulative-layout-shift": z.object({ numericValue: z.number().optional() }),
    "network-requests": z.object({
      details: z.object({
        items: z.array(z.object({ resourceType: z.string().optional(), transferSize: z.number().optional() })),
      }),
    }),
  }),
});

interface Row {
  page: string;
  scores: (number | null)[];
  lcpMs: number | undefined;
  cls: number | undefined;
  jsBytes: number;
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function runLighthouse(url: string, chromium: string, outputPath: string, desktop: boolean): Promise<void> {
  const bin = path.join(paths.root, "node_modules", ".bin", "lighthouse");
  const args = [
    url,
    "--output=json",
    `--output-path=${outputPath}`,
    "--quiet",
    `--chrome-path=${chromium}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ...(desktop ? ["--preset=desktop"] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), RUN_TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse ${url} exited ${signal ?? String(code)}: ${stderr.trim().split("\n").slice(-5).join("\n")}`));
    });
  });
}

function toRow(page: string, raw: unknown): Row {
  const report = reportSchema.parse(raw);
  const jsBytes = report.audits["network-requests"].details.items
    .filter((item) => item.resourceType === "Script")
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    page,
    scores: CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      return score === undefined || score === null ? null : Math.round(score * 100);
    }),
    lcpMs: report.audits["largest-contentful-paint"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
    jsBytes,
  };
}

function table(rows: Row[]): string {
  const header = ["page", ...CATEGORIES, "LCP", "CLS", "JS transferred"];
  const cells = rows.map((row) => [
    row.page,
    ...row.scores.map((score) => (score === null ? "–" : String(score))),
    row.lcpMs === undefined ? "–" : `${(row.lcpMs / 1000).toFixed(1)} s`,
    row.cls === undefined ? "–" : row.cls.toFixed(3),
    `${(row.jsBytes / 1024).toFixed(0)} KB`,
  ]);
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...cells.map(line)].join("\n");
}

async function main(): Promise<void> {
  disableTelemetry();
  const baseUrl = variable("BASE_URL") ?? `http://127.0.0.1:${variable("PORT") ?? "3000"}`;
  const languages = (option("languages") ?? "en").split(",");
  const pages = (option("pages") ?? Object.keys(PAGES).join(",")).split(",");
  const desktop = process.argv.includes("--desktop");
  for (const page of pages) if (!PAGES[page]) throw new Error(`unknown page "${page}" (one of ${Object.keys(PAGES).join(", ")})`);
  const chromium = await findChromium();
  if (!chromium) throw new Error("no Chromium found: apt-get install chromium, or set CHROMIUM_PATH");
  await waitForHttp(`${baseUrl}/api/health`, { timeoutMs: 10_000 });
  const outDir = path.join(paths.artifacts, "lighthouse", timestamp());
  await mkdir(outDir, { recursive: true });

  heading(`Lighthouse (${desktop ? "desktop" : "mobile"}) against ${baseUrl}, Chromium ${chromium.path}`);
  const rows: Row[] = [];
  let version = "";
  for (const language of languages) {
    for (const page of pages) {
      const pathname = PAGES[page]?.[language];
      if (!pathname) throw new Error(`no ${page} page in "${language}"`);
      const name = `${page} /${language}`;
      const outputPath = path.join(outDir, `${page}-${language}.json`);
      // Once before measuring: the first render of a page is not what readers get from the proxy.
      await fetch(`${baseUrl}${pathname}`).then((response) => response.arrayBuffer());
      info(`${name}: ${pathname}`);
      // A busy machine sometimes loses Lighthouse's trace (NO_NAVSTART, NO_FCP): one more try.
      await runLighthouse(`${baseUrl}${pathname}`, chromium.path, outputPath, desktop).catch((err: unknown) => {
        info(`${name}: ${errorMessage(err)}; running it again`);
        return runLighthouse(`${baseUrl}${pathname}`, chromium.path, outputPath, desktop);
      });
      const raw: unknown = JSON.parse(await readFile(outputPath, "utf8"));
      version = reportSchema.parse(raw).lighthouseVersion;
      rows.push(toRow(name, raw));
    }
  }
  console.log(`\nLighthouse ${version}, ${desktop ? "desktop" : "mobile (simulated throttling)"}:\n`);
  console.log(table(rows));
  console.log(`\n${bold("Reports")}: ${rel(outDir)}`);
}

main().catch((err: unknown) => {
  error(errorMessage(err));
  process.exit(1);
});
