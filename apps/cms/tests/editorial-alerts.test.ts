import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { contentManagerPath, subscriptionRoutes } from "@newsroom/contract";
import { admin, cmsUrl, createDraft, draftRelease, eventually, publish, requireCms, runId, sleep, updateDraft } from "./admin-api";
import { testEnv } from "./env";

/**
 * Email alerts against the real, seeded CMS and a real SMTP server (npm test's mail catcher,
 * packages/devtools/src/lib/mail-catcher.ts, which keeps every message it is given):
 * subscribe → confirmation → confirm → publish → exactly one alert per matching subscriber,
 * in their language, with List-Unsubscribe; one POST unsubscribes; a digest gathers its
 * period's releases; with CMS_SECOND_URL two CMS instances share the sending. Every
 * subscriber follows a country made for this run, so other tests' releases never match.
 */
const subscriptionsToken = testEnv.CMS_SUBSCRIPTIONS_TOKEN;
const catcherUrl = testEnv.MAIL_CATCHER_URL;
const run = runId();
const address = (name: string) => `${name}.${run}@alerts.example`;

beforeAll(() => {
  requireCms();
  if (!subscriptionsToken || !catcherUrl || !testEnv.SITE_URL) {
    throw new Error(
      "CMS_SUBSCRIPTIONS_TOKEN, MAIL_CATCHER_URL and SITE_URL must be set (npm test sets them, with the CMS sending to its mail catcher)",
    );
  }
});

const caughtSchema = z.array(
  z.object({
    id: z.string(),
    envelopeTo: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    html: z.string().optional(),
    headers: z.record(z.string(), z.string()),
    messageId: z.string().optional(),
  }),
);
type Caught = z.infer<typeof caughtSchema>[number];

async function mailTo(recipient: string): Promise<Caught[]> {
  const response = await fetch(`${catcherUrl}/messages`);
  return caughtSchema
    .parse(await response.json())
    .filter((m) => m.envelopeTo.includes(recipient.toLowerCase()) || m.envelopeTo.includes(recipient));
}

async function waitForMail(recipient: string, count: number, what: string, timeoutMs = 30_000): Promise<Caught[]> {
  let found: Caught[] = [];
  const ok = await eventually(
    async () => {
      found = await mailTo(recipient);
      return found.length >= count;
    },
    timeoutMs,
    500,
  );
  if (!ok)
    throw new Error(
      `${what}: ${String(count)} message(s) to ${recipient} expected within ${String(timeoutMs / 1000)} s, ${String(found.length)} arrived`,
    );
  return found;
}

