import type { Core } from "@strapi/strapi";
import { embargoRoutes } from "@newsroom/contract";

/**
 * The site's embargo page calls these with CMS_SUBSCRIPTIONS_TOKEN (its token for personal
 * links, src/bootstrap/api-token.ts); browsers never reach them, nor any other token.
 */
const route = (name: keyof typeof embargoRoutes) => ({
  method: "POST" as const,
  path: `/${embargoRoutes[name].path}`,
  handler: embargoRoutes[name].handler,
  config: { auth: { scope: [embargoRoutes[name].scope] } },
});

const router: Core.RouterInput = { type: "content-api", routes: [route("view"), route("open")] };

export default router;
