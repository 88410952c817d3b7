import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { z } from "zod";
import { contentTypes, newsroomLocaleSchema } from "@newsroom/contract";
import { databaseNow } from "../editorial/clock";
import { alertsContext, kickAlerts } from ".";
import { alertCounts, recordResend } from "./alerts";

/** Where the admin panel's Alerts panel (src/admin/newsroom/alerts.tsx) reads and asks. */
export const ALERTS_ADMIN_PREFIX = "/newsroom-alerts";

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Strapi's CASL ability of the signed-in admin user. */
const abilitySchema = z.object({
  can: z.custom<(action: string, subject: string) => boolean>((value) => typeof value === "function"),
});

/** Whoever may publish releases may see their alerts, send one again and share them under embargo (Strapi's permission on the press-release type). */
export function requirePublisher(ctx: Context): void {
  const ability = abilitySchema.safeParse(ctx.state.userAbility);
  if (!ability.success || !ability.data.can("plugin::content-manager.explorer.publish", contentTypes.pressRelease.uid)) {
    throw new errors.ForbiddenError("Only staff who may publish press releases see their alerts and share them under embargo.");
  }
}

const signedIn = ["admin::isAuthenticatedAdmin"];

const resendBody = z.object({ locale: newsroomLocaleSchema });
const documentParams = z.object({ documentId: z.string().min(1).max(64) });

export function registerAlertsAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: "admin",
    prefix: ALERTS_ADMIN_PREFIX,
    routes: [
      {
        method: "GET",
        path: "/releases/:documentId",
        handler: async (ctx: Context) => {
          requirePublisher(ctx);
          const { documentId } = documentParams.parse(ctx.params);
          ctx.body = { data: { enabled: alertsContext() !== undefined, languages: await alertCounts(strapi.db.connection, documentId) } };
        },
        config: { policies: signedIn },
        info: { pluginName: "admin", type: "admin" },
      },
      {
        method: "POST",
        path: "/releases/:documentId/resend",
        handler: async (ctx: Context) => {
          requirePublisher(ctx);
          const { documentId } = documentParams.parse(ctx.params);
          const parsed = resendBody.safeParse(Reflect.get(ctx.request, "body"));
          if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((i) => i.message).join("; "));
          const live: unknown = await strapi.db
            .query(contentTypes.pressRelease.uid)
            .findOne({ where: { documentId, locale: parsed.data.locale, publishedAt: { $notNull: true } }, select: ["id"] });
          if (!live) throw new errors.ValidationError("Only a live release can be sent again: publish this language first.");
          const round = await recordResend(strapi.db.connection, documentId, parsed.data.locale, (await databaseNow(strapi)).getTime());
          kickAlerts();
          ctx.status = 202;
          ctx.body = { data: { round } };
        },
        config: { policies: signedIn },
        info: { pluginName: "admin", type: "admin" },
      },
    ],
  });
}
