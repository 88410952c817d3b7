import { describe, expect, it } from "vitest";
import { MAX_PART_LENGTH, MAX_TARGET_LENGTH, refuseRequest } from "./request-guard";

const status = (method: string, target: string) => refuseRequest(method, target)?.status;

describe("requests refused before Next.js", () => {
  it("malformed percent-encodings in a path segment or a query parameter: 400", () => {
    for (const target of [
      "/en/news/%ff%fe",
      "/en/news/%E0%A4%A",
      "/en/%",
      "/en/news?q=%ff",
      "/en/search?q=ok&country=%E0%A4%A",
      "/en/news?%zz=1",
    ]) {
      expect(status("GET", target), target).toBe(400);
    }
  });

  it("control characters once decoded, absolute or protocol-relative targets: 400", () => {
    for (const target of [
      "/en/news/a%0d%0aSet-Cookie:x",
      "/en/search?q=%00",
      "http://evil.example/en",
      "*",
      "//evil.example/",
      "/\\evil.example",
    ]) {
      expect(status("GET", target), target).toBe(400);
    }
  });

  it("overlong addresses, segments and values: 414", () => {
    expect(status("GET", `/en/news/${"a".repeat(MAX_TARGET_LENGTH)}`)).toBe(414);
    expect(status("GET", `/en/news/${"a".repeat(MAX_PART_LENGTH + 1)}`)).toBe(414);
    expect(status("GET", `/en/search?q=${"a".repeat(MAX_PART_LENGTH + 1)}`)).toBe(414);
  });

  it("pages are read only (405 with Allow); the API routes answer their own methods", () => {
    expect(refuseRequest("POST", "/en/news")).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" } });
    expect(status("DELETE", "/")).toBe(405);
    expect(status("POST", "/api/revalidate")).toBeUndefined();
    expect(status("PUT", "/api/preview")).toBeUndefined();
    // Next's route handlers throw on these.
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND"]) expect(status(method, "/api/revalidate"), method).toBe(405);
  });

  it("lets every address of the site through, encoded letters and form spaces included", () => {
    for (const target of [
      "/",
      "/en",
      "/es/news/la-oim-y-el-gobierno-del-per%C3%BA",
      "/en/search?q=migrants+peru&page=2",
      "/fr/countries/p%C3%A9rou",
      "/en/news?country=",
      "/_next/static/chunks/a.js",
      "/en/search?q=100%25",
    ]) {
      expect(status("GET", target), target).toBeUndefined();
      expect(status("HEAD", target), target).toBeUndefined();
    }
  });

  it("never echoes the request", () => {
    const refused = refuseRequest("GET", "/en/<script>%ff");
    expect(refused?.message).not.toContain("<");
  });
});
