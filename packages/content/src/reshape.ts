import type { z } from "zod";
import type {
  rawMediaSchema,
  rawHeroImageSchema,
  rawPressContactSchema,
  rawPressReleaseIndexEntrySchema,
  rawPressReleaseSchema,
  rawPressReleaseSummarySchema,
  rawMenuItemSchema,
  RawMenuLink,
  rawSiteSettingsSchema,
} from "./strapi-schemas";
import type {
  Attachment,
  HeroImage,
  ImageAsset,
  MenuItem,
  MenuLink,
  PhoneNumber,
  PressContact,
  PressRelease,
  PressReleaseIndexEntry,
  PressReleaseSummary,
  SiteSettings,
} from "./types";

type RawMedia = z.infer<typeof rawMediaSchema>;

export function toImage(media: RawMedia, alt?: string | null): ImageAsset {
  return { src: media.url, alt: alt ?? media.alternativeText ?? "", width: media.width, height: media.height };
}

function toHeroImage(hero: z.infer<typeof rawHeroImageSchema>): HeroImage {
  return { ...toImage(hero.image, hero.altText), caption: hero.caption, credit: hero.credit };
}

/** Keeps the number as written for display; the dial form keeps only + and digits. */
export function toPhoneNumber(written: string | null): PhoneNumber | null {
  if (!written) return null;
  const display = written.trim().replace(/\.$/, "");
  const dial = display.replace(/(?!^\+)[^\d]/g, "");
  return { display, dial };
}

export function toPressContact(raw: z.infer<typeof rawPressContactSchema>): PressContact {
  return {
    id: raw.documentId,
    fullName: raw.fullName,
    role: raw.role,
    office: raw.office,
    email: raw.email,
    phone: toPhoneNumber(raw.phone),
    mobile: toPhoneNumber(raw.mobile),
  };
}

function toAttachment(media: RawMedia): Attachment {
  // Strapi stores sizes in kilobytes with decimals.
  return { name: media.name, url: media.url, mime: media.mime, extension: media.ext, sizeBytes: Math.round(media.size * 1024) };
}

export function toPressReleaseSummary(raw: z.infer<typeof rawPressReleaseSummarySchema>): PressReleaseSummary {
  return {
    id: raw.documentId,
    locale: raw.locale,
    slug: raw.slug,
    title: raw.title,
    documentType: raw.documentType,
    dateline: { place: raw.datelinePlace, date: raw.releaseDate },
    lastUpdatedAt: raw.lastUpdatedAt,
    lead: raw.lead,
    heroImage: raw.heroImage ? toHeroImage(raw.heroImage) : null,
    countries: raw.countries.map(({ name, slug }) => ({ name, slug })),
    themes: raw.themes.map(({ name, slug }) => ({ name, slug })),
  };
}

export function toPressRelease(raw: z.infer<typeof rawPressReleaseSchema>): PressRelease {
  return {
    ...toPressReleaseSummary(raw),
    body: raw.body,
    datelineCountry: raw.datelineCountry ? { name: raw.datelineCountry.name, slug: raw.datelineCountry.slug } : null,
    regions: raw.regions.map(({ name, slug }) => ({ name, slug })),
    pressContacts: raw.pressContacts.map(toPressContact),
    related: raw.relatedPressReleases.map((r) => ({ slug: r.slug, title: r.title, date: r.releaseDate })),
    attachments: (raw.attachments ?? []).map(toAttachment),
    seo: raw.seo
      ? {
          metaTitle: raw.seo.metaTitle,
          metaDescription: raw.seo.metaDescription,
          canonicalUrl: raw.seo.canonicalUrl,
          noIndex: raw.seo.noIndex ?? false,
          shareImage: raw.seo.shareImage ? toImage(raw.seo.shareImage) : null,
        }
      : null,
    translations: raw.localizations.map(({ locale, slug }) => ({ locale, slug })),
    updatedAt: raw.updatedAt,
  };
}

export function toPressReleaseIndexEntry(raw: z.infer<typeof rawPressReleaseIndexEntrySchema>): PressReleaseIndexEntry {
  return {
    id: raw.documentId,
    locale: raw.locale,
    slug: raw.slug,
    title: raw.title,
    date: raw.releaseDate,
    lastUpdatedAt: raw.lastUpdatedAt,
    noIndex: raw.seo?.noIndex ?? false,
    canonicalUrl: raw.seo?.canonicalUrl ?? null,
    translations: raw.localizations.map(({ locale, slug }) => ({ locale, slug })),
    terms: {
      country: raw.countries.map((t) => t.slug),
      region: raw.regions.map((t) => t.slug),
      theme: raw.themes.map((t) => t.slug),
    },
  };
}

/** Thrown for a menu entry whose target does not match its type (the CMS also refuses these). */
export class MenuTargetError extends Error {}

function toMenuLink(raw: RawMenuLink, locale: string): MenuLink {
  const target = `"${raw.label}" (${raw.targetType})`;
  switch (raw.targetType) {
    case "external":
      if (!raw.externalUrl) throw new MenuTargetError(`menu link ${target} has no external URL`);
      return { label: raw.label, href: raw.externalUrl, external: true };
    case "press-release":
      if (!raw.pressRelease) throw new MenuTargetError(`menu link ${target} has no press release`);
      return { label: raw.label, href: `/${locale}/news/${raw.pressRelease.slug}`, external: false };
    case "page":
    case "list":
      if (!raw.internalPath) throw new MenuTargetError(`menu link ${target} has no internal path`);
      return { label: raw.label, href: raw.internalPath === "/" ? `/${locale}` : `/${locale}${raw.internalPath}`, external: false };
  }
}

export function toMenuItem(raw: z.infer<typeof rawMenuItemSchema>, locale: string): MenuItem {
  const { targetType } = raw;
  return {
    label: raw.label,
    description: raw.description,
    link: targetType === "none" ? null : toMenuLink({ ...raw, targetType }, locale),
    children: raw.children.map((child) => toMenuLink(child, locale)),
  };
}

export function toSiteSettings(raw: z.infer<typeof rawSiteSettingsSchema>["data"]): SiteSettings {
  return {
    siteName: raw.siteName,
    tagline: raw.tagline,
    footerText: raw.footerText,
    logo: raw.logo ? toImage(raw.logo) : null,
    defaultShareImage: raw.defaultShareImage ? toImage(raw.defaultShareImage) : null,
    socialLinks: raw.socialLinks.map(({ network, label, url }) => ({ network, label, url })),
    organization: { ...raw.organization },
  };
}
