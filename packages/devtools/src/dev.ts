/**
 * `npm run dev`: creates missing development env files, then runs the CMS (strapi develop)
 * and the site (next dev) through turbo, and prints the URLs once both answer.
 */
import { spawn } from "node:child_process";
import { ensureDevEnvFiles, reportDevEnvFiles } from "./env-files";
import { childEnv, disableTelemetry } from "./lib/env";
import { readEnvFile } from "./lib/envfile";
import { waitForHttp } from "./lib/http";
import { bold, error, errorMessage, green, info, warn } from "./lib/log";
import { MAIL_CATCHER_DEFAULTS, startMailCatcher } from "./lib/mail-catcher";
import { paths } from "./lib/paths";

const READY_TIMEOUT_MS = 15 * 60_000;
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

async function main(): Promise<void> {
  disableTelemetry();
  reportDevEnvFiles(await ensureDevEnvFiles());

  const cmsFile = await readEnvFile(paths.cmsEnvFile);
  // The CMS's development env file sends mail here (SMTP_HOST/SMTP_PORT): nothing leaves the machine.
  const catcher = await startMailCatcher(MAIL_CATCHER_DEFAULTS).catch((err: unknown) => {
    warn(`mail catcher not started (${errorMessage(err)}): another one may be running (npm run mail -- --serve)`);
    return undefined;
  });
  const cmsPort = cmsFile?.PORT !== undefined && cmsFile.PORT !== "" ? cmsFile.PORT : "1337";

  // PORT in the shell would reach Strapi too (process env beats .env); the CMS port
  // belongs in apps/cms/.env and next dev always uses 3000.
  const child = spawn("npx", ["turbo", "run", "dev", "--filter=@newsroom/cms", "--filter=@newsroom/web"], {
    cwd: paths.root,
    stdio: "inherit",
    env: childEnv({}, { omit: ["PORT"] }),
  });

  const forwarded: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  for (const signal of forwarded) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }

  const ready = new AbortController();
  const cmsHealth = `http://127.0.0.1:${cmsPort}/_health`;
  const webHealth = "http://localhost:3000/api/health";
  Promise.all([
    waitForHttp(cmsHealth, { timeoutMs: READY_TIMEOUT_MS, okStatuses: [204, 200], signal: ready.signal }),
    waitForHttp(webHealth, { timeoutMs: READY_TIMEOUT_MS, okStatuses: [200], signal: ready.signal }),
  ]).then(
    () => {
      info(
        `\n${green(bold("Newsroom is running:"))}\n  Site:  http://localhost:3000/en\n  Admin: http://localhost:${cmsPort}/admin\n` +
          (cmsFile?.SEED_STAFF_PASSWORD
            ? "  Staff: editor@newsroom.example, author@newsroom.example, admin@newsroom.example\n         password: SEED_STAFF_PASSWORD in apps/cms/.env\n"
            : "") +
          `  Mail:  http://127.0.0.1:${String(catcher?.httpPort ?? MAIL_CATCHER_DEFAULTS.httpPort)} (what the CMS sent; npm run mail lists it)\n`,
      );
    },
    (err: unknown) => {
      if (!ready.signal.aborted) warn(`not ready yet: ${errorMessage(err)}`);
    },
  );

  child.on("error", (err) => {
    error(`could not run turbo: ${err.message}`);
    process.exit(1);
  });
  child.on("close", (code, signal) => {
    ready.abort();
    process.exit(code ?? (signal ? (SIGNAL_EXIT[signal] ?? 1) : 1));
  });
}

main().catch((err: unknown) => {
  error(errorMessage(err));
  process.exit(1);
});
