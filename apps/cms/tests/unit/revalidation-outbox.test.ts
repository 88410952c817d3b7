import knex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RevalidationDelivery, type DeliveryLog } from "../../src/revalidation/delivery";
import { revalidationPayload } from "../../src/revalidation";
import {
  claimDueChanges,
  ensureOutboxTable,
  OUTBOX_TABLE,
  pendingChanges,
  recordChange,
  rescheduleChange,
} from "../../src/revalidation/outbox";
import { nextStep, RETRY_POLICY, retryDelayMs } from "../../src/revalidation/retry";
import { contentTypes } from "@newsroom/contract";
import { testEnv } from "../env";

/**
 * The revalidation outbox's rules without a CMS: backoff, claims, and the delivery loop with
 * a site that is down, then back, on a real SQLite database (Strapi's own driver) and, with
 * OUTBOX_TEST_DATABASE_URL (npm test sets it; the table there is dropped and made again), on
 * PostgreSQL, where two instances claim side by side.
 */
const postgresUrl = testEnv.OUTBOX_TEST_DATABASE_URL;

describe("retry policy", () => {
  it("doubles from 1 s and caps at 15 s", () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => retryDelayMs(n))).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
  });

  it("delivered on 2xx; dropped when the site refuses the payload or after a day; otherwise tried again", () => {
    const change = { attempts: 3, recordedAt: 0 };
    expect(nextStep({ kind: "answered", status: 200, body: "{}" }, change, 10_000)).toEqual({ kind: "delivered" });
    expect(nextStep({ kind: "answered", status: 400, body: "Not a Strapi webhook payload" }, change, 10_000)).toMatchObject({
      kind: "drop",
    });
    expect(nextStep({ kind: "answered", status: 413, body: "The request body is too large" }, change, 10_000)).toMatchObject({
      kind: "drop",
    });
    for (const status of [401, 404, 500, 502, 503]) {
      expect(nextStep({ kind: "answered", status, body: "" }, change, 10_000)).toMatchObject({ kind: "retry", at: 14_000 });
    }
    expect(nextStep({ kind: "unreachable", reason: "ECONNREFUSED" }, change, 10_000)).toEqual({
      kind: "retry",
      at: 14_000,
      reason: "ECONNREFUSED",
    });
    const dayOld = nextStep({ kind: "unreachable", reason: "ECONNREFUSED" }, change, RETRY_POLICY.giveUpAfterMs);
    expect(dayOld).toMatchObject({ kind: "drop" });
    expect(dayOld.kind === "drop" && dayOld.reason).toContain("24 h after 3 tries (last: ECONNREFUSED)");
  });
});

describe("the payload", () => {
  it("is the body Strapi's webhook posted: event, createdAt, model, uid, entry", () => {
    const entry = { documentId: "abc", locale: "en", slug: "a-release", publishedAt: "2026-01-01T00:00:00.000Z" };
    const body: unknown = JSON.parse(
      revalidationPayload("entry.publish", { model: "press-release", uid: contentTypes.pressRelease.uid, entry }, new Date(5_000)),
    );
    expect(body).toEqual({
      event: "entry.publish",
      createdAt: "1970-01-01T00:00:05.000Z",
      model: "press-release",
      uid: contentTypes.pressRelease.uid,
      entry,
    });
    expect(() => revalidationPayload("entry.update", { model: "x" }, new Date())).toThrow();
  });
});

