import type { Core } from "@strapi/strapi";
import { scheduledTasks } from "../src/editorial/scheduler";
import { loadCmsEnv } from "../src/env";

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // Validates every variable the CMS needs before anything else starts.
  const env = loadCmsEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    app: { keys: env.APP_KEYS.split(",") },
    // No phone-home: the update check would call out of the network on every start.
    logger: { updates: { enabled: false }, startup: { enabled: false } },
    transfer: { remote: { enabled: false } },
    // Scheduled publishing and unpublishing (src/editorial/scheduler.ts). Runs on every
    // instance; each scheduled action is claimed and done in one transaction, on the
    // database's clock, so it happens exactly once.
    cron: { enabled: true, tasks: scheduledTasks({ faultsDir: env.NEWSROOM_TEST_FAULTS_DIR }) },
  };
};

export default config;
