import { describe, expect, it } from "vitest";
import {
  isListable,
  MAX_NEWS_URLS,
  MAX_URLS_PER_SITEMAP,
  modifiedAt,
  newestDate,
  newsQuerySince,
  partCount,
  partRange,
  selectNewsEntries,
  type NewsCandidate,
} from "./sitemap-plan";
import { indexEntry } from "./testing/fixtures";

const NOW = new Date("2013-10-19T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

function candidate(slug: string, date: string, extra: Partial<Parameters<typeof indexEntry>[0]> = {}): NewsCandidate {
  const url = `https://news.example.org/en/news/${slug}`;
  return { locale: "en", url, entry: indexEntry({ slug, date, ...extra }) };
}

describe("splitting a language's sitemap", () => {
  it("parts hold at most 50,000 URLs: the leading pages first, then releases by position, and there is always a first part", () => {
    expect(MAX_URLS_PER_SITEMAP).toBe(50_000);
    // 30 leading pages (home, listing, 28 terms) and 100,000 releases: 100,030 URLs in 3 parts.
    expect(partCount(30, 100_000)).toBe(3);
    expect(partRange(1, 30)).toEqual({ pages: { start: 0, end: 30 }, releases: { start: 0, end: 49_970 } });
    expect(partRange(2, 30)).toEqual({ pages: { start: 30, end: 30 }, releases: { start: 49_970, end: 99_970 } });
    expect(partRange(3, 30).releases).toEqual({ start: 99_970, end: 149_970 });
    // Exactly 50,000 URLs fit in one part; one more makes a second.
    expect(partCount(30, 49_970)).toBe(1);
    expect(partCount(30, 49_971)).toBe(2);
    expect(partCount(2, 0)).toBe(1);
  });

  it("the same cut with a limit of 3 URLs, leading pages spanning parts", () => {
    // 5 leading pages: part 1 = pages 0-2, part 2 = pages 3-4 and release 0, part 3 = releases 1-3.
    expect(partRange(1, 5, 3)).toEqual({ pages: { start: 0, end: 3 }, releases: { start: 0, end: 0 } });
    expect(partRange(2, 5, 3)).toEqual({ pages: { start: 3, end: 5 }, releases: { start: 0, end: 1 } });
    expect(partRange(3, 5, 3)).toEqual({ pages: { start: 5, end: 5 }, releases: { start: 1, end: 4 } });
    expect(partCount(5, 4, 3)).toBe(3);
    expect(partCount(5, 5, 3)).toBe(4);
  });

  it("dates: the newest, and a release's last change", () => {
    expect(newestDate([null, "2013-01-01T00:00:00Z", "2013-05-01T00:00:00Z", undefined])).toBe("2013-05-01T00:00:00Z");
    expect(newestDate([])).toBeUndefined();
    expect(modifiedAt({ date: "2013-01-01T00:00:00Z", lastUpdatedAt: null })).toBe("2013-01-01T00:00:00Z");
    expect(modifiedAt({ date: "2013-01-01T00:00:00Z", lastUpdatedAt: "2013-02-01T00:00:00Z" })).toBe("2013-02-01T00:00:00Z");
  });

  it("noindex releases and copies of pages elsewhere stay out", () => {
    const own = "https://news.example.org/en/news/a";
    expect(isListable({ noIndex: false, canonicalUrl: null }, own)).toBe(true);
    expect(isListable({ noIndex: false, canonicalUrl: own }, own)).toBe(true);
    expect(isListable({ noIndex: true, canonicalUrl: null }, own)).toBe(false);
    expect(isListable({ noIndex: false, canonicalUrl: "https://www.iom.int/news/a" }, own)).toBe(false);
  });
});

describe("the Google News selection, with a fixed clock", () => {
  it("keeps releases of the last two days, newest first", () => {
    const picked = selectNewsEntries(
      [
        candidate("one-hour-ago", hoursAgo(1)),
        candidate("exactly-two-days", hoursAgo(48)),
        candidate("two-days-and-a-minute", new Date(NOW.getTime() - 48 * 3_600_000 - 60_000).toISOString()),
        candidate("yesterday", hoursAgo(24)),
        candidate("tomorrow", hoursAgo(-24)),
        candidate("hidden", hoursAgo(2), { noIndex: true }),
        candidate("copy", hoursAgo(3), { canonicalUrl: "https://www.iom.int/elsewhere" }),
      ],
      NOW,
    );
    expect(picked.map((c) => c.entry.slug)).toEqual(["one-hour-ago", "yesterday", "exactly-two-days"]);
  });

  it("the seeded Peru release (18 October 2013) is news on the 19th and not a week later", () => {
    const peru = candidate("iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day", "2013-10-18T15:00:00.000Z");
    expect(selectNewsEntries([peru], NOW)).toHaveLength(1);
    expect(selectNewsEntries([peru], new Date("2013-10-25T00:00:00Z"))).toHaveLength(0);
  });

  it("at most 1,000", () => {
    const many = Array.from({ length: 1_500 }, (_, i) => candidate(`r${i}`, new Date(NOW.getTime() - i * 60_000).toISOString()));
    const picked = selectNewsEntries(many, NOW);
    expect(MAX_NEWS_URLS).toBe(1_000);
    expect(picked).toHaveLength(1_000);
    expect(picked[0]?.entry.slug).toBe("r0");
    expect(picked.at(-1)?.entry.slug).toBe("r999");
  });

  it("asks the CMS from the start of the hour two days back, so the query stays cacheable", () => {
    expect(newsQuerySince(new Date("2013-10-19T12:34:56.000Z"))).toBe("2013-10-17T12:00:00.000Z");
    expect(newsQuerySince(new Date("2013-10-19T12:59:59.999Z"))).toBe("2013-10-17T12:00:00.000Z");
  });
});
