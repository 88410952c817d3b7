import type { z } from "zod";
import type { Locale } from "@newsroom/config";
import { ContentNotFoundError } from "../errors";
import { taxonomyPaths, taxonomyTermFields, taxonomyTermPopulate } from "../queries";
import { collectionResponse, rawTaxonomyTermSchema } from "../strapi-schemas";
import type { TaxonomyKind, TaxonomyTerm } from "../types";
import { MAX_PAGE_SIZE, SLUG_PATTERN, type ContentRequester } from "./request";

type RawTaxonomyTerm = z.infer<typeof rawTaxonomyTermSchema>;

function toTaxonomyTerm(kind: TaxonomyKind, raw: RawTaxonomyTerm): TaxonomyTerm {
  return {
    kind,
    name: raw.name,
    slug: raw.slug,
    description: raw.description,
    translations: raw.localizations.map(({ locale, slug }) => ({ locale, slug })),
  };
}

/** Countries, regions and themes (each with its own slug in each language). */
export function taxonomyReads(cms: ContentRequester) {
  return {
    /** Every country, region or theme in a language, by name. */
    listTaxonomyTerms: async (kind: TaxonomyKind, locale: Locale): Promise<TaxonomyTerm[]> => {
      const result = await cms.read(
        taxonomyPaths[kind],
        {
          locale,
          fields: [...taxonomyTermFields],
          populate: taxonomyTermPopulate,
          sort: ["name:asc"],
          pagination: { pageSize: MAX_PAGE_SIZE },
        },
        collectionResponse(rawTaxonomyTermSchema),
        { resource: "taxonomy", locale, kind },
      );
      return result.data.map((raw) => toTaxonomyTerm(kind, raw));
    },

    /** One country, region or theme by its slug in a language. Throws ContentNotFoundError. */
    getTaxonomyTerm: async (kind: TaxonomyKind, slug: string, locale: Locale): Promise<TaxonomyTerm> => {
      if (!SLUG_PATTERN.test(slug)) throw new ContentNotFoundError(kind, slug);
      const result = await cms.read(
        taxonomyPaths[kind],
        {
          locale,
          filters: { slug: { $eq: slug } },
          fields: [...taxonomyTermFields],
          populate: taxonomyTermPopulate,
          pagination: { pageSize: 1, withCount: false },
        },
        collectionResponse(rawTaxonomyTermSchema).omit({ meta: true }),
        { resource: "taxonomy", locale, kind },
      );
      const raw = result.data[0];
      if (!raw) throw new ContentNotFoundError(kind, slug);
      return toTaxonomyTerm(kind, raw);
    },
  };
}
