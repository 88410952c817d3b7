import { describe, expect, it } from "vitest";
import { DESCRIPTION_LIMITS, summarize } from "./description";
import { buildPageMetadata } from "./metadata";
import { SITE } from "./testing/fixtures";

const WORDS =
  "La OIM y el Gobierno del Perú conmemoran el Día de los Peruanos que Residen en el Exterior, con actividades en Lima, Madrid y Buenos Aires.";
/** A 600-character lead, as in the issue. */
const LONG_LEAD = Array.from({ length: 5 }, () => WORDS)
  .join(" ")
  .slice(0, 600);

describe("summarize", () => {
  it("keeps a text that fits, with its whitespace collapsed", () => {
    expect(summarize("  A short\n lead.  ", 160)).toBe("A short lead.");
    expect(summarize("x".repeat(160), 160)).toBe("x".repeat(160));
  });

  it("cuts at the last word boundary, at most max characters with the ellipsis", () => {
    const cut = summarize(LONG_LEAD, 160);
    expect(Array.from(cut).length).toBeLessThanOrEqual(160);
    expect(cut.endsWith("…")).toBe(true);
    const kept = cut.slice(0, -1);
    // Whole words only: what is kept is a prefix of the lead that ends where a word ends.
    expect(LONG_LEAD.startsWith(kept)).toBe(true);
    expect(LONG_LEAD.charAt(kept.length)).toMatch(/[\s,.]/);
    expect(kept).not.toMatch(/[\s,]$/);
  });

  it("keeps the last word when the limit falls just after it", () => {
    // "aaaa bbbb" + " cccc": with max 10 the 10th character is the space after "bbbb".
    expect(summarize("aaaa bbbb cccc", 10)).toBe("aaaa bbbb…");
    expect(summarize("aaaa bbbbb cccc", 10)).toBe("aaaa…");
  });

  it("cuts inside a word only when one word is longer than the limit, never inside a code point", () => {
    expect(summarize("a".repeat(300), 160)).toBe(`${"a".repeat(159)}…`);
    const emoji = "🌍".repeat(200);
    const cut = summarize(emoji, 160);
    expect(Array.from(cut)).toHaveLength(160);
    expect(cut.slice(0, -1)).toBe("🌍".repeat(159));
  });
});

describe("page metadata of a long lead", () => {
  const metadata = buildPageMetadata({
    siteUrl: SITE,
    siteName: "IOM Newsroom",
    locale: "es",
    title: "La OIM y el Perú",
    description: LONG_LEAD,
    path: "/es/news/la-oim",
    versions: [{ locale: "es", path: "/es/news/la-oim" }],
    feeds: [],
  });

  it("meta description at most 160, Twitter 200, Open Graph 300 characters, each cut between words", () => {
    const cuts = [
      { format: "meta", text: metadata.description, max: DESCRIPTION_LIMITS.meta },
      { format: "twitter", text: metadata.twitter?.description, max: DESCRIPTION_LIMITS.twitter },
      { format: "openGraph", text: metadata.openGraph?.description, max: DESCRIPTION_LIMITS.openGraph },
    ];
    for (const { format, text, max } of cuts) {
      expect(typeof text, format).toBe("string");
      const value = String(text);
      expect(Array.from(value).length, format).toBeLessThanOrEqual(max);
      expect(LONG_LEAD.startsWith(value.slice(0, -1)), format).toBe(true);
      expect(value.endsWith("…"), format).toBe(true);
    }
    expect(String(metadata.description).length).toBeGreaterThan(120);
  });
});
