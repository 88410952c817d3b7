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

  it.each(["CMS_URL", "CMS_READ_TOKEN", "CMS_PREVIEW_TOKEN", "PREVIEW_SECRET", "REVALIDATE_SECRET", "SITE_URL"] as const)(
    "names %s when it is missing or empty",
    (name) => {
      expect(() => parseWebEnv({ ...valid, [name]: undefined })).toThrow(name);
      expect(() => parseWebEnv({ ...valid, [name]: "" })).toThrow(name);
    },
  );

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

  it("production refuses secrets that are not random (packages/config/production.json)", () => {
    const prod = { ...valid, NODE_ENV: "production" };
    expect(() => parseWebEnv(prod)).toThrow(/CMS_READ_TOKEN is not random[\s\S]*REVALIDATE_SECRET is not random/);
    const random = {
      CMS_READ_TOKEN: "0123456789abcdef".repeat(4),
      CMS_PREVIEW_TOKEN: "fedcba9876543210".repeat(4),
      PREVIEW_SECRET: "Kq3-xZ9_pL2m".repeat(3),
      REVALIDATE_SECRET: "abcdefgh".repeat(4),
    };
    expect(parseWebEnv({ ...prod, ...random }).NODE_ENV).toBe("production");
    expect(() => parseWebEnv({ ...prod, ...random, REVALIDATE_SECRET: "changeme".repeat(4) })).toThrow(/REVALIDATE_SECRET is not random/);
    expect(parseWebEnv({ ...valid, REVALIDATE_SECRET: "x".repeat(32) }).NODE_ENV).toBe("development");
  });
});
