import { describe, expect, it } from "vitest";
import { extractTerms } from "./query";
import { makeExcerpt, score } from "./rank";
import { blocksToText, buildSearchText, normalizeText, PART_SEPARATOR, splitSearchText } from "./text";

// The search's pure parts, without a CMS (tests/search.test.ts asks the running Strapi).
describe("search text", () => {
  const paragraph = (...text: string[]) => ({ type: "paragraph", children: text.map((t) => ({ type: "text", text: t })) });

  it("normalizes case, accents and whitespace", () => {
    expect(normalizeText("  Perú\tÑANDÚ \n Dávalos Œuvre İ ")).toBe("peru nandu davalos œuvre i");
    expect(normalizeText("a\u0001b")).toBe("a b");
  });

  it("reads the text of blocks, including links and lists", () => {
    const body = [
      {
        type: "paragraph",
        children: [
          { type: "text", text: "See " },
          { type: "link", url: "https://example.org", children: [{ type: "text", text: "the page" }] },
          { type: "text", text: "." },
        ],
      },
      {
        type: "list",
        format: "unordered",
        children: [
          { type: "list-item", children: [{ type: "text", text: "one" }] },
          { type: "list-item", children: [{ type: "text", text: "two" }] },
        ],
      },
      { type: "image", image: { url: "/x.jpg" }, children: [{ type: "text", text: "" }] },
    ];
    expect(blocksToText(body)).toBe("See the page.\none\ntwo\n");
    expect(blocksToText("not blocks")).toBe("");
  });

  it("keeps title, lead and body apart", () => {
    const text = buildSearchText({ title: "Título", lead: "Lead\u0001\ntext", body: [paragraph("Body")] });
    expect(text.split(PART_SEPARATOR)).toHaveLength(3);
    expect(splitSearchText(text)).toEqual({ title: "titulo", lead: "lead text", body: "body" });
  });

  it("extracts at most 8 distinct words of 2+ letters or digits", () => {
    expect(extractTerms(normalizeText("%' OR 1=1 -- ; DROP TABLE x; .*(a+)+$"))).toEqual(["or", "drop", "table"]);
    expect(extractTerms("aa bb aa cc dd ee ff gg hh ii jj")).toEqual(["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh"]);
  });

  it("weights title 5, lead 3, body 1, and the whole query in the title 10", () => {
    const text = buildSearchText({ title: "Peru day", lead: "peru", body: [paragraph("peru peru")] });
    expect(score(text, ["peru"], "peru")).toBe(5 + 3 + 2 + 10);
    expect(score(text, ["peru", "day"], "peru day")).toBe(5 + 3 + 2 + 5 + 10);
    expect(score(text, ["day"], "day peru")).toBe(5);
  });

  it("cuts excerpts of the original text at whole words", () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[100] = "Dávalos";
    const excerpt = makeExcerpt([paragraph(words.join(" "))], "The lead.", ["davalos"]);
    expect(excerpt).toContain("Dávalos");
    expect(excerpt.startsWith("…word")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt).toMatch(/^…(word\d+ |Dávalos )+(word\d+|Dávalos)…$/);
    expect(excerpt.length).toBeLessThanOrEqual(242);
    expect(makeExcerpt([paragraph("No match here.")], "The lead of the release.", ["title"])).toBe("The lead of the release.");
  });
});
