import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { isRecord } from "@newsroom/contract";

/** Token types that were given draft rights on purpose (a read-only token never is). */
const DRAFT_READERS = new Set(["full-access", "custom"]);

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string };
}

/**
 * Strapi 5 lets anyone with find/findOne read drafts by adding ?status=draft (see
 * strapi/strapi#25326). This document-service middleware refuses that on the content API
 * unless the request uses an API token with draft rights; the admin panel and server code
 * are not affected.
 */
export function registerDraftGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const params: unknown = context.params;
    const wantsDrafts = isRecord(params) && params.status === "draft";
    const request = strapi.requestContext.get();
    if (wantsDrafts && request) {
      const route: unknown = request.state.route;
      const isContentApi = isRecord(route) && isRecord(route.info) && route.info.type === "content-api";
      const auth: AuthState | undefined = isRecord(request.state.auth) ? request.state.auth : undefined;
      const tokenType = auth?.strategy?.name === "content-api-token" ? auth.credentials?.type : undefined;
      if (isContentApi && !(tokenType && DRAFT_READERS.has(tokenType))) {
        throw new errors.ForbiddenError("Reading drafts needs an API token with draft rights");
      }
    }
    return next();
  });
}
