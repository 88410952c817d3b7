import { z } from "zod";
import { locales } from "@newsroom/config";
import { documentTypes } from "@newsroom/contract";

/**
 * Zod schemas of the raw Strapi 5 REST responses, limited to the fields the site reads.
 * Each field listed here must exist in the CMS schema (apps/cms/src/api/…/schema.json and components): the
 * schema-contract unit test and the live contract test both fail when they drift.
 */

const isoDateTime = z.iso.datetime({ offset: true });

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

export const rawMediaSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullable(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  mime: z.string(),
  name: z.string(),
  ext: z.string().nullable(),
  size: z.number(), // kilobytes, as Strapi stores it
});
export type RawMedia = z.infer<typeof rawMediaSchema>;

// --- Blocks (Strapi's rich text) -------------------------------------------------------
const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
const linkNodeSchema = z.object({
  type: z.literal("link"),
  url: z.string(),
  children: z.array(textNodeSchema),
});
const inlineNodeSchema = z.discriminatedUnion("type", [textNodeSchema, linkNodeSchema]);
export type RawInlineNode = z.infer<typeof inlineNodeSchema>;

const listItemSchema = z.object({ type: z.literal("list-item"), children: z.array(inlineNodeSchema) });

export interface RawListBlock {
  type: "list";
  format: "ordered" | "unordered";
  children: (z.infer<typeof listItemSchema> | RawListBlock)[];
}
const listBlockSchema: z.ZodType<RawListBlock> = z.lazy(() =>
  z.object({
    type: z.literal("list"),
    format: z.enum(["ordered", "unordered"]),
    children: z.array(z.union([listItemSchema, listBlockSchema])),
  }),
);

const blockImageSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().int().positive().nullable().optional(),
  height: z.number().int().positive().nullable().optional(),
});

export const rawBlockSchema = z.union([
  z.object({ type: z.literal("paragraph"), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal("heading"), level: z.number().int().min(1).max(6), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal("quote"), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal("code"), language: z.string().optional(), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal("image"), image: blockImageSchema, children: z.array(inlineNodeSchema).optional() }),
  listBlockSchema,
]);
export type RawBlock = z.infer<typeof rawBlockSchema>;

// --- Taxonomy and contacts ---------------------------------------------------------------
export const rawTermSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
});

export const rawTaxonomyTermSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  localizations: z.array(z.object({ locale: z.string(), slug: z.string() })),
});

export const rawPressContactSchema = z.object({
  documentId: z.string(),
  fullName: z.string(),
  role: z.string().nullable(),
  office: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
});

export const rawHeroImageSchema = z.object({
  image: rawMediaSchema,
  altText: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});

export const rawSeoSchema = z.object({
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  noIndex: z.boolean().nullable(),
  shareImage: rawMediaSchema.nullable(),
});

const pressReleaseBase = {
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  documentType: z.enum(documentTypes),
  datelinePlace: z.string(),
  releaseDate: isoDateTime,
  lastUpdatedAt: isoDateTime.nullable(),
  lead: z.string(),
  heroImage: rawHeroImageSchema.nullable(),
  countries: z.array(rawTermSchema),
  themes: z.array(rawTermSchema),
};

export const rawPressReleaseSummarySchema = z.object(pressReleaseBase);

/** [start, end) of a matched word, in UTF-16 offsets of its text (the CMS marks stemmed matches). */
const highlightRangesSchema = z.array(
  z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([start, end]) => start < end),
);

export const rawSearchResponseSchema = z.object({
  data: z.array(
    z.object({
      ...pressReleaseBase,
      excerpt: z.string(),
      highlights: z.object({ title: highlightRangesSchema, excerpt: highlightRangesSchema }),
    }),
  ),
  meta: z.object({ pagination: paginationSchema, terms: z.array(z.string()) }),
});

export const rawPressReleaseSchema = z.object({
  ...pressReleaseBase,
  updatedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
  body: z.array(rawBlockSchema),
  datelineCountry: rawTermSchema.nullable(),
  regions: z.array(rawTermSchema),
  pressContacts: z.array(rawPressContactSchema),
  relatedPressReleases: z.array(z.object({ documentId: z.string(), title: z.string(), slug: z.string(), releaseDate: isoDateTime })),
  attachments: z.array(rawMediaSchema).nullable(),
  seo: rawSeoSchema.nullable(),
  localizations: z.array(z.object({ locale: z.string(), slug: z.string() })),
});

