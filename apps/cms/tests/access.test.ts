import contentApi from "@newsroom/config/content-api.json";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsEnvSchema } from "../src/env";
import { testEnv } from "./env";

/**
 * Runs against a real, seeded Strapi (CMS_URL, CMS_READ_TOKEN). Proves that the public gets
 * nothing from the content API, that drafts are never readable without draft rights, that
 * neither the public nor the site's read-only token can write, and that page size, populate
 * depth and request rate are bounded.
 */
const cmsUrl = testEnv.CMS_URL;
const readToken = testEnv.CMS_READ_TOKEN;
const DRAFT_SLUG = "draft-embargoed-release-on-regional-labour-mobility-agreement-sample";
const DRAFT_MARKER = "DRAFT-ONLY-MARKER";
const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";

type Who = "public" | "read-only token";
const callers: [Who, Record<string, string>][] = [
  ["public", {}],
  ["read-only token", { Authorization: `Bearer ${readToken}` }],
];

async function call(path: string, headers: Record<string, string>, init: RequestInit = {}) {
  const response = await fetch(`${cmsUrl}${path}`, { ...init, headers: { "Content-Type": "application/json", ...headers } });
  return { status: response.status, text: await response.text() };
}

const listSchema = z.object({ data: z.array(z.object({ documentId: z.string() })) });
/** Looked up with the token: the public may not even list releases. */
async function peruDocumentId(): Promise<string> {
  const { text } = await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, { Authorization: `Bearer ${readToken}` });
  return listSchema.parse(JSON.parse(text)).data[0]?.documentId ?? "";
}

beforeAll(() => {
  if (!cmsUrl || !readToken) throw new Error("CMS_URL and CMS_READ_TOKEN must point at a running, seeded Strapi (npm test sets them)");
});

const tokenHeaders = { Authorization: `Bearer ${readToken}` };

describe("as the public", () => {
  it.each([
    "/api/press-releases?populate=*&pagination[pageSize]=100",
    `/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`,
    "/api/press-releases/search?q=peru",
    "/api/countries",
    "/api/regions",
    "/api/themes",
    "/api/press-contacts",
    "/api/navigation",
    "/api/site-setting",
    "/api/slug-redirects",
    "/api/withdrawal-notices",
  ])("gets nothing: %s", async (path) => {
    const { status, text } = await call(path, {});
    expect(status).toBe(403);
    expect(text).not.toContain("12,274");
  });
});

describe("as the read-only token", () => {
  it("reads published press releases", async () => {
    const { status, text } = await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, tokenHeaders);
    expect(status).toBe(200);
    expect(text).toContain("12,274");
  });

  it("never sees the draft-only release in lists or by slug", async () => {
    const list = await call("/api/press-releases?pagination[pageSize]=100", tokenHeaders);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(DRAFT_MARKER);
    const bySlug = await call(`/api/press-releases?filters[slug][$eq]=${DRAFT_SLUG}`, tokenHeaders);
    expect(JSON.parse(bySlug.text)).toMatchObject({ data: [] });
  });

  const paginationSchema = z.object({
    data: z.array(z.unknown()),
    meta: z.object({ pagination: z.object({ pageSize: z.number().optional(), limit: z.number().optional() }) }),
  });
  it.each(["pagination[pageSize]=100000", "pagination[limit]=100000", "pagination[limit]=-1"])(
    "gets at most the maximum page size for %s",
    async (query) => {
      const { status, text } = await call(`/api/press-releases?fields[0]=slug&${query}`, tokenHeaders);
      expect(status, text).toBe(200);
      const { data, meta } = paginationSchema.parse(JSON.parse(text));
      expect(data.length).toBeLessThanOrEqual(contentApi.maxPageSize);
      // Strapi caps 100000 at maxLimit and reads -1 ("all") as 1: bounded either way.
      expect(meta.pagination.pageSize ?? meta.pagination.limit).toBeLessThanOrEqual(contentApi.maxPageSize);
    },
  );

  it.each([
    "/api/press-releases?populate=*",
    "/api/press-releases?populate[0]=*",
    "/api/press-releases?populate=true",
    "/api/press-releases?populate[seo][populate]=*",
    "/api/press-releases?populate=countries.region.countries.region",
    "/api/press-releases?populate[countries][populate][region][populate][countries][populate][region]=true",
    "/api/navigation?populate[header][populate][children][populate][pressRelease][populate][countries]=true",
  ])("is refused unbounded or deep populate with a 400 naming the bound: %s", async (path) => {
    const { status, text } = await call(path, tokenHeaders);
    expect(status, text).toBe(400);
    expect(text).toContain(`at most ${String(contentApi.maxPopulateDepth)} levels`);
  });

  it("may populate as deep as the site does (the navigation's menus)", async () => {
    const path =
      "/api/navigation?populate[header][populate][children][populate][pressRelease][fields][0]=slug&populate[header][populate][pressRelease][fields][0]=slug";
    expect((await call(path, tokenHeaders)).status).toBe(200);
    expect(
      (
        await call(
          "/api/press-releases?populate[heroImage][populate][image][fields][0]=url&populate[countries][fields][0]=slug",
          tokenHeaders,
        )
      ).status,
    ).toBe(200);
  });
});

