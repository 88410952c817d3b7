import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { buildFeed, imageMimeType, renderFeed, type FeedInput } from "./feed";
import { release, settings, SITE } from "./testing/fixtures";
import { jsonFeedSchema } from "./testing/json-feed";

const hostile = "Tom & Jerry <b>bold</b> ]]> and ]]> again";

function input(overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    siteUrl: SITE,
    locale: "en",
    scope: { kind: "all" },
    settings,
    title: "IOM Newsroom",
    description: "Press releases",
    pagePath: "/en",
    releases: [
      release(),
      release({ slug: "second", title: hostile, lead: "Less < more & so on", heroImage: null, lastUpdatedAt: "2013-10-20T10:00:00.000Z" }),
    ],
    ...overrides,
  };
}

describe("feeds", () => {
  it.each(["rss", "atom"] as const)("%s parses back with every item field", (format) => {
    const { body, contentType } = renderFeed(buildFeed(input(), format), format);
    expect(contentType).toMatch(format === "rss" ? /^application\/rss\+xml/ : /^application\/atom\+xml/);
    const feed = parseFeed(body);
    expect(feed.meta.type).toBe(format);
    expect(feed.title).toBe("IOM Newsroom");
    expect(feed.language ?? "en").toBe("en");
    expect(feed.self).toBe(`${SITE}/en/feeds/${format === "rss" ? "rss.xml" : "atom.xml"}`);
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first?.title).toBe("IOM and the Government of Peru Commemorate Peruvians Living Abroad Day");
    expect(first?.url).toBe(`${SITE}/en/news/iom-and-peru`);
    expect(first?.id).toBe(`${SITE}/en/news/iom-and-peru`);
    expect(first?.published?.toISOString()).toBe("2013-10-18T15:00:00.000Z");
    expect(first?.description).toContain("As part of the commemoration");
    expect(first?.content).toContain("<strong>Mr Dávalos</strong>");
    expect(first?.content).toContain(`<a href="${SITE}/en/news">More news</a>`);
    expect(first?.content).toContain(`<img src="${SITE}/uploads/peru_hero.jpg"`);
    expect(first?.mediaImages.map((m) => m.url)).toEqual([`${SITE}/uploads/peru_hero.jpg`]);
    expect(first?.categories.map((c) => c.label ?? c.term)).toContain("Migration governance");
    // Text that looks like markup or ends CDATA comes through as text.
    expect(second?.title).toBe(format === "rss" ? hostile.replace(/]]>/g, "]] >") : hostile);
    expect(second?.description).toBe("Less < more & so on");
    expect(second?.mediaImages).toEqual([]);
    if (format === "atom") expect(second?.updated?.toISOString()).toBe("2013-10-20T10:00:00.000Z");
  });

  it("JSON Feed has every item field", () => {
    const { body, contentType } = renderFeed(buildFeed(input(), "json"), "json");
    expect(contentType).toMatch(/^application\/feed\+json/);
    const feed = jsonFeedSchema.parse(JSON.parse(body));
    expect(feed.feed_url).toBe(`${SITE}/en/feeds/feed.json`);
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: `${SITE}/en/news/iom-and-peru`,
      url: `${SITE}/en/news/iom-and-peru`,
      image: `${SITE}/uploads/peru_hero.jpg`,
      date_published: "2013-10-18T15:00:00.000Z",
    });
    expect(first?.summary).toContain("As part of the commemoration");
    expect(first?.content_html).toContain("Mr Dávalos");
    expect(second?.title).toBe(hostile);
    expect(second?.summary).toBe("Less < more & so on");
  });

  it("a country feed names its own address and page", () => {
    const body = renderFeed(
      buildFeed(input({ scope: { kind: "country", slug: "peru" }, pagePath: "/en/countries/peru", title: "IOM Newsroom — Peru" }), "rss"),
      "rss",
    ).body;
    const feed = parseFeed(body);
    expect(feed.self).toBe(`${SITE}/en/feeds/countries/peru/rss.xml`);
    expect(feed.url).toBe(`${SITE}/en/countries/peru`);
    expect(feed.title).toBe("IOM Newsroom — Peru");
  });

  it("control characters an XML parser would reject are dropped", () => {
    const body = renderFeed(buildFeed(input({ releases: [release({ title: "Bell\u0007 title" })] }), "atom"), "atom").body;
    expect(parseFeed(body).items[0]?.title).toBe("Bell title");
  });

  it("knows image types by extension", () => {
    expect(imageMimeType("https://x/a.JPG")).toBe("image/jpeg");
    expect(imageMimeType("https://x/a.webp?v=1")).toBe("image/webp");
    expect(imageMimeType("https://x/a")).toBeUndefined();
  });
});
