import { AsyncLocalStorage } from "node:async_hooks";
import type { Core } from "@strapi/strapi";
import { loadCmsEnv } from "../env";
import { sqlQueryCountHeader } from "@newsroom/contract";

/** The response header that carries how many SQL statements a request ran. */
export const SQL_QUERY_COUNT_HEADER = sqlQueryCountHeader;

interface RequestQueries {
  count: number;
}

const current = new AsyncLocalStorage<RequestQueries>();

/**
 * Counts the SQL statements each request runs (knex's `query` event, attributed to the request
 * through AsyncLocalStorage) and states the number in a response header, so tests and
 * `npm run bench:archive` can assert it as Drupal's performance tests do: an N+1 shows up as a
 * count that grows with the data. Off unless NEWSROOM_SQL_QUERY_COUNT=true (tests, benchmarks):
 * the public never sees it.
 */
const sqlQueryCount: Core.MiddlewareFactory = (_config, { strapi }) => {
  if (!loadCmsEnv().NEWSROOM_SQL_QUERY_COUNT) {
    return async (_ctx, next) => {
      await next();
    };
  }
  strapi.db.connection.on("query", () => {
    const queries = current.getStore();
    if (queries) queries.count += 1;
  });
  return async (ctx, next) => {
    const queries: RequestQueries = { count: 0 };
    await current.run(queries, next);
    ctx.set(SQL_QUERY_COUNT_HEADER, String(queries.count));
  };
};

export default sqlQueryCount;
