import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { WEBHOOK_EVENTS } from "../editorial/webhook";
import { RevalidationDelivery } from "./delivery";
import { ensureOutboxTable, recordChange } from "./outbox";

/**
 * Tells the site about every content change, and keeps telling it until it has heard:
 * each change is recorded in the outbox (outbox.ts) and delivered from there (delivery.ts),
 * so a change made while the site restarts reaches it when it is back. This replaces Strapi's
 * webhook, which tries once and forgets.
 */

/** What Strapi's document service emits with each entry event (core/document-service/events). */
const entryEventSchema = z.looseObject({ model: z.string(), uid: z.string(), entry: z.looseObject({}) });

/**
 * The body Strapi's webhook posted, `{ event, createdAt, model, uid, entry }`: the site's
 * /api/revalidate reads it unchanged (apps/web/src/lib/revalidation.ts).
 */
export function revalidationPayload(event: string, info: unknown, createdAt: Date): string {
  const parsed = entryEventSchema.parse(info);
  return JSON.stringify({ event, createdAt: createdAt.toISOString(), ...parsed });
}

let delivery: RevalidationDelivery | undefined;

/** At the start of the bootstrap: every change from then on is recorded. */
export async function startRevalidationOutbox(strapi: Core.Strapi, url: string, secret: string): Promise<void> {
  const db = strapi.db.connection;
  await ensureOutboxTable(db);
  const started = new RevalidationDelivery({ db, skipLocked: strapi.db.dialect.client === "postgres", url, secret, log: strapi.log });
  for (const event of WEBHOOK_EVENTS) {
    strapi.eventHub.on(event, async (info: unknown) => {
      try {
        const now = new Date();
        await recordChange(db, event, revalidationPayload(event, info, now), now.getTime());
      } catch (error) {
        // Strapi emits after the change is committed and does not wait: say what is lost.
        strapi.log.error(
          `revalidation: a change (${event}) could not be recorded; its pages refresh only when they expire: ${String(error)}`,
        );
        return;
      }
      started.kick();
    });
  }
  started.start();
  delivery = started;
  strapi.log.info(`revalidation: changes are delivered to ${url} from the outbox, with retries`);
}

/** On shutdown: no new round, and the one in flight settles its claims. */
export async function stopRevalidationOutbox(): Promise<void> {
  await delivery?.stop();
  delivery = undefined;
}
