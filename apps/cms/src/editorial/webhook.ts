import type { Core } from "@strapi/strapi";

export const WEBHOOK_NAME = "Site revalidation";
export const WEBHOOK_SECRET_HEADER = "X-Newsroom-Webhook-Secret";
/** Every content change: the site decides what each one affects (apps/web/src/app/api/revalidate). */
export const WEBHOOK_EVENTS = ["entry.create", "entry.update", "entry.delete", "entry.publish", "entry.unpublish"];

interface StoredWebhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

function isStoredWebhook(value: unknown): value is StoredWebhook {
  return typeof value === "object" && value !== null && "id" in value && "name" in value && "events" in value;
}

/**
 * Makes sure the site hears about every change: one webhook, kept equal to the env at every
 * start (URL, secret header, events), so publishing shows on the site within seconds.
 */
export async function ensureRevalidationWebhook(strapi: Core.Strapi, url: string, secret: string): Promise<void> {
  const store = strapi.get("webhookStore");
  const runner = strapi.get("webhookRunner");
  const wanted = { name: WEBHOOK_NAME, url, headers: { [WEBHOOK_SECRET_HEADER]: secret }, events: WEBHOOK_EVENTS, isEnabled: true };
  const all: unknown = await store.findWebhooks();
  const existing = Array.isArray(all) ? all.filter(isStoredWebhook).find((w) => w.name === WEBHOOK_NAME) : undefined;
  if (!existing) {
    const created: unknown = await store.createWebhook(wanted);
    if (isStoredWebhook(created)) runner.add(created);
    strapi.log.info(`Webhook "${WEBHOOK_NAME}" created: ${url}`);
    return;
  }
  const same =
    existing.url === url &&
    existing.isEnabled &&
    existing.headers[WEBHOOK_SECRET_HEADER] === secret &&
    JSON.stringify([...existing.events].sort()) === JSON.stringify([...WEBHOOK_EVENTS].sort());
  if (same) return;
  const updated: unknown = await store.updateWebhook(existing.id, wanted);
  if (isStoredWebhook(updated)) runner.update(updated);
  strapi.log.info(`Webhook "${WEBHOOK_NAME}" updated: ${url}`);
}
