import { describe, expect, it } from "vitest";
import { checkSitePath, signPreviewPath, verifyPreviewLink } from "./preview-link";

const SECRET = "s".repeat(40);
const NOW = 1_800_000_000;

function link(path: string, expires = NOW + 3600, signature = signPreviewPath(path, expires, SECRET)) {
  return new URLSearchParams({ path, expires: String(expires), signature });
}

describe("preview links", () => {
  it("accepts a link the CMS signed, for a path of the site", () => {
    expect(verifyPreviewLink(link("/en/news/a-draft"), SECRET, NOW)).toEqual({ ok: true, path: "/en/news/a-draft" });
    expect(verifyPreviewLink(link("/fr"), SECRET, NOW)).toEqual({ ok: true, path: "/fr" });
  });

  it("signs exactly like the contract: base64url HMAC-SHA256 of path, newline, expires", async () => {
    const { createHmac } = await import("node:crypto");
    const expected = createHmac("sha256", SECRET)
      .update("/en/news/x\n1800003600")
      .digest("base64")
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    expect(signPreviewPath("/en/news/x", 1_800_003_600, SECRET)).toBe(expected);
  });

  it.each([
    ["no parameters", new URLSearchParams()],
    ["no signature", new URLSearchParams({ path: "/en", expires: String(NOW + 60) })],
    ["no expiry", new URLSearchParams({ path: "/en", signature: signPreviewPath("/en", NOW + 60, SECRET) })],
    ["a wrong signature", link("/en", NOW + 60, signPreviewPath("/en", NOW + 60, "another secret of enough length!!"))],
    ["a signature of another length", link("/en", NOW + 60, "abc")],
    [
      "a tampered path",
      new URLSearchParams({
        path: "/en/news/other",
        expires: String(NOW + 60),
        signature: signPreviewPath("/en/news/mine", NOW + 60, SECRET),
      }),
    ],
    [
      "a tampered expiry",
      new URLSearchParams({ path: "/en", expires: String(NOW + 7200), signature: signPreviewPath("/en", NOW + 60, SECRET) }),
    ],
    [
      "an expiry with leading zeros",
      new URLSearchParams({ path: "/en", expires: `0${NOW + 60}`, signature: signPreviewPath("/en", NOW + 60, SECRET) }),
    ],
    ["an expired link", link("/en", NOW - 1)],
    ["a link expiring now", link("/en", NOW)],
    ["a lifetime no CMS link has", link("/en", NOW + 3 * 24 * 3600)],
  ])("refuses %s with 401", (_name, query) => {
    const result = verifyPreviewLink(query, SECRET, NOW);
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it.each([
    "//evil.example",
    "https://evil.example/en",
    "/\\evil.example",
    "/en//evil",
    "/de/news/x",
    "/api/preview",
    "/",
    "/en/../x",
    "/en/news/x\nSet-Cookie: a=b",
    "en/news",
    "/en/%2F%2Fevil",
  ])("refuses to redirect to %j even when signed (400)", (path) => {
    expect(verifyPreviewLink(link(path), SECRET, NOW)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("site paths", () => {
  it("accepts paths under a configured language", () => {
    for (const path of ["/en", "/es/", "/fr/news/l-oim-et-le-perou", "/en/countries/peru"])
      expect(checkSitePath(path), path).toEqual({ ok: true, path });
  });

  it.each([
    null,
    "",
    "x",
    "/",
    "//",
    "///evil",
    "/\\/evil",
    "\\\\evil",
    "/en\t/x",
    "/en/\u0000",
    "javascript:alert(1)",
    "/en/news/a:b",
    "/xx/news",
    "/en/./x",
    "/en/a b",
    "/en?x=1",
    "/en#frag",
    `/en/${"a".repeat(2000)}`,
  ])("refuses %j", (path) => {
    expect(checkSitePath(path).ok).toBe(false);
  });
});
