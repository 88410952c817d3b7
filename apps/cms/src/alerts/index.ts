import type { Core } from "@strapi/strapi";
import { databaseNow } from "../editorial/clock";
import type { CmsEnv } from "../env";
import { requestCounter } from "../middlewares/content-api-rate-limit";
import { expandAlertJobs, queueDigests, type AlertContext } from "./alerts";
import { linkSigner } from "./links";
import { MailDelivery, mailTransport } from "./mailer";
import type { MessageLocale } from "./messages";
import { siteNameOf } from "./subscriptions";
import { ensureEmbargoTables } from "../embargo/tables";
import { ensureAlertTables } from "./tables";

/**
 * Email alerts for readers and journalists (subscriptions.ts, alerts.ts, mailer.ts). Off
 * without SMTP_HOST, MAIL_FROM and SITE_URL: the subscription routes then answer 503 and
 * publications still record their jobs, which a later start with mail sends while they are fresh.
 */
let context: AlertContext | undefined;
let delivery: MailDelivery | undefined;

const DIGEST_CHECK_MS = 60_000;

export function alertsContext(): AlertContext | undefined {
  return context;
}

export async function startAlerts(strapi: Core.Strapi, env: CmsEnv): Promise<void> {
  const db = strapi.db.connection;
  await ensureAlertTables(db);
  await ensureEmbargoTables(db);
  const transport = mailTransport(env);
  if (!transport || !env.MAIL_FROM || !env.SITE_URL) {
    strapi.log.warn("Email alerts are off: set SMTP_HOST, MAIL_FROM and SITE_URL (see apps/cms/.env.example)");
    return;
  }
  const counter = requestCounter(strapi);
  let lastDigestCheck = 0;
  const skipLocked = strapi.db.dialect.client === "postgres";
  const siteUrl = env.SITE_URL;
  // Every time in the alert tables is on the database's clock, as the scheduler's are: an
  // instance whose host clock is off neither holds others' messages back nor sends early.
  let clockOffset = (await databaseNow(strapi)).getTime() - Date.now();
  const now = () => Date.now() + clockOffset;
  const ctx: AlertContext = {
    strapi,
    db,
    signer: linkSigner(env.ENCRYPTION_KEY),
    siteUrl,
    skipLocked,
    log: strapi.log,
    digest: env.NEWSROOM_TEST_DIGEST_INTERVAL_MS
      ? { intervalMs: env.NEWSROOM_TEST_DIGEST_INTERVAL_MS, offsetMs: 0 }
      : { intervalMs: 24 * 60 * 60_000, offsetMs: env.ALERT_DIGEST_HOUR_UTC * 60 * 60_000 },
    now,
    // One read per job, per digest language or per subscribe request: the name the editors set now.
    siteName: (locale: MessageLocale) => siteNameOf(strapi, locale),
    countRequest: (key) => counter.hit(key),
    kick: () => delivery?.kick(),
  };
  const started = new MailDelivery({
    db,
    skipLocked,
    transport,
    from: env.MAIL_FROM,
    messageIdDomain: new URL(siteUrl).hostname,
    log: strapi.log,
    now,
    async beforeRound() {
      clockOffset = (await databaseNow(strapi)).getTime() - Date.now();
      await expandAlertJobs(ctx);
      const interval = Math.min(DIGEST_CHECK_MS, ctx.digest.intervalMs / 4);
      if (Date.now() - lastDigestCheck >= interval) {
        lastDigestCheck = Date.now();
        await queueDigests(ctx);
      }
    },
  });
  context = ctx;
  delivery = started;
  started.start();
  strapi.log.info(`Email alerts: mail goes to ${env.SMTP_HOST ?? ""}:${String(env.SMTP_PORT)} (${env.SMTP_TLS}) from ${env.MAIL_FROM}`);
}

/** After a publication is committed: prepare its alerts now rather than at the next poll. */
export function kickAlerts(): void {
  delivery?.kick();
}

export async function stopAlerts(): Promise<void> {
  await delivery?.stop();
  delivery = undefined;
  context = undefined;
}
