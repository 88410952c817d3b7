import type { DocumentType, Language, PressContactBlock } from "./release";

// These helpers read plain text (already taken out of the markup by the HTML parser), never
// markup itself: datelines, dates and contact lines are sentence conventions of press
// releases, which no HTML or feed library knows about.

export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * A date written in words in English, Spanish or French ("12 March 2024", "March 12, 2024",
 * "3 de mayo de 2023", "5 juin 2022"), or an ISO date; Date.parse reads only English and ISO.
 * Noon UTC for a date without time, so it is the same day in every time zone of the newsroom.
 */
export function parseDate(text: string): string | undefined {
  const value = collapse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  const folded = fold(value);
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})/.exec(folded);
  const monthFirst = /([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(folded);
  const parts =
    dayFirst && MONTHS[dayFirst[2] ?? ""]
      ? [dayFirst[1], dayFirst[2], dayFirst[3]]
      : monthFirst && MONTHS[monthFirst[1] ?? ""]
        ? [monthFirst[2], monthFirst[1], monthFirst[3]]
        : undefined;
  if (!parts) {
    // RFC 822 dates of feeds and English "Mon, 18 Oct 2013" forms.
    const ms = Date.parse(value);
    return Number.isNaN(ms) || !/\d{4}/.test(value) ? undefined : new Date(ms).toISOString();
  }
  const [day, month, year] = [Number(parts[0]), MONTHS[parts[1] ?? ""] ?? 0, Number(parts[2])];
  if (day < 1 || day > 31 || year < 1900) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCDate() === day ? date.toISOString() : undefined;
}

const PLACE_LINKS = new Set(["de", "del", "la", "las", "los", "el", "of", "the", "and", "y", "et", "du", "des", "sur", "en", "on", "upon"]);

export interface Dateline {
  place: string;
  /** The part after a comma ("Lima, Peru"), or the place itself; the caller decides if it is a country. */
  countryCandidates: string[];
  date?: string;
  /** The paragraph without its dateline: the lead. */
  rest: string;
}

/**
 * The dateline that opens the first paragraph: "Peru - As part of…", "GENEVA, 12 March 2024 –
 * The…", "Lima, 3 de mayo de 2023 — La…", "Dakar (Sénégal) – L'OIM…". A place is short, starts
 * with a capital and comes before a spaced dash.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  const text = collapse(paragraph);
  const match = /^([\p{Lu}][^–—]{0,80}?)\s+[-–—]{1,2}\s+(\S.*)$/u.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const head = match[1].replace(/[,.]+$/, "");
  const rest = match[2];
  const pieces = head.split(/\s*,\s*/).filter((p) => p !== "");
  let date: string | undefined;
  const placeParts: string[] = [];
  for (const piece of pieces) {
    const asDate = /\d{4}/.test(piece) ? parseDate(piece) : undefined;
    if (asDate) date = asDate;
    else if (/\d/.test(piece) && placeParts.length > 0)
      break; // "GENEVA, 12 March" split oddly: stop at numbers
    else placeParts.push(piece);
  }
  // "March 12, 2024" is split by the comma: try the two last pieces together.
  if (!date && pieces.length >= 2) {
    const joined = parseDate(pieces.slice(-2).join(", "));
    if (joined) {
      date = joined;
      placeParts.splice(-1, 1);
    }
  }
  const first = placeParts[0];
  if (!first || first.length > 60 || /[.!?]$/.test(first) || first.split(" ").length > 6) return undefined;
  // A place is a name: every word capitalized but the small words of place names ("Ciudad de México").
  if (!first.split(/\s+/).every((word) => /^[\p{Lu}(]/u.test(word) || PLACE_LINKS.has(word.toLowerCase()))) return undefined;
  const bracket = /^(.+?)\s*\((.+)\)$/.exec(first);
  const place = titleCase(bracket?.[1] ?? first);
  const countryCandidates = [...placeParts.slice(1), ...(bracket?.[2] ? [bracket[2]] : []), place].map(collapse);
  return date === undefined ? { place, countryCandidates, rest } : { place, countryCandidates, date, rest };
}