/** A release as listed for sitemaps and feeds: address, dates, indexing flags, other languages. */
export const rawPressReleaseIndexEntrySchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  releaseDate: isoDateTime,
  lastUpdatedAt: isoDateTime.nullable(),
  seo: z.object({ noIndex: z.boolean().nullable(), canonicalUrl: z.string().nullable() }).nullable(),
  localizations: z.array(z.object({ locale: z.string(), slug: z.string() })),
  countries: z.array(z.object({ slug: z.string() })),
  regions: z.array(z.object({ slug: z.string() })),
  themes: z.array(z.object({ slug: z.string() })),
});

/** Just where a release lives: its document and its slug in the requested language. */
export const rawPressReleaseAddressSchema = z.object({ data: z.array(z.object({ documentId: z.string(), slug: z.string() })) });

// --- Old addresses and withdrawn releases (written by the CMS, read-only here) -------------
export const rawSlugRedirectSchema = z.object({
  documentId: z.string(),
  fromSlug: z.string(),
  language: z.string(),
  pressReleaseDocumentId: z.string(),
});

/**
 * Where an imported release's old address leads (the CMS's /api/legacy-addresses/resolve):
 * null when no published release has it.
 */
export const legacyAddressResolutionSchema = z.object({
  data: z.object({ path: z.string(), locale: z.enum(locales), slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/) }).nullable(),
});

export const rawWithdrawalNoticeSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  language: z.string(),
  pressReleaseDocumentId: z.string(),
  title: z.string(),
  withdrawnAt: isoDateTime,
  reason: z.string().nullable(),
});

/** Strapi's offset pagination (pagination[start]/[limit]), used to walk every release. */
export const rawPressReleaseIndexSchema = z.object({
  data: z.array(rawPressReleaseIndexEntrySchema),
  meta: z.object({ pagination: z.object({ start: z.number().int(), limit: z.number().int(), total: z.number().int() }) }),
});

/** The CMS's sitemap page (apps/cms/src/sitemap): published releases, oldest first, keyset-paged. */
export const rawSitemapPageSchema = z.object({
  data: z.array(
    z.object({
      documentId: z.string(),
      locale: z.string(),
      slug: z.string(),
      releaseDate: z.iso.datetime({ offset: true }),
      lastUpdatedAt: z.iso.datetime({ offset: true }).nullable(),
      noIndex: z.boolean(),
      canonicalUrl: z.string().nullable(),
      translations: z.array(z.object({ locale: z.string(), slug: z.string() })),
    }),
  ),
  meta: z.object({ next: z.string().nullable() }),
});

const termDates = z.array(z.object({ slug: z.string(), lastmod: z.iso.datetime({ offset: true }).nullable() }));

/** The CMS's sitemap summary of a language (apps/cms/src/sitemap). */
export const rawSitemapSummarySchema = z.object({
  data: z.object({
    total: z.number().int().nonnegative(),
    parts: z.array(
      z.object({
        part: z.number().int().positive(),
        releases: z.number().int().positive(),
        lastmod: z.iso.datetime({ offset: true }).nullable(),
      }),
    ),
    terms: z.object({ country: termDates, region: termDates, theme: termDates }),
  }),
});

export function collectionResponse<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
}

// --- Navigation and settings -------------------------------------------------------------
const targetTypes = ["page", "list", "press-release", "external"] as const;
const linkTarget = {
  label: z.string(),
  internalPath: z.string().nullable(),
  externalUrl: z.string().nullable(),
  pressRelease: z.object({ slug: z.string() }).nullable(),
};
export const rawMenuLinkSchema = z.object({ ...linkTarget, targetType: z.enum(targetTypes) });
export const rawMenuItemSchema = z.object({
  ...linkTarget,
  targetType: z.enum([...targetTypes, "none"]),
  description: z.string().nullable(),
  children: z.array(rawMenuLinkSchema),
});
export type RawMenuLink = z.infer<typeof rawMenuLinkSchema>;

export const rawNavigationSchema = z.object({
  data: z.object({ header: z.array(rawMenuItemSchema), footer: z.array(rawMenuItemSchema) }),
});

export const rawSiteSettingsSchema = z.object({
  data: z.object({
    siteName: z.string(),
    tagline: z.string().nullable(),
    footerText: z.string().nullable(),
    logo: rawMediaSchema.nullable(),
    defaultShareImage: rawMediaSchema.nullable(),
    socialLinks: z.array(z.object({ network: z.string(), label: z.string(), url: z.string() })),
    organization: z.object({
      name: z.string(),
      alternateName: z.string().nullable(),
      url: z.string(),
      email: z.string().nullable(),
      telephone: z.string().nullable(),
      address: z.string().nullable(),
    }),
  }),
});
