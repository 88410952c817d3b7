/**
 * `npm start`: the production stack on one machine, as docker-compose.yml runs it in
 * containers. Needs apps/cms/.env, apps/web/.env and `npm run build`.
 *
 *   readers → Varnish (apps/proxy) on PORT (default 3000)
 *               → web instances 1 and 2 (127.0.0.1:3001, :3002), sharing their cache in Redis
 *                   → the CMS (strapi start)
 *
 * Every process is supervised: one that exits is started again and never takes the others
 * down (while the CMS restarts, the proxy keeps serving cached pages). SIGINT/SIGTERM stop
 * them all. Missing pieces (env files, builds, Redis, Varnish) stop it with a message.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { childEnv, disableTelemetry, effective } from "./lib/env";
import { readEnvFile } from "./lib/envfile";
import { waitForHttp } from "./lib/http";
import { bold, error, errorMessage, green, info, warn } from "./lib/log";
import { paths, rel } from "./lib/paths";
import { startProcess, stopAll } from "./lib/process";
import { assertRedis, assertVarnish, assertWebBuilt, startProxy, startWebInstance, supervise, waitForWeb, type Supervised } from "./lib/stack";

const WEB_PORTS = [3001, 3002] as const;

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
  if (!existsSync(paths.cmsBuild)) fail(`no production build of the CMS (${rel(paths.cmsBuild)} missing): run npm run build first.`);
  try {
    assertWebBuilt();
    assertVarnish();
  } catch (err) {
    fail(errorMessage(err));
  }

  const cmsFile = await readEnvFile(paths.cmsEnvFile);
  const webFile = await readEnvFile(paths.webEnvFile);
  const cmsToken = effective("CMS_READ_TOKEN", cmsFile);
  const webToken = effective("CMS_READ_TOKEN", webFile);
  if (cmsToken !== undefined && webToken !== undefined && cmsToken !== webToken) {
    fail(`CMS_READ_TOKEN differs between ${rel(paths.cmsEnvFile)} and ${rel(paths.webEnvFile)}: the site would get 401s. Use the same value in both.`);
  }
  const redisUrl = effective("REDIS_URL", webFile) ?? "redis://127.0.0.1:6379";
  try {
    await assertRedis(redisUrl);
  } catch (err) {
    fail(errorMessage(err));
  }

  // PORT in the environment is the site's public port (the proxy's); the CMS takes its
  // port from apps/cms/.env (default 1337), so PORT is not passed to it.
  const cmsPort = cmsFile?.PORT !== undefined && cmsFile.PORT !== "" ? cmsFile.PORT : "1337";
  const cmsHost = effective("HOST", cmsFile) ?? "0.0.0.0";
  const cmsProbeHost = cmsHost === "0.0.0.0" || cmsHost === "::" ? "127.0.0.1" : cmsHost;
  const publicPort = process.env.PORT !== undefined && process.env.PORT !== "" ? process.env.PORT : "3000";
  const proxyUrl = `http://127.0.0.1:${publicPort}`;
  const webEnv = childEnv({ NODE_ENV: "production", REDIS_URL: redisUrl, PROXY_PURGE_URL: proxyUrl }, { omit: ["PORT"] });

  const onExit = (name: string, description: string): void => {
    warn(`${name} exited (${description}). Log: ${rel(path.join(paths.logs, `${name}.log`))}`);
  };
  const services: Supervised[] = [
    supervise("cms", () => startProcess("cms", "npm", ["run", "start", "-w", "@newsroom/cms"], { env: childEnv({ NODE_ENV: "production" }, { omit: ["PORT"] }) }), onExit),
    ...WEB_PORTS.map((port, i) => supervise(`web-${String(i + 1)}`, () => startWebInstance(`web-${String(i + 1)}`, port, webEnv), onExit)),
  ];
  const workDir = path.join(paths.artifacts, "varnish");
  services.push(supervise("proxy", () => startProxy({ name: "proxy", listen: `:${publicPort}`, webPorts: WEB_PORTS, workDir }), onExit));

  const state = { stopping: false };
  const shutdown = (): void => {
    if (state.stopping) return;
    state.stopping = true;
    info("Stopping every process of the stack…");
    void Promise.all(services.map((s) => s.stop()))
      .then(() => stopAll())
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  const [cms, web1, web2] = services;
  if (!cms || !web1 || !web2) return;
  try {
    await Promise.all([
      waitForHttp(`http://${cmsProbeHost}:${cmsPort}/_health`, { timeoutMs: 180_000, okStatuses: [204, 200] }),
      waitForWeb(WEB_PORTS[0], web1.current(), 180_000),
      waitForWeb(WEB_PORTS[1], web2.current(), 180_000),
      waitForHttp(`${proxyUrl}/api/health`, { timeoutMs: 180_000, okStatuses: [200] }),
    ]);
    info(
      `\n${green(bold("Newsroom is running (production):"))}\n  Site:  http://localhost:${publicPort}/en   (Varnish → web instances on ${WEB_PORTS.join(", ")}, Redis ${redisUrl})\n  Admin: http://localhost:${cmsPort}/admin\n`,
    );
  } catch (err) {
    if (!state.stopping) warn(`not healthy yet: ${errorMessage(err)}`);
  }
}

main().catch((err: unknown) => {
  error(errorMessage(err));
  void stopAll().finally(() => process.exit(1));
});
