import { factories } from "@strapi/strapi";
import { parseSearchParams } from "../../../search/query";
import { searchPressReleases } from "../../../search/search";
import { contentTypes, isRecord } from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Full-text search of published releases (see README, "Search"). */
  async search(ctx) {
    const result = await searchPressReleases(strapi, parseSearchParams(ctx.query));
    // The same output sanitizing as the core find (private fields, relations the caller may not read).
    const auth: unknown = ctx.state.auth;
    const data = await Promise.all(
      result.hits.map(async ({ document, excerpt }) => {
        const clean: unknown = await strapi.contentAPI.sanitize.output(document, strapi.contentType(UID), {
          auth: isRecord(auth) ? auth : {},
        });
        return { ...(isRecord(clean) ? clean : {}), excerpt };
      }),
    );
    ctx.body = { data, meta: { pagination: result.pagination, terms: result.terms } };
  },
}));
