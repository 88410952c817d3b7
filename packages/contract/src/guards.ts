/** Any non-null object, arrays included: for reading fields of a value of unknown shape. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A non-null object that is not an array (a JSON object, a query-string object). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !Array.isArray(value);
}
