import contentApi from "@newsroom/config/content-api.json";
import type { Core } from "@strapi/strapi";
import { isPlainRecord } from "@newsroom/contract";

/**
 * How deep a populate query goes: 1 for `populate[countries]=true`, 2 for
 * `populate[heroImage][populate][image]=true`… A `*` anywhere counts as unbounded, since it
 * populates every relation of that level. Returns Infinity for a wildcard.
 */
export function populateDepth(populate: unknown): number {
  if (populate === undefined || populate === null || populate === false || populate === "false") return 0;
  // `populate=*` and `populate=true` (here or as a relation's own populate) mean "every relation".
  if (populate === "*" || populate === true || populate === "true") return Infinity;
  if (typeof populate === "string")
    return populate.split(",").includes("*") ? Infinity : Math.max(...populate.split(",").map((p) => p.split(".").length));
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (isPlainRecord(populate)) {
    let depth = 0;
    for (const [key, value] of Object.entries(populate)) {
      if (key === "*") return Infinity;
      const options = isPlainRecord(value) ? value : {};
      // `on` (dynamic zones) names components, one level like a relation.
      depth = Math.max(depth, 1 + Math.max(populateDepth(options.populate), populateDepth(options.on)));
    }
    return depth;
  }
  return 0;
}

/**
 * Refuses content-API queries that would make Strapi build unbounded joins: `populate=*` at any
 * level and populate deeper than the site ever asks (packages/config/content-api.json). A 400
 * naming the bound, never a slow 200. Page size needs no check here: api.rest.maxLimit caps it.
 * Requests without a token are left to the permissions (the public gets nothing: a 403), so the
 * bound never tells an anonymous caller more than "forbidden".
 */
const contentApiBounds: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (ctx.path.startsWith("/api/") && ctx.query.populate !== undefined && ctx.get("authorization") !== "") {
    const depth = populateDepth(ctx.query.populate);
    if (depth > contentApi.maxPopulateDepth) {
      const why = depth === Infinity ? "populate=* is refused: name the relations to populate" : `populate is ${String(depth)} levels deep`;
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: "ValidationError",
          message: `${why} (at most ${String(contentApi.maxPopulateDepth)} levels)`,
          details: {},
        },
      };
      return;
    }
  }
  await next();
};

export default contentApiBounds;
