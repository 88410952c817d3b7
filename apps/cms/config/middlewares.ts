import type { Core } from "@strapi/strapi";

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  "strapi::logger",
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
