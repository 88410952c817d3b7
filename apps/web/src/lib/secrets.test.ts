import { describe, expect, it } from "vitest";
import { secretMatches } from "./secrets";

describe("webhook secret check", () => {
  const secret = "w".repeat(48);
  it("accepts only the exact secret", () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}x`, secret)).toBe(false);
    expect(secretMatches(secret.slice(1), secret)).toBe(false);
    expect(secretMatches("W".repeat(48), secret)).toBe(false);
  });
  it("refuses a missing or empty secret, whatever is expected", () => {
    expect(secretMatches(null, secret)).toBe(false);
    expect(secretMatches(undefined, secret)).toBe(false);
    expect(secretMatches("", secret)).toBe(false);
    expect(secretMatches("", "")).toBe(false);
  });
});
