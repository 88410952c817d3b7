import { describe, expect, it } from "vitest";
import type { TaxonomyTerm } from "@newsroom/content";
import { needsCleanUrl } from "@/lib/listing-params";
import { activeFilters, listingTitle } from "./active-filters";
import type { FilterOptions } from "./FilterForm";
import { languagesWithPage, listingLanguageVersions, translateFilters } from "./listing-languages";

const term = (kind: TaxonomyTerm["kind"], slug: string, name: string, translations: TaxonomyTerm["translations"]): TaxonomyTerm => ({
  kind,
  slug,
  name,
  description: null,
  translations,
});

const options: FilterOptions = {
  countries: [
    term("country", "peru", "Peru", [
      { locale: "es", slug: "peru" },
      { locale: "fr", slug: "perou" },
    ]),
    term("country", "niger", "Niger", [{ locale: "fr", slug: "niger" }]),
  ],
  regions: [],
  themes: [term("theme", "migration-data", "Migration data", [])],
  years: [2013, 2012],
};
const typeLabel = (type: string) => (type === "statement" ? "Statement" : type);

describe("the filters a listing applies", () => {
  it("are named for readers, in the form's order, each with the view without it", () => {
    const filters = activeFilters("/en/news", { year: 2013, country: "peru", type: "statement", page: 2 }, options, typeLabel);
    expect(filters).toEqual([
      { key: "country", label: "Peru", removeHref: "/en/news?type=statement&year=2013" },
      { key: "type", label: "Statement", removeHref: "/en/news?country=peru&year=2013" },
      { key: "year", label: "2013", removeHref: "/en/news?country=peru&type=statement" },
    ]);
  });

  it("keep a search's words when one is removed", () => {
    expect(activeFilters("/en/search", { q: "lima", country: "peru" }, options, typeLabel)[0]?.removeHref).toBe("/en/search?q=lima");
  });

  it("make the title: filters, then the page", () => {
    const format = { filtered: (t: string, f: string) => `${t}: ${f}`, paged: (t: string, p: number) => `${t}, page ${p}` };
    expect(listingTitle("News", [{ label: "Peru" }, { label: "2013" }], 2, format)).toBe("News: Peru, 2013, page 2");
    expect(listingTitle("News", [], 1, format)).toBe("News");
    expect(listingTitle("News", [], 3, format)).toBe("News, page 3");
  });
});

describe("a submitted form's address", () => {
  it("is cleaned when a field came empty", () => {
    expect(needsCleanUrl({ country: "", year: "2013" })).toBe(true);
    expect(needsCleanUrl({ q: "lima", type: " " })).toBe(true);
    expect(needsCleanUrl({ page: "1" })).toBe(false);
    expect(needsCleanUrl({ country: "peru", page: "2" })).toBe(false);
    // Other parameters (a campaign tag) are not the listing's to judge.
    expect(needsCleanUrl({ utm_source: "" })).toBe(false);
  });
});

describe("a listing view in the other languages", () => {
  it("translates term slugs, keeps type and year, drops a term with no version there", () => {
    expect(translateFilters({ country: "peru", type: "statement", year: 2013 }, options, "fr")).toEqual({
      country: "perou",
      type: "statement",
      year: 2013,
    });
    expect(translateFilters({ country: "niger", theme: "migration-data" }, options, "es")).toEqual({});
  });

  it("keeps the page where it exists, else links the first page", () => {
    const versions = listingLanguageVersions("en", { country: "peru", page: 2 }, options, (l) => `/${l}/news`, { es: 2, fr: 1 });
    expect(versions).toEqual([
      { locale: "en", path: "/en/news?country=peru&page=2" },
      { locale: "es", path: "/es/news?country=peru&page=2" },
      { locale: "fr", path: "/fr/news?country=perou" },
    ]);
    expect(listingLanguageVersions("en", {}, options, (l) => `/${l}/search`, {}, "lima").map((v) => v.path)).toEqual([
      "/en/search?q=lima",
      "/es/search?q=lima",
      "/fr/search?q=lima",
    ]);
  });

  it("names a page number only in the languages that have it", () => {
    expect(languagesWithPage(undefined, {})).toEqual(["en", "es", "fr"]);
    expect(languagesWithPage(2, { en: 2, es: 1, fr: 0 })).toEqual(["en"]);
  });
});
