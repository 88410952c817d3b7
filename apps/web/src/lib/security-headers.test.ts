import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  commonSecurityHeaders,
  inlineSources,
  isPreviewAnswer,
  pagePolicy,
  resourcePolicy,
  type SecurityContext,
} from "./security-headers";

const context: SecurityContext = { production: true, https: true, previewFramer: "https://cms.example.org" };
const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const ROW = String.raw`self.__next_f.push([1,"1:\"$Sreact.fragment\"\n2:I[5500,[],\"Image\"]\n"])`;
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/10lk3yjanterx.js"],"runtimeModuleIds":[94553]});';
const INJECTED = [
  "alert(1)",
  String.raw`self.__next_f.push([1,"x"]);alert(1)`,
  String.raw`self.__next_f.push([1,"x"]);alert(1);//"])`,
  `${BOOTSTRAP};alert(1)`,
];

describe("inline sources of a page", () => {
  const html = [
    `<script src="/_next/static/chunks/a.js" async=""></script>`,
    `<script type="application/ld+json">{"@context":"https://schema.org"}</script>`,
    `<script id="_R_">${TURBOPACK}</script>`,
    `<script>${BOOTSTRAP}</script>`,
    `<script>${ROW}</script><script>${ROW}</script>`,
    ...INJECTED.map((code) => `<script>${code}</script>`),
    `<img alt="" style="color:transparent" src="/uploads/a.jpg"/><span style="content:&quot;x&quot;"></span>`,
  ].join("\n");

  it("hashes Next's bootstrap, flight rows and Turbopack's chunk list, each once", () => {
    expect(inlineSources(html).scripts.sort()).toEqual([hash(BOOTSTRAP), hash(ROW), hash(TURBOPACK)].sort());
  });

  it("never hashes a script of another shape, so injected code stays blocked", () => {
    const { scripts } = inlineSources(html);
    for (const code of INJECTED) expect(scripts).not.toContain(hash(code));
  });

  it("hashes style attributes as the browser decodes them", () => {
    expect(inlineSources(html).styleAttributes).toEqual([hash("color:transparent"), hash('content:"x"')]);
  });
});

describe("policies", () => {
  it("a page: nothing inline but the hashes, nothing from elsewhere, framed by nobody", () => {
    const csp = pagePolicy(context, { scripts: [hash(BOOTSTRAP)], styleAttributes: [hash("color:transparent")] }, false);
    expect(csp).toBe(
      `default-src 'none'; script-src 'self' ${hash(BOOTSTRAP)}; style-src 'self' 'unsafe-hashes' ${hash("color:transparent")}; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests`,
    );
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("a preview may be framed by the CMS admin only; plain http is not upgraded", () => {
    const csp = pagePolicy({ ...context, https: false }, { scripts: [], styleAttributes: [] }, true);
    expect(csp).toContain("frame-ancestors https://cms.example.org");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(isPreviewAnswer("/api/preview", false)).toBe(true);
    expect(isPreviewAnswer("/en/news/x", true)).toBe(true);
    expect(isPreviewAnswer("/en/news/x", false)).toBe(false);
    expect(isPreviewAnswer("/api/previewx", false)).toBe(false);
  });

  it("anything else runs nothing and is framed by nobody", () => {
    expect(resourcePolicy()).toMatch(/^default-src 'none';/);
    expect(resourcePolicy()).not.toMatch(/script-src/);
    expect(resourcePolicy()).toContain("frame-ancestors 'none'");
  });

  it("HSTS only in production", () => {
    expect(commonSecurityHeaders(context)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Strict-Transport-Security": "max-age=31536000",
    });
    expect(commonSecurityHeaders({ ...context, production: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});