describe.each(callers)("as %s", (_who, headers) => {
  it.each([
    "/api/press-releases?status=draft",
    `/api/press-releases?status=draft&filters[slug][$eq]=${DRAFT_SLUG}`,
    "/api/press-releases?status=draft&locale=*",
    "/api/navigation?status=draft",
  ])("is refused drafts: %s", async (path) => {
    const { status, text } = await call(path, headers);
    expect(status).toBe(403);
    expect(text).not.toContain(DRAFT_MARKER);
  });

  it("is refused a draft by its document id", async () => {
    const documentId = await peruDocumentId();
    expect(documentId).not.toBe("");
    expect((await call(`/api/press-releases/${documentId}?status=draft`, headers)).status).toBe(403);
  });

  it.each([
    ["POST", "/api/press-releases", { data: { title: "Injected" } }],
    ["POST", "/api/press-contacts", { data: { fullName: "X", office: "Y", email: "x@example.org" } }],
    ["POST", "/api/countries", { data: { name: "Atlantis" } }],
    ["PUT", "/api/navigation", { data: { header: [] } }],
    ["PUT", "/api/site-setting", { data: { siteName: "Defaced" } }],
    ["DELETE", "/api/navigation", undefined],
  ] as const)("cannot %s %s", async (method, path, body) => {
    const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body) };
    const { status } = await call(path, headers, init);
    expect([401, 403, 405]).toContain(status);
  });

  it("cannot change or delete an existing release", async () => {
    const documentId = await peruDocumentId();
    expect(
      (await call(`/api/press-releases/${documentId}`, headers, { method: "PUT", body: JSON.stringify({ data: { title: "Defaced" } }) }))
        .status,
    ).toBe(403);
    expect((await call(`/api/press-releases/${documentId}`, headers, { method: "DELETE" })).status).toBe(403);
    expect((await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, tokenHeaders)).text).toContain(
      "Commemorate Peruvians Living Abroad Day",
    );
  });

  it("cannot upload files", async () => {
    const form = new FormData();
    form.append("files", new Blob(["hello"], { type: "text/plain" }), "x.txt");
    const response = await fetch(`${cmsUrl}/api/upload`, { method: "POST", body: form, headers });
    expect([401, 403]).toContain(response.status);
  });
});

describe("public accounts", () => {
  it("cannot be registered", async () => {
    const { status } = await call(
      "/api/auth/local/register",
      {},
      {
        method: "POST",
        body: JSON.stringify({ username: "reader", email: "reader@example.org", password: "Sufficiently-long-1" }),
      },
    );
    expect([400, 403]).toContain(status);
  });
});

describe("favicon", () => {
  it("is served (strapi::favicon answered 500 without apps/cms/favicon.png)", async () => {
    const response = await fetch(`${cmsUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer()).slice(1, 4)).toEqual(new TextEncoder().encode("PNG"));
  });
});

// Last in this file: it spends this address's budget for the rest of the minute.
describe("request rate", () => {
  it("the public is answered 429 with Retry-After past the limit; the site's token never is", async () => {
    const limit = cmsEnvSchema.shape.API_RATE_LIMIT_PER_MINUTE.parse(testEnv.API_RATE_LIMIT_PER_MINUTE);
    let refused: Response | undefined;
    // A fixed one-minute window: crossing its end once restarts the count, so allow twice the limit.
    for (let i = 0; i < 2 * limit + 2 && !refused; i++) {
      const response = await fetch(`${cmsUrl}/api/press-releases`);
      await response.arrayBuffer();
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(403);
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, tokenHeaders)).status).toBe(200);
  });
});
