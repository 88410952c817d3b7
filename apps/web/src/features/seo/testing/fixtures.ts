import type { PressRelease, PressReleaseIndexEntry, SiteSettings } from "@newsroom/content";

/** Test data shaped like the seeded content (the Peru release and the site settings). */
export const SITE = "https://news.example.org";

export const settings: SiteSettings = {
  siteName: "IOM Newsroom",
  tagline: "Press releases, statements and media advisories",
  footerText: null,
  logo: null,
  defaultShareImage: { src: "/uploads/default_share.jpg", alt: "Default picture", width: 1200, height: 630 },
  socialLinks: [{ network: "x", label: "IOM on X", url: "https://x.com/UNmigration" }],
  organization: {
    name: "International Organization for Migration",
    alternateName: "IOM",
    url: "https://www.iom.int",
    email: "media@iom.int",
    telephone: null,
    address: null,
  },
};

export function release(overrides: Partial<PressRelease> = {}): PressRelease {
  return {
    id: "doc1",
    locale: "en",
    slug: "iom-and-peru",
    title: "IOM and the Government of Peru Commemorate Peruvians Living Abroad Day",
    documentType: "press-release",
    dateline: { place: "Peru", date: "2013-10-18T15:00:00.000Z" },
    lastUpdatedAt: null,
    lead: "As part of the commemoration of the Day of Peruvians Living Abroad, a seminar was held.",
    heroImage: { src: "/uploads/peru_hero.jpg", alt: "A seminar room", width: 1600, height: 900, caption: "The seminar.", credit: "IOM" },
    countries: [{ name: "Peru", slug: "peru" }],
    themes: [{ name: "Migration governance", slug: "migration-governance" }],
    body: [
      {
        type: "paragraph",
        children: [
          { type: "text", text: "“IOM has been working with the Peruvian Government,” said " },
          { type: "text", text: "Mr Dávalos", bold: true },
          { type: "text", text: "." },
        ],
      },
      { type: "paragraph", children: [{ type: "link", url: "/en/news", children: [{ type: "text", text: "More news" }] }] },
    ],
    datelineCountry: { name: "Peru", slug: "peru" },
    regions: [{ name: "South America", slug: "south-america" }],
    pressContacts: [],
    related: [],
    attachments: [],
    seo: null,
    translations: [{ locale: "es", slug: "la-oim-y-el-peru" }],
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

export function indexEntry(overrides: Partial<PressReleaseIndexEntry> = {}): PressReleaseIndexEntry {
  return {
    id: "doc1",
    locale: "en",
    slug: "iom-and-peru",
    title: "IOM and the Government of Peru Commemorate Peruvians Living Abroad Day",
    date: "2013-10-18T15:00:00.000Z",
    lastUpdatedAt: null,
    noIndex: false,
    canonicalUrl: null,
    translations: [],
    terms: { country: ["peru"], region: ["south-america"], theme: ["migration-governance"] },
    ...overrides,
  };
}
