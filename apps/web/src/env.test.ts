import { describe, expect, it } from "vitest";
import { parseWebEnv } from "./env.schema";

const valid = { CMS_URL: "http://127.0.0.1:1337", CMS_READ_TOKEN: "a".repeat(64), SITE_URL: "https://news.example.org" };

describe("site environment", () => {
  it("accepts a complete environment and fills defaults", () => {
    expect(parseWebEnv(valid)).toMatchObject({ ...valid, REVALIDATE_SECONDS: 60, CMS_TIMEOUT_MS: 8000 });
  });

  it.each(["CMS_URL", "CMS_READ_TOKEN", "SITE_URL"] as const)("names %s when it is missing or empty", (name) => {
    expect(() => parseWebEnv({ ...valid, [name]: undefined })).toThrow(name);
    expect(() => parseWebEnv({ ...valid, [name]: "" })).toThrow(name);
  });

  it("names an invalid value", () => {
    expect(() => parseWebEnv({ ...valid, CMS_URL: "not a url" })).toThrow(/CMS_URL/);
    expect(() => parseWebEnv({ ...valid, REVALIDATE_SECONDS: "-5" })).toThrow(/REVALIDATE_SECONDS/);
    expect(() => parseWebEnv({ ...valid, CMS_READ_TOKEN: "short" })).toThrow(/CMS_READ_TOKEN/);
  });
});
