import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { z } from "zod";
import { alertsContext } from "../alerts";
import { requirePublisher } from "../alerts/admin-routes";
import { currentActor } from "../editorial/actor";
import { embargoOverview, revokeShare, shareUnderEmbargo, type EmbargoContext } from "./shares";

/** Where the release's "Share under embargo" panel (src/admin/newsroom/embargo.tsx) reads and asks. */
export const EMBARGO_ADMIN_PREFIX = "/newsroom-embargo";

type Context = Parameters<Core.MiddlewareHandler>[0];

const signedIn = ["admin::isAuthenticatedAdmin"];
const documentParams = z.object({ documentId: z.string().min(1).max(64) });
const shareParams = z.object({ id: z.coerce.number().int().positive() });
const shareBody = z.object({
  journalists: z
    .array(z.string().min(1).max(64), { error: "choose the journalists to share with" })
    .min(1, "choose at least one journalist")
    .max(500),
  /** Sooner than the default EMBARGO_LINK_DAYS, e.g. for a briefing the day before (an ISO time). */
  validUntil: z.iso.datetime({ offset: true, error: "validUntil: a date and time such as 2026-12-01T09:00:00Z" }).optional(),
});

/** Sharing sends mail: without it set up, say so (503), not "your request is wrong". */
function withMail(ctx: Context): EmbargoContext | undefined {
  const embargo = alertsContext();
  if (embargo) return embargo;
  ctx.status = 503;
  ctx.body = {
    data: null,
    error: { status: 503, name: "ServiceUnavailableError", message: "Mail is not set up on this CMS (SMTP_HOST, MAIL_FROM)", details: {} },
  };
  return undefined;
}

export function registerEmbargoAdminRoutes(strapi: Core.Strapi): void {
  const editor = () => currentActor(strapi).performedBy;
  strapi.server.routes({
    type: "admin",
    prefix: EMBARGO_ADMIN_PREFIX,
    routes: [
      {
        method: "GET",
        path: "/releases/:documentId",
        handler: async (ctx: Context) => {
          requirePublisher(ctx);
          const embargo = withMail(ctx);
          if (embargo) ctx.body = { data: await embargoOverview(embargo, documentParams.parse(ctx.params).documentId) };
        },
        config: { policies: signedIn },
        info: { pluginName: "admin", type: "admin" },
      },
      {
        method: "POST",
        path: "/releases/:documentId/share",
        handler: async (ctx: Context) => {
          requirePublisher(ctx);
          const parsed = shareBody.safeParse(Reflect.get(ctx.request, "body"));
          if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((i) => i.message).join("; "));
          const embargo = withMail(ctx);
          if (!embargo) return;
          const shared = await shareUnderEmbargo(embargo, documentParams.parse(ctx.params).documentId, parsed.data.journalists, editor(), {
            validUntil: parsed.data.validUntil === undefined ? undefined : Date.parse(parsed.data.validUntil),
          });
          ctx.status = 201;
          ctx.body = { data: { shared } };
        },
        config: { policies: signedIn },
        info: { pluginName: "admin", type: "admin" },
      },
      {
        method: "POST",
        path: "/shares/:id/revoke",
        handler: async (ctx: Context) => {
          requirePublisher(ctx);
          const embargo = withMail(ctx);
          if (!embargo) return;
          await revokeShare(embargo, shareParams.parse(ctx.params).id, editor());
          ctx.body = { data: { revoked: true } };
        },
        config: { policies: signedIn },
        info: { pluginName: "admin", type: "admin" },
      },
    ],
  });
}
