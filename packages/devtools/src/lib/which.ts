import { accessSync, constants } from "node:fs";
import path from "node:path";
import { toolEnv } from "./env";

/** The absolute path of an executable on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  for (const dir of toolEnv.path().split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, cmd);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
