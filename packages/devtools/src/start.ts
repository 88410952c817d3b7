/**
 * `npm start`: production mode. Needs apps/cms/.env, apps/web/.env and `npm run build`.
 * Starts the CMS (strapi start) and the site (next start) with NODE_ENV=production, and
 * stops both as soon as either exits.
 */
import { existsSync } from "node:fs";
import { childEnv, disableTelemetry, effective } from "./lib/env";
import { readEnvFile } from "./lib/envfile";
import { waitForHttp } from "./lib/http";
import { bold, error, errorMessage, green, info, warn } from "./lib/log";
import { paths, rel } from "./lib/paths";
import { describeExit, startProcess, stopAll, type ProcessHandle } from "./lib/process";

function fail(message: string): never {
  error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  disableTelemetry();

  const missing = [paths.cmsEnvFile, paths.webEnvFile].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    fail(
      `${missing.map(rel).join(" and ")} missing. For production, copy the example files and fill in every value:\n` +
        "  cp apps/cms/.env.example apps/cms/.env\n  cp apps/web/.env.example apps/web/.env\n" +
        "(use the same CMS_READ_TOKEN in both). For local development, run `npm run dev` instead: it generates them.",
    );
  }
  const unbuilt = [paths.cmsBuild, paths.webBuildId].filter((file) => !existsSync(file));
  if (unbuilt.length > 0) fail(`no production build (${unbuilt.map(rel).join(", ")} missing): run npm run build first.`);

  const cmsFile = await readEnvFile(paths.cmsEnvFile);
  const webFile = await readEnvFile(paths.webEnvFile);
  const cmsToken = effective("CMS_READ_TOKEN", cmsFile);
  const webToken = effective("CMS_READ_TOKEN", webFile);
  if (cmsToken !== undefined && webToken !== undefined && cmsToken !== webToken) {
    fail(`CMS_READ_TOKEN differs between ${rel(paths.cmsEnvFile)} and ${rel(paths.webEnvFile)}: the site would get 401s. Use the same value in both.`);
  }

  // PORT in the environment is the site's port (as for next start); the CMS takes its
  // port from apps/cms/.env (default 1337), so PORT is not passed to it.
  const cmsPort = cmsFile?.PORT !== undefined && cmsFile.PORT !== "" ? cmsFile.PORT : "1337";
  const cmsHost = effective("HOST", cmsFile) ?? "0.0.0.0";
  const cmsProbeHost = cmsHost === "0.0.0.0" || cmsHost === "::" ? "127.0.0.1" : cmsHost;
  const webPort = process.env.PORT !== undefined && process.env.PORT !== "" ? process.env.PORT : "3000";

  const handles: ProcessHandle[] = [
    startProcess("cms", "npm", ["run", "start", "-w", "@newsroom/cms"], { env: childEnv({ NODE_ENV: "production" }, { omit: ["PORT"] }) }),
    startProcess("web", "npm", ["run", "start", "-w", "@newsroom/web"], { env: childEnv({ NODE_ENV: "production", PORT: webPort }) }),
  ];
  const [cms, web] = handles;
  if (!cms || !web) return;

  const state = { stopping: false };
  const shutdown = (code: number): void => {
    if (state.stopping) return;
    state.stopping = true;
    void stopAll().finally(() => process.exit(code));
  };
  process.on("SIGINT", () => {
    shutdown(0);
  });
  process.on("SIGTERM", () => {
    shutdown(0);
  });

  const ready = new AbortController();
  Promise.all([
    waitForHttp(`http://${cmsProbeHost}:${cmsPort}/_health`, { timeoutMs: 180_000, okStatuses: [204, 200], process: cms, signal: ready.signal }),
    waitForHttp(`http://127.0.0.1:${webPort}/api/health`, { timeoutMs: 180_000, okStatuses: [200], process: web, signal: ready.signal }),
  ]).then(
    () => {
      info(`\n${green(bold("Newsroom is running (production):"))}\n  Site:  http://localhost:${webPort}/en\n  Admin: http://localhost:${cmsPort}/admin\n`);
    },
    (err: unknown) => {
      if (!ready.signal.aborted && !state.stopping) warn(`not healthy yet: ${errorMessage(err)}`);
    },
  );

  const first = await Promise.race(handles.map(async (handle) => ({ handle, info: await handle.exited })));
  ready.abort();
  if (!state.stopping) {
    error(`${first.handle.name} exited (${describeExit(first.info)}); stopping the other one. Log: ${rel(first.handle.logFile)}`);
    shutdown(first.info.code !== null && first.info.code !== 0 ? first.info.code : 1);
  }
}

main().catch((err: unknown) => {
  error(errorMessage(err));
  void stopAll().finally(() => process.exit(1));
});
