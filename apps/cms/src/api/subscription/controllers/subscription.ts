import type { Core } from "@strapi/strapi";
import { alertsContext } from "../../../alerts";
import { confirm, confirmation, manage, subscribe, unsubscribe, update, type SubscriptionContext } from "../../../alerts/subscriptions";

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Runs the action when alerts are set up; else 503, so the site says "not available", not "your input is wrong". */
async function whenReady(ctx: Context, action: (alerts: SubscriptionContext) => Promise<void>): Promise<void> {
  const alerts = alertsContext();
  if (alerts) return action(alerts);
  ctx.status = 503;
  ctx.body = {
    data: null,
    error: {
      status: 503,
      name: "ServiceUnavailableError",
      message: "Email alerts are not set up on this CMS (SMTP_HOST, MAIL_FROM, SITE_URL)",
      details: {},
    },
  };
}

function body(ctx: Context): unknown {
  const value: unknown = Reflect.get(ctx.request, "body");
  return value ?? {};
}

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null ? Reflect.get(value, name) : undefined;

export default {
  subscribe: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      await subscribe(alerts, body(ctx));
      ctx.status = 202;
      ctx.body = { data: { status: "confirmation-sent" } };
    }),
  confirmation: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      ctx.body = { data: await confirmation(alerts, ctx.query.token) };
    }),
  confirm: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      ctx.body = { data: await confirm(alerts, field(body(ctx), "token")) };
    }),
  manage: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      ctx.body = { data: await manage(alerts, ctx.query.token) };
    }),
  update: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      ctx.body = { data: await update(alerts, body(ctx)) };
    }),
  unsubscribe: (ctx: Context) =>
    whenReady(ctx, async (alerts) => {
      ctx.body = { data: await unsubscribe(alerts, field(body(ctx), "token")) };
    }),
};
