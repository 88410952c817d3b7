import { describe, expect, it } from "vitest";
import { linkSigner } from "../../src/alerts/links";
import { embargoMessage } from "../../src/alerts/messages";
import { browserHash, decideAccess, type ShareState } from "../../src/embargo/access";

const now = Date.parse("2026-12-02T12:00:00Z");
const until = Date.parse("2026-12-03T14:00:00Z");
const key = "k".repeat(43);
const share: ShareState = {
  revokedAt: null,
  expiresAt: now + 30 * 86_400_000,
  browserHash: browserHash(key),
  journalistActive: true,
  locales: ["en", "es"],
};
const scheduled = { publishedSlug: null, scheduledAt: until };

describe("what an embargo link leads to", () => {
  it("before the time: the release, in the browser that opened it first only", () => {
    expect(decideAccess(share, "en", scheduled, key, now)).toEqual({ status: "embargoed", embargoedUntil: until });
    expect(decideAccess(share, "en", scheduled, "x".repeat(43), now)).toMatchObject({ refused: 403, reason: "otherBrowser" });
    expect(decideAccess(share, "en", scheduled, undefined, now)).toMatchObject({ refused: 403 });
    expect(decideAccess({ ...share, browserHash: null }, "en", scheduled, undefined, now)).toEqual({
      status: "unopened",
      embargoedUntil: until,
    });
  });

  it("revoked, expired, journalist inactive, schedule removed or a language not shared: nothing", () => {
    expect(decideAccess({ ...share, revokedAt: now - 1 }, "en", scheduled, key, now)).toMatchObject({ refused: 410, reason: "revoked" });
    expect(decideAccess({ ...share, expiresAt: now }, "en", scheduled, key, now)).toMatchObject({ refused: 410, reason: "expired" });
    expect(decideAccess({ ...share, journalistActive: false }, "en", scheduled, key, now)).toMatchObject({
      refused: 410,
      reason: "inactive",
    });
    expect(decideAccess(share, "en", { publishedSlug: null, scheduledAt: null }, key, now)).toMatchObject({
      refused: 410,
      reason: "notScheduled",
    });
    expect(decideAccess(share, "fr", scheduled, key, now)).toMatchObject({ refused: 404 });
    expect(decideAccess(share, "en", undefined, key, now)).toMatchObject({ refused: 404 });
  });

  it("at its time nothing is shown until it is live; once live, the public page, for anyone holding a link not revoked", () => {
    expect(decideAccess(share, "en", scheduled, key, until)).toEqual({ status: "ending", embargoedUntil: until });
    const live = { publishedSlug: "the-release", scheduledAt: null };
    expect(decideAccess(share, "en", live, undefined, until + 1)).toEqual({ status: "live", slug: "the-release" });
    expect(decideAccess({ ...share, expiresAt: now }, "en", live, undefined, until + 1)).toEqual({ status: "live", slug: "the-release" });
    expect(decideAccess({ ...share, revokedAt: now }, "en", live, key, until + 1)).toMatchObject({ refused: 410 });
  });

  it("links are signed per purpose: a subscription's token is not an embargo link", () => {
    const signer = linkSigner("an encryption key of the newsroom");
    const token = signer.sign("embargo", 7, "nonce");
    expect(signer.verify("embargo", token, 7, "nonce")).toBe(true);
    expect(signer.verify("manage", token, 7, "nonce")).toBe(false);
    expect(signer.verify("embargo", token, 7, "other nonce")).toBe(false);
    expect(
      signer.verify(
        "embargo",
        token.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        7,
        "nonce",
      ),
    ).toBe(false);
  });
});

describe("the embargo message", () => {
  it("in the journalist's language, with each version's time in UTC and its personal link", () => {
    const message = embargoMessage("es", "OIM", "Ana Pérez", "Un comunicado", [
      { locale: "es", url: "https://news.example.org/es/embargoed?token=7.x", until: new Date(until) },
    ]);
    expect(message.subject).toContain("Bajo embargo hasta el 3 de diciembre de 2026 a las 14:00 UTC");
    expect(message.text).toContain("https://news.example.org/es/embargoed?token=7.x");
    expect(message.html).toContain("Estimado/a Ana Pérez:");
    expect(message.headers).toEqual({});
  });
});
