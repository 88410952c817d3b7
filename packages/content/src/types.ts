import type { Locale } from "@newsroom/config";
import type { DocumentType, PressReleaseFacets, TaxonomyKind } from "@newsroom/contract";
import type { RawBlock, RawInlineNode, RawListBlock } from "./strapi-schemas";

/** The clean shapes the site renders. Strapi's envelope and null-vs-missing quirks stop here. */

export type { DocumentType, TaxonomyKind };

export interface ImageAsset {
  /** Site-relative (/uploads/…) for the local upload provider, absolute for a CDN. */
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface HeroImage extends ImageAsset {
  caption: string | null;
  credit: string | null;
}

export interface Term {
  name: string;
  slug: string;
}

export interface PhoneNumber {
  /** As the editor wrote it, e.g. "+51.1.221.7209". */
  display: string;
  /** For a tel: link, e.g. "+5112217209". */
  dial: string;
}

export interface PressContact {
  id: string;
  fullName: string;
  role: string | null;
  office: string;
  email: string;
  phone: PhoneNumber | null;
  mobile: PhoneNumber | null;
}

export interface Dateline {
  /** The place as printed before the lead, e.g. "Peru". */
  place: string;
  /** ISO date-time of first publication. */
  date: string;
}

export interface PressReleaseSummary {
  id: string;
  locale: string;
  slug: string;
  title: string;
  documentType: DocumentType;
  dateline: Dateline;
  lastUpdatedAt: string | null;
  lead: string;
  heroImage: HeroImage | null;
  countries: Term[];
  themes: Term[];
}

export type InlineNode = RawInlineNode;
export type ListBlock = RawListBlock;
export type BodyBlock = RawBlock;

export interface Attachment {
  name: string;
  url: string;
  mime: string;
  extension: string | null;
  sizeBytes: number;
}

export interface Seo {
  metaTitle: string | null;
  metaDescription: string | null;
  canonicalUrl: string | null;
  noIndex: boolean;
  shareImage: ImageAsset | null;
}

export interface RelatedPressRelease {
  slug: string;
  title: string;
  date: string;
}

export interface PressRelease extends PressReleaseSummary {
  body: BodyBlock[];
  datelineCountry: Term | null;
  regions: Term[];
  pressContacts: PressContact[];
  related: RelatedPressRelease[];
  attachments: Attachment[];
  seo: Seo | null;
  /** The same release in the other languages that exist. */
  translations: { locale: string; slug: string }[];
  updatedAt: string;
}

export interface PressReleasePage {
  items: PressReleaseSummary[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface MenuLink {
  label: string;
  href: string;
  external: boolean;
}

export interface MenuItem {
  label: string;
  description: string | null;
  /** null for a group heading that only opens its children. */
  link: MenuLink | null;
  children: MenuLink[];
}

export interface Navigation {
  header: MenuItem[];
  footer: MenuItem[];
}

export interface SiteSettings {
  siteName: string;
  tagline: string | null;
  footerText: string | null;
  logo: ImageAsset | null;
  defaultShareImage: ImageAsset | null;
  socialLinks: { network: string; label: string; url: string }[];
  organization: {
    name: string;
    alternateName: string | null;
    url: string;
    email: string | null;
    telephone: string | null;
    address: string | null;
  };
}

/** Facets shared by the listing, search and taxonomy pages. All optional, combinable. */
export type PressReleaseFilters = PressReleaseFacets;

export interface ListPressReleasesQuery extends PressReleaseFilters {
  locale: Locale;
  page?: number;
  pageSize?: number;
}

export interface RelatedPressReleasesQuery {
  locale: Locale;
  /** The release to find company for; it is never in the result. */
  slug: string;
  countries: string[];
  themes: string[];
  limit: number;
}

export interface SearchPressReleasesQuery extends PressReleaseFilters {
  locale: Locale;
  q: string;
  page?: number;
  pageSize?: number;
}

/** [start, end) of a word the search matched, in UTF-16 offsets of the text it belongs to. */
export type HighlightRange = [number, number];

export interface SearchHit extends PressReleaseSummary {
  /** Plain text around the first match, from the body (or the lead). */
  excerpt: string;
  /** The words the search matched (stemmed: "commemorating" marks "Commemorate"), in the title and in the excerpt. */
  highlights: { title: HighlightRange[]; excerpt: HighlightRange[] };
}

export interface SearchResults {
  items: SearchHit[];
  /** The normalized words that were searched for. */
  terms: string[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface TaxonomyTerm extends Term {
  kind: TaxonomyKind;
  description: string | null;
  /** The same term in the other languages, with their own slugs. */
  translations: { locale: string; slug: string }[];
}

/** One release as sitemaps and feeds list it: no body, just where it lives and when it changed. */
export interface PressReleaseIndexEntry {
  id: string;
  locale: string;
  slug: string;
  title: string;
  /** ISO date-time of first publication (the dateline date). */
  date: string;
  lastUpdatedAt: string | null;
  /** The editor asked search engines not to index the page. */
  noIndex: boolean;
  /** Set when the page's canonical address is elsewhere (the release was first published there). */
  canonicalUrl: string | null;
  translations: { locale: string; slug: string }[];
  /** Slugs of its countries, regions and themes (their pages change when it does). */
  terms: Record<TaxonomyKind, string[]>;
}

export interface PressReleaseIndexQuery {
  locale: Locale;
  /** Offset of the first entry (0-based). */
  start?: number;
  /** At most MAX_PAGE_SIZE. */
  limit?: number;
  /** Oldest first (stable positions, for sitemaps) or newest first (default). */
  order?: "oldest" | "newest";
  /** Only releases dated at or after this ISO date-time. */
  since?: string;
}

export interface PressReleaseIndexPage {
  items: PressReleaseIndexEntry[];
  /** Every matching release, not only this page. */
  total: number;
}

/** A release as a sitemap lists it (the CMS's sitemap page). */
export type SitemapEntry = Omit<PressReleaseIndexEntry, "title" | "terms">;

export interface SitemapPageQuery {
  locale: Locale;
  /** At most MAX_SITEMAP_PAGE_SIZE. */
  limit?: number;
  /** The `next` cursor of the previous page; without it the page starts at `offset`. */
  after?: string;
  /** 0-based position (oldest first) of the first release, for the first page of a sitemap part. */
  offset?: number;
}

export interface SitemapPage {
  items: SitemapEntry[];
  /** The cursor of the following page, null after the last. */
  next: string | null;
}

export interface SitemapSummaryQuery {
  locale: Locale;
  /** URLs listed before the first release (home, listing, term pages). */
  leading: number;
  /** URLs per sitemap part (at most 50,000). */
  partSize: number;
}

export interface SitemapSummary {
  /** Published releases of the language. */
  total: number;
  /** The parts (from 1) holding releases: how many, and their newest "last updated, else published" date. */
  parts: { part: number; releases: number; lastmod: string | null }[];
  /** Countries, regions and themes (by slug) with releases: their newest release's date. */
  terms: Record<TaxonomyKind, { slug: string; lastmod: string | null }[]>;
}

export interface LatestPressReleasesQuery {
  locale: Locale;
  country?: string;
  theme?: string;
  limit: number;
}

/** An address a release used to have in a language; the site redirects it to the current one. */
export interface SlugRedirect {
  fromSlug: string;
  locale: string;
  pressReleaseDocumentId: string;
}

/** An address of the old newsroom an imported release came from, and its page now. */
export interface LegacyAddress {
  path: string;
  locale: Locale;
  slug: string;
}

/** A withdrawn (unpublished) release: its address answers 410 Gone with this notice. */
export interface WithdrawalNotice {
  /** The slug the release had when it was withdrawn. */
  slug: string;
  locale: string;
  pressReleaseDocumentId: string;
  title: string;
  /** ISO date-time of the withdrawal. */
  withdrawnAt: string;
  /** The editor's public reason, if any. */
  reason: string | null;
}
