/** Environment handling for child processes. */

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
