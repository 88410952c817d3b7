/**
 * The language-specific part of one synthetic release: headline, lead, dateline place and a
 * body of Strapi blocks (paragraphs, headings, a quote, a list) of 300–1,500 words.
 */
import { corpora, rareSentences, type SyntheticLocale } from "./corpus";
import { SAMPLE_NOTE_KEY } from "@newsroom/contract";
import type { Random } from "./random";

export interface TextNode {
  type: "text";
  text: string;
  italic?: boolean;
}
export type Block =
  | { type: "paragraph"; children: TextNode[]; sampleNote?: true }
  | { type: "heading"; level: 2; children: TextNode[] }
  | { type: "quote"; children: TextNode[] }
  | { type: "list"; format: "unordered"; children: { type: "list-item"; children: TextNode[] }[] };

export interface ReleaseContext {
  country: string;
  theme: string;
  year: number;
}

export interface ReleaseText {
  title: string;
  lead: string;
  body: Block[];
  words: number;
}

const text = (value: string): TextNode => ({ type: "text", text: value });
const wordCount = (value: string) => value.split(/\s+/).filter(Boolean).length;

/** Fills the {slots} of a template. */
function fill(template: string, random: Random, locale: SyntheticLocale, context: ReleaseContext): string {
  const corpus = corpora[locale];
  return template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
    switch (slot) {
      case "country":
        return context.country;
      case "theme":
        return context.theme.toLowerCase();
      case "year":
        return String(context.year);
      case "year2":
        return String(context.year + random.int(1, 4));
      case "n":
        return random.int(120, 48_000).toLocaleString(locale);
      case "pct":
        return String(random.int(12, 87));
      case "month":
        return random.pick(corpus.months);
      case "partner":
        return random.pick(corpus.partners);
      case "official":
        return fill(random.pick(corpus.officials), random, locale, context);
      case "rare":
        return random.pick(corpus.rare);
      default:
        throw new Error(`unknown slot {${slot}} in a synthetic template`);
    }
  });
}

/** Capitalises the first letter (titles and sentences that start with a slot). */
const capitalise = (value: string) => value.charAt(0).toLocaleUpperCase() + value.slice(1);

/** Chance that a release mentions one of the language's rare words (search benchmarks). */
const RARE_SHARE = 0.001;

export function releaseText(random: Random, locale: SyntheticLocale, context: ReleaseContext): ReleaseText {
  const corpus = corpora[locale];
  const title = capitalise(fill(random.pick(corpus.titles), random, locale, context)).slice(0, 200);
  const lead = fill(random.pick(corpus.leads), random, locale, context).slice(0, 600);
  // Most releases are 300–800 words; some run long, up to 1,500.
  const target = random.chance(0.8) ? random.int(300, 800) : random.int(800, 1500);
  // Marked as the sample-content note (@newsroom/contract), as the seed marks its own: search leaves it out of excerpts.
  const body: Block[] = [
    { type: "paragraph", [SAMPLE_NOTE_KEY]: true, children: [{ type: "text", text: corpus.disclaimer, italic: true }] },
  ];
  let words = wordCount(corpus.disclaimer);
  const add = (block: Block, count: number) => {
    body.push(block);
    words += count;
  };
  const paragraph = () => {
    const sentences = random.sample(corpus.sentences, random.int(3, 6)).map((s) => capitalise(fill(s, random, locale, context)));
    if (random.chance(RARE_SHARE)) sentences.splice(1, 0, fill(rareSentences[locale], random, locale, context));
    const value = sentences.join(" ");
    add({ type: "paragraph", children: [text(value)] }, wordCount(value));
  };
  paragraph();
  paragraph();
  let quoted = false;
  let listed = false;
  while (words < target) {
    const roll = random.next();
    if (!quoted && roll < 0.15) {
      const value = fill(random.pick(corpus.quotes), random, locale, context);
      add({ type: "quote", children: [text(value)] }, wordCount(value));
      quoted = true;
    } else if (!listed && roll < 0.3) {
      const intro = random.pick(corpus.listIntros);
      add({ type: "paragraph", children: [text(intro)] }, wordCount(intro));
      const items = random.sample(corpus.listItems, random.int(3, 5)).map((item) => fill(item, random, locale, context));
      add(
        { type: "list", format: "unordered", children: items.map((item) => ({ type: "list-item", children: [text(item)] })) },
        items.reduce((sum, item) => sum + wordCount(item), 0),
      );
      listed = true;
    } else if (roll < 0.4) {
      const heading = random.pick(corpus.headings);
      add({ type: "heading", level: 2, children: [text(heading)] }, wordCount(heading));
      paragraph();
    } else paragraph();
  }
  return { title, lead, body, words };
}
