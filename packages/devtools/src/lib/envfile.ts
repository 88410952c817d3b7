import { readFile, writeFile } from "node:fs/promises";
import type { Env } from "./env";

/**
 * A small KEY=value parser, enough for our .env files: blank lines and `#` comments
 * are skipped, `export ` is allowed, values may be single- or double-quoted (one line),
 * and an unquoted value ends at ` #`. Later keys win, as in dotenv.
 */
export function parseEnv(text: string): Env {
  const out: Env = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    const key = match?.[1];
    if (key === undefined) continue;
    let value = match?.[2] ?? "";
    const quote = value.charAt(0);
    const end = quote === '"' || quote === "'" ? value.indexOf(quote, 1) : -1;
    if (end > 0) {
      value = value.slice(1, end);
      if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else {
      const comment = value.search(/\s#/);
      value = (comment >= 0 ? value.slice(0, comment) : value).trim();
    }
    out[key] = value;
  }
  return out;
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && "code" in err && err.code === code;
}

/** The parsed file, or undefined when it does not exist. */
export async function readEnvFile(file: string): Promise<Env | undefined> {
  try {
    return parseEnv(await readFile(file, "utf8"));
  } catch (err) {
    if (isErrno(err, "ENOENT")) return undefined;
    throw err;
  }
}

/** KEY=value, double-quoted when the value would not survive unquoted. */
export function envLine(key: string, value: string): string {
  if (/^[A-Za-z0-9_.,:/@+=-]*$/.test(value)) return `${key}=${value}`;
  return `${key}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/**
 * Creates `file` with the given lines (mode 0600). Never overwrites: returns false,
 * leaving the file untouched, when it already exists.
 */
export async function writeEnvFileIfMissing(file: string, lines: readonly string[]): Promise<boolean> {
  try {
    await writeFile(file, `${lines.join("\n")}\n`, { flag: "wx", mode: 0o600 });
    return true;
  } catch (err) {
    if (isErrno(err, "EEXIST")) return false;
    throw err;
  }
}
