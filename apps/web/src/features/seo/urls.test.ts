import { describe, expect, it } from "vitest";
import {
  absoluteMediaUrl,
  absoluteUrl,
  feedPath,
  languageAlternates,
  parseFeedPath,
  parseSitemapFile,
  translatedVersions,
  paths,
} from "./urls";

const SITE = "https://news.example.org";

describe("absolute URLs", () => {
  it("are exactly what URL gives, for plain paths (the fast path) and odd ones alike", () => {
    const sites = [SITE, "https://news.example.org/newsroom/", "http://127.0.0.1:4300", "https://xn--nws-5ma.example:443"];
    const paths = [
      "/",
      "/en",
      "/en/news/iom-and-peru",
      "/es/countries/peru",
      "/sitemaps/en-2.xml",
      "/en/news/a b",
      "/en/./x",
      "/en/../x",
      "//evil.example/x",
      "/ünï",
      "/en?page=2",
      "/en#top",
      "/.hidden",
      "en/relative",
    ];
    for (const site of sites) for (const path of paths) expect(absoluteUrl(path, site), `${site} ${path}`).toBe(new URL(path, site).href);
  });
});

describe("feed and sitemap addresses", () => {
  it("parses every feed path it builds, and nothing else", () => {
    for (const format of ["rss", "atom", "json"] as const) {
      for (const scope of [
        { kind: "all" as const },
        { kind: "country" as const, slug: "peru" },
        { kind: "theme" as const, slug: "migration-data" },
      ]) {
        const path = feedPath("es", scope, format);
        expect(parseFeedPath(path.split("/").slice(3))).toEqual({ scope, format });
      }
    }
    expect(feedPath("fr", { kind: "theme", slug: "x" }, "json")).toBe("/fr/feeds/themes/x/feed.json");
    expect(parseFeedPath(["rss.json"])).toBeNull();
    expect(parseFeedPath(["regions", "andes", "rss.xml"])).toBeNull();
    expect(parseFeedPath(["countries", "Bad Slug", "rss.xml"])).toBeNull();
    expect(parseFeedPath(["countries", "peru", "extra", "rss.xml"])).toBeNull();
  });

  it("parses sitemap part names", () => {
    expect(parseSitemapFile("en-1.xml")).toEqual({ locale: "en", part: 1 });
    expect(parseSitemapFile("fr-12.xml")).toEqual({ locale: "fr", part: 12 });
    for (const bad of ["de-1.xml", "en-0.xml", "en-01.xml", "en-1.xml.gz", "en.xml", "../en-1.xml"])
      expect(parseSitemapFile(bad)).toBeNull();
  });

  it("keeps CDN media absolute and makes uploads absolute", () => {
    expect(absoluteMediaUrl("/uploads/a.jpg", SITE)).toBe(`${SITE}/uploads/a.jpg`);
    expect(absoluteMediaUrl("https://cdn.example.org/a.jpg", SITE)).toBe("https://cdn.example.org/a.jpg");
  });
});

describe("hreflang alternates", () => {
  it("lists the languages that exist, in the site's order, with x-default on English", () => {
    const versions = translatedVersions(
      { locale: "fr", path: "/fr/news/le-perou" },
      [
        { locale: "en", slug: "peru" },
        { locale: "de", slug: "ignored" },
      ],
      paths.release,
    );
    expect(languageAlternates(versions, SITE)).toEqual({
      en: `${SITE}/en/news/peru`,
      fr: `${SITE}/fr/news/le-perou`,
      "x-default": `${SITE}/en/news/peru`,
    });
  });

  it("without an English version x-default is the first language that exists", () => {
    expect(
      languageAlternates(
        [
          { locale: "fr", path: "/fr/x" },
          { locale: "es", path: "/es/x" },
        ],
        SITE,
      )["x-default"],
    ).toBe(`${SITE}/es/x`);
  });

  it("an explicit x-default wins (the home page's language chooser)", () => {
    expect(languageAlternates([{ locale: "en", path: "/en" }], SITE, "/")["x-default"]).toBe(`${SITE}/`);
  });
});
