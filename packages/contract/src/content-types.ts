/**
 * The CMS's content types and components: one name each for every workspace. `uid` is Strapi's
 * (apps/cms/src/api/{name}/content-types/{name}/schema.json), `restPath` where the content API
 * serves it (/api/{restPath}: the pluralName of a collection type, the singularName of a single
 * type). src/cms-schema.test.ts fails when these and the schema files drift; the CMS's
 * typecheck (apps/cms/src/strapi/contract.ts) fails when Strapi's generated types lack a UID.
 */
export const contentTypes = {
  country: { uid: "api::country.country", kind: "collectionType", restPath: "countries" },
  /** Accredited journalists (admin only: no content API routes, so no token reads them). */
  journalist: { uid: "api::journalist.journalist", kind: "collectionType", restPath: "journalists" },
  legacyAddress: { uid: "api::legacy-address.legacy-address", kind: "collectionType", restPath: "legacy-addresses" },
  navigation: { uid: "api::navigation.navigation", kind: "singleType", restPath: "navigation" },
  pressContact: { uid: "api::press-contact.press-contact", kind: "collectionType", restPath: "press-contacts" },
  pressRelease: { uid: "api::press-release.press-release", kind: "collectionType", restPath: "press-releases" },
  publicationEvent: { uid: "api::publication-event.publication-event", kind: "collectionType", restPath: "publication-events" },
  region: { uid: "api::region.region", kind: "collectionType", restPath: "regions" },
  siteSetting: { uid: "api::site-setting.site-setting", kind: "singleType", restPath: "site-setting" },
  slugRedirect: { uid: "api::slug-redirect.slug-redirect", kind: "collectionType", restPath: "slug-redirects" },
  theme: { uid: "api::theme.theme", kind: "collectionType", restPath: "themes" },
  withdrawalNotice: { uid: "api::withdrawal-notice.withdrawal-notice", kind: "collectionType", restPath: "withdrawal-notices" },
} as const;

export type ContentTypeName = keyof typeof contentTypes;
export type ContentTypeUid = (typeof contentTypes)[ContentTypeName]["uid"];

/** Shorthands for the UIDs code names most often. */
export const PRESS_RELEASE_UID = contentTypes.pressRelease.uid;
export const PRESS_CONTACT_UID = contentTypes.pressContact.uid;

/** The taxonomy kinds and their content types (every taxonomy term has name, slug, description). */
export const taxonomyContentTypes = { country: contentTypes.country, region: contentTypes.region, theme: contentTypes.theme } as const;
export type TaxonomyKind = keyof typeof taxonomyContentTypes;

/** Custom content API routes (apps/cms/src/api/…/routes/01-*.ts), besides Strapi's core ones. */
export const customRoutes = {
  /** Full-text search of published releases (apps/cms/src/search). */
  pressReleaseSearch: {
    path: `${contentTypes.pressRelease.restPath}/search`,
    handler: `${contentTypes.pressRelease.uid}.search`,
    scope: `${contentTypes.pressRelease.uid}.find`,
  },
  /**
   * Sitemaps: every published release of a language, oldest first, in keyset pages of a few
   * thousand (slug, dates, translations' slugs, noindex/canonical); apps/cms/src/sitemap.
   */
  pressReleaseSitemapPage: {
    path: `${contentTypes.pressRelease.restPath}/sitemap`,
    handler: `${contentTypes.pressRelease.uid}.sitemapPage`,
    scope: `${contentTypes.pressRelease.uid}.find`,
  },
  /** Sitemaps: a language's release count, newest date per sitemap part and per country, region, theme. */
  pressReleaseSitemapSummary: {
    path: `${contentTypes.pressRelease.restPath}/sitemap-summary`,
    handler: `${contentTypes.pressRelease.uid}.sitemapSummary`,
    scope: `${contentTypes.pressRelease.uid}.find`,
  },
  /** Where an imported release's old address leads. */
  legacyAddressResolve: {
    path: `${contentTypes.legacyAddress.restPath}/resolve`,
    handler: `${contentTypes.legacyAddress.uid}.resolve`,
    scope: `${contentTypes.legacyAddress.uid}.find`,
  },
} as const;

/**
 * The CMS response header stating how many SQL statements the request ran (only with
 * NEWSROOM_SQL_QUERY_COUNT=true: tests and benchmarks; apps/cms/src/middlewares/sql-query-count.ts).
 */
export const sqlQueryCountHeader = "X-Newsroom-Sql-Queries";

/** Components (apps/cms/src/components/{category}/{name}.json) the client reads. */
export const components = {
  heroImage: "media.hero-image",
  seo: "shared.seo",
  organization: "shared.organization",
  socialLink: "shared.social-link",
  menuItem: "navigation.menu-item",
  menuLink: "navigation.menu-link",
} as const;

/** The Strapi admin's content-manager API path of a content type (what the admin panel calls). */
export function contentManagerPath(type: ContentTypeName): string {
  const { kind, uid } = contentTypes[type];
  return `/content-manager/${kind === "collectionType" ? "collection-types" : "single-types"}/${uid}`;
}
