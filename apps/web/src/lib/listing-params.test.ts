import { describe, expect, it } from "vitest";
import { filtersOf, listingHref, parseListingParams, parseSearchQuery } from "./listing-params";

describe("listing URL state", () => {
  it("reads filters and page, ignoring empty choices", () => {
    expect(parseListingParams({ page: "2", country: "peru", region: "", type: "statement", year: "2013" })).toEqual({
      page: 2,
      country: "peru",
      type: "statement",
      year: 2013,
    });
  });

  it.each([
    { page: "0" },
    { page: "abc" },
    { page: "1.5" },
    { type: "rumour" },
    { year: "13" },
    { country: "Peru!" },
    { country: ["a", "b"] },
  ])("refuses malformed values %j", (params) => {
    expect(parseListingParams(params)).toBeNull();
  });

  it("keeps only filters for the client", () => {
    expect(filtersOf({ page: 3, theme: "migration-data", year: 2013 })).toEqual({ theme: "migration-data", year: 2013 });
  });

  it("bounds the search text", () => {
    expect(parseSearchQuery({ q: `  ${"x".repeat(10_000)} ` })).toHaveLength(200);
    expect(parseSearchQuery({})).toBe("");
    expect(parseSearchQuery({ q: ["a", "b"] })).toBeNull();
  });

  it("builds shareable URLs, dropping page 1 and empty values", () => {
    expect(listingHref("/en/news", { country: "peru", page: 3 }, { page: 1 })).toBe("/en/news?country=peru");
    expect(listingHref("/en/search", { q: "peru & chile", theme: "x" }, { theme: undefined, page: 2 })).toBe(
      "/en/search?q=peru+%26+chile&page=2",
    );
  });
});
