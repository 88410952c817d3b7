/// <reference lib="dom" />
import type { ImportBlock, ImportedRelease, Language, ParseResult, PressContactBlock, SourceImage } from "./release";
import { skipped } from "./release";
import { plainText } from "./blocks-from-dom";
import { collapse, documentTypeOf, guessLanguage, isContactOpener, parseContactLines, parseDate, parseDateline } from "./text";

/** What a parser found around the article; `assemble` makes the release of it. */
export interface Found {
  origin: string;
  sourceUrl?: string;
  title?: string;
  date?: string;
  language?: Language;
  blocks: ImportBlock[];
  tags: string[];
  /** Labels that may name the document type, most telling first (meta, breadcrumb, category). */
  typeLabels: string[];
  /** Contact lines found outside the article content (a Drupal field beside it). */
  contactLines?: string[];
  warnings: string[];
  /** Given by --date for sources that give none. */
  defaultDate?: string;
}

const blockText = (block: ImportBlock) =>
  block.type === "list"
    ? block.children.map((li) => plainText(li.children)).join("\n")
    : block.type === "source-image"
      ? ""
      : plainText(block.children);

/** Takes the "For more information please contact" block out of the body. */
function takeContact(blocks: ImportBlock[]): { blocks: ImportBlock[]; contact?: PressContactBlock } {
  const start = blocks.findIndex(
    (b) => b.type !== "source-image" && b.type !== "list" && isContactOpener(blockText(b).split("\n")[0] ?? ""),
  );
  if (start === -1) return { blocks };
  const lines = blockText(blocks[start] ?? { type: "paragraph", children: [] })
    .split("\n")
    .slice(1);
  let end = start + 1;
  for (; end < blocks.length; end++) {
    const block = blocks[end];
    if (!block || block.type === "heading") break;
    lines.push(...blockText(block).split("\n"));
  }
  const contact = parseContactLines(lines);
  return { blocks: [...blocks.slice(0, start), ...blocks.slice(end)], ...(contact ? { contact } : {}) };
}

/** Cuts a long first paragraph to whole sentences for the lead (the CMS allows 600 characters). */
function shortLead(text: string): string {
  if (text.length <= 600) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["”’»)]*\s*/g) ?? [];
  let lead = "";
  for (const sentence of sentences) {
    if ((lead + sentence).trim().length > 600) break;
    lead += sentence;
  }
  return lead.trim() || `${text.slice(0, 597).replace(/\s+\S*$/, "")}…`;
}

export function assemble(found: Found): ParseResult {
  const title = found.title ? collapse(found.title).slice(0, 200) : "";
  if (title === "") return skipped(found.origin, "no headline");
  const warnings = [...found.warnings];

  // Before the text, old pages repeat the headline and put the type and date on lines of their own.
  const isPreamble = (b: ImportBlock) => {
    const t = collapse(blockText(b));
    return t === title || (b.type !== "source-image" && t.length < 60 && (parseDate(t) !== undefined || documentTypeOf(t) !== undefined));
  };
  // What comes before the headline on the page (a "back to the list" link, a kicker) is chrome.
  const headlineAt = found.blocks.slice(0, 6).findIndex((b) => b.type === "heading" && collapse(blockText(b)) === title);
  const afterHeadline = headlineAt === -1 ? found.blocks : found.blocks.slice(headlineAt + 1);
  let blocks = afterHeadline.filter(
    (b, i) => !(i < 4 && afterHeadline.slice(0, i + 1).every((x) => x.type === "source-image" || isPreamble(x)) && isPreamble(b)),
  );
  const { blocks: withoutContact, contact: inBody } = takeContact(blocks);
  blocks = withoutContact;
  const contact = inBody ?? (found.contactLines ? parseContactLines(found.contactLines) : undefined);

  // The lead is the paragraph with the dateline (among the first few), else the first real one;
  // short lines before it (a "back to the list" link, a kicker) are page chrome.
  const paragraphs = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.type === "paragraph")
    .slice(0, 4);
  const withDateline = paragraphs.find(({ b }) => parseDateline(blockText(b)) !== undefined);
  const leadAt = (withDateline ?? paragraphs.find(({ b }) => collapse(blockText(b)).length >= 60) ?? paragraphs[0])?.i ?? -1;
  const leadBlock = blocks[leadAt];
  if (leadAt > 0) blocks = blocks.filter((b, i) => i >= leadAt || b.type === "source-image" || collapse(blockText(b)).length >= 60);
  const firstIndex = leadBlock ? blocks.indexOf(leadBlock) : -1;
  const first = blocks[firstIndex];
  const heroIndex = blocks.findIndex((b) => b.type === "source-image");
  const heroBlock = heroIndex !== -1 ? blocks[heroIndex] : undefined;
  const heroImage: SourceImage | undefined = heroBlock?.type === "source-image" ? heroBlock.image : undefined;
  if (!first || first.type !== "paragraph") {
    const typeNamed = found.typeLabels.some((l) => documentTypeOf(l));
    return skipped(found.origin, typeNamed || found.date ? "no body" : "not a press release", "no paragraph of text in the article");
  }
  const firstText = collapse(plainText(first.children));
  const dateline = parseDateline(firstText);
  const date = found.date ?? dateline?.date;
  const documentType = found.typeLabels.map(documentTypeOf).find((t) => t !== undefined);
  if (!date && !dateline && !documentType) return skipped(found.origin, "not a press release", "no date, dateline or document type");
  const releaseDate = date ?? found.defaultDate;
  if (!releaseDate) return skipped(found.origin, "no date", "give one with --date if the old page has none");

  const leadText = dateline ? collapse(dateline.rest) : firstText;
  const lead = shortLead(leadText);
  // The first paragraph is the lead; kept in the body only when the lead had to be shortened.
  const rest = blocks.filter((b, i) => i !== heroIndex && (i !== firstIndex || lead !== leadText));
  if (!dateline) warnings.push("no dateline: fill in the dateline place before publishing");
  const body = rest.length > 0 ? rest : [{ type: "paragraph" as const, children: [{ type: "text" as const, text: lead }] }];
  if (rest.length === 0) warnings.push("the source has only a summary: the body repeats the lead");

  const text = [title, ...blocks.map(blockText)].join(" ");
  const release: ImportedRelease = {
    origin: found.origin,
    title,
    releaseDate,
    datelinePlace: dateline?.place.slice(0, 100) ?? "",
    datelineCandidates: dateline?.countryCandidates ?? [],
    lead,
    body,
    documentType: documentType ?? "press-release",
    language: found.language ?? guessLanguage(text),
    tags: [...new Set(found.tags.map(collapse).filter((t) => t !== "" && t.length <= 120))],
    warnings,
  };
  if (found.sourceUrl) release.sourceUrl = found.sourceUrl;
  if (heroImage) release.heroImage = heroImage;
  if (contact) release.pressContact = contact;
  return { kind: "release", release };
}
