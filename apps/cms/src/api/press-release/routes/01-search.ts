import type { Core } from "@strapi/strapi";
import { customRoutes } from "@newsroom/contract";

/**
 * GET /api/press-releases/search. Route files load in alphabetical order, so this one is
 * matched before the core `/press-releases/:id` (which would take "search" for an id).
 * Whoever may list press releases may search them: the read-only token (the public gets nothing).
 */
const router: Core.RouterInput = {
  type: "content-api",
  routes: [
    {
      method: "GET",
      path: `/${customRoutes.pressReleaseSearch.path}`,
      handler: customRoutes.pressReleaseSearch.handler,
      config: { auth: { scope: [customRoutes.pressReleaseSearch.scope] } },
    },
  ],
};

export default router;
