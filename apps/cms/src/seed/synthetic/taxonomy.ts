/**
 * The terms synthetic releases are filed under, created through the document service (a few
 * hundred documents: the normal path is fast enough and writes exactly what the admin does):
 * the seed's regions and themes if they are missing, a country for every ISO code of
 * countries.ts that has none yet, and synthetic press contacts. Then everything is read back
 * as row ids per language, which is what the release rows link to.
 */
import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { regions as seedRegions, themes as seedThemes } from "../data/taxonomy";
import { translations } from "../translations";
import { corpora, type SyntheticLocale } from "./corpus";
import { countryCodesByRegion, countryName, slugify } from "./countries";
import { Random } from "./random";
import { contentTypes } from "@newsroom/contract";

export const LOCALES: readonly SyntheticLocale[] = ["en", "es", "fr"];
/** Press contacts the generator writes have addresses at this domain (example.org: never a real inbox). */
export const CONTACT_DOMAIN = "synthetic.example.org";

const termRow = z.object({ id: z.number(), documentId: z.string(), locale: z.string(), name: z.string(), slug: z.string() });
const countryRow = termRow.extend({ isoCode: z.string().nullable(), region: z.object({ documentId: z.string() }).nullable() });
const contactRow = z.object({
  id: z.number(),
  documentId: z.string(),
  locale: z.string(),
  email: z.string(),
  countries: z.array(z.object({ documentId: z.string() })),
});

export interface Term {
  documentId: string;
  /** The English slug. */
  slug: string;
  /** Row id and name per language the term exists in. */
  rows: Partial<Record<SyntheticLocale, { id: number; name: string }>>;
}
export interface Country extends Term {
  isoCode: string;
  regionDocumentId: string | undefined;
}
export interface Contact {
  documentId: string;
  rows: Partial<Record<SyntheticLocale, number>>;
  countryDocumentIds: string[];
}
export interface Taxonomy {
  regions: Term[];
  themes: Term[];
  countries: Country[];
  contacts: Contact[];
}

function isLocale(value: string): value is SyntheticLocale {
  return LOCALES.some((locale) => locale === value);
}

type TermUid = (typeof contentTypes)["region" | "theme" | "country"]["uid"];

/** Creates the English term, then adds its other languages (Strapi 5: an update in a new locale creates that version). */
async function createTerm(
  strapi: Core.Strapi,
  uid: TermUid,
  versions: Record<SyntheticLocale, { name: string; slug: string } & Record<string, unknown>>,
): Promise<void> {
  const documents = strapi.documents(uid);
  const created = await documents.create({ locale: "en", data: versions.en });
  for (const locale of ["es", "fr"] as const) await documents.update({ documentId: created.documentId, locale, data: versions[locale] });
}

async function ensureSeedTerms(strapi: Core.Strapi, log: (line: string) => void): Promise<void> {
  const es = translations.find((t) => t.locale === "es");
  const fr = translations.find((t) => t.locale === "fr");
  if (!es || !fr) throw new Error("the seed's Spanish and French translations are missing");
  let added = 0;
  for (const region of seedRegions) {
    if (await strapi.documents(contentTypes.region.uid).findFirst({ locale: "en", filters: { slug: region.slug } })) continue;
    await createTerm(strapi, contentTypes.region.uid, {
      en: { ...region },
      es: { ...es.regions[region.slug] },
      fr: { ...fr.regions[region.slug] },
    });
    added += 1;
  }
  for (const theme of seedThemes) {
    if (await strapi.documents(contentTypes.theme.uid).findFirst({ locale: "en", filters: { slug: theme.slug } })) continue;
    await createTerm(strapi, contentTypes.theme.uid, {
      en: { ...theme },
      es: { ...es.themes[theme.slug] },
      fr: { ...fr.themes[theme.slug] },
    });
    added += 1;
  }
  if (added) log(`Added ${String(added)} regions and themes from the seed's taxonomy`);
}

async function readTerms(strapi: Core.Strapi, uid: TermUid): Promise<Term[]> {
  const rows = z.array(termRow).parse(await strapi.db.query(uid).findMany({ select: ["id", "documentId", "locale", "name", "slug"] }));
  const byDocument = new Map<string, Term>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const term = byDocument.get(row.documentId) ?? { documentId: row.documentId, slug: row.slug, rows: {} };
    term.rows[row.locale] = { id: row.id, name: row.name };
    if (row.locale === "en") term.slug = row.slug;
    byDocument.set(row.documentId, term);
  }
  return [...byDocument.values()].sort((a, b) => a.documentId.localeCompare(b.documentId));
}

async function readCountries(strapi: Core.Strapi): Promise<Country[]> {
  const rows = z.array(countryRow).parse(
    await strapi.db.query(contentTypes.country.uid).findMany({
      select: ["id", "documentId", "locale", "name", "slug", "isoCode"],
      populate: { region: { select: ["documentId"] } },
    }),
  );
  const byDocument = new Map<string, Country>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const country = byDocument.get(row.documentId) ?? {
      documentId: row.documentId,
      slug: row.slug,
      rows: {},
      isoCode: row.isoCode ?? "",
      regionDocumentId: row.region?.documentId,
    };
    country.rows[row.locale] = { id: row.id, name: row.name };
    if (row.locale === "en") {
      country.regionDocumentId = row.region?.documentId;
      country.slug = row.slug;
    }
    byDocument.set(row.documentId, country);
  }
  return [...byDocument.values()].sort((a, b) => a.isoCode.localeCompare(b.isoCode));
}

