import { z } from "zod";
import type { Locale } from "@newsroom/config";
import { slugRedirectFields } from "../queries";
import { rawSlugRedirectSchema } from "../strapi-schemas";
import type { SlugRedirect } from "../types";
import { SLUG_PATTERN, type ContentRequester } from "./request";
import { contentTypes } from "@newsroom/contract";

/** The old slugs of releases, recorded by the CMS when an editor changes a slug. */
export function slugRedirectReads(cms: ContentRequester) {
  return {
    /** Where an old slug of a language now leads (the newest redirect for it), or null. */
    findSlugRedirect: async (fromSlug: string, locale: Locale): Promise<SlugRedirect | null> => {
      if (!SLUG_PATTERN.test(fromSlug)) return null;
      const result = await cms.read(
        contentTypes.slugRedirect.restPath,
        {
          filters: { fromSlug: { $eq: fromSlug }, language: { $eq: locale } },
          fields: [...slugRedirectFields],
          sort: ["id:desc"],
          pagination: { pageSize: 1, withCount: false },
        },
        z.object({ data: z.array(rawSlugRedirectSchema) }),
        { resource: "slug-redirect", locale, slug: fromSlug },
      );
      const raw = result.data[0];
      return raw ? { fromSlug: raw.fromSlug, locale: raw.language, pressReleaseDocumentId: raw.pressReleaseDocumentId } : null;
    },
  };
}
