import path from "node:path";
import type { Core } from "@strapi/strapi";
import { loadCmsEnv } from "../src/env";

/**
 * SQLite by default so a fresh clone runs with no setup; PostgreSQL in production
 * (DATABASE_CLIENT=postgres with DATABASE_URL).
 */
const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const env = loadCmsEnv();
  if (env.DATABASE_CLIENT === "postgres" && env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return {
      connection: {
        client: "postgres",
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          database: decodeURIComponent(url.pathname.replace(/^\//, "")),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: true } : false,
        },
        pool: { min: 0, max: 10 },
        acquireConnectionTimeout: 60000,
      },
    };
  }
  return {
    connection: {
      client: "sqlite",
      connection: { filename: path.resolve(process.cwd(), env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};

export default config;
