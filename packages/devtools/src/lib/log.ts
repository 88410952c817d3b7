/** Terminal output helpers: headings, warnings and errors, coloured only on a TTY. */
import { toolEnv } from "./env";
const color = process.stdout.isTTY && !toolEnv.noColor();

function paint(code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const bold = (text: string): string => paint("1", text);
export const dim = (text: string): string => paint("2", text);
export const green = (text: string): string => paint("32", text);
export const red = (text: string): string => paint("31", text);
export const yellow = (text: string): string => paint("33", text);
export const cyan = (text: string): string => paint("36", text);

export function heading(text: string): void {
  process.stdout.write(`\n${bold(cyan(`━━━ ${text} ━━━`))}\n`);
}

export function info(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A warning nobody can miss: framed, on stderr. */
export function loudWarning(lines: readonly string[]): void {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = "!".repeat(width);
  const body = lines.map((l) => `! ${l.padEnd(width - 4)} !`);
  process.stderr.write(`\n${yellow([bar, ...body, bar].join("\n"))}\n\n`);
}

export function warn(text: string): void {
  process.stderr.write(`${yellow(`warning: ${text}`)}\n`);
}

export function error(text: string): void {
  process.stderr.write(`${red(`error: ${text}`)}\n`);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
