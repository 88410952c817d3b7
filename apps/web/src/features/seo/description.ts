/**
 * How much of a lead each kind of summary shows. Search engines cut `<meta name="description">`
 * near 160 characters mid-word; Twitter cards take at most 200; Open Graph has no limit, but
 * Facebook and LinkedIn show about 300. Feeds and structured data keep the whole lead: a feed
 * reader shows what it is given, and schema.org's description has no limit.
 */
export const DESCRIPTION_LIMITS = { meta: 160, twitter: 200, openGraph: 300 } as const;

const ELLIPSIS = "…";
/** What a cut sentence must not end on before the ellipsis (a comma, a dash, an opening bracket or quote). */
const TRAILING_PUNCTUATION = /[\s,;:\-–—(«“‘]+$/u;

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters (code points, so an
 * emoji or a letter outside the BMP is never split) at the last word boundary, with "…" when
 * anything was cut. A single word longer than `max` is cut inside the word.
 */
export function summarize(text: string, max: number): string {
  const collapsed = text.replace(/\s+/gu, " ").trim();
  const chars = Array.from(collapsed);
  if (chars.length <= max) return collapsed;
  // Room for the ellipsis; the character just past the room says whether the cut is between words.
  const room = chars.slice(0, max - 1);
  const cutBetweenWords = chars[max - 1] === " ";
  const head = room.join("");
  const lastSpace = head.lastIndexOf(" ");
  const words = cutBetweenWords || lastSpace <= 0 ? head : head.slice(0, lastSpace);
  const trimmed = words.replace(TRAILING_PUNCTUATION, "");
  return `${trimmed === "" ? head : trimmed}${ELLIPSIS}`;
}
