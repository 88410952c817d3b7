import { parseWebEnv } from "./env.schema";

/**
 * The validated environment: the only place the site reads process.env. next.config.ts
 * imports this module, so build, dev and start all stop on a missing or invalid variable.
 * Server-side only: nothing here is exposed to browsers.
 */
export const env = parseWebEnv(process.env);
