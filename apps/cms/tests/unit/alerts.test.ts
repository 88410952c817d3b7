import { describe, expect, it } from "vitest";
import { digestCutoff, matches } from "../../src/alerts/alerts";
import { linkSigner } from "../../src/alerts/links";
import { alertMessage, confirmationMessage } from "../../src/alerts/messages";

const release = { countries: ["peru"], regions: ["south-america"], themes: ["diaspora"], documentType: "press-release" };
const none = { countries: [], regions: [], themes: [], documentTypes: [] };

describe("which subscribers a release is for", () => {
  it("nothing chosen is everything; each kind chosen narrows it; a country or a region is enough for the place", () => {
    expect(matches(none, release)).toBe(true);
    expect(matches({ ...none, countries: ["peru"] }, release)).toBe(true);
    expect(matches({ ...none, countries: ["chile"] }, release)).toBe(false);
    expect(matches({ ...none, countries: ["chile"], regions: ["south-america"] }, release)).toBe(true);
    expect(matches({ ...none, countries: ["peru"], themes: ["health"] }, release)).toBe(false);
    expect(matches({ ...none, themes: ["health", "diaspora"] }, release)).toBe(true);
    expect(matches({ ...none, documentTypes: ["statement"] }, release)).toBe(false);
    expect(matches({ ...none, documentTypes: ["statement", "press-release"] }, release)).toBe(true);
  });
});

describe("digest cut-offs", () => {
  const daily = { intervalMs: 86_400_000, offsetMs: 7 * 3_600_000 };
  it("are 07:00 UTC each day, the latest at or before now", () => {
    expect(new Date(digestCutoff(Date.parse("2026-12-02T06:59:59Z"), daily)).toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(new Date(digestCutoff(Date.parse("2026-12-02T07:00:00Z"), daily)).toISOString()).toBe("2026-12-02T07:00:00.000Z");
    expect(new Date(digestCutoff(Date.parse("2026-12-02T23:00:00Z"), daily)).toISOString()).toBe("2026-12-02T07:00:00.000Z");
  });
});

describe("subscription links", () => {
  const signer = linkSigner("an encryption key of this deployment");
  it("are signed for one purpose, subscriber and nonce", () => {
    const token = signer.sign("manage", 42, "nonce-1");
    expect(signer.idOf(token)).toBe(42);
    expect(signer.verify("manage", token, 42, "nonce-1")).toBe(true);
    expect(signer.verify("confirm", token, 42, "nonce-1")).toBe(false);
    expect(signer.verify("manage", token, 43, "nonce-1")).toBe(false);
    expect(signer.verify("manage", token, 42, "nonce-2")).toBe(false);
    expect(signer.verify("manage", token, 42, null)).toBe(false);
    expect(signer.verify("manage", token.replace(/^42/, "43"), 43, "nonce-1")).toBe(false);
    expect(linkSigner("another deployment's key").verify("manage", token, 42, "nonce-1")).toBe(false);
    expect(signer.idOf("42.short")).toBeUndefined();
  });
});

describe("messages", () => {
  const links = {
    manage: "https://news.example.org/fr/subscriptions/manage?token=1.x",
    unsubscribe: "https://news.example.org/api/subscriptions/unsubscribe?token=1.x&locale=fr",
  };
  it("an alert: headline, dateline, lead, link and press contact in the subscriber's language, RFC 8058 headers, HTML escaped", () => {
    const message = alertMessage(
      "fr",
      "Salle de presse",
      {
        title: "L’OIM <et> le Pérou",
        place: "Lima",
        date: "2013-10-18T12:00:00.000Z",
        lead: "Chapeau.",
        url: "https://news.example.org/fr/news/l-oim",
        contacts: [{ fullName: "Carolina Santos", email: "casantos@iom.int", phone: "+51 1 221 7209" }],
      },
      links,
      "<alerts.news.example.org>",
    );
    expect(message.subject).toBe("L’OIM <et> le Pérou");
    expect(message.text).toContain("LIMA — 18 octobre 2013");
    expect(message.text).toContain("Lire le communiqué de presse: https://news.example.org/fr/news/l-oim");
    expect(message.text).toContain("Carolina Santos, casantos@iom.int, +51 1 221 7209");
    expect(message.html).toContain("L’OIM &lt;et&gt; le Pérou");
    expect(message.html).toContain('lang="fr"');
    expect(message.headers).toEqual({
      "List-Unsubscribe": `<${links.unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "<alerts.news.example.org>",
    });
  });
  it("a confirmation carries its link and no unsubscribe headers (nothing is subscribed yet)", () => {
    const message = confirmationMessage("es", "Sala de prensa de la OIM", "https://news.example.org/es/subscriptions/confirm?token=1.y");
    expect(message.subject).toBe("Confirme su suscripción a las alertas de Sala de prensa de la OIM");
    expect(message.text).toContain("https://news.example.org/es/subscriptions/confirm?token=1.y");
    expect(message.headers).toEqual({});
  });
});
