import { describe, expect, it } from "vitest";
import { adjustResponse, markDraft, markGone, runWithOutcome, type RequestOutcome } from "./request-outcome";

describe("the server's status rules", () => {
  it("a CMS outage is 503, uncached, with Retry-After", () => {
    expect(adjustResponse(500, { cmsUnavailable: true })).toEqual({ status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } });
  });
  it("a withdrawn release is 410 with a short public lifetime", () => {
    expect(adjustResponse(200, { cmsUnavailable: false, gone: true })).toEqual({ status: 410, headers: { "Cache-Control": "public, max-age=60" } });
  });
  it("an outage or error while rendering a withdrawal notice is never a 410", () => {
    expect(adjustResponse(500, { cmsUnavailable: true, gone: true })?.status).toBe(503);
    expect(adjustResponse(500, { cmsUnavailable: false, gone: true })).toBeUndefined();
    expect(adjustResponse(308, { cmsUnavailable: false, gone: true })).toBeUndefined();
  });
  it("a draft page is private and never stored, whatever its status", () => {
    expect(adjustResponse(200, { cmsUnavailable: false, draft: true })).toEqual({ status: 200, headers: { "Cache-Control": "private, no-store" } });
    expect(adjustResponse(404, { cmsUnavailable: false, draft: true })?.headers["Cache-Control"]).toBe("private, no-store");
  });
  it("anything else is left alone", () => {
    expect(adjustResponse(200, { cmsUnavailable: false })).toBeUndefined();
    expect(adjustResponse(404, { cmsUnavailable: false })).toBeUndefined();
  });
  it("pages mark the request they render", async () => {
    const outcome: RequestOutcome = { cmsUnavailable: false };
    await runWithOutcome(outcome, async () => {
      await Promise.resolve();
      markGone();
      markDraft();
    });
    expect(outcome).toEqual({ cmsUnavailable: false, gone: true, draft: true });
    markGone(); // outside a request: no effect, no error
  });
});
