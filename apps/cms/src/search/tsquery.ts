/**
 * PostgreSQL's tsquery, as text: read (the output of websearch_to_tsquery), changed and written
 * back, so that one parse of the reader's words by PostgreSQL serves every part of the search
 * statement (search.ts): the query itself, its headline-only form, and the adjacent word pairs
 * that count a phrase from an index. Hand-written: no maintained npm package reads tsquery text,
 * and its grammar is small (PostgreSQL's tsquery.c: quoted operands with `:*` and weights, `!`,
 * `<->`/`<N>`, `&`, `|`, parentheses; ! binds tightest, then phrases, then &, then |).
 */

export type TsQuery =
  | { kind: "term"; lexeme: string; prefix: boolean; weights: string }
  | { kind: "not"; arg: TsQuery }
  | { kind: "and" | "or"; args: TsQuery[] }
  | { kind: "phrase"; left: TsQuery; right: TsQuery; distance: number };

export class TsQuerySyntaxError extends Error {}

type Token =
  | { type: "term"; lexeme: string; prefix: boolean; weights: string }
  | { type: "op"; op: "!" | "&" | "|" | "(" | ")" }
  | { type: "phrase"; distance: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === " ") {
      at += 1;
    } else if (char === "'") {
      // A quoted lexeme: '' is a quote, a backslash escapes the next character.
      let lexeme = "";
      at += 1;
      for (;;) {
        if (at >= text.length) throw new TsQuerySyntaxError(`unterminated lexeme in ${text}`);
        const c = text.charAt(at);
        if (c === "\\") {
          lexeme += text.charAt(at + 1);
          at += 2;
        } else if (c === "'" && text.charAt(at + 1) === "'") {
          lexeme += "'";
          at += 2;
        } else if (c === "'") {
          at += 1;
          break;
        } else {
          lexeme += c;
          at += 1;
        }
      }
      let prefix = false;
      let weights = "";
      if (text.charAt(at) === ":") {
        at += 1;
        while (/[*ABCDabcd]/.test(text.charAt(at))) {
          const flag = text.charAt(at);
          if (flag === "*") prefix = true;
          else weights += flag.toUpperCase();
          at += 1;
        }
      }
      tokens.push({ type: "term", lexeme, prefix, weights });
    } else if (char === "<") {
      const match = /^<(-|\d+)>/.exec(text.slice(at));
      if (!match?.[1]) throw new TsQuerySyntaxError(`bad phrase operator in ${text}`);
      tokens.push({ type: "phrase", distance: match[1] === "-" ? 1 : Number(match[1]) });
      at += match[0].length;
    } else if (char === "!" || char === "&" || char === "|" || char === "(" || char === ")") {
      tokens.push({ type: "op", op: char });
      at += 1;
    } else {
      throw new TsQuerySyntaxError(`unexpected "${char}" in ${text}`);
    }
  }
  return tokens;
}

/** The tsquery text PostgreSQL prints, as a tree; null for the empty query (only stop words). */
export function parseTsQuery(text: string): TsQuery | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (op: string) => {
    const token = peek();
    return token?.type === "op" && token.op === op;
  };
  /** Operands of `next` joined by `op` (one operand stands alone). */
  const joined = (kind: "and" | "or", op: "&" | "|", next: () => TsQuery): TsQuery => {
    const args = [next()];
    while (isOp(op)) {
      at += 1;
      args.push(next());
    }
    return args.length === 1 && args[0] ? args[0] : { kind, args };
  };
  const or = (): TsQuery => joined("or", "|", and);
  const and = (): TsQuery => joined("and", "&", phrase);
  const phrase = (): TsQuery => {
    let left = not();
    for (let token = peek(); token?.type === "phrase"; token = peek()) {
      at += 1;
      left = { kind: "phrase", left, right: not(), distance: token.distance };
    }
    return left;
  };
  const not = (): TsQuery => {
    if (isOp("!")) {
      at += 1;
      return { kind: "not", arg: not() };
    }
    return primary();
  };
  const primary = (): TsQuery => {
    const token = peek();
    at += 1;
    if (token?.type === "term") return { kind: "term", lexeme: token.lexeme, prefix: token.prefix, weights: token.weights };
    if (token?.type === "op" && token.op === "(") {
      const inner = or();
      if (!isOp(")")) throw new TsQuerySyntaxError(`missing ) in ${text}`);
      at += 1;
      return inner;
    }
    throw new TsQuerySyntaxError(`unexpected end or operator in ${text}`);
  };
  const query = or();
  if (at !== tokens.length) throw new TsQuerySyntaxError(`unexpected text after the query in ${text}`);
  return query;
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** Back to tsquery text (every operator in parentheses, so precedence never matters). */
export function formatTsQuery(query: TsQuery): string {
  switch (query.kind) {
    case "term": {
      const flags = `${query.prefix ? "*" : ""}${query.weights}`;
      return `${quote(query.lexeme)}${flags ? `:${flags}` : ""}`;
    }
    case "not":
      return `!(${formatTsQuery(query.arg)})`;
    case "and":
    case "or":
      return `(${query.args.map(formatTsQuery).join(query.kind === "and" ? " & " : " | ")})`;
    case "phrase":
      return `(${formatTsQuery(query.left)} ${query.distance === 1 ? "<->" : `<${String(query.distance)}>`} ${formatTsQuery(query.right)})`;
  }
}