async function subscriptions(
  name: keyof typeof subscriptionRoutes,
  init: { body?: unknown; query?: Record<string, string>; token?: string } = {},
) {
  const url = new URL(`${cmsUrl}/api/${subscriptionRoutes[name].path}`);
  for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
  const response = await fetch(url, {
    method: init.body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${init.token ?? subscriptionsToken}`, "Content-Type": "application/json" },
    ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const body: unknown = JSON.parse(text);
  return { status: response.status, text, body };
}

function linkToken(text: string, path: string): string {
  const match = new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([0-9]+\\.[A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return match[1];
}

/** Subscribes and confirms through the links the CMS really mailed; resolves with the manage token. */
async function confirmedSubscriber(email: string, choices: Record<string, unknown>): Promise<string> {
  const subscribed = await subscriptions("subscribe", { body: { email, locale: "en", ...choices } });
  expect(subscribed.status, subscribed.text).toBe(202);
  const [confirmation] = await waitForMail(email, 1, "confirmation");
  const locale = typeof choices.locale === "string" ? choices.locale : "en";
  const confirmed = await subscriptions("confirm", {
    body: { token: linkToken(confirmation?.text ?? "", `/${locale}/subscriptions/confirm`) },
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  return z.object({ data: z.object({ manageToken: z.string() }) }).parse(confirmed.body).data.manageToken;
}

const COUNTRIES = contentManagerPath("country");
const created = z.object({ data: z.object({ documentId: z.string() }) });
let country: { documentId: string; en: string; es: string };

async function makeCountry(): Promise<void> {
  const en = `alertland-${run}`;
  const es = `alertlandia-${run}`;
  const response = await admin("admin", "POST", `${COUNTRIES}?locale=en`, { name: `Alertland ${run}`, slug: en });
  expect(response.status, response.text).toBeLessThan(300);
  const { documentId } = created.parse(response.body).data;
  const spanish = await admin("admin", "PUT", `${COUNTRIES}/${documentId}?locale=es`, { name: `Alertlandia ${run}`, slug: es });
  expect(spanish.status, spanish.text).toBeLessThan(300);
  country = { documentId, en, es };
}

async function liveRelease(
  title: string,
  locale = "en",
  extra: Record<string, unknown> = {},
): Promise<{ documentId: string; slug: string }> {
  const slug = `alert-${run}-${Math.random().toString(36).slice(2, 8)}`;
  const documentId = await createDraft(
    "editor",
    draftRelease(run, { title, slug, countries: { connect: [{ documentId: country.documentId, locale }] }, ...extra }),
    locale,
  );
  const published = await publish("editor", documentId, locale);
  expect(published.status, published.text).toBeLessThan(300);
  return { documentId, slug };
}

describe.sequential("email alerts", () => {
  beforeAll(makeCountry);

  it("subscribe → one confirmation → confirm once; a replayed, forged or cut link changes nothing", { timeout: 60_000 }, async () => {
    const email = address("reader");
    // Media advisories only: the press releases of the later tests are not for this reader.
    const subscribed = await subscriptions("subscribe", {
      body: { email, locale: "en", countries: [country.en], documentTypes: ["media-advisory"], frequency: "immediate" },
    });
    expect(subscribed.status, subscribed.text).toBe(202);
    const [confirmation] = await waitForMail(email, 1, "confirmation");
    expect(confirmation?.subject).toMatch(/^Confirm your subscription/);
    const token = linkToken(confirmation?.text ?? "", "/en/subscriptions/confirm");
    expect(confirmation?.html).toContain(`/en/subscriptions/confirm?token=${token}`);

    // The same address again at once: the same answer, no second message (nobody floods an inbox).
    expect((await subscriptions("subscribe", { body: { email, locale: "en" } })).status).toBe(202);
    await sleep(3000);
    expect(await mailTo(email)).toHaveLength(1);

    expect((await subscriptions("confirmation", { query: { token } })).status).toBe(200);
    const confirmed = await subscriptions("confirm", { body: { token } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const replayed = await subscriptions("confirm", { body: { token } });
    expect(replayed.status).toBe(404);
    expect(replayed.text).toContain("already used");
    const [id] = token.split(".");
    const forged = await subscriptions("confirm", { body: { token: `${id ?? ""}.${"A".repeat(43)}` } });
    expect(forged.status).toBe(404);
    const cut = await subscriptions("confirm", { body: { token: token.slice(0, -5) } });
    expect(cut.status).toBe(400);
    expect(cut.text).toContain("cut short");

    const manageToken = z.object({ data: z.object({ manageToken: z.string() }) }).parse(confirmed.body).data.manageToken;
    // A confirmation link is no key to the settings, nor the settings' link to another subscriber.
    expect((await subscriptions("manage", { query: { token } })).status).toBe(404);
    const view = await subscriptions("manage", { query: { token: manageToken } });
    expect(view.status, view.text).toBe(200);
    expect(view.body).toMatchObject({
      data: { email, locale: "en", confirmed: true, countries: [country.en], documentTypes: ["media-advisory"], frequency: "immediate" },
    });
  });

  it(
    "invalid addresses, oversized fields, unknown choices and other tokens answer 4xx with a message and store nothing",
    { timeout: 60_000 },
    async () => {
      const cases: [unknown, RegExp][] = [
        [{ email: "not-an-address", locale: "en" }, /email: this is not an email address/],
        [{ email: `${"a".repeat(250)}@example.org`, locale: "en" }, /at most 254 characters/],
        [{ email: address("x"), locale: "de" }, /locale: not a language of this newsroom/],
        [{ email: address("x"), locale: "en", countries: ["no-such-country"] }, /countries: not in this newsroom: no-such-country/],
        [{ email: address("x"), locale: "en", themes: Array.from({ length: 61 }, (_, i) => `theme-${String(i)}`) }, /at most 60 themes/],
        [{ email: address("x"), locale: "en", frequency: "hourly" }, /frequency is immediate or daily/],
        [{ email: address("x"), locale: "en", documentTypes: ["gossip"] }, /not a document type/],
      ];
      for (const [body, message] of cases) {
        const answer = await subscriptions("subscribe", { body });
        expect(answer.status, JSON.stringify(body).slice(0, 100)).toBe(400);
        expect(answer.text).toMatch(message);
      }
      const huge = await subscriptions("subscribe", {
        body: JSON.stringify({ email: address("x"), locale: "en", countries: ["a".repeat(2_000_000)] }),
      });
      expect(huge.status).toBe(413);
      // Only the site's subscriptions token may call these: not the read token, not the public.
      expect(
        (await subscriptions("subscribe", { body: { email: address("x"), locale: "en" }, token: testEnv.CMS_READ_TOKEN })).status,
      ).toBe(403);
      expect((await fetch(`${cmsUrl}/api/${subscriptionRoutes.subscribe.path}`, { method: "POST" })).status).toBe(403);
      await sleep(2000);
      expect(await mailTo(address("x"))).toEqual([]);
    },
  );

  let matching: { email: string; manageToken: string };

  it(
    "a release going live sends one alert to each matching subscriber, in their language, with its links and List-Unsubscribe",
    { timeout: 120_000 },
    async () => {
      matching = { email: address("matching"), manageToken: "" };
      matching.manageToken = await confirmedSubscriber(matching.email, { countries: [country.en] });
      const statementsOnly = address("statements");
      await confirmedSubscriber(statementsOnly, { countries: [country.en], documentTypes: ["statement"] });
      const spanish = address("spanish");
      await confirmedSubscriber(spanish, { locale: "es", countries: [country.es] });

      const title = `Alert test ${run}: a release for Alertland`;
      const release = await liveRelease(title);
      const [, alert] = await waitForMail(matching.email, 2, "alert");
      expect(alert?.subject).toBe(title);
      expect(alert?.text).toContain(`${testEnv.SITE_URL}/en/news/${release.slug}`);
      expect(alert?.text).toContain("GENEVA — ");
      expect(alert?.html).toContain(`href="${testEnv.SITE_URL}/en/news/${release.slug}"`);
      expect(alert?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
      expect(alert?.headers["list-unsubscribe"]).toBe(
        `<${testEnv.SITE_URL}/api/subscriptions/unsubscribe?token=${matching.manageToken}&locale=en>`,
      );
      expect(alert?.text).toContain(`/en/subscriptions/manage?token=${matching.manageToken}`);

      // Corrections re-published send nothing again; the editor's "send again" does.
      const corrected = await updateDraft("editor", release.documentId, { lead: `Corrected lead ${run}.` });
      expect(corrected.status, corrected.text).toBeLessThan(300);
      expect((await publish("editor", release.documentId)).status).toBeLessThan(300);
      await sleep(5000);
      expect(await mailTo(matching.email)).toHaveLength(2);
      expect((await mailTo(statementsOnly)).map((m) => m.subject)).not.toContain(title);
      expect((await mailTo(spanish)).map((m) => m.subject)).not.toContain(title);

      const counts = await admin("editor", "GET", `/newsroom-alerts/releases/${release.documentId}`);
      expect(counts.status, counts.text).toBe(200);
      expect(counts.body).toMatchObject({
        data: { enabled: true, languages: [{ locale: "en", sent: 1, failed: 0, pending: 0, rounds: 1 }] },
      });
      const resend = await admin("editor", "POST", `/newsroom-alerts/releases/${release.documentId}/resend`, { locale: "en" });
      expect(resend.status, resend.text).toBe(202);
      const again = await waitForMail(matching.email, 3, "alert sent again");
      expect(again[2]?.text).toContain(`Corrected lead ${run}.`);
      expect((await admin("author", "GET", `/newsroom-alerts/releases/${release.documentId}`)).status).toBe(403);

      // The Spanish version going live alerts the Spanish subscriber, in Spanish.
      const es = await admin("editor", "PUT", `${contentManagerPath("pressRelease")}/${release.documentId}?locale=es`, {
        ...draftRelease(run, {
          title: `Alerta ${run}`,
          slug: `alerta-${run}`,
          countries: { connect: [{ documentId: country.documentId, locale: "es" }] },
        }),
      });
      expect(es.status, es.text).toBeLessThan(300);
      expect((await publish("editor", release.documentId, "es")).status).toBeLessThan(300);
      const [, spanishAlert] = await waitForMail(spanish, 2, "Spanish alert");
      expect(spanishAlert?.subject).toBe(`Alerta ${run}`);
      expect(spanishAlert?.text).toContain("Leer el comunicado de prensa");
      expect(spanishAlert?.text).toContain(`${testEnv.SITE_URL}/es/news/alerta-${run}`);
    },
  );

  it(
    "one POST to the List-Unsubscribe address (RFC 8058, through the site) ends the subscription; the link then leads nowhere",
    { timeout: 60_000 },
    async () => {
      const [, alert] = await mailTo(matching.email);
      const target = /^<(.+)>$/.exec(alert?.headers["list-unsubscribe"] ?? "")?.[1];
      if (!target) throw new Error("no List-Unsubscribe address");
      const oneClick = () =>
        fetch(target, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
          redirect: "manual",
        });
      const first = await oneClick();
      expect(first.status, await first.text()).toBe(200);
      expect((await subscriptions("manage", { query: { token: matching.manageToken } })).status).toBe(404);
      const replayed = await oneClick();
      expect(replayed.status).toBe(404);
      // A later release reaches the others, not the unsubscribed address.
      const before = (await mailTo(matching.email)).length;
      await liveRelease(`Alert test ${run}: after unsubscribing`);
      await sleep(6000);
      expect(await mailTo(matching.email)).toHaveLength(before);
    },
  );

  it("a daily digest gathers the matching releases first published in its period, once", { timeout: 150_000 }, async () => {
    const daily = address("daily");
    await confirmedSubscriber(daily, { countries: [country.en], frequency: "daily" });
    const first = `Digest test ${run}: first`;
    const second = `Digest test ${run}: second`;
    await liveRelease(first);
    await liveRelease(second);
    const interval = Number(testEnv.NEWSROOM_TEST_DIGEST_INTERVAL_MS || 20_000);
    const [, digest] = await waitForMail(daily, 2, "digest", 3 * interval + 10_000);
    expect(digest?.subject).toMatch(/: 2 press releases of /);
    expect(digest?.text).toContain(first);
    expect(digest?.text).toContain(second);
    expect(digest?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    // The next period has nothing new for this subscriber: no message.
    await sleep(interval + 5000);
    expect(await mailTo(daily)).toHaveLength(2);
  });

  it(
    `every matching subscriber gets exactly one alert${testEnv.CMS_SECOND_URL ? ", two CMS instances sending side by side" : ""}`,
    { timeout: 180_000 },
    async () => {
      const emails = Array.from({ length: 30 }, (_, i) => address(`many-${String(i)}`));
      for (const email of emails) {
        const answer = await subscriptions("subscribe", { body: { email, locale: "en", countries: [country.en] } });
        expect(answer.status, answer.text).toBe(202);
      }
      for (const email of emails) {
        const [confirmation] = await waitForMail(email, 1, "confirmation");
        const confirmed = await subscriptions("confirm", {
          body: { token: linkToken(confirmation?.text ?? "", "/en/subscriptions/confirm") },
        });
        expect(confirmed.status).toBe(200);
      }
      const title = `Alert test ${run}: thirty subscribers`;
      const release = await liveRelease(title);
      if (testEnv.CMS_SECOND_URL) {
        // The second instance polls the same outbox; both must have had their share to show anything.
        const health = await fetch(`${testEnv.CMS_SECOND_URL}/_health`);
        expect(health.status).toBe(204);
      }
      await eventually(
        async () => {
          const all = await Promise.all(emails.map(mailTo));
          return all.every((mails) => mails.some((m) => m.subject === title));
        },
        60_000,
        1000,
      );
      await sleep(4000);
      for (const email of emails) {
        const alerts = (await mailTo(email)).filter((m) => m.subject === title);
        expect(alerts, email).toHaveLength(1);
      }
      const counts = await admin("editor", "GET", `/newsroom-alerts/releases/${release.documentId}`);
      expect(counts.body).toMatchObject({ data: { languages: [{ locale: "en", sent: 30, failed: 0, pending: 0 }] } });
    },
  );
});
