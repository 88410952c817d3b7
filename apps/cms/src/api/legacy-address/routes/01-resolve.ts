import type { Core } from "@strapi/strapi";
import { customRoutes } from "@newsroom/contract";

/**
 * GET /api/legacy-addresses/resolve?path=/news/press-release/… → where an old newsroom address
 * leads now. Loaded before the core routes (alphabetical order), so "resolve" is not taken for
 * an id. Whoever may list these addresses may resolve them: the site's read-only token.
 */
const router: Core.RouterInput = {
  type: "content-api",
  routes: [
    {
      method: "GET",
      path: `/${customRoutes.legacyAddressResolve.path}`,
      handler: customRoutes.legacyAddressResolve.handler,
      config: { auth: { scope: [customRoutes.legacyAddressResolve.scope] } },
    },
  ],
};

export default router;
