import type { Core, Modules } from "@strapi/strapi";

/** The webhook earlier versions created; the outbox (src/revalidation) does its work now. */
export const WEBHOOK_NAME = "Site revalidation";
export const WEBHOOK_SECRET_HEADER = "X-Newsroom-Webhook-Secret";
/** Every content change: the site decides what each one affects (apps/web/src/app/api/revalidate). */
export const WEBHOOK_EVENTS = ["entry.create", "entry.update", "entry.delete", "entry.publish", "entry.unpublish"] as const;

/**
 * Removes the "Site revalidation" webhook an earlier version created: it would tell the site
 * a second time, and once only (Strapi's webhooks do not retry). Webhooks added by hand for
 * other uses stay.
 */
export async function retireRevalidationWebhook(strapi: Core.Strapi): Promise<void> {
  const store = strapi.get<Modules.WebhookStore.WebhookStore>("webhookStore");
  const runner = strapi.get<Modules.WebhookRunner.WebhookRunner>("webhookRunner");
  const all = await store.findWebhooks();
  for (const webhook of all.filter((w) => w.name === WEBHOOK_NAME)) {
    await store.deleteWebhook(webhook.id);
    // The runner was loaded with it at start: without this it keeps posting until restart.
    runner.remove(webhook);
    strapi.log.info(`Webhook "${WEBHOOK_NAME}" removed: the revalidation outbox tells the site about changes, with retries`);
  }
}
