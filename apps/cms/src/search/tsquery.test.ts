import { describe, expect, it } from "vitest";
import { excludes, formatTsQuery, parseTsQuery, phrasePairs, TsQuerySyntaxError, withPrefixes, withWeight } from "./tsquery";

/** The texts are PostgreSQL 15's websearch_to_tsquery output, copied from psql. */
const parse = (text: string) => {
  const query = parseTsQuery(text);
  if (!query) throw new Error(`empty: ${text}`);
  return query;
};

describe("tsquery text", () => {
  it("reads what websearch_to_tsquery prints, and writes it back with the same meaning", () => {
    expect(formatTsQuery(parse("'migrant'"))).toBe("'migrant'");
    expect(formatTsQuery(parse("'climat' <-> 'chang' & 'migrant'"))).toBe("(('climat' <-> 'chang') & 'migrant')");
    expect(formatTsQuery(parse("'day' <3> 'dead' & !'war' | 'peac'"))).toBe("((('day' <3> 'dead') & !('war')) | 'peac')");
    expect(formatTsQuery(parse("'well-known' <-> 'well' <-> 'known' <-> 'fact'"))).toBe(
      "((('well-known' <-> 'well') <-> 'known') <-> 'fact')",
    );
    expect(formatTsQuery(parse("!( 'a' <-> 'b' ) & 'c':*AB"))).toBe("(!(('a' <-> 'b')) & 'c':*AB)");
  });

  it("keeps quotes and backslashes inside a word", () => {
    const query = parse("'l''eau' & 'a\\\\b'");
    expect(query).toEqual({
      kind: "and",
      args: [
        { kind: "term", lexeme: "l'eau", prefix: false, weights: "" },
        { kind: "term", lexeme: "a\\b", prefix: false, weights: "" },
      ],
    });
    expect(formatTsQuery(query)).toBe("('l''eau' & 'a\\\\b')");
  });

  it("is empty for a query of stop words only, and refuses what is not a tsquery", () => {
    expect(parseTsQuery("")).toBeNull();
    for (const bad of ["'open", "'a' &", "('a'", "'a' 'b' )", "a", "'a' <x> 'b'"])
      expect(() => parseTsQuery(bad), bad).toThrow(TsQuerySyntaxError);
  });

  it("knows when a query excludes a word", () => {
    expect(excludes(parse("'peac' & !'war'"))).toBe(true);
    expect(excludes(parse("'a' <-> !'b' | 'c'"))).toBe(true);
    expect(excludes(parse("'climat' <-> 'chang' & 'migrant' | 'peac'"))).toBe(false);
  });

  it("makes long words prefixes (French) and restricts words to the headline's weight", () => {
    expect(formatTsQuery(withPrefixes(parse("'commemor' & 'la'"), 5))).toBe("('commemor':* & 'la')");
    // In a phrase, the last word only.
    expect(formatTsQuery(withPrefixes(parse("'chang' <-> 'climat' & !( 'montagn' <-> 'hautes' )"), 5))).toBe(
      "(('chang' <-> 'climat':*) & !(('montagn' <-> 'hautes':*)))",
    );
    expect(formatTsQuery(withPrefixes(parse("'commémor'"), 9))).toBe("'commémor'");
    expect(formatTsQuery(withWeight(parse("'climat' <-> 'chang' & !'war'"), "A"))).toBe("(('climat':A <-> 'chang':A) & !('war':A))");
  });
});

describe("a phrase's word pairs", () => {
  it("replaces a two-word phrase by its pair, exactly", () => {
    expect(phrasePairs(parse("'climat' <-> 'chang'"))).toEqual({ pairs: "'climat chang'", rest: null });
    expect(phrasePairs(parse("'climat' <-> 'chang' & 'migrant'"))).toEqual({ pairs: "'climat chang'", rest: "'migrant'" });
  });

  it("keeps a longer phrase besides its pairs, which only narrow the candidates", () => {
    expect(phrasePairs(parse("'peruvian' <-> 'live' <-> 'abroad'"))).toEqual({
      pairs: "'peruvian live' & 'live abroad'",
      rest: "(('peruvian' <-> 'live') <-> 'abroad')",
    });
  });

  it("ends the last pair open when the phrase's last word is a prefix", () => {
    expect(phrasePairs(parse("'chang' <-> 'climat':*"))).toEqual({ pairs: "'chang climat':*", rest: null });
  });

  it("leaves alone what pairs cannot say: gaps, a prefix before the end, alternatives, negations", () => {
    for (const text of [
      "'day' <3> 'dead'",
      "'commemor':* <-> 'jour'",
      "'a':A <-> 'b'",
      "'a' <-> 'b' | 'c'",
      "!( 'a' <-> 'b' )",
      "'migrant'",
      "'a' <-> ( 'b' | 'c' )",
    ]) {
      const query = parse(text);
      expect(phrasePairs(query), text).toEqual({ pairs: null, rest: formatTsQuery(query) });
    }
  });
});
