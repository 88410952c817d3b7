import { createTransport, type Transporter } from "nodemailer";
import { z } from "zod";
import type { CmsEnv } from "../env";
import type { Database } from "../revalidation/outbox";
import { claimDueRows } from "../revalidation/queue-table";
import { retryDelayMs } from "../revalidation/retry";
import type { OutgoingMessage } from "./messages";
import { MAIL_OUTBOX } from "./tables";

/**
 * Mail goes out through the mail outbox (tables.ts): a message is written first, in the same
 * transaction as what caused it where there is one, then sent by whichever CMS instance
 * claims it. Claimed rows are leased (FOR UPDATE SKIP LOCKED on PostgreSQL, as the
 * revalidation outbox does), so two instances never send the same row, and a row whose
 * sender died mid-batch is sent again by another after the lease. Sent rows stay (with
 * `sent_at`) for the admin's counts; their text is dropped.
 *
 * What no queue can close is the moment between the relay's "250 accepted" and the UPDATE
 * that records it: a process killed exactly then sends that one message again. Each message's
 * Message-ID comes from its row, so a resend carries the same Message-ID and mail systems
 * that de-duplicate (most do) show it once.
 */
export const MAIL_POLICY = {
  batchSize: 25,
  /** Longer than one SMTP transaction may take (nodemailer's socket timeout below). */
  leaseMs: 60_000,
  pollMs: 2_000,
  firstDelayMs: 5_000,
  maxDelayMs: 15 * 60_000,
  /** A relay refusing for 3 days is an outage to report, not one to keep trying through. */
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
  socketTimeoutMs: 30_000,
} as const;

export interface MailLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function mailTransport(env: CmsEnv): Transporter | undefined {
  if (!env.SMTP_HOST) return undefined;
  return createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_TLS === "implicit",
    requireTLS: env.SMTP_TLS === "starttls",
    ignoreTLS: env.SMTP_TLS === "none",
    ...(env.SMTP_USER && env.SMTP_PASSWORD ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } } : {}),
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: MAIL_POLICY.socketTimeoutMs,
  });
}

export interface QueuedMail {
  dedupeKey: string;
  kind: "confirm" | "already-subscribed" | "alert" | "digest" | "embargo";
  recipient: string;
  subscriberId: number | null;
  release?: { documentId: string; locale: string };
  message: OutgoingMessage;
}

/** Queues messages; one whose dedupe key is queued already is left as it is (exactly once). */
export async function queueMail(db: Database, mails: QueuedMail[], now: number): Promise<void> {
  if (mails.length === 0) return;
  const rows = mails.map((mail) => ({
    dedupe_key: mail.dedupeKey,
    kind: mail.kind,
    recipient: mail.recipient,
    subscriber_id: mail.subscriberId,
    release_document_id: mail.release?.documentId ?? null,
    release_locale: mail.release?.locale ?? null,
    message: JSON.stringify(mail.message),
    created_at: now,
    attempts: 0,
    next_attempt_at: now,
  }));
  // Chunks keep each INSERT under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 50)
    await db(MAIL_OUTBOX)
      .insert(rows.slice(i, i + 50))
      .onConflict("dedupe_key")
      .ignore();
}

const claimedRow = z.object({
  id: z.coerce.number().int(),
  recipient: z.string(),
  message: z.string(),
  created_at: z.coerce.number(),
  attempts: z.coerce.number().int(),
});

/** SMTP reply codes 5xx to the recipient (550 no such user, 553 bad address): trying again changes nothing. */
function isPermanent(error: unknown): boolean {
  const code = z.object({ responseCode: z.number() }).safeParse(error);
  return code.success && code.data.responseCode >= 500 && code.data.responseCode < 600;
}

export class MailDelivery {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly options: {
      db: Database;
      skipLocked: boolean;
      transport: Transporter;
      from: string;
      /** The domain of Message-IDs (the site's host). */
      messageIdDomain: string;
      log: MailLog;
      now?: () => number;
      /** Work to do before each round (alerts.ts: turn publications into messages, digests). */
      beforeRound?: () => Promise<void>;
    },
  ) {}

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  /** A method, not the field: stop() may run while a batch is sent. */
  private isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.kick();
    }, MAIL_POLICY.pollMs);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.sendAll()
      .catch((error: unknown) => {
        this.options.log.error(`mail: round failed, retrying in ${String(MAIL_POLICY.pollMs / 1000)} s: ${String(error)}`);
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    this.options.transport.close();
  }

  async sendAll(): Promise<void> {
    do {
      await this.options.beforeRound?.();
      for (;;) {
        if (this.stopped) return;
        const claimed = await this.claim();
        // One at a time: the pool's two connections are for the next batch's first message, not a burst.
        for (const row of claimed) {
          if (this.isStopped()) return; // the rest is due again after its lease, for this or another instance
          await this.send(row);
        }
        if (claimed.length < MAIL_POLICY.batchSize) break;
      }
    } while (this.takeAgain());
  }

  private takeAgain(): boolean {
    const again = this.again;
    this.again = false;
    return again;
  }

  private async claim(): Promise<z.infer<typeof claimedRow>[]> {
    const rows = await claimDueRows(this.options.db, MAIL_OUTBOX, {
      now: this.now(),
      limit: MAIL_POLICY.batchSize,
      leaseMs: MAIL_POLICY.leaseMs,
      skipLocked: this.options.skipLocked,
      returning: ["id", "recipient", "message", "created_at", "attempts"],
    });
    return z
      .array(claimedRow)
      .parse(rows)
      .sort((a, b) => a.id - b.id);
  }

  private async send(row: z.infer<typeof claimedRow>): Promise<void> {
    const { db, transport, log } = this.options;
    const message = z
      .object({ subject: z.string(), text: z.string(), html: z.string(), headers: z.record(z.string(), z.string()) })
      .parse(JSON.parse(row.message));
    try {
      await transport.sendMail({
        from: this.options.from,
        to: row.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: `<newsroom-${String(row.id)}@${this.options.messageIdDomain}>`,
      });
    } catch (error) {
      const now = this.now();
      const reason = String(error).slice(0, 1000);
      if (isPermanent(error) || now - row.created_at >= MAIL_POLICY.giveUpAfterMs) {
        log.error(`mail: #${String(row.id)} to ${row.recipient} given up after ${String(row.attempts)} tries: ${reason}`);
        await db(MAIL_OUTBOX).where({ id: row.id }).update({ next_attempt_at: null, failed_at: now, last_error: reason, message: "{}" });
      } else {
        const delay = retryDelayMs(row.attempts, MAIL_POLICY);
        log.warn(`mail: #${String(row.id)} not accepted by the relay, again in ${String(Math.round(delay / 1000))} s: ${reason}`);
        await db(MAIL_OUTBOX)
          .where({ id: row.id })
          .update({ next_attempt_at: now + delay, last_error: reason });
      }
      return;
    }
    await db(MAIL_OUTBOX).where({ id: row.id }).update({ next_attempt_at: null, sent_at: this.now(), last_error: null, message: "{}" });
  }
}
