import type { SeedBlock } from "./blocks";
import type { SeedMenuItem } from "./data/navigation";
import type { CountrySlug, RegionSlug, ThemeSlug } from "./data/taxonomy";
import type { DocumentType } from "@newsroom/contract";

export type { DocumentType };

export interface SeedTerm {
  slug: string;
  name: string;
  description: string;
}

export interface SeedCountry extends SeedTerm {
  isoCode: string;
  region: string; // region slug
}

export interface SeedPressContact {
  /** Stable seed key; the email is unique per contact. */
  email: string;
  fullName: string;
  role?: string;
  office: string;
  phone?: string;
  mobile?: string;
  countries?: string[]; // slugs of the countries whose press the contact covers
}

export interface SeedPressRelease {
  title: string;
  slug: string;
  documentType: DocumentType;
  datelinePlace: string;
  datelineCountry: string; // country slug
  releaseDate: string; // ISO 8601 with Z
  lastUpdatedAt?: string;
  lead: string;
  body: SeedBlock[];
  countries: string[]; // country slugs
  regions: string[]; // region slugs
  themes: string[]; // theme slugs
  pressContacts: string[]; // contact emails, in display order
  hero?: { imageKey: string; altText: string; caption?: string; credit?: string };
  attachments?: string[]; // keys of generated seed files (see files.ts)
  related?: string[]; // slugs of other seeded releases
  seo?: { metaTitle?: string; metaDescription?: string; noIndex?: boolean };
}

/** The languages the seed translates into (English, the default, is the source). */
export type TranslationLocale = "es" | "fr";

export interface SeedTermTranslation {
  slug: string;
  name: string;
  description: string;
}

/** The localized fields of a press release; relations, media, dates and type are the English release's. */
export interface SeedPressReleaseTranslation {
  source: string; // slug of the English release
  title: string;
  slug: string;
  datelinePlace: string;
  lead: string;
  body: SeedBlock[]; // same blocks, in the same order, as the English body
  hero?: { altText: string; caption?: string; credit?: string };
  seo?: { metaTitle?: string; metaDescription?: string };
}

/** Everything the seed creates in one more language, keyed by the English slug or email. */
export interface SeedTranslation {
  locale: TranslationLocale;
  regions: Record<RegionSlug, SeedTermTranslation>;
  countries: Record<CountrySlug, SeedTermTranslation>;
  themes: Record<ThemeSlug, SeedTermTranslation>;
  pressContacts: Record<string, { role?: string; office: string }>;
  pressReleases: SeedPressReleaseTranslation[];
  navigation: { header: SeedMenuItem[]; footer: SeedMenuItem[] };
  siteSettings: {
    siteName: string;
    tagline: string;
    footerText: string;
    organization: { name: string; alternateName: string; address: string };
  };
}
