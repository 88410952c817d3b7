import contentApi from "@newsroom/config/content-api.json";
import type { Core } from "@strapi/strapi";

// maxLimit caps pagination[pageSize] and pagination[limit] (also -1, "all") for every caller.
const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: { defaultLimit: 25, maxLimit: contentApi.maxPageSize, withCount: true },
});

export default config;
