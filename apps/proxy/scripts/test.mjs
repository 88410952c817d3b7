// Unit tests of the proxy: every tests/*.vtc through varnishtest (in parallel), then the
// node:test files (src/**/*.test.ts, through tsx). Prints each result and a last line
// "N passed, N failed"; exits non-zero on any failure.
//   node scripts/test.mjs                      everything
//   node scripts/test.mjs tests/purge.vtc      only these (.vtc and/or .test.ts files)
/* eslint-disable no-restricted-syntax -- plain Node before anything is compiled: this
   runner reads PATH, VARNISHTEST and VARNISHD itself (src/env.ts is TypeScript). */
import { spawn } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsxCli = join(dirname(require.resolve("tsx/package.json")), "dist", "cli.mjs");

function which(name) {
  for (const dir of [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/usr/sbin", "/usr/local/bin"]) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      out += String(chunk);
    });
    child.on("close", (code) => {
      done({ code: code ?? 1, out });
    });
  });
}

const requested = process.argv.slice(2).map((file) => resolve(file));
const vtcFiles = requested.length
  ? requested.filter((file) => file.endsWith(".vtc"))
  : readdirSync(join(root, "tests"))
      .filter((f) => f.endsWith(".vtc"))
      .sort()
      .map((f) => join(root, "tests", f));
const nodeTestFiles = requested.length
  ? requested.filter((file) => file.endsWith(".test.ts"))
  : readdirSync(join(root, "src"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".test.ts"))
      .sort()
      .map((f) => join(root, "src", f));

let passed = 0;
let failed = 0;

if (vtcFiles.length) {
  // $VARNISHTEST / $VARNISHD override the look-up (the test files themselves run varnishd from PATH).
  const varnishtest = process.env.VARNISHTEST ?? which("varnishtest");
  const varnishd = process.env.VARNISHD ?? which("varnishd");
  const executable = (file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (!varnishtest || !varnishd || !executable(varnishtest) || !executable(varnishd)) {
    console.error(
      "varnishtest/varnishd not found: install Varnish 7.1 with its modules, e.g. `apt-get install varnish varnish-modules` (Debian/Ubuntu).",
    );
    console.log(`0 passed, ${String(vtcFiles.length + nodeTestFiles.length)} failed`);
    process.exit(1);
  }
  const jobs = Math.max(2, Math.min(availableParallelism(), 4));
  const { out } = await run(varnishtest, [
    "-k", // keep going after a failure
    "-j",
    String(jobs),
    "-t",
    "60",
    `-Dtsx=${process.execPath} ${tsxCli}`,
    ...vtcFiles.map((file) => relative(root, file)),
  ]);
  const seen = new Set();
  for (const line of out.split("\n")) {
    const m = /^#\s+top\s+TEST\s+(\S+)\s+(passed|FAILED|skipped)\b(.*)$/.exec(line);
    if (!m) continue;
    const [, file, result, rest] = m;
    seen.add(resolve(root, file));
    if (result === "passed") {
      passed++;
      console.log(`ok    ${file}${rest}`);
    } else if (result === "skipped") {
      console.log(`skip  ${file}${rest}`);
    } else {
      failed++;
      console.log(`FAIL  ${file}${rest}`);
    }
  }
  const unreported = vtcFiles.filter((file) => !seen.has(file));
  if (failed > 0 || unreported.length > 0) {
    // varnishtest prints the full log of a failing test: show its failure lines and the tail.
    const failing = out.split("\n").filter((line) => /^----|FAIL/.test(line));
    console.log(failing.join("\n"));
    if (unreported.length) {
      console.log(out.split("\n").slice(-80).join("\n"));
      for (const file of unreported) {
        failed++;
        console.log(`FAIL  ${relative(root, file)} (no result from varnishtest)`);
      }
    }
  }
}

if (nodeTestFiles.length) {
  const { code, out } = await run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", ...nodeTestFiles]);
  process.stdout.write(out);
  const pass = /^# pass (\d+)$/m.exec(out);
  const fail = /^# fail (\d+)$/m.exec(out);
  passed += pass ? Number(pass[1]) : 0;
  failed += fail ? Number(fail[1]) : 0;
  if (code !== 0 && (!fail || Number(fail[1]) === 0)) failed++;
}

console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
