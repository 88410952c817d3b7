import { readFile } from "node:fs/promises";
import { z } from "zod";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const zero = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** "N passed, N failed" plus ", N skipped" when any were skipped. */
export function formatCounts(c: Counts): string {
  return `${String(c.passed)} passed, ${String(c.failed)} failed${c.skipped > 0 ? `, ${String(c.skipped)} skipped` : ""}`;
}

/** The totals of vitest's JSON reporter (`--reporter=json --outputFile.json=<file>`). */
const VitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});

/**
 * The totals of Playwright's JSON reporter (PLAYWRIGHT_JSON_OUTPUT_FILE): flaky tests passed
 * on retry and count as passed; tests that did not run count as skipped.
 */
const PlaywrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
});

export type Runner = "vitest" | "playwright";

function countsOf(runner: Runner, json: unknown): Counts {
  if (runner === "vitest") {
    const r = VitestReport.parse(json);
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  }
  const { stats } = PlaywrightReport.parse(json);
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

/** The counts in the runner's JSON report at `file`, or undefined when it wrote none (it did not get that far). */
export async function readCounts(runner: Runner, file: string): Promise<Counts | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof Error && "code" in err && err.code === "ENOENT") return undefined;
    throw err;
  }
  return countsOf(runner, JSON.parse(text));
}
