import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * Runs against a real, seeded Strapi (CMS_URL, CMS_READ_TOKEN). Proves that drafts are
 * never readable without draft rights and that neither the public nor the site's
 * read-only token can write.
 */
const cmsUrl = process.env.CMS_URL ?? "";
const readToken = process.env.CMS_READ_TOKEN ?? "";
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
async function peruDocumentId(headers: Record<string, string>): Promise<string> {
  const { text } = await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, headers);
  return listSchema.parse(JSON.parse(text)).data[0]?.documentId ?? "";
}

beforeAll(() => {
  if (!cmsUrl || !readToken) throw new Error("CMS_URL and CMS_READ_TOKEN must point at a running, seeded Strapi (npm test sets them)");
});

describe.each(callers)("as %s", (_who, headers) => {
  it("reads published press releases", async () => {
    const { status, text } = await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, headers);
    expect(status).toBe(200);
    expect(text).toContain("12,274");
  });

  it("never sees the draft-only release in lists or by slug", async () => {
    const list = await call("/api/press-releases?pagination[pageSize]=100", headers);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(DRAFT_MARKER);
    const bySlug = await call(`/api/press-releases?filters[slug][$eq]=${DRAFT_SLUG}`, headers);
    expect(JSON.parse(bySlug.text)).toMatchObject({ data: [] });
  });

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
    const documentId = await peruDocumentId(headers);
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
    const documentId = await peruDocumentId(headers);
    expect((await call(`/api/press-releases/${documentId}`, headers, { method: "PUT", body: JSON.stringify({ data: { title: "Defaced" } }) })).status).toBe(403);
    expect((await call(`/api/press-releases/${documentId}`, headers, { method: "DELETE" })).status).toBe(403);
    expect((await call(`/api/press-releases?filters[slug][$eq]=${PERU_SLUG}`, headers)).text).toContain("Commemorate Peruvians Living Abroad Day");
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
    const { status } = await call("/api/auth/local/register", {}, {
      method: "POST",
      body: JSON.stringify({ username: "reader", email: "reader@example.org", password: "Sufficiently-long-1" }),
    });
    expect([400, 403]).toContain(status);
  });
});
