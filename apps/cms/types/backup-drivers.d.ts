/**
 * The parts of `pg` and `better-sqlite3` (dependencies of this app, used by Strapi's knex)
 * that src/backup and its test use directly. Neither ships types and @types/* are not
 * installed; this keeps their use typed.
 */
declare module "pg" {
  export interface ClientConfig {
    host?: string;
    port?: number;
    user?: string;
    password?: string;
    database?: string;
    ssl?: { rejectUnauthorized: boolean } | false;
    connectionTimeoutMillis?: number;
  }

  export interface QueryResult {
    rows: Record<string, unknown>[];
    rowCount: number | null;
  }

  export class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query(text: string, values?: unknown[]): Promise<QueryResult>;
    end(): Promise<void>;
    on(event: "error", listener: (err: Error) => void): this;
  }

  const pg: { Client: typeof Client };
  export default pg;
}

declare module "better-sqlite3" {
  interface Statement {
    all(...params: unknown[]): Record<string, unknown>[];
    get(...params: unknown[]): Record<string, unknown> | undefined;
  }

  interface Database {
    prepare(sql: string): Statement;
    pragma(source: string, options: { simple: true }): unknown;
    /** SQLite's online backup API: a consistent copy while other connections write. */
    backup(destination: string): Promise<unknown>;
    close(): void;
  }

  interface DatabaseConstructor {
    new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean }): Database;
  }

  const Database: DatabaseConstructor;
  export default Database;
}
