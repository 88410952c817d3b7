import { readFile, writeFile } from "node:fs/promises";
import { parseEnv } from "node:util";
import type { Env } from "./env";

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && "code" in err && err.code === code;
}

/**
 * The parsed file, or undefined when it does not exist. Node's own parser (as `node --env-file`
 * reads files): comments, `export `, single or double quotes, `\n` in double quotes; later keys win.
 */
export async function readEnvFile(file: string): Promise<Env | undefined> {
  try {
    const parsed = parseEnv(await readFile(file, "utf8"));
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => entry[1] !== undefined));
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
