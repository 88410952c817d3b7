import { describe, expect, it } from "vitest";
import { cutExcerpt, excerptOf, joinBlocks, MARK_END as E, MARK_START as S, markWords, toHighlighted } from "./highlight";
import { SEARCH_LANGUAGES, stemText } from "./language";
import { extractTerms } from "./query";
import { blocksToText, buildSearchText } from "./text";
import { parseWebSearch, toFts5Query, wordMatcher } from "./websearch";

// The search's pure parts, without a CMS (tests/search.test.ts asks the running Strapi).
const { en, es, fr } = SEARCH_LANGUAGES;
const paragraph = (...text: string[]) => ({ type: "paragraph", children: text.map((t) => ({ type: "text", text: t })) });

describe("stemming (Snowball, as PostgreSQL's english_stem, spanish_stem and french_stem)", () => {
  it("gives inflected forms one stem, after folding accents and case", () => {
    expect(stemText(en, "Commemorate commemorating")).toBe("commemor commemor");
    expect(stemText(es, "conmemoran conmemorando")).toBe("conmemor conmemor");
    expect(stemText(fr, "commémorer Péruviens peruviens")).toBe("commemor peruvien peruvien");
  });

  it("keeps different words apart", () => {
    expect(stemText(en, "art party")).toBe("art parti");
  });
});

describe("search text", () => {
  it("reads the text of blocks one block or list item a line, without the sample-content note", () => {
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
      { ...paragraph("This is sample content."), sampleNote: true },
    ];
    expect(blocksToText(body)).toBe("See the page.\none\ntwo\n");
    expect(blocksToText("not blocks")).toBe("");
  });

  it("stores title, lead and body stemmed in the row's language, for SQLite's index", () => {
    const value: unknown = JSON.parse(
      buildSearchText({ locale: "fr", title: "Les Péruviens", lead: "commémorer", body: [paragraph("Lima")] }),
    );
    expect(value).toEqual({ v: 2, title: "le peruvien", lead: "commemor", body: "lim" });
  });

  it("extracts at most 8 distinct folded words of 2+ letters or digits", () => {
    expect(extractTerms("%' OR 1=1 -- ; DROP TABLE x; .*(a+)+$")).toEqual(["or", "drop", "table"]);
    expect(extractTerms("aa bb aa cc dd ee ff gg hh ii jj")).toEqual(["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh"]);
    expect(extractTerms("Dávalos")).toEqual(["davalos"]);
  });
});

describe("web search syntax on SQLite", () => {
  it("reads words, phrases, or and negation like websearch_to_tsquery", () => {
    expect(toFts5Query(en, parseWebSearch(en, 'commemorating "living abroad" -party or 12,274'))).toBe(
      '("commemor" AND "live abroad" NOT "parti") OR ("12 274")',
    );
  });

  it("never lets FTS5 syntax through", () => {
    expect(toFts5Query(en, parseWebSearch(en, 'NEAR( "a* OR ^b'))).toBe('("near" AND "a or b")');
    expect(toFts5Query(en, parseWebSearch(en, "-only"))).toBeNull();
  });

  it("lets a French stem match its longer words (Snowball keeps the plural -ent of verbs)", () => {
    expect(toFts5Query(fr, parseWebSearch(fr, "commemorer art"))).toBe('("commemor"* AND "art")');
    const matches = wordMatcher(fr, parseWebSearch(fr, "commemorer art"));
    expect(["commémorent", "Art", "artisan"].map(matches)).toEqual([true, true, false]);
  });
});

describe("excerpts", () => {
  it("marks stemmed matches and turns marks into ranges", () => {
    const marked = markWords("They commemorate it.", wordMatcher(en, parseWebSearch(en, "commemorating")));
    expect(marked).toBe(`They ${S}commemorate${E} it.`);
    expect(toHighlighted(marked)).toEqual({ text: "They commemorate it.", ranges: [[5, 16]] });
  });

  it("keeps list items apart", () => {
    expect(joinBlocks("The curriculum covers:\nitem one\nitem two\nA new paragraph.\nLast")).toBe(
      "The curriculum covers: item one; item two; A new paragraph. Last",
    );
  });

  it("cuts about 240 characters in whole words around the first match", () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[100] = `${S}Dávalos${E}`;
    const excerpt = cutExcerpt(toHighlighted(words.join(" ")));
    expect(excerpt.text).toMatch(/^…(word\d+ |Dávalos )+(word\d+|Dávalos)…$/);
    expect(excerpt.text.length).toBeLessThanOrEqual(242);
    const [range] = excerpt.ranges;
    expect(range && excerpt.text.slice(range[0], range[1])).toBe("Dávalos");
  });

  it("falls back to the lead when only the title matched", () => {
    expect(excerptOf("No match here.", "The lead of the release.")).toEqual({ text: "The lead of the release.", ranges: [] });
    expect(excerptOf("No match.", `The ${S}lead${E}.`)).toEqual({ text: "The lead.", ranges: [[4, 8]] });
  });
});
