import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a secret sent by a client with the expected one in constant time: both are hashed
 * with SHA-256 first, so the comparison takes the same time whatever their lengths and
 * wherever they differ (timingSafeEqual needs equal-length buffers).
 */
export function secretMatches(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== "string" || given === "" || expected === "") return false;
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
