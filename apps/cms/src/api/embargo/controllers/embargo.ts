import type { Core } from "@strapi/strapi";
import { EMBARGO_REFUSAL_ERROR } from "@newsroom/contract";
import { alertsContext } from "../../../alerts";
import { EmbargoRefusal, lookAtLink } from "../../../embargo/shares";

type Context = Parameters<Core.MiddlewareHandler>[0];

/** A refused link answers its own status (403 another browser, 404 not ours, 410 ended) with the reason the reader reads. */
async function answer(ctx: Context, open: boolean): Promise<void> {
  const embargo = alertsContext();
  if (!embargo) {
    ctx.status = 503;
    ctx.body = {
      data: null,
      error: { status: 503, name: "ServiceUnavailableError", message: "Embargoed links need mail set up on this CMS", details: {} },
    };
    return;
  }
  try {
    ctx.body = { data: await lookAtLink(embargo, Reflect.get(ctx.request, "body") ?? {}, open) };
  } catch (error) {
    if (!(error instanceof EmbargoRefusal)) throw error;
    const { refused, reason, message } = error.refusal;
    ctx.status = refused;
    ctx.body = { data: null, error: { status: refused, name: EMBARGO_REFUSAL_ERROR, message, details: { reason } } };
  }
}

export default {
  view: (ctx: Context) => answer(ctx, false),
  open: (ctx: Context) => answer(ctx, true),
};
