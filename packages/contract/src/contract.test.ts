import { describe, expect, it } from "vitest";
import { contentManagerPath, contentTypes } from "./content-types";
import { API_TOKEN_PATTERN, apiTokenSchema, sharedSecretSchema, unsafeSecretReason } from "./env";
import { isPlainRecord, isRecord } from "./guards";
import { isDocumentType, pressReleaseFacetFilters } from "./press-releases";
import { foldForSearch } from "./text";

describe("foldForSearch", () => {
  it("lowercases and drops accents, one code point at a time", () => {
    expect(foldForSearch("Perú ÑANDÚ Œuvre İ")).toBe("peru nandu œuvre i");
    // Per code point: a capital sigma is σ wherever it stands, as in the CMS's index.
    expect(foldForSearch("ΟΔΟΣ")).toBe("οδοσ");
  });

  it("turns control characters (tabs, newlines too) into spaces and collapses nothing", () => {
    expect(foldForSearch("a\u0001b\tc  d")).toBe("a b c  d");
  });

  it("folds a character alone as inside a word", () => {
    const word = "Ação";
    expect(Array.from(word, foldForSearch).join("")).toBe(foldForSearch(word));
  });
});

describe("facet filters", () => {
  it("filter relations by slug, the type by value, a year by its date range", () => {
    expect(
      pressReleaseFacetFilters({ country: "peru", region: "south-america", theme: "migration", type: "statement", year: 2024 }),
    ).toEqual({
      countries: { slug: { $eq: "peru" } },
      regions: { slug: { $eq: "south-america" } },
      themes: { slug: { $eq: "migration" } },
      documentType: { $eq: "statement" },
      releaseDate: { $gte: "2024-01-01T00:00:00.000Z", $lt: "2025-01-01T00:00:00.000Z" },
    });
    expect(pressReleaseFacetFilters({ year: 999 })).toEqual({
      releaseDate: { $gte: "0999-01-01T00:00:00.000Z", $lt: "1000-01-01T00:00:00.000Z" },
    });
    expect(pressReleaseFacetFilters({})).toEqual({});
  });

  it("knows the document types", () => {
    expect(isDocumentType("statement")).toBe(true);
    expect(isDocumentType("blog-post")).toBe(false);
  });
});

describe("content types", () => {
  it("admin paths name the kind of content type", () => {
    expect(contentManagerPath("pressRelease")).toBe(`/content-manager/collection-types/${contentTypes.pressRelease.uid}`);
    expect(contentManagerPath("navigation")).toBe(`/content-manager/single-types/${contentTypes.navigation.uid}`);
  });
});

describe("guards", () => {
  it("isRecord takes any object, isPlainRecord no arrays", () => {
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord("x")]).toEqual([true, true, false, false]);
    expect([isPlainRecord({}), isPlainRecord([]), isPlainRecord(null)]).toEqual([true, false, false]);
  });
});

describe("env building blocks", () => {
  it("an API token is 32-256 URL-safe characters", () => {
    expect(API_TOKEN_PATTERN.test("a".repeat(32))).toBe(true);
    expect(API_TOKEN_PATTERN.test("a".repeat(31))).toBe(false);
    expect(API_TOKEN_PATTERN.test("a".repeat(257))).toBe(false);
    expect(API_TOKEN_PATTERN.test(`${"a".repeat(32)}!`)).toBe(false);
    const result = apiTokenSchema("CMS_READ_TOKEN", "the site's token").safeParse("short");
    expect(result.error?.issues[0]?.message).toBe("CMS_READ_TOKEN must be 32-256 letters, digits, - or _");
    expect(apiTokenSchema("CMS_READ_TOKEN", "the site's token").safeParse(undefined).error?.issues[0]?.message).toBe(
      "CMS_READ_TOKEN is required (the site's token)",
    );
  });

  it("a shared secret is 32-512 characters", () => {
    const schema = sharedSecretSchema("PREVIEW_SECRET", "signs preview links");
    expect(schema.safeParse("x".repeat(31)).error?.issues[0]?.message).toMatch(/PREVIEW_SECRET must be at least 32 characters/);
    expect(schema.safeParse("x".repeat(513)).error?.issues[0]?.message).toMatch(/PREVIEW_SECRET must be at most 512 characters/);
    expect(schema.safeParse("x".repeat(32)).success).toBe(true);
  });

  it("production refuses short, example and non-random secrets (packages/config/production.json)", () => {
    expect(unsafeSecretReason("changeme")).toBe("is an example value, not a secret");
    expect(unsafeSecretReason("abcdefghij")).toMatch(/shorter than 32 bytes/);
    // Bytes, not characters: 23 characters, 33 bytes in UTF-8.
    expect(unsafeSecretReason(`${"é".repeat(10)}abcdefghijklm`)).toBeUndefined();
    expect(unsafeSecretReason("ab".repeat(20))).toMatch(/not random/);
    expect(unsafeSecretReason("0123456789abcdefghijklmnopqrstuvwxyz")).toBeUndefined();
  });
});
