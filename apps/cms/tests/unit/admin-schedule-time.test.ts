import { afterEach, describe, expect, it, vi } from "vitest";
import { fromLocalInput, futureTime, toLocalInput } from "../../src/admin/newsroom/time";

/** The Publishing panel's "Schedule for": the editor's wall clock in, the instant stored. */
describe("Schedule for, in the editor's time zone", () => {
  // Node reads TZ again whenever it is set: the editor's zone, one per case.
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("reads the wall clock of the editor's zone as the instant it names, and back", () => {
    vi.stubEnv("TZ", "America/Lima"); // UTC−5, no daylight saving
    const at = fromLocalInput("2026-12-04T14:02");
    expect(at?.toISOString()).toBe("2026-12-04T19:02:00.000Z");
    expect(at && toLocalInput(at)).toBe("2026-12-04T14:02");
    vi.stubEnv("TZ", "Europe/Paris"); // UTC+1 in December, +2 in July
    expect(fromLocalInput("2026-12-04T14:02")?.toISOString()).toBe("2026-12-04T13:02:00.000Z");
    expect(fromLocalInput("2026-07-04T14:02")?.toISOString()).toBe("2026-07-04T12:02:00.000Z");
    expect(toLocalInput(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01T00:30");
  });

  it("refuses what is not a whole date and time", () => {
    for (const typed of ["", "2026-12-04", "2026-12-04T1", "14:02", "2026-13-40T25:99", "tomorrow"])
      expect(fromLocalInput(typed), typed).toBeUndefined();
  });

  it("counts a schedule only while it is still to come", () => {
    const now = Date.parse("2026-12-04T12:00:00Z");
    expect(futureTime("2026-12-04T12:01:00.000Z", now)?.toISOString()).toBe("2026-12-04T12:01:00.000Z");
    expect(futureTime("2026-12-04T11:59:00.000Z", now)).toBeUndefined();
    expect(futureTime(null, now)).toBeUndefined();
    expect(futureTime("not a date", now)).toBeUndefined();
  });
});
