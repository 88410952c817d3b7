import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root: this file lives in packages/devtools/src/lib. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export const paths = {
  root: repoRoot,
  cms: path.join(repoRoot, "apps/cms"),
  web: path.join(repoRoot, "apps/web"),
  content: path.join(repoRoot, "packages/content"),
  cmsEnvFile: path.join(repoRoot, "apps/cms/.env"),
  webEnvFile: path.join(repoRoot, "apps/web/.env"),
  cmsBuild: path.join(repoRoot, "apps/cms/dist"),
  webBuildId: path.join(repoRoot, "apps/web/.next/BUILD_ID"),
  webCache: path.join(repoRoot, "apps/web/.next/cache"),
  /** Pages rendered at runtime (ISR) are kept here by Next 16, apart from the data cache. */
  webRouteCache: path.join(repoRoot, "apps/web/.next/server/route-cache"),
  artifacts: path.join(repoRoot, ".artifacts"),
  logs: path.join(repoRoot, ".artifacts/logs"),
  db: path.join(repoRoot, ".artifacts/db"),
};

/** A path relative to the repository root, for messages. */
export function rel(target: string): string {
  return path.relative(repoRoot, target) || ".";
}

/** A file-name-safe slug of a step or process name. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Compact UTC timestamp for file names: 20250101-120000. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\..*$/, "").replace(/[-:]/g, "").replace("T", "-");
}
