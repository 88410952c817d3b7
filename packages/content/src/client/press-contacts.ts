import type { Locale } from "@newsroom/config";
import { pressContactFields } from "../queries";
import { toPressContact } from "../reshape";
import { collectionResponse, rawPressContactSchema } from "../strapi-schemas";
import type { PressContact } from "../types";
import { MAX_PAGE_SIZE, type ContentRequester } from "./request";
import { contentTypes } from "@newsroom/contract";

export function pressContactReads(cms: ContentRequester) {
  return {
    /** Press contacts covering a country, or any country of a region. */
    listPressContacts: async (query: { locale: Locale; country?: string; region?: string }): Promise<PressContact[]> => {
      const filters: Record<string, unknown> = {};
      if (query.country) filters.countries = { slug: { $eq: query.country } };
      else if (query.region) filters.countries = { region: { slug: { $eq: query.region } } };
      const result = await cms.read(
        contentTypes.pressContact.restPath,
        {
          locale: query.locale,
          filters,
          fields: [...pressContactFields],
          sort: ["fullName:asc"],
          pagination: { pageSize: MAX_PAGE_SIZE, withCount: false },
        },
        collectionResponse(rawPressContactSchema).omit({ meta: true }),
        { resource: "press-contacts", locale: query.locale },
      );
      return result.data.map(toPressContact);
    },
  };
}
