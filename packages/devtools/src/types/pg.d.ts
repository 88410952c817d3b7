/**
 * The part of `pg` (a dependency of apps/cms, hoisted to the root node_modules) that
 * devtools uses. @types/pg is not installed; this keeps the use typed.
 */
declare module "pg" {
  export interface ClientConfig {
    host?: string;
    port?: number;
    user?: string;
    password?: string;
    database?: string;
    connectionTimeoutMillis?: number;
  }

  export interface QueryResult {
    rows: Record<string, unknown>[];
    rowCount: number | null;
  }

  export class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query(text: string): Promise<QueryResult>;
    end(): Promise<void>;
    on(event: "error", listener: (err: Error) => void): this;
  }

  const pg: { Client: typeof Client };
  export default pg;
}
