import type { Core } from "@strapi/strapi";
import { postgresConnection, sqliteFile } from "../src/database";
import { loadCmsEnv } from "../src/env";

/**
 * SQLite by default so a fresh clone runs with no setup; PostgreSQL in production
 * (DATABASE_CLIENT=postgres with DATABASE_URL).
 */
const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const env = loadCmsEnv();
  if (env.DATABASE_CLIENT === "postgres" && env.DATABASE_URL) {
    return {
      connection: {
        client: "postgres",
        connection: { ...postgresConnection(env.DATABASE_URL) },
        pool: { min: 0, max: 10 },
        acquireConnectionTimeout: 60000,
      },
    };
  }
  return {
    connection: {
      client: "sqlite",
      connection: { filename: sqliteFile(env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};

export default config;
