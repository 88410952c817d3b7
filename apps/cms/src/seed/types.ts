import type { SeedBlock } from "./blocks";

export type DocumentType = "press-release" | "news-story" | "statement" | "media-advisory";

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
}

export interface SeedPressRelease {
  title: string;
  slug: string;
  documentType: DocumentType;
  datelinePlace: string;
  datelineCountry: string; // country slug
  firstPublishedAt: string; // ISO 8601 with Z
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
