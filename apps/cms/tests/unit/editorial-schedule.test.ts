import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { errors } from "@strapi/utils";
import { afterEach, describe, expect, it } from "vitest";
import { parseDatabaseNow, skewProcessClock } from "../../src/editorial/clock";
import { embargoProblem, scheduleChanged } from "../../src/editorial/lifecycle";
import { cannotSucceed, stopMessage } from "../../src/editorial/scheduler";
import { crashAfterClaimForTests, crashFile, SimulatedCrash } from "../../src/editorial/test-faults";
import { loadCmsEnv } from "../../src/env";

describe("the database's clock", () => {
  it("reads PostgreSQL's answer ({ rows }, a Date) and SQLite's (an array, UTC text)", () => {
    const at = new Date("2026-12-01T12:00:00.123Z");
    expect(parseDatabaseNow({ rows: [{ now: at }] }).toISOString()).toBe(at.toISOString());
    expect(parseDatabaseNow([{ now: "2026-12-01T12:00:00.123Z" }]).toISOString()).toBe(at.toISOString());
    // CURRENT_TIMESTAMP's shape on SQLite: no zone (UTC), no milliseconds.
    expect(parseDatabaseNow([{ now: "2026-12-01 12:00:00" }]).toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(parseDatabaseNow({ rows: [{ now: "2026-12-01 13:00:00+01:00" }] }).toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("refuses anything else rather than guess a time", () => {
    expect(() => parseDatabaseNow([])).toThrow();
    expect(() => parseDatabaseNow({ rows: [] })).toThrow();
    expect(() => parseDatabaseNow([{ now: "soon" }])).toThrow(/unreadable time/);
  });
});

describe("the embargo rule", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const draft = { title: "T", locale: "en", scheduledPublishAt: null, scheduledUnpublishAt: null };

  it("refuses to publish before the scheduled time and allows it from that time on", () => {
    expect(embargoProblem({ ...draft, scheduledPublishAt: new Date("2026-12-01T12:00:01Z") }, now)).toMatch(
      /^Embargoed: .* 2026-12-01 12:00 UTC/,
    );
    expect(embargoProblem({ ...draft, scheduledPublishAt: now }, now)).toBeUndefined();
    expect(embargoProblem(draft, now)).toBeUndefined();
  });

  it("refuses to publish what its unpublication time would withdraw at once", () => {
    expect(embargoProblem({ ...draft, scheduledUnpublishAt: now }, now)).toMatch(/has passed/);
    expect(embargoProblem({ ...draft, scheduledUnpublishAt: new Date("2026-12-01T12:00:01Z") }, now)).toBeUndefined();
  });
});

describe("a changed schedule", () => {
  const stored = { scheduledPublishAt: new Date("2030-01-01T10:00:00.000Z"), scheduledUnpublishAt: null };

  it("is a different time, not the same time sent again by the admin form", () => {
    expect(scheduleChanged({ title: "x", scheduledPublishAt: "2030-01-01T10:00:00.000Z", scheduledUnpublishAt: null }, stored)).toBe(false);
    expect(scheduleChanged({ title: "x" }, stored)).toBe(false);
    expect(scheduleChanged({ scheduledPublishAt: "2030-01-01T10:05:00.000Z" }, stored)).toBe(true);
    expect(scheduleChanged({ scheduledPublishAt: null }, stored)).toBe(true);
    expect(scheduleChanged({ scheduledUnpublishAt: "2030-02-01T10:00:00.000Z" }, stored)).toBe(true);
    expect(scheduleChanged({ scheduledUnpublishAt: "" }, stored)).toBe(false);
  });
});

describe("a schedule that cannot succeed", () => {
  it("is stopped on Strapi's refusals, with a reason that names the time to the second", () => {
    expect(cannotSucceed(new errors.ValidationError("fill in Lead paragraph"))).toBe(true);
    expect(cannotSucceed(new errors.NotFoundError("gone"))).toBe(true);
    expect(cannotSucceed(new Error("connection reset"))).toBe(false);
    const message = stopMessage(
      { name: "Scheduled publication", verb: "publish" },
      new Date("2026-12-01T12:00:07.500Z"),
      new Error("Cannot publish yet: fill in Lead paragraph."),
    );
    expect(message).toBe(
      "Scheduled publication stopped on 2026-12-01 12:00:07 UTC: Cannot publish yet: fill in Lead paragraph. Fix this, then set a new time (or publish by hand).",
    );
  });
});

describe("test-only hooks", () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it("a skewed process clock moves now, not dates made from a value", () => {
    const before = RealDate.now();
    skewProcessClock(3_600_000);
    expect(Date.now() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(new Date().getTime() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(new Date("2026-12-01T12:00:00Z").toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(new Date(2026, 11, 1).getFullYear()).toBe(2026);
    expect(new RealDate(0) instanceof Date).toBe(true);
  });

  it("the injected crash after the claim happens once per release, and only for marked slugs", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsroom-faults-"));
    const row = { documentId: "abc", locale: "en", slug: "crash-after-claim-1" };
    expect(() => {
      crashAfterClaimForTests(dir, row);
    }).toThrow(SimulatedCrash);
    expect(existsSync(crashFile(dir, "abc", "en"))).toBe(true);
    expect(() => {
      crashAfterClaimForTests(dir, row);
    }).not.toThrow();
    expect(() => {
      crashAfterClaimForTests(dir, { ...row, documentId: "def", slug: "ordinary" });
    }).not.toThrow();
    expect(() => {
      crashAfterClaimForTests(undefined, { ...row, documentId: "ghi" });
    }).not.toThrow();
  });

  it("are refused in production unless the test flag allows them", () => {
    const secret = () => randomBytes(32).toString("base64url");
    const base = {
      NODE_ENV: "production",
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      JWT_SECRET: secret(),
      CMS_READ_TOKEN: randomBytes(32).toString("hex"),
    };
    expect(() => loadCmsEnv({ ...base, NEWSROOM_TEST_CLOCK_OFFSET_MS: "60000" })).toThrow(/NEWSROOM_TEST_CLOCK_OFFSET_MS is refused/);
    expect(() => loadCmsEnv({ ...base, NEWSROOM_TEST_FAULTS_DIR: "/tmp/x" })).toThrow(/NEWSROOM_TEST_FAULTS_DIR is refused/);
    expect(
      loadCmsEnv({ ...base, NEWSROOM_ALLOW_SEED_IN_PRODUCTION: "true", NEWSROOM_TEST_CLOCK_OFFSET_MS: "60000" })
        .NEWSROOM_TEST_CLOCK_OFFSET_MS,
    ).toBe(60000);
  });
});