/** A site that can be switched off, and a clock the test moves. */
function fakeSite() {
  const received: { at: number; body: string; secret: string | null }[] = [];
  const state = { up: false, now: 0, received };
  const fetchSite: typeof fetch = (_url, init) => {
    if (!state.up) return Promise.reject(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:3100") }));
    const headers = new Headers(init?.headers);
    state.received.push({
      at: state.now,
      body: typeof init?.body === "string" ? init.body : "",
      secret: headers.get("x-newsroom-webhook-secret"),
    });
    return Promise.resolve(Response.json({ revalidated: ["release-lists:en"] }));
  };
  return { state, fetchSite };
}

function recordingLog(): DeliveryLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

const databases: { name: string; open: () => Knex; postgres: boolean }[] = [
  {
    name: "sqlite",
    open: () => knex({ client: "better-sqlite3", connection: { filename: ":memory:" }, useNullAsDefault: true }),
    postgres: false,
  },
];
if (postgresUrl)
  databases.push({
    name: "postgres",
    open: () => knex({ client: "pg", connection: postgresUrl, pool: { min: 0, max: 4 } }),
    postgres: true,
  });

describe.each(databases)("on $name", ({ open, postgres }) => {
  let db: Knex;

  beforeEach(async () => {
    db = open();
    await db.schema.dropTableIfExists(OUTBOX_TABLE);
    await ensureOutboxTable(db);
    // A second start finds the table.
    await ensureOutboxTable(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  const claim = (now: number, limit = 10) => claimDueChanges(db, { now, limit, leaseMs: RETRY_POLICY.leaseMs, skipLocked: postgres });

  describe("the outbox", () => {
    it("hands a due change to one delivery at a time, and again after the lease if it is not settled", async () => {
      await recordChange(db, "entry.publish", '{"event":"entry.publish"}', 1_000);
      const first = await claim(1_000);
      expect(first).toEqual([{ id: 1, event: "entry.publish", payload: '{"event":"entry.publish"}', recordedAt: 1_000, attempts: 1 }]);
      expect(await claim(1_000)).toEqual([]);
      expect(await claim(1_000 + RETRY_POLICY.leaseMs - 1)).toEqual([]);
      expect(await claim(1_000 + RETRY_POLICY.leaseMs)).toMatchObject([{ id: 1, attempts: 2 }]);
    });

    it("claims only what is due, oldest first, at most the limit", async () => {
      for (let i = 0; i < 5; i += 1) await recordChange(db, "entry.update", `{"n":${String(i)}}`, 100 + i);
      await rescheduleChange(db, 1, 10_000, "HTTP 503");
      const claimed = await claim(200, 3);
      expect(claimed.map((c) => c.id)).toEqual([2, 3, 4]);
      expect(await pendingChanges(db)).toEqual({ count: 5, oldestRecordedAt: 100 });
      const row: unknown = await db(OUTBOX_TABLE).where({ id: 1 }).first("last_error");
      expect(row).toEqual({ last_error: "HTTP 503" });
    });
  });

  if (postgres) {
    it("two instances claiming at once never take the same change, and take them all", async () => {
      const other = open();
      try {
        for (let i = 0; i < 60; i += 1) await recordChange(db, "entry.update", `{"n":${String(i)}}`, 0);
        const taken: number[] = [];
        for (let round = 0; round < 10; round += 1) {
          const both = await Promise.all(
            [db, other, db, other].map((conn) => claimDueChanges(conn, { now: 1, limit: 4, leaseMs: 60_000, skipLocked: true })),
          );
          taken.push(...both.flat().map((c) => c.id));
        }
        expect(new Set(taken).size).toBe(taken.length);
        expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      } finally {
        await other.destroy();
      }
    });
  }

  describe("delivery", () => {
    it("a change made while the site is down reaches it within 15 s of its return, then leaves the outbox", async () => {
      const { state, fetchSite } = fakeSite();
      const log = recordingLog();
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log,
        now: () => state.now,
        fetch: fetchSite,
      });
      await recordChange(db, "entry.publish", '{"event":"entry.publish"}', 0);
      // Ten minutes of outage, polled as the CMS polls.
      const tries: number[] = [];
      for (; state.now < 600_000; state.now += RETRY_POLICY.pollMs) {
        if ((await delivery.deliverAll()) > 0) tries.push(state.now);
      }
      expect(tries.slice(0, 5)).toEqual([0, 2_000, 4_000, 8_000, 16_000]);
      expect(Math.max(...tries.slice(1).map((t, i) => t - (tries[i] ?? 0)))).toBeLessThanOrEqual(
        RETRY_POLICY.maxDelayMs + RETRY_POLICY.pollMs,
      );
      expect(log.lines).toEqual([
        expect.stringMatching(/^warn revalidation: the site does not take changes \(fetch failed: connect ECONNREFUSED/),
      ]);

      state.up = true;
      const back = state.now;
      while (state.received.length === 0 && state.now < back + 60_000) {
        await delivery.deliverAll();
        state.now += RETRY_POLICY.pollMs;
      }
      expect(state.received).toHaveLength(1);
      expect(state.received[0]?.at).toBeLessThanOrEqual(back + RETRY_POLICY.maxDelayMs + RETRY_POLICY.pollMs);
      expect(state.received[0]?.body).toBe('{"event":"entry.publish"}');
      expect(state.received[0]?.secret).toBe("s".repeat(32));
      expect(await pendingChanges(db)).toEqual({ count: 0, oldestRecordedAt: undefined });
      expect(log.lines.at(-1)).toBe("info revalidation: the site takes changes again; those kept meanwhile are sent as they fall due");
    });

    it("a change the site takes is sent at once and only once", async () => {
      const { state, fetchSite } = fakeSite();
      state.up = true;
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log: recordingLog(),
        now: () => state.now,
        fetch: fetchSite,
      });
      for (let i = 0; i < 45; i += 1) await recordChange(db, "entry.update", `{"n":${String(i)}}`, 0);
      expect(await delivery.deliverAll()).toBe(45);
      expect(await delivery.deliverAll()).toBe(0);
      expect(state.received.map((r) => r.body).sort()).toEqual(Array.from({ length: 45 }, (_, i) => `{"n":${String(i)}}`).sort());
    });

    it("an outage is one warning, however many changes and tries", async () => {
      const { state, fetchSite } = fakeSite();
      const log = recordingLog();
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log,
        now: () => state.now,
        fetch: fetchSite,
      });
      for (let i = 0; i < 45; i += 1) await recordChange(db, "entry.update", `{"n":${String(i)}}`, 0);
      for (; state.now < 60_000; state.now += RETRY_POLICY.pollMs) await delivery.deliverAll();
      expect(log.lines).toEqual([expect.stringMatching(/^warn revalidation: the site does not take changes/)]);
    });

    it("a change the site refuses, or a day old, is given up with an error in the log", async () => {
      const log = recordingLog();
      let now = 0;
      const refuse: typeof fetch = () => Promise.resolve(Response.json({ error: "Not a Strapi webhook payload" }, { status: 400 }));
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log,
        now: () => now,
        fetch: refuse,
      });
      await recordChange(db, "entry.update", "{}", 0);
      await delivery.deliverAll();
      expect(await pendingChanges(db)).toMatchObject({ count: 0 });
      expect(log.lines.at(-1)).toMatch(/^error revalidation: entry.update #1 given up.*HTTP 400/);

      const down: typeof fetch = () => Promise.resolve(new Response("Service Unavailable", { status: 503 }));
      const stubborn = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log,
        now: () => now,
        fetch: down,
      });
      await recordChange(db, "entry.update", "{}", 0);
      now = RETRY_POLICY.giveUpAfterMs;
      await stubborn.deliverAll();
      expect(await pendingChanges(db)).toMatchObject({ count: 0 });
      expect(log.lines.at(-1)).toMatch(/given up.*not delivered in 24 h after 1 tries \(last: HTTP 503: Service Unavailable\)/);
      expect(
        nextStep({ kind: "answered", status: 503, body: "<html>\n  <h1>Down</h1>\n</html>\n" }, { attempts: 1, recordedAt: 0 }, 0),
      ).toMatchObject({ reason: "HTTP 503: <html> <h1>Down</h1> </html>" });
    });

    it("stop() cuts a hanging request short and keeps its change for the next start", async () => {
      const hang: typeof fetch = (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => {
            reject(new Error("aborted"));
          });
        });
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log: recordingLog(),
        fetch: hang,
      });
      await recordChange(db, "entry.update", "{}", Date.now());
      delivery.kick();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await delivery.stop();
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(await pendingChanges(db)).toMatchObject({ count: 1 });
    });

    it("kick() while a round runs starts another one after it", async () => {
      const { state, fetchSite } = fakeSite();
      state.up = true;
      const delivery = new RevalidationDelivery({
        db,
        skipLocked: postgres,
        url: "http://site/api/revalidate",
        secret: "s".repeat(32),
        log: recordingLog(),
        now: () => state.now,
        fetch: fetchSite,
      });
      await recordChange(db, "entry.update", '{"n":1}', 0);
      delivery.kick();
      await recordChange(db, "entry.update", '{"n":2}', 0);
      delivery.kick();
      await delivery.stop();
      expect(state.received.map((r) => r.body).sort()).toEqual(['{"n":1}', '{"n":2}']);
    });
  });
});
