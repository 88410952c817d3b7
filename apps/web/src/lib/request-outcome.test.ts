import { describe, expect, it } from "vitest";
import {
  adjustResponse,
  markDraft,
  markGone,
  recordTags,
  runWithOutcome,
  surrogateKeys,
  type RequestOutcome,
  type ResponseContext,
} from "./request-outcome";

const page = (path: string, cacheControl?: string): ResponseContext => ({ method: "GET", path, cacheControl });

describe("the server's status rules", () => {
  it("a CMS outage is 503, uncached, with Retry-After", () => {
    expect(adjustResponse(500, { cmsUnavailable: true })).toEqual({
      status: 503,
      headers: { "Retry-After": "30", "Cache-Control": "no-store" },
    });
  });
  it("a withdrawn release is 410, kept by shared caches for five minutes with its surrogate keys", () => {
    const outcome: RequestOutcome = { cmsUnavailable: false, gone: true, tags: new Set(["release-address:en:x"]) };
    expect(adjustResponse(200, outcome, page("/en/news/x"))).toEqual({
      status: 410,
      headers: {
        "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400",
        xkey: "newsroom release-address:en:x",
      },
    });
    expect(adjustResponse(200, { cmsUnavailable: false, gone: true })?.status).toBe(410);
  });
  it("public pages, feeds and sitemaps may be kept by shared caches, whatever Next.js chose", () => {
    const dynamic = "private, no-cache, no-store, max-age=0, must-revalidate";
    expect(adjustResponse(200, { cmsUnavailable: false }, page("/en/news", dynamic))?.headers["Cache-Control"]).toBe(
      "public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400",
    );
    expect(
      adjustResponse(200, { cmsUnavailable: false }, page("/en/news/x", "s-maxage=300, stale-while-revalidate=31535700"))?.headers[
        "Cache-Control"
      ],
    ).toMatch(/^public, max-age=0, s-maxage=300/);
    expect(adjustResponse(404, { cmsUnavailable: false }, page("/en/news/nope", dynamic))?.headers["Cache-Control"]).toMatch(
      /s-maxage=60,/,
    );
    expect(adjustResponse(308, { cmsUnavailable: false }, page("/en/news/old", undefined))?.headers["Cache-Control"]).toMatch(
      /s-maxage=300,/,
    );
    expect(adjustResponse(200, { cmsUnavailable: false }, page("/sitemap.xml", "public, max-age=3600"))?.headers["Cache-Control"]).toMatch(
      /s-maxage=300,/,
    );
  });
  it("immutable answers keep their lifetime; the API, the language redirect, HEAD/GET-less methods and errors are left alone", () => {
    expect(adjustResponse(200, { cmsUnavailable: false }, page("/uploads/a.jpg", "public, max-age=31536000, immutable"))?.headers).toEqual({
      xkey: "newsroom",
    });
    expect(adjustResponse(200, { cmsUnavailable: false }, page("/api/health", "no-store"))).toBeUndefined();
    expect(adjustResponse(307, { cmsUnavailable: false }, page("/", "private, no-cache"))).toBeUndefined();
    expect(adjustResponse(200, { cmsUnavailable: false }, { method: "POST", path: "/en/news", cacheControl: undefined })).toBeUndefined();
    expect(adjustResponse(500, { cmsUnavailable: false }, page("/en/news"))).toBeUndefined();
    expect(
      adjustResponse(200, { cmsUnavailable: false }, page("/_next/static/chunks/a.js", "public, max-age=31536000, immutable")),
    ).toBeUndefined();
  });
  it("surrogate keys: the all-tag first, Next's implicit tags and duplicates left out, bounded", () => {
    const outcome: RequestOutcome = { cmsUnavailable: false };
    runWithOutcome(outcome, () => {
      recordTags(["newsroom", "_N_T_/en/news", "release-lists:en", "release-lists:en"]);
    });
    expect(surrogateKeys(outcome.tags)).toBe("newsroom release-lists:en");
    expect(
      surrogateKeys(new Set(Array.from({ length: 2000 }, (_, i) => `release:${String(i).padStart(20, "0")}`))).length,
    ).toBeLessThanOrEqual(8000);
  });
  it("an outage or error while rendering a withdrawal notice is never a 410", () => {
    expect(adjustResponse(500, { cmsUnavailable: true, gone: true })?.status).toBe(503);
    expect(adjustResponse(500, { cmsUnavailable: false, gone: true })).toBeUndefined();
    expect(adjustResponse(308, { cmsUnavailable: false, gone: true })).toBeUndefined();
  });
  it("a draft page is private and never stored, whatever its status", () => {
    expect(adjustResponse(200, { cmsUnavailable: false, draft: true })).toEqual({
      status: 200,
      headers: { "Cache-Control": "private, no-store" },
    });
    expect(adjustResponse(404, { cmsUnavailable: false, draft: true })?.headers["Cache-Control"]).toBe("private, no-store");
  });
  it("a page for one link's holder is private; a refused input's page is a 400; an ended link's a 410", () => {
    const page = { method: "GET", path: "/en/subscriptions/manage", cacheControl: undefined };
    expect(adjustResponse(200, { cmsUnavailable: false, personal: true }, page)).toEqual({
      status: 200,
      headers: { "Cache-Control": "private, no-store" },
    });
    expect(adjustResponse(200, { cmsUnavailable: false, personal: true, gone: true }, page)?.status).toBe(410);
    const refused = adjustResponse(200, { cmsUnavailable: false, refused: 400 }, { ...page, path: "/en/subscribe" });
    expect(refused?.status).toBe(400);
    // No shared lifetime for a 400: whatever Next.js chose (private for a page read from its query) stays.
    expect(refused?.headers["Cache-Control"]).toBeUndefined();
  });
  it("without a request context nothing else changes", () => {
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
