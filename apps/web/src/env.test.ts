import { describe, expect, it } from "vitest";
import { parseWebEnv } from "./env.schema";

const valid = {
  CMS_URL: "http://127.0.0.1:1337",
  CMS_READ_TOKEN: "a".repeat(64),
  CMS_PREVIEW_TOKEN: "b".repeat(64),
  PREVIEW_SECRET: "p".repeat(32),
  REVALIDATE_SECRET: "r".repeat(40),
  SITE_URL: "https://news.example.org",
};

describe("site environment", () => {
  it("accepts a complete environment and fills defaults", () => {
    expect(parseWebEnv(valid)).toMatchObject({ ...valid, REVALIDATE_SECONDS: 60, CMS_TIMEOUT_MS: 8000 });
  });

  it.each(["CMS_URL", "CMS_READ_TOKEN", "CMS_PREVIEW_TOKEN", "PREVIEW_SECRET", "REVALIDATE_SECRET", "SITE_URL"] as const)("names %s when it is missing or empty", (name) => {
    expect(() => parseWebEnv({ ...valid, [name]: undefined })).toThrow(name);
    expect(() => parseWebEnv({ ...valid, [name]: "" })).toThrow(name);
  });

  it("names an invalid value", () => {
    expect(() => parseWebEnv({ ...valid, CMS_URL: "not a url" })).toThrow(/CMS_URL/);
    expect(() => parseWebEnv({ ...valid, REVALIDATE_SECONDS: "-5" })).toThrow(/REVALIDATE_SECONDS/);
    expect(() => parseWebEnv({ ...valid, CMS_READ_TOKEN: "short" })).toThrow(/CMS_READ_TOKEN/);
  });

  it("preview and webhook secrets are at least 32 characters; the preview token is a token", () => {
    expect(() => parseWebEnv({ ...valid, PREVIEW_SECRET: "x".repeat(31) })).toThrow(/PREVIEW_SECRET must be at least 32 characters/);
    expect(() => parseWebEnv({ ...valid, REVALIDATE_SECRET: "too-short" })).toThrow(/REVALIDATE_SECRET must be at least 32 characters/);
    expect(() => parseWebEnv({ ...valid, CMS_PREVIEW_TOKEN: "not a token!".repeat(4) })).toThrow(/CMS_PREVIEW_TOKEN must be 32-256/);
    expect(parseWebEnv({ ...valid, PREVIEW_SECRET: "x".repeat(32) }).PREVIEW_SECRET).toHaveLength(32);
  });
});
