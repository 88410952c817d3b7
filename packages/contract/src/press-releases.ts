/**
 * Facts about press releases that the CMS's search endpoint and the content client share:
 * what a release summary is made of and how listings are filtered.
 */

/** Kinds of release (schema.json: documentType's enumeration). */
export const documentTypes = ["press-release", "news-story", "statement", "media-advisory"] as const;
export type DocumentType = (typeof documentTypes)[number];

export function isDocumentType(value: string): value is DocumentType {
  return documentTypes.some((type) => type === value);
}

export const mediaFields = ["url", "alternativeText", "width", "height", "mime", "name", "ext", "size"] as const;
export const termFields = ["name", "slug"] as const;

/**
 * A release as listed (listings, search results): these fields and `pressReleaseSummaryPopulate`.
 * The client asks for them; the CMS's search endpoint returns exactly them.
 */
export const pressReleaseSummaryFields = [
  "locale",
  "title",
  "slug",
  "documentType",
  "datelinePlace",
  "releaseDate",
  "lastUpdatedAt",
  "lead",
] as const;

export const pressReleaseSummaryPopulate = {
  heroImage: { populate: { image: { fields: [...mediaFields] } } },
  countries: { fields: [...termFields] },
  themes: { fields: [...termFields] },
};

/** The listing facets (query parameters of /news and /search), all optional and combinable. */
export const facetNames = ["country", "region", "theme", "type", "year"] as const;
export type FacetName = (typeof facetNames)[number];

export interface PressReleaseFacets {
  country?: string | undefined;
  region?: string | undefined;
  theme?: string | undefined;
  type?: DocumentType | undefined;
  year?: number | undefined;
}

/** The release's field each facet filters on (relations are matched by their slug). */
export const facetFields = {
  country: "countries",
  region: "regions",
  theme: "themes",
  type: "documentType",
  year: "releaseDate",
} as const satisfies Record<FacetName, string>;

/** Strapi filters for the facets given; values are passed as data, never spliced. */
export function pressReleaseFacetFilters(facets: PressReleaseFacets): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (facets.country) filters[facetFields.country] = { slug: { $eq: facets.country } };
  if (facets.region) filters[facetFields.region] = { slug: { $eq: facets.region } };
  if (facets.theme) filters[facetFields.theme] = { slug: { $eq: facets.theme } };
  if (facets.type) filters[facetFields.type] = { $eq: facets.type };
  if (facets.year !== undefined) {
    const year = String(facets.year).padStart(4, "0");
    const next = String(facets.year + 1).padStart(4, "0");
    filters[facetFields.year] = { $gte: `${year}-01-01T00:00:00.000Z`, $lt: `${next}-01-01T00:00:00.000Z` };
  }
  return filters;
}