/** Adds the countries of countries.ts that the CMS does not have yet (by ISO code). */
async function ensureCountries(strapi: Core.Strapi, regions: Term[], log: (line: string) => void): Promise<void> {
  const known = new Set((await readCountries(strapi)).map((c) => c.isoCode));
  const regionSlugs = z
    .array(z.object({ documentId: z.string(), slug: z.string() }))
    .parse(await strapi.db.query(contentTypes.region.uid).findMany({ where: { locale: "en" }, select: ["documentId", "slug"] }));
  let added = 0;
  for (const [regionSlug, codes] of Object.entries(countryCodesByRegion)) {
    const region = regionSlugs.find((r) => r.slug === regionSlug);
    if (!region || !regions.some((r) => r.documentId === region.documentId)) throw new Error(`the region ${regionSlug} is missing`);
    for (const isoCode of codes) {
      if (known.has(isoCode)) continue;
      const version = (locale: SyntheticLocale) => {
        const name = countryName(isoCode, locale);
        return {
          name,
          slug: slugify(name),
          isoCode,
          description: corpora[locale].countryDescription.replace("{country}", name),
          region: { set: [{ documentId: region.documentId, locale }] },
        };
      };
      await createTerm(strapi, contentTypes.country.uid, { en: version("en"), es: version("es"), fr: version("fr") });
      added += 1;
    }
  }
  if (added) log(`Added ${String(added)} countries`);
}

const FIRST_NAMES = [
  "Amina",
  "Carlos",
  "Sofia",
  "Jean",
  "Mei",
  "Omar",
  "Laura",
  "Kwame",
  "Ana",
  "Pierre",
  "Nadia",
  "Raj",
  "Lucia",
  "Tomás",
];
const LAST_NAMES = [
  "Diallo",
  "Fernández",
  "Nguyen",
  "Okafor",
  "Haddad",
  "Rossi",
  "Moreau",
  "Silva",
  "Kumar",
  "Mensah",
  "Petrova",
  "Castillo",
];

/** One synthetic press contact for every fourth country, each covering that country and its neighbours in the list. */
async function ensureContacts(strapi: Core.Strapi, countries: Country[], seed: number, log: (line: string) => void): Promise<void> {
  const existing = z
    .array(z.object({ email: z.string() }))
    .parse(await strapi.db.query(contentTypes.pressContact.uid).findMany({ where: { locale: "en" }, select: ["email"] }));
  const emails = new Set(existing.map((c) => c.email));
  const documents = strapi.documents(contentTypes.pressContact.uid);
  let added = 0;
  for (let i = 0; i < countries.length; i += 4) {
    const random = Random.of(seed, 7, i);
    const fullName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const email = `${slugify(fullName).replace(/-/g, ".")}.${String(i)}@${CONTACT_DOMAIN}`;
    if (emails.has(email)) continue;
    const covered = countries.slice(i, i + 4);
    const english = covered[0]?.rows.en?.name ?? "";
    const phone = `+41 22 717 ${String(9000 + i).slice(-4)}`;
    const version = (locale: SyntheticLocale) => ({
      fullName,
      role: random.pick(corpora[locale].roles),
      office: corpora[locale].offices[0]?.replace("{country}", covered[0]?.rows[locale]?.name ?? english) ?? english,
      email,
      phone,
      countries: { set: covered.filter((c) => c.rows[locale]).map((c) => ({ documentId: c.documentId, locale })) },
    });
    const created = await documents.create({ locale: "en", data: version("en") });
    for (const locale of ["es", "fr"] as const) await documents.update({ documentId: created.documentId, locale, data: version(locale) });
    added += 1;
  }
  if (added) log(`Added ${String(added)} press contacts`);
}

async function readContacts(strapi: Core.Strapi): Promise<Contact[]> {
  const rows = z.array(contactRow).parse(
    await strapi.db.query(contentTypes.pressContact.uid).findMany({
      select: ["id", "documentId", "locale", "email"],
      populate: { countries: { select: ["documentId"] } },
    }),
  );
  const byDocument = new Map<string, Contact>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const contact = byDocument.get(row.documentId) ?? { documentId: row.documentId, rows: {}, countryDocumentIds: [] };
    contact.rows[row.locale] = row.id;
    if (row.locale === "en") contact.countryDocumentIds = row.countries.map((c) => c.documentId);
    byDocument.set(row.documentId, contact);
  }
  return [...byDocument.values()].sort((a, b) => a.documentId.localeCompare(b.documentId));
}

export async function prepareTaxonomy(strapi: Core.Strapi, seed: number, log: (line: string) => void): Promise<Taxonomy> {
  await ensureSeedTerms(strapi, log);
  const regions = await readTerms(strapi, contentTypes.region.uid);
  await ensureCountries(strapi, regions, log);
  const countries = (await readCountries(strapi)).filter((c) => c.rows.en);
  await ensureContacts(strapi, countries, seed, log);
  const themes = (await readTerms(strapi, contentTypes.theme.uid)).filter((t) => t.rows.en);
  const contacts = (await readContacts(strapi)).filter((c) => c.rows.en);
  if (themes.length === 0 || countries.length === 0) throw new Error("no themes or countries to file releases under");
  return { regions: regions.filter((r) => r.rows.en), themes, countries, contacts };
}
