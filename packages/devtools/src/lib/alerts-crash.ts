/**
 * "Exactly once, even when a CMS dies mid-batch", against the real stack: on PostgreSQL with
 * two CMS instances sending from the same mail outbox, a release goes live for SUBSCRIBERS
 * subscribers while the relay (the run's mail catcher) is slowed down, and one instance is
 * SIGKILLed once the first alerts are out. Every subscriber must still get the alert, once:
 * the dead instance's claimed messages are sent by the other after their lease. The catcher
 * keeps only what it told the sender it accepted, as a relay committing with its "250" does.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { subscriptionRoutes } from "@newsroom/contract";
import { z } from "zod";
import { Admin, EDITOR_EMAIL } from "./newsroom-admin";

const SUBSCRIBERS = 60;
/** The relay takes this long per message while the instance is killed. */
const SLOW_ACCEPT_MS = 150;
/** The outbox lease (apps/cms/src/alerts/mailer.ts) plus its poll, and time to send the rest. */
const ALL_SENT_WITHIN_MS = 150_000;
/** Messages the killed instance may have had accepted and not yet recorded: its SMTP pool's connections. */
const MAX_IN_FLIGHT = 2;

export interface AlertsCrashOptions {
  /** The instance that publishes and is then killed. */
  cmsUrl: string;
  /** The instance that lives on (the clean-up goes there). */
  survivorUrl: string;
  catcherUrl: string;
  subscriptionsToken: string;
  password: string;
  /** SIGKILLs one of the CMS instances (the other keeps running). */
  killOne: () => Promise<void>;
}

const caught = z.array(
  z.object({
    envelopeTo: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    messageId: z.string().optional(),
    headers: z.record(z.string(), z.string()),
  }),
);

async function messages(catcherUrl: string): Promise<z.infer<typeof caught>> {
  return caught.parse(await (await fetch(`${catcherUrl}/messages`)).json());
}

async function call(
  options: AlertsCrashOptions,
  name: keyof typeof subscriptionRoutes,
  body: unknown,
  cmsUrl = options.cmsUrl,
): Promise<void> {
  const response = await fetch(`${cmsUrl}/api/${subscriptionRoutes[name].path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${options.subscriptionsToken}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${name}: HTTP ${String(response.status)} ${await response.text()}`);
}

async function until<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${String(timeoutMs / 1000)} s`);
    await sleep(250);
  }
}

export async function alertsSurviveCrash(options: AlertsCrashOptions): Promise<string> {
  const run = randomBytes(4).toString("hex");
  const emails = Array.from({ length: SUBSCRIBERS }, (_, i) => `crash-${run}-${String(i)}@alerts.example`);
  // Media advisories only: the suite's other releases are not for these subscribers.
  for (const email of emails) await call(options, "subscribe", { email, locale: "en", documentTypes: ["media-advisory"] });
  const confirmations = await until("the confirmations", 60_000, async () => {
    const all = await messages(options.catcherUrl);
    const found = emails.map((email) => all.find((m) => m.envelopeTo.includes(email))?.text);
    return found.every((text) => text !== undefined) ? found : undefined;
  });
  for (const text of confirmations) {
    const token = /\/subscriptions\/confirm\?token=(\S+)/.exec(text)?.[1];
    if (!token) throw new Error(`no confirmation link in: ${text}`);
    await call(options, "confirm", { token });
  }

  const title = `Alerts crash check ${run}`;
  await fetch(`${options.catcherUrl}/accept-delay?ms=${String(SLOW_ACCEPT_MS)}`, { method: "POST" });
  let killedAfter = 0;
  try {
    const editor = await Admin.login(options.cmsUrl, EDITOR_EMAIL, options.password);
    const release = await editor.create(
      title,
      `alerts-crash-check-${run}`,
      "A media advisory the crash check of npm test publishes. Not real news.",
      "media-advisory",
    );
    await editor.publish(release.documentId);
    killedAfter = await until("the first alerts", 60_000, async () => {
      const count = (await messages(options.catcherUrl)).filter((m) => m.subject === title).length;
      return count >= 5 ? count : undefined;
    });
    await options.killOne();
  } finally {
    await fetch(`${options.catcherUrl}/accept-delay?ms=0`, { method: "POST" });
  }
  const killedAt = Date.now();
  await until(`every subscriber's alert after the kill (${String(killedAfter)} were out)`, ALL_SENT_WITHIN_MS, async () => {
    const alerts = (await messages(options.catcherUrl)).filter((m) => m.subject === title);
    return emails.every((email) => alerts.some((m) => m.envelopeTo.includes(email))) ? true : undefined;
  });
  const lastAfterMs = Date.now() - killedAt;
  await sleep(5_000);
  const alerts = (await messages(options.catcherUrl)).filter((m) => m.subject === title);
  // One alert per subscriber: one Message-ID each. The only resend a crash may cause is the
  // message the relay accepted in the moment before the dead instance could record it; it
  // carries the same Message-ID (mailboxes that de-duplicate show it once), and there is at
  // most one such message per connection of the killed instance.
  const perSubscriber = emails.map((email) => alerts.filter((m) => m.envelopeTo.includes(email)));
  const twoIds = emails.filter((_, i) => new Set(perSubscriber[i]?.map((m) => m.messageId)).size !== 1);
  if (twoIds.length > 0)
    throw new Error(`${String(twoIds.length)} subscriber(s) got two different alerts: ${twoIds.slice(0, 3).join(", ")}`);
  const resent = perSubscriber.filter((list) => list.length > 1).length;
  if (resent > MAX_IN_FLIGHT)
    throw new Error(
      `${String(resent)} alerts were delivered twice: more than the ${String(MAX_IN_FLIGHT)} a killed instance can have had in flight`,
    );
  // Leave nobody subscribed: the suite's later releases need not mail them.
  const tokens = new Set(alerts.map((alert) => /[?&]token=([^&>]+)/.exec(alert.headers["list-unsubscribe"] ?? "")?.[1]));
  for (const token of tokens) if (token) await call(options, "unsubscribe", { token: decodeURIComponent(token) }, options.survivorUrl);
  return (
    `${String(SUBSCRIBERS)} subscribers, one alert (Message-ID) each; a CMS instance SIGKILLed after ${String(killedAfter)} were out, ` +
    `the last sent ${String(Math.round(lastAfterMs / 1000))} s later; ${String(resent)} delivered again with the same Message-ID (accepted in the instant before the kill)`
  );
}
