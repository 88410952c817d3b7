/**
 * The dev tools' environment: the only module of devtools that reads process.env (a lint
 * rule keeps it so). The variables they take are named here, once; `variable()` serves the
 * scripts whose settings are a documented list of names (bench-serve's usage, npm start's ports).
 */

export type Env = Record<string, string>;

/** Telemetry is off in every child process. */
export const TELEMETRY_OFF: Readonly<Env> = {
  STRAPI_TELEMETRY_DISABLED: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
};

/** Sets the telemetry switches on this process, so every child inherits them. */
export function disableTelemetry(): void {
  Object.assign(process.env, TELEMETRY_OFF);
}

export interface ChildEnvOptions {
  /** Variables removed from the inherited environment. */
  omit?: readonly string[];
}

/** The current environment plus `overrides`, minus `omit`, with telemetry off. */
export function childEnv(overrides: Readonly<Env> = {}, options: ChildEnvOptions = {}): Env {
  const env: Env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  for (const key of options.omit ?? []) Reflect.deleteProperty(env, key);
  return { ...env, ...overrides, ...TELEMETRY_OFF };
}

/** A non-empty value from the process environment, else from an env file. */
export function effective(key: string, file: Readonly<Env> | undefined): string | undefined {
  const fromProcess = process.env[key];
  if (fromProcess !== undefined && fromProcess !== "") return fromProcess;
  const fromFile = file?.[key];
  return fromFile === undefined || fromFile === "" ? undefined : fromFile;
}

/** A variable of this process's environment; empty counts as unset. */
export function variable(key: string): string | undefined {
  const value = process.env[key];
  return value === undefined || value === "" ? undefined : value;
}

/** Whether the variable is present at all (even empty), as a child would inherit it. */
export function isSet(key: string): boolean {
  return process.env[key] !== undefined;
}

/** The variables the dev tools read by name. */
export const toolEnv = {
  /** CI=true: PostgreSQL is required instead of skipped. */
  ci: (): boolean => process.env.CI === "true",
  noColor: (): boolean => process.env.NO_COLOR !== undefined,
  path: (): string => process.env.PATH ?? "",
  /** Chromium for Playwright; npm test sets it for its children once it has found one. */
  chromiumPath: (): string | undefined => variable("CHROMIUM_PATH"),
  setChromiumPath: (file: string): void => {
    process.env.CHROMIUM_PATH = file;
  },
  redisUrl: (): string => variable("REDIS_URL") ?? "redis://127.0.0.1:6379",
  /** npm test beside another checkout: added to each of its ports. */
  testPortOffset: (): number => Number.parseInt(process.env.NEWSROOM_TEST_PORT_OFFSET ?? "0", 10) || 0,
  /** npm test beside another checkout: appended to its PostgreSQL database names. */
  testDatabaseSuffix: (): string => (process.env.NEWSROOM_TEST_DATABASE_SUFFIX ?? "").replace(/[^a-z0-9_]/g, ""),
};
