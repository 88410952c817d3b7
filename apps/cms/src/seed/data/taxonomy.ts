import type { SeedCountry, SeedTerm } from "../types";

// `as const` keeps the slugs as literal types, so the translation files must cover every term.

/** IOM regional groupings used to file newsroom content. */
export const regions = [
  {
    slug: "south-america",
    name: "South America",
    description: "Migration news and operations covering the countries of South America.",
  },
  {
    slug: "central-north-america-caribbean",
    name: "Central America, North America and the Caribbean",
    description: "Migration news and operations covering Central America, North America and the Caribbean.",
  },
  {
    slug: "west-central-africa",
    name: "West and Central Africa",
    description: "Migration news and operations covering the countries of West and Central Africa.",
  },
  {
    slug: "east-horn-africa",
    name: "East and Horn of Africa",
    description: "Migration news and operations covering the countries of East Africa and the Horn of Africa.",
  },
  {
    slug: "middle-east-north-africa",
    name: "Middle East and North Africa",
    description: "Migration news and operations covering the countries of the Middle East and North Africa.",
  },
  {
    slug: "asia-pacific",
    name: "Asia and the Pacific",
    description: "Migration news and operations covering the countries of Asia and the Pacific.",
  },
  {
    slug: "europe",
    name: "Europe",
    description: "Migration news and operations covering the countries of Europe.",
  },
] as const satisfies readonly SeedTerm[];

export const countries = [
  {
    slug: "peru",
    name: "Peru",
    isoCode: "PE",
    region: "south-america",
    description: "News and updates on migration in and from Peru.",
  },
  {
    slug: "colombia",
    name: "Colombia",
    isoCode: "CO",
    region: "south-america",
    description: "News and updates on migration in and from Colombia.",
  },
  {
    slug: "ecuador",
    name: "Ecuador",
    isoCode: "EC",
    region: "south-america",
    description: "News and updates on migration in and from Ecuador.",
  },
  {
    slug: "chile",
    name: "Chile",
    isoCode: "CL",
    region: "south-america",
    description: "News and updates on migration in and from Chile.",
  },
  {
    slug: "mexico",
    name: "Mexico",
    isoCode: "MX",
    region: "central-north-america-caribbean",
    description: "News and updates on migration in and from Mexico.",
  },
  {
    slug: "guatemala",
    name: "Guatemala",
    isoCode: "GT",
    region: "central-north-america-caribbean",
    description: "News and updates on migration in and from Guatemala.",
  },
  {
    slug: "niger",
    name: "Niger",
    isoCode: "NE",
    region: "west-central-africa",
    description: "News and updates on migration in and from Niger.",
  },
  {
    slug: "nigeria",
    name: "Nigeria",
    isoCode: "NG",
    region: "west-central-africa",
    description: "News and updates on migration in and from Nigeria.",
  },
  {
    slug: "ethiopia",
    name: "Ethiopia",
    isoCode: "ET",
    region: "east-horn-africa",
    description: "News and updates on migration in and from Ethiopia.",
  },
  {
    slug: "sudan",
    name: "Sudan",
    isoCode: "SD",
    region: "middle-east-north-africa",
    description: "News and updates on migration in and from Sudan.",
  },
  {
    slug: "yemen",
    name: "Yemen",
    isoCode: "YE",
    region: "middle-east-north-africa",
    description: "News and updates on migration in and from Yemen.",
  },
  {
    slug: "bangladesh",
    name: "Bangladesh",
    isoCode: "BD",
    region: "asia-pacific",
    description: "News and updates on migration in and from Bangladesh.",
  },
  {
    slug: "philippines",
    name: "Philippines",
    isoCode: "PH",
    region: "asia-pacific",
    description: "News and updates on migration in and from the Philippines.",
  },
  {
    slug: "ukraine",
    name: "Ukraine",
    isoCode: "UA",
    region: "europe",
    description: "News and updates on migration in and from Ukraine.",
  },
  {
    slug: "germany",
    name: "Germany",
    isoCode: "DE",
    region: "europe",
    description: "News and updates on migration in and from Germany.",
  },
] as const satisfies readonly SeedCountry[];

export const themes = [
  {
    slug: "migration-governance",
    name: "Migration governance",
    description: "Policies, laws and institutions that states use to manage migration.",
  },
  {
    slug: "diaspora-engagement",
    name: "Diaspora and transnational communities",
    description: "The ties that migrants and their descendants keep with their countries of origin.",
  },
  {
    slug: "labour-mobility",
    name: "Labour mobility",
    description: "The movement of workers across borders and the conditions under which they are recruited and employed.",
  },
  {
    slug: "return-reintegration",
    name: "Return and reintegration",
    description: "Support for migrants who return to their countries of origin and rebuild their lives there.",
  },
  {
    slug: "climate-migration",
    name: "Climate change and migration",
    description: "How environmental change and disasters shape where and why people move.",
  },
  {
    slug: "emergency-response",
    name: "Emergency response",
    description: "Assistance to people displaced or affected by conflict, disasters and other crises.",
  },
  {
    slug: "counter-trafficking",
    name: "Counter-trafficking",
    description: "Efforts to prevent human trafficking, protect survivors and prosecute traffickers.",
  },
  {
    slug: "migration-data",
    name: "Migration data and research",
    description: "The collection, analysis and sharing of evidence about migration.",
  },
  {
    slug: "migration-health",
    name: "Migration health",
    description: "The physical and mental health of migrants and of the communities they live in.",
  },
] as const satisfies readonly SeedTerm[];

export type RegionSlug = (typeof regions)[number]["slug"];
export type CountrySlug = (typeof countries)[number]["slug"];
export type ThemeSlug = (typeof themes)[number]["slug"];
