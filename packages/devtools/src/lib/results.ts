import { stripVTControlCharacters } from "node:util";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface ParsedCounts extends Counts {
  /** Whether a summary line was found at all. */
  found: boolean;
}

export const zero = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** "N passed, N failed" plus ", N skipped" when any were skipped. */
export function formatCounts(c: Counts): string {
  return `${String(c.passed)} passed, ${String(c.failed)} failed${c.skipped > 0 ? `, ${String(c.skipped)} skipped` : ""}`;
}

function lines(output: string): string[] {
  return stripVTControlCharacters(output).split(/\r?\n/);
}

const VITEST_SUMMARY = /(?:^|\s)Tests\s+((?:\d+ (?:passed|failed|skipped|todo)(?: \| )?)+)\s*\(\d+\)\s*$/;

/**
 * Sums vitest's closing "Tests  1 failed | 11 passed | 2 skipped (14)" lines; there can be
 * several (turbo runs one vitest per package, prefixing each line with the task name).
 */
export function parseVitest(output: string): ParsedCounts {
  const result: ParsedCounts = { ...zero(), found: false };
  for (const line of lines(output)) {
    const summary = VITEST_SUMMARY.exec(line)?.[1];
    if (summary === undefined) continue;
    result.found = true;
    for (const part of summary.split("|")) {
      const match = /(\d+) (passed|failed|skipped|todo)/.exec(part);
      const n = Number(match?.[1] ?? 0);
      if (match?.[2] === "passed") result.passed += n;
      else if (match?.[2] === "failed") result.failed += n;
      else result.skipped += n;
    }
  }
  return result;
}

const PLAYWRIGHT_LINE = /^\s*(\d+) (passed|failed|flaky|skipped|did not run|interrupted)\b/;

/**
 * Playwright's closing lines ("  5 passed (12.3s)", "  1 failed", "  2 skipped", "  1 flaky",
 * "  1 did not run", "  1 interrupted"), read after the last "Running N tests" line.
 * Flaky tests passed on retry and count as passed; "did not run" counts as skipped.
 */
export function parsePlaywright(output: string): ParsedCounts {
  const all = lines(output);
  let start = 0;
  all.forEach((line, index) => {
    if (/^\s*Running \d+ tests? using/.test(line)) start = index;
  });
  const result: ParsedCounts = { ...zero(), found: false };
  for (const line of all.slice(start)) {
    const match = PLAYWRIGHT_LINE.exec(line);
    if (!match) continue;
    result.found = true;
    const n = Number(match[1] ?? 0);
    const kind = match[2];
    if (kind === "passed" || kind === "flaky") result.passed += n;
    else if (kind === "failed" || kind === "interrupted") result.failed += n;
    else result.skipped += n;
  }
  return result;
}
