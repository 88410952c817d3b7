/**
 * What the client asks Strapi for. Kept as data so that the schema-contract test can check
 * every requested field against the CMS schema files without a running Strapi. What the CMS's
 * search endpoint returns too (a release summary) comes from @newsroom/contract.
 */
import { mediaFields, pressReleaseSummaryFields, pressReleaseSummaryPopulate, taxonomyContentTypes, termFields } from "@newsroom/contract";

export const pressContactFields = ["fullName", "role", "office", "email", "phone", "mobile"] as const;

export { mediaFields, pressReleaseSummaryFields, pressReleaseSummaryPopulate, termFields };

export const pressReleasePopulate = {
  ...pressReleaseSummaryPopulate,
  datelineCountry: { fields: [...termFields] },
  regions: { fields: [...termFields] },
  pressContacts: { fields: [...pressContactFields] },
  relatedPressReleases: { fields: ["title", "slug", "releaseDate"] },
  attachments: { fields: [...mediaFields] },
  seo: { populate: { shareImage: { fields: [...mediaFields] } } },
  localizations: { fields: ["slug", "locale"] },
};

/** Sitemaps and feeds: only what locates a release and dates it, never the body. */
export const pressReleaseIndexFields = ["locale", "title", "slug", "releaseDate", "lastUpdatedAt"] as const;
export const pressReleaseIndexPopulate = {
  seo: { fields: ["noIndex", "canonicalUrl"] },
  localizations: { fields: ["slug", "locale"] },
  countries: { fields: ["slug"] },
  regions: { fields: ["slug"] },
  themes: { fields: ["slug"] },
};

const menuTargetPopulate = { pressRelease: { fields: ["slug"] } };
const menuItemPopulate = { populate: { ...menuTargetPopulate, children: { populate: menuTargetPopulate } } };

export const navigationPopulate = { header: menuItemPopulate, footer: menuItemPopulate };

export const siteSettingsPopulate = {
  logo: { fields: [...mediaFields] },
  defaultShareImage: { fields: [...mediaFields] },
  socialLinks: true,
  organization: true,
};

export const taxonomyTermFields = ["locale", "name", "slug", "description"] as const;
export const taxonomyTermPopulate = { localizations: { fields: ["slug", "locale"] } };

/** Strapi's REST path for each taxonomy kind. */
export const taxonomyPaths = {
  country: taxonomyContentTypes.country.restPath,
  region: taxonomyContentTypes.region.restPath,
  theme: taxonomyContentTypes.theme.restPath,
} as const;

/** Old addresses (slug-redirect) and withdrawal notices: written by the CMS, read by the site. */
export const slugRedirectFields = ["fromSlug", "language", "pressReleaseDocumentId"] as const;
export const withdrawalNoticeFields = ["slug", "language", "pressReleaseDocumentId", "title", "withdrawnAt", "reason"] as const;
