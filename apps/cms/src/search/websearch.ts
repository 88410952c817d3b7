/**
 * The search syntax of PostgreSQL's websearch_to_tsquery (words, "a phrase", `or`, -word), for
 * SQLite, where the query becomes an FTS5 expression over the stemmed index. Hand-written
 * because FTS5's own syntax is not for the public (a stray quote or `NEAR(` is an error) and
 * only stems, which are letters and digits, ever reach the expression.
 */
import { indexWord, type SearchLanguage, WORD } from "./language";

export interface WebSearchItem {
  /** Stems in order: more than one is a phrase. */
  stems: string[];
  negated: boolean;
}

/** Alternatives (`or`), each a list of items that must all hold. */
export type WebSearchQuery = WebSearchItem[][];

export function parseWebSearch(language: SearchLanguage, q: string): WebSearchQuery {
  const groups: WebSearchItem[][] = [[]];
  let at = 0;
  while (at < q.length) {
    while (at < q.length && /\s/u.test(q.charAt(at))) at += 1;
    if (at >= q.length) break;
    let negated = false;
    if (q.charAt(at) === "-") {
      negated = true;
      at += 1;
    }
    let text: string;
    if (q.charAt(at) === '"') {
      const close = q.indexOf('"', at + 1);
      const end = close === -1 ? q.length : close;
      text = q.slice(at + 1, end);
      at = end + 1;
    } else {
      let end = at;
      while (end < q.length && !/[\s"]/u.test(q.charAt(end))) end += 1;
      text = q.slice(at, end);
      at = end;
      if (!negated && text.toLowerCase() === "or") {
        if (groups.at(-1)?.length) groups.push([]);
        continue;
      }
    }
    // Like PostgreSQL, a token of several words ("12,274") is a phrase.
    const stems = Array.from(text.matchAll(WORD), (match) => indexWord(language, match[0]));
    if (stems.length) groups.at(-1)?.push({ stems, negated });
  }
  return groups.filter((group) => group.some((item) => !item.negated));
}

function ftsItem(language: SearchLanguage, item: WebSearchItem): string {
  const last = item.stems.at(-1) ?? "";
  const prefix = language.prefixFrom !== null && Array.from(last).length >= language.prefixFrom;
  return `"${item.stems.join(" ")}"${prefix ? "*" : ""}`;
}

/** The FTS5 MATCH expression, or null when nothing can match. */
export function toFts5Query(language: SearchLanguage, query: WebSearchQuery): string | null {
  const groups = query.map((group) => {
    const positive = group.filter((item) => !item.negated).map((item) => ftsItem(language, item));
    const negative = group.filter((item) => item.negated).map((item) => ` NOT ${ftsItem(language, item)}`);
    return `(${positive.join(" AND ")}${negative.join("")})`;
  });
  return groups.length ? groups.join(" OR ") : null;
}

/** Whether a word of the text is one the query looks for (for the excerpts' marks on SQLite). */
export function wordMatcher(language: SearchLanguage, query: WebSearchQuery): (word: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const item of query.flat()) {
    if (item.negated) continue;
    for (const stem of item.stems) {
      if (language.prefixFrom !== null && Array.from(stem).length >= language.prefixFrom) prefixes.push(stem);
      else exact.add(stem);
    }
  }
  // A page's bodies repeat their words: each is stemmed once (stemming is most of the marking's time).
  const known = new Map<string, boolean>();
  return (word) => {
    let matches = known.get(word);
    if (matches === undefined) {
      const stem = indexWord(language, word);
      matches = exact.has(stem) || prefixes.some((prefix) => stem.startsWith(prefix));
      known.set(word, matches);
    }
    return matches;
  };
}
