import type { z } from "zod";
import type { Locale } from "@newsroom/config";
import { CmsResponseInvalidError, ContentNotFoundError } from "../errors";
import { taxonomyPaths, taxonomyTermFields, taxonomyTermPopulate } from "../queries";
import { collectionResponse, rawTaxonomyTermSchema } from "../strapi-schemas";
import type { TaxonomyKind, TaxonomyTerm } from "../types";
import { MAX_PAGE_SIZE, SLUG_PATTERN, type ContentRequester } from "./request";

type RawTaxonomyTerm = z.infer<typeof rawTaxonomyTermSchema>;

/**
 * The most terms of one kind the client reads (IOM has 175 member states; Strapi's maxLimit
 * caps a page at MAX_PAGE_SIZE, so this is at most MAX_TAXONOMY_TERMS / MAX_PAGE_SIZE requests).
 * Beyond it the read fails loudly instead of silently dropping terms (filters would 404).
 */
export const MAX_TAXONOMY_TERMS = 1_000;

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
      const readPage = (page: number) =>
        cms.read(
          taxonomyPaths[kind],
          {
            locale,
            fields: [...taxonomyTermFields],
            populate: taxonomyTermPopulate,
            // id breaks ties between equal names, so pages never overlap or skip a term.
            sort: ["name:asc", "id:asc"],
            pagination: { page, pageSize: MAX_PAGE_SIZE },
          },
          collectionResponse(rawTaxonomyTermSchema),
          { resource: "taxonomy", locale, kind },
        );
      const first = await readPage(1);
      const { total, pageCount } = first.meta.pagination;
      if (total > MAX_TAXONOMY_TERMS) {
        throw new CmsResponseInvalidError(`The CMS has more terms than the site reads`, `${cms.baseUrl}/api/${taxonomyPaths[kind]}`, [
          `${total} ${kind} terms in "${locale}", at most ${MAX_TAXONOMY_TERMS} are read (MAX_TAXONOMY_TERMS)`,
        ]);
      }
      // The remaining pages (at most MAX_TAXONOMY_TERMS / MAX_PAGE_SIZE - 1) together.
      const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => readPage(i + 2)));
      return [first, ...rest].flatMap((result) => result.data.map((raw) => toTaxonomyTerm(kind, raw)));
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