function mapTerms(query: TsQuery, change: (term: Extract<TsQuery, { kind: "term" }>) => TsQuery): TsQuery {
  switch (query.kind) {
    case "term":
      return change(query);
    case "not":
      return { kind: "not", arg: mapTerms(query.arg, change) };
    case "and":
    case "or":
      return { kind: query.kind, args: query.args.map((arg) => mapTerms(arg, change)) };
    case "phrase":
      return { ...query, left: mapTerms(query.left, change), right: mapTerms(query.right, change) };
  }
}

/** Whether the query excludes something (`!`): a match must then be checked against the whole text. */
export function excludes(query: TsQuery): boolean {
  switch (query.kind) {
    case "term":
      return false;
    case "not":
      return true;
    case "and":
    case "or":
      return query.args.some(excludes);
    case "phrase":
      return excludes(query.left) || excludes(query.right);
  }
}

/**
 * Words of at least `minLength` letters also match longer words that start with them (`:*`);
 * in a phrase, only its last word (as on SQLite, search/websearch.ts ftsItem).
 */
export function withPrefixes(query: TsQuery, minLength: number | null): TsQuery {
  if (minLength === null) return query;
  const prefixed = (node: TsQuery, last: boolean): TsQuery => {
    switch (node.kind) {
      case "term":
        return last && Array.from(node.lexeme).length >= minLength ? { ...node, prefix: true } : node;
      case "not":
        return { kind: "not", arg: prefixed(node.arg, last) };
      case "and":
      case "or":
        return { kind: node.kind, args: node.args.map((arg) => prefixed(arg, last)) };
      case "phrase":
        return { ...node, left: prefixed(node.left, false), right: prefixed(node.right, last) };
    }
  };
  return prefixed(query, true);
}

/** The query with every word restricted to weight `weight` (A: the headline, in the search table's head). */
export function withWeight(query: TsQuery, weight: "A" | "B"): TsQuery {
  return mapTerms(query, (term) => ({ ...term, weights: weight }));
}

interface AdjacentWords {
  words: string[];
  /** The last word also matches longer words (a prefix). */
  prefix: boolean;
}

/** The words of a phrase of adjacent words (`'a' <-> 'b' <-> 'c':*`), or null for anything else. */
function adjacentWords(query: TsQuery): AdjacentWords | null {
  if (query.kind === "term") return query.weights ? null : { words: [query.lexeme], prefix: query.prefix };
  if (query.kind !== "phrase" || query.distance !== 1) return null;
  const left = adjacentWords(query.left);
  const right = adjacentWords(query.right);
  // Only the last word may be a prefix: a pair's lexeme can end open, not start open.
  return left && right && !left.prefix ? { words: [...left.words, ...right.words], prefix: right.prefix } : null;
}

/** How the search table's word pairs index names two adjacent words (newsroom_search_pairs). */
export const pairLexeme = (first: string, second: string): string => `${first} ${second}`;

export interface PhrasePairs {
  /** Word pairs every match has next to each other: a tsquery over the pairs index, or null. */
  pairs: string | null;
  /** What must hold besides the pairs (null: nothing), so that `pairs AND rest` is the query exactly. */
  rest: string | null;
}

/**
 * The query's phrases as word pairs, for counting from the pairs index without reading any
 * release's vector: a two-word phrase among the query's AND-ed parts is exactly its pair; a
 * longer one needs its pairs and still itself (the pairs then only narrow the candidates).
 */
export function phrasePairs(query: TsQuery): PhrasePairs {
  const parts = query.kind === "and" ? query.args : [query];
  const pairs: string[] = [];
  const rest: TsQuery[] = [];
  for (const part of parts) {
    const phrase = part.kind === "phrase" ? adjacentWords(part) : null;
    if (!phrase) {
      rest.push(part);
      continue;
    }
    const { words } = phrase;
    for (let i = 1; i < words.length; i += 1) {
      const lexeme = pairLexeme(words[i - 1] ?? "", words[i] ?? "");
      pairs.push(formatTsQuery({ kind: "term", lexeme, prefix: phrase.prefix && i === words.length - 1, weights: "" }));
    }
    if (words.length > 2) rest.push(part);
  }
  const remaining = rest.length === 0 ? null : rest.length === 1 && rest[0] ? rest[0] : { kind: "and" as const, args: rest };
  return { pairs: pairs.length ? [...new Set(pairs)].join(" & ") : null, rest: remaining ? formatTsQuery(remaining) : null };
}
