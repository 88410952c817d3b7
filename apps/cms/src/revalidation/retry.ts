/**
 * When a change the site could not take is tried again, and when to stop. Pure: the outbox
 * (outbox.ts) stores the times, the delivery loop (delivery.ts) asks these functions.
 */
export const RETRY_POLICY = {
  /** The first retry comes after 1 s, then 2, 4, 8 s … */
  firstDelayMs: 1_000,
  /**
   * … never more than 15 s apart, so a change reaches the site at most ~15 s (plus one poll)
   * after it answers again: well within the minute readers may wait.
   */
  maxDelayMs: 15_000,
  /** Pages expire on their own timer (300 s) long before: after a day it is an outage to report. */
  giveUpAfterMs: 24 * 60 * 60 * 1000,
  /**
   * A claimed change is due again after this, should the instance that claimed it die while
   * delivering (longer than one attempt, whose request times out after 10 s).
   */
  leaseMs: 30_000,
  requestTimeoutMs: 10_000,
  /** How often every instance looks for changes that are due (a change is also sent at once when recorded). */
  pollMs: 2_000,
} as const;

/** The pause before the next try, after `attempts` failed tries (1 → 1 s, 2 → 2 s, 3 → 4 s, … capped). */
export function retryDelayMs(attempts: number, policy: { firstDelayMs: number; maxDelayMs: number } = RETRY_POLICY): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(policy.firstDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/** What the site's answer to one delivery means. */
export type DeliveryResult = { kind: "answered"; status: number; body: string } | { kind: "unreachable"; reason: string };

export type NextStep = { kind: "delivered" } | { kind: "retry"; at: number; reason: string } | { kind: "drop"; reason: string };

function describe(result: DeliveryResult): string {
  if (result.kind === "unreachable") return result.reason;
  // One line: a proxy's error page is HTML over many lines.
  const body = result.body.replace(/\s+/g, " ").trim().slice(0, 200);
  return `HTTP ${String(result.status)}${body ? `: ${body}` : ""}`;
}

/**
 * 2xx: delivered. 400 or 413: the site refuses the payload itself, and would every time. Anything
 * else (no answer, 503 while the site or a cache is down, 404 or 502 from whatever stands in
 * front while it restarts, 401 while a new secret is rolled out) is tried again, until the
 * change is a day old.
 */
export function nextStep(
  result: DeliveryResult,
  change: { attempts: number; recordedAt: number },
  now: number,
  policy = RETRY_POLICY,
): NextStep {
  if (result.kind === "answered" && result.status >= 200 && result.status < 300) return { kind: "delivered" };
  const reason = describe(result);
  if (result.kind === "answered" && (result.status === 400 || result.status === 413))
    return { kind: "drop", reason: `the site refused the change (${reason})` };
  if (now - change.recordedAt >= policy.giveUpAfterMs) {
    return {
      kind: "drop",
      reason: `not delivered in ${String(Math.round(policy.giveUpAfterMs / 3_600_000))} h after ${String(change.attempts)} tries (last: ${reason})`,
    };
  }
  return { kind: "retry", at: now + retryDelayMs(change.attempts, policy), reason };
}
