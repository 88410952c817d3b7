import type { Core } from "@strapi/strapi";

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  "strapi::logger",
  // First, so that everything a request makes the database do is counted (tests and benchmarks only).
  "global::sql-query-count",
  "strapi::errors",
  "strapi::security",
  "strapi::cors",
  "strapi::poweredBy",
  "strapi::query",
  // Content API bounds: request rate per client, then populate depth (after the query is parsed).
  "global::content-api-rate-limit",
  "global::content-api-bounds",
  "strapi::body",
  "strapi::session",
  "strapi::favicon",
  "strapi::public",
];

export default config;
