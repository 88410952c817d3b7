import type { Core } from "@strapi/strapi";

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
      path: "/press-releases/search",
      handler: "api::press-release.press-release.search",
      config: { auth: { scope: ["api::press-release.press-release.find"] } },
    },
  ],
};

export default router;
