import type { Core } from "@strapi/strapi";
import { customRoutes } from "@newsroom/contract";

/**
 * GET /api/press-releases/sitemap and /api/press-releases/sitemap-summary (src/sitemap). Like
 * 01-search.ts, matched before the core `/press-releases/:id`; readable by whoever may list
 * press releases (the read-only token).
 */
const routes = [customRoutes.pressReleaseSitemapPage, customRoutes.pressReleaseSitemapSummary];

const router: Core.RouterInput = {
  type: "content-api",
  routes: routes.map((route) => ({
    method: "GET",
    path: `/${route.path}`,
    handler: route.handler,
    config: { auth: { scope: [route.scope] } },
  })),
};

export default router;
