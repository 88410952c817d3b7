import path from "node:path";

/**
 * How a DATABASE_URL becomes connection settings, shared by config/database.ts (Strapi) and
 * src/backup (pg client, pg_dump, pg_restore), so both always reach the same database.
 */
export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: { rejectUnauthorized: true } | false;
}

export function postgresConnection(databaseUrl: string): PostgresConnection {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: true } : false,
  };
}

/** The SQLite file; DATABASE_FILENAME is relative to apps/cms, Strapi's working directory. */
export function sqliteFile(filename: string, cmsDir: string = process.cwd()): string {
  return path.resolve(cmsDir, filename);
}
