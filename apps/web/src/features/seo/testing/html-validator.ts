import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

/**
 * For tests only: the Nu Html Checker (vnu.jar from the npm package vnu-jar) run locally with
 * the machine's Java, over several documents in one JVM start.
 */
const run = promisify(execFile);
// Resolved from apps/web, where tests run (import.meta would make Playwright load this as ESM).
const vnuJar = createRequire(path.join(process.cwd(), "package.json")).resolve("vnu-jar/build/dist/vnu.jar");

const reportSchema = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      message: z.string(),
      extract: z.string().optional(),
      lastLine: z.number().optional(),
    }),
  ),
});

export interface HtmlProblem {
  document: string;
  message: string;
  line: number | undefined;
  extract: string | undefined;
}

/** Errors (not warnings or info) per document name. Every name is in the result, with [] when valid. */
export async function checkHtml(documents: Record<string, string>): Promise<Record<string, HtmlProblem[]>> {
  const dir = await mkdtemp(path.join(tmpdir(), "vnu-"));
  try {
    const files = Object.keys(documents).map((name, index) => ({ name, file: path.join(dir, `${index}.html`) }));
    await Promise.all(files.map(({ name, file }) => writeFile(file, documents[name] ?? "", "utf8")));
    // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
    const output = await run("java", ["-jar", vnuJar, "--format", "json", ...files.map((f) => f.file)], {
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      (result) => result.stderr,
      (error: unknown) => {
        if (
          typeof error === "object" &&
          error !== null &&
          "stderr" in error &&
          typeof error.stderr === "string" &&
          error.stderr.startsWith("{")
        )
          return error.stderr;
        throw error;
      },
    );
    const report = reportSchema.parse(JSON.parse(output));
    const result: Record<string, HtmlProblem[]> = Object.fromEntries(files.map(({ name }) => [name, []]));
    for (const message of report.messages) {
      const isError = message.type === "error" || message.type === "non-document-error" || message.subType === "fatal";
      if (!isError) continue;
      const owner = files.find((f) => message.url?.endsWith(`/${path.basename(f.file)}`));
      const name = owner?.name ?? "(unknown document)";
      (result[name] ??= []).push({ document: name, message: message.message, line: message.lastLine, extract: message.extract });
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