/** "GENEVA" → "Geneva"; "New York" stays; "DAKAR (SENEGAL)" handled by the caller. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

const CONTACT_OPENERS = [
  /^for (more|further) information,? (please )?(contact|write to)/i,
  /^media contacts?:?$/i,
  /^press contacts?:?$/i,
  /^para (m[aá]s|mayor) informaci[oó]n,? (por favor,? )?(contact[ae]r?|comun[ií]quese con|escriba a)/i,
  /^contacto de prensa:?$/i,
  /^pour (plus d['’]informations?|tout renseignement)/i,
  /^contact presse:?$/i,
];

export const isContactOpener = (line: string) => CONTACT_OPENERS.some((re) => re.test(collapse(line)));

// Phone numbers as written ("+51.1.221.7209", "+41 22 717 9111"): the CMS's pattern, found inside a line.
const PHONE = /\+?[0-9][0-9 .()-]{4,38}[0-9]/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The "For more information please contact" block: name, office (and maybe role) on their own
 * lines, then Email/Tel/Mobile lines. The first contact with an email is taken (the CMS needs one).
 */
export function parseContactLines(lines: string[]): PressContactBlock | undefined {
  const names: string[] = [];
  let email: string | undefined;
  let phone: string | undefined;
  let mobile: string | undefined;
  for (const raw of lines.map(collapse).filter((l) => l !== "")) {
    const foundEmail = EMAIL.exec(raw)?.[0];
    const label = fold(raw.split(":")[0] ?? "");
    if (/^(mobile|mob|cell|movil|celular|portable)\b/.test(label) && raw.includes(":")) {
      mobile ??= PHONE.exec(raw.slice(raw.indexOf(":") + 1))?.[0];
    } else if (/^(tel|phone|telephone|telefono|tél)\b/.test(label) && raw.includes(":")) {
      phone ??= PHONE.exec(raw.slice(raw.indexOf(":") + 1))?.[0];
    } else if (foundEmail) {
      if (email) break; // a second person begins
      email = foundEmail;
      const before = collapse(
        raw
          .slice(0, raw.indexOf(foundEmail))
          .replace(/(e-?mail|correo|courriel)\s*:?/i, "")
          .replace(/[,:;]+$/, ""),
      );
      if (before !== "" && names.length === 0) names.push(...before.split(/\s*,\s*/));
    } else if (!email && !/^(email|e-mail|correo|courriel)\b/i.test(raw)) {
      names.push(...raw.split(/\s*,\s*/).filter((n) => n !== ""));
    }
  }
  const [fullName, ...rest] = names;
  if (!email || !fullName) return undefined;
  const office = rest.at(-1) ?? fullName;
  const role = rest.length >= 2 ? rest.slice(0, -1).join(", ") : undefined;
  return {
    fullName: fullName.slice(0, 120),
    office: office.slice(0, 160),
    email: email.toLowerCase(),
    ...(role ? { role: role.slice(0, 160) } : {}),
    ...(phone ? { phone: phone.replace(/\.$/, "") } : {}),
    ...(mobile ? { mobile: mobile.replace(/\.$/, "") } : {}),
  };
}

const STOPWORDS: Record<Language, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "with", "on"],
  es: ["el", "los", "las", "del", "que", "y", "en", "por", "para", "con"],
  fr: ["le", "les", "des", "du", "et", "que", "dans", "pour", "avec", "sur"],
};

/**
 * The language of a text without a lang attribute: the newsroom has exactly three, so counting
 * their commonest words decides reliably; a language-detection library would weigh 180.
 */
export function guessLanguage(text: string): Language {
  const words = fold(text).split(/[^a-z]+/);
  let best: Language = "en";
  let bestCount = -1;
  for (const language of ["en", "es", "fr"] as const) {
    const set = new Set(STOPWORDS[language]);
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}

/** "es-PE", "fr_FR", "EN" → the newsroom's language, if it is one. */
export function toLanguage(value: string | null | undefined): Language | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === "en" || code === "es" || code === "fr" ? code : undefined;
}

const TYPES: [RegExp, DocumentType][] = [
  [/media advisory|avis aux m[eé]dias|aviso a los medios|nota informativa para medios/i, "media-advisory"],
  [/\bstatement\b|d[eé]claration|declaraci[oó]n/i, "statement"],
  [/news stor(y|ies)|\bhistoria\b|reportaje|\br[eé]cit\b|\bstories\b/i, "news-story"],
  [/press release|communiqu[eé] de presse|comunicado de prensa|nota de prensa/i, "press-release"],
];

/** The document type a label names (breadcrumb, category, meta), if any. */
export function documentTypeOf(label: string): DocumentType | undefined {
  return TYPES.find(([re]) => re.test(label))?.[1];
}
