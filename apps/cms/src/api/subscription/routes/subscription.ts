import type { Core } from "@strapi/strapi";
import { subscriptionRoutes } from "@newsroom/contract";

/**
 * The site's subscription routes call these with CMS_SUBSCRIPTIONS_TOKEN (a custom API token
 * holding exactly these actions, src/bootstrap/api-token.ts); browsers never reach them, and
 * no other token or the public role may call them.
 */
const route = (method: "GET" | "POST", name: keyof typeof subscriptionRoutes) => ({
  method,
  path: `/${subscriptionRoutes[name].path}`,
  handler: subscriptionRoutes[name].handler,
  config: { auth: { scope: [subscriptionRoutes[name].scope] } },
});

const router: Core.RouterInput = {
  type: "content-api",
  routes: [
    route("POST", "subscribe"),
    route("GET", "confirmation"),
    route("POST", "confirm"),
    route("GET", "manage"),
    route("POST", "update"),
    route("POST", "unsubscribe"),
  ],
};

export default router;
