import type { Core } from "@strapi/strapi";
import { loadCmsEnv } from "../src/env";

const config = (_params: Core.Config.Shared.ConfigParams) => ({
  "users-permissions": {
    config: { jwtSecret: loadCmsEnv().JWT_SECRET },
  },
  upload: {
    // Press photos can be large; media kits (PDF, ZIP) larger still.
    config: { sizeLimit: 50 * 1024 * 1024 },
  },
});

export default config;
