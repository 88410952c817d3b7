import { claimDueChanges, hasDueChanges, removeChange, rescheduleChange, type Database, type PendingChange } from "./outbox";
import { nextStep, RETRY_POLICY, type DeliveryResult, type NextStep } from "./retry";
import { WEBHOOK_SECRET_HEADER } from "../editorial/webhook";

export interface DeliveryLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DeliveryOptions {
  db: Database;
  /** PostgreSQL: instances claim side by side (FOR UPDATE SKIP LOCKED). */
  skipLocked: boolean;
  /** The site's /api/revalidate. */
  url: string;
  secret: string;
  log: DeliveryLog;
  policy?: typeof RETRY_POLICY;
  /** Changes sent at once, at most. */
  batchSize?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

/**
 * Sends the outbox's changes to the site, on every CMS instance: at once when a change is
 * recorded here (publish → live in about a second), and every few seconds for what is due
 * again (a failed try, another instance's change whose deliverer died). What is delivered
 * leaves the outbox; what fails is tried again with backoff (retry.ts).
 */
export class RevalidationDelivery {
  private readonly policy: typeof RETRY_POLICY;
  private readonly batchSize: number;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;
  private running: Promise<void> | undefined;
  /** A change was recorded while a round ran: run another, it may have missed it. */
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  /** For the log only: whether the site refused the last try. */
  private siteRefusing = false;
  /** Aborts the requests in flight on shutdown: their changes stay in the outbox for the next start. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: DeliveryOptions) {
    this.policy = options.policy ?? RETRY_POLICY;
    this.batchSize = options.batchSize ?? 20;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? fetch;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.kick();
    }, this.policy.pollMs);
    // The CMS's own shutdown decides when the process ends, not this timer.
    this.timer.unref();
    this.kick();
  }

  /** Starts a delivery round now, or right after the one running. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverAll()
      .then(() => undefined)
      .catch((error: unknown) => {
        // The outbox could not be read or written (database down): the next poll tries again.
        this.options.log.error(
          `revalidation: delivery round failed, retrying in ${String(this.policy.pollMs / 1000)} s: ${describeError(error)}`,
        );
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Stops polling, cuts the requests in flight short and waits for their claims to be settled. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopping.abort(new Error("the CMS is shutting down"));
    await this.running;
  }

  /** Rounds until nothing is due; resolves with the number of tries made. */
  async deliverAll(): Promise<number> {
    let tries = 0;
    do {
      if (!(await hasDueChanges(this.options.db, this.now()))) continue;
      for (;;) {
        const claimed = await claimDueChanges(this.options.db, {
          now: this.now(),
          limit: this.batchSize,
          leaseMs: this.policy.leaseMs,
          skipLocked: this.options.skipLocked,
        });
        const outcomes = await Promise.all(claimed.map((change) => this.deliver(change)));
        this.report(claimed, outcomes);
        tries += claimed.length;
        if (claimed.length < this.batchSize) break;
      }
    } while (this.takeAgain());
    return tries;
  }

  private takeAgain(): boolean {
    const again = this.again;
    this.again = false;
    return again;
  }

  private async deliver(change: PendingChange): Promise<NextStep> {
    const { db } = this.options;
    const step = nextStep(await this.post(change), change, this.now(), this.policy);
    if (step.kind === "retry") await rescheduleChange(db, change.id, step.at, step.reason);
    else await removeChange(db, change.id);
    return step;
  }

  /**
   * A line when the site stops taking changes and one when it takes them again, not one per
   * try: an outage (or the seed of a fresh database before the site starts) would flood the log.
   * Every change given up is named.
   */
  private report(claimed: PendingChange[], outcomes: NextStep[]): void {
    const { log } = this.options;
    claimed.forEach((change, i) => {
      const step = outcomes[i];
      if (step?.kind === "retry" && !this.siteRefusing) {
        this.siteRefusing = true;
        log.warn(
          `revalidation: the site does not take changes (${step.reason}); they are kept and tried again, at most ${String(this.policy.maxDelayMs / 1000)} s apart`,
        );
      }
      if (step?.kind === "drop") {
        log.error(
          `revalidation: ${change.event} #${String(change.id)} given up, its pages refresh only when they expire: ${step.reason}. Payload: ${change.payload.slice(0, 500)}`,
        );
      }
    });
    if (this.siteRefusing && outcomes.some((step) => step.kind === "delivered")) {
      this.siteRefusing = false;
      log.info("revalidation: the site takes changes again; those kept meanwhile are sent as they fall due");
    }
  }

  private async post(change: PendingChange): Promise<DeliveryResult> {
    try {
      const response = await this.fetch(this.options.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Strapi-Event": change.event, [WEBHOOK_SECRET_HEADER]: this.options.secret },
        body: change.payload,
        signal: AbortSignal.any([AbortSignal.timeout(this.policy.requestTimeoutMs), this.stopping.signal]),
      });
      return { kind: "answered", status: response.status, body: await response.text() };
    } catch (error) {
      return { kind: "unreachable", reason: describeError(error) };
    }
  }
}

/** fetch's "fetch failed" says nothing: the cause (ECONNREFUSED, timeout) does. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
