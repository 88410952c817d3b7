import { describe, expect, it } from "vitest";
import { countryCodesByRegion, countryName, slugify } from "./countries";
import { DISCLAIMER_PREFIX, type SyntheticLocale } from "./corpus";
import { Random } from "./random";
import { releaseText } from "./release-text";

const context = { country: "Perú", theme: "Migration governance", year: 2005 };
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("synthetic release text", () => {
  it.each<SyntheticLocale>(["en", "es", "fr"])("%s: starts with the sample-data note and runs 300–1,500 words", (locale) => {
    for (let i = 0; i < 200; i += 1) {
      const text = releaseText(Random.of(1, 2, i), locale, context);
      const [first] = text.body;
      expect(first?.type === "paragraph" && first.children[0]?.text.startsWith(DISCLAIMER_PREFIX[locale])).toBe(true);
      expect(text.words).toBeGreaterThanOrEqual(300);
      expect(text.words).toBeLessThanOrEqual(1600);
      const counted = text.body
        .map((b) => (b.type === "list" ? b.children.map((c) => c.children[0]?.text ?? "").join(" ") : (b.children[0]?.text ?? "")))
        .join(" ");
      expect(words(counted)).toBe(text.words);
      expect(text.title.length).toBeLessThanOrEqual(200);
      expect(text.lead.length).toBeLessThanOrEqual(600);
      expect(text.title).not.toMatch(/\{\w+\}/);
    }
  });

  it("is the same for the same seed and index, and differs between releases", () => {
    expect(releaseText(Random.of(7, 2, 41), "fr", context)).toEqual(releaseText(Random.of(7, 2, 41), "fr", context));
    expect(releaseText(Random.of(7, 2, 41), "fr", context)).not.toEqual(releaseText(Random.of(7, 2, 42), "fr", context));
    expect(Random.of(1, 1, 5).documentId()).toMatch(/^[a-z][a-z0-9]{23}$/);
  });

  it("mixes blocks as releases do: headings, a quote and a list appear across an archive", () => {
    const types = new Set(
      Array.from({ length: 100 }, (_, i) => releaseText(Random.of(3, 2, i), "en", context).body.map((b) => b.type)).flat(),
    );
    expect(types).toEqual(new Set(["paragraph", "heading", "quote", "list"]));
  });
});

describe("synthetic countries", () => {
  it("are 175, unique, named in the three languages, with slugs like the seed's", () => {
    const codes = Object.values(countryCodesByRegion).flat();
    expect(codes).toHaveLength(175);
    expect(new Set(codes).size).toBe(175);
    for (const code of codes) for (const locale of ["en", "es", "fr"] as const) expect(countryName(code, locale)).not.toBe("");
    expect(slugify(countryName("PE", "fr"))).toBe("perou");
    expect(slugify(countryName("CI", "en"))).toBe("cote-d-ivoire");
  });
});
