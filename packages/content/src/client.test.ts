import { describe, expect, it } from "vitest";
import { createContentClient } from "./client";
import { CmsResponseInvalidError, CmsUnavailableError, ContentNotFoundError } from "./errors";
import { toPhoneNumber } from "./reshape";

// Unit tests of the client's error mapping with a stand-in fetch. The real CMS is
// exercised by tests/contract against a running, seeded Strapi.
function clientAnswering(respond: (url: string) => Response | Promise<Response>) {
  const seen: string[] = [];
  const client = createContentClient({
    baseUrl: "http://cms.test/",
    token: "t".repeat(40),
    fetch: async (input) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      seen.push(url);
      return respond(url);
    },
  });
  return { client, seen };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("content client error mapping", () => {
  it("an empty result is 'not found'", async () => {
    const { client } = clientAnswering(() => json({ data: [], meta: {} }));
    await expect(client.getPressRelease("no-such-release", "en")).rejects.toBeInstanceOf(ContentNotFoundError);
  });

  it("a slug that cannot exist is 'not found' without asking the CMS", async () => {
    const { client, seen } = clientAnswering(() => json({ data: [] }));
    await expect(client.getPressRelease("../../admin?x=1", "en")).rejects.toBeInstanceOf(ContentNotFoundError);
    await expect(client.getPressRelease("a".repeat(10_000), "en")).rejects.toBeInstanceOf(ContentNotFoundError);
    expect(seen).toHaveLength(0);
  });

  it("a network failure is 'unavailable', never 'not found'", async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError("fetch failed");
    });
    await expect(client.getPressRelease("peru", "en")).rejects.toBeInstanceOf(CmsUnavailableError);
    await expect(client.listPressReleases({ locale: "en" })).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it.each([500, 502, 503, 401, 403])("HTTP %i is 'unavailable'", async (status) => {
    const { client } = clientAnswering(() => json({ error: { status } }, status));
    await expect(client.getPressRelease("peru", "en")).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it("a response of the wrong shape is 'invalid', naming the field", async () => {
    const { client } = clientAnswering(() =>
      json({ data: [{ documentId: "x", title: 42 }], meta: { pagination: { page: 1, pageSize: 1, pageCount: 1, total: 1 } } }),
    );
    const error = await client.listPressReleases({ locale: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsResponseInvalidError);
    expect(String(error)).toMatch(/data\.0\.title/);
  });

  it("a 400 (query names a field the CMS lacks) is 'invalid'", async () => {
    const { client } = clientAnswering(() => json({ error: { status: 400, message: "Invalid key placeline" } }, 400));
    await expect(client.getPressRelease("peru", "en")).rejects.toBeInstanceOf(CmsResponseInvalidError);
  });

  it("HTML from a broken proxy is 'unavailable'", async () => {
    const { client } = clientAnswering(() => new Response("<html>Bad gateway</html>", { status: 200 }));
    await expect(client.getNavigation("en")).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it("a single type missing in a language falls back to the default language", async () => {
    const { client, seen } = clientAnswering((url) =>
      url.includes("locale=fr")
        ? json({ data: null, error: { status: 404, name: "NotFoundError", message: "Not Found", details: {} } }, 404)
        : json({ data: { header: [], footer: [] } }),
    );
    await expect(client.getNavigation("fr")).resolves.toEqual({ header: [], footer: [] });
    expect(seen.map((u) => new URL(u).searchParams.get("locale"))).toEqual(["fr", "en"]);
  });

  it("encodes filter values instead of splicing them into the query", async () => {
    const { client, seen } = clientAnswering(() =>
      json({ data: [], meta: { pagination: { page: 1, pageSize: 12, pageCount: 0, total: 0 } } }),
    );
    await client.listPressReleases({ locale: "en", country: "peru&filters[x]=1", page: -3, pageSize: 5000 });
    const params = new URL(seen[0] ?? "").searchParams;
    expect(params.get("filters[countries][slug][$eq]")).toBe("peru&filters[x]=1");
    expect(params.get("pagination[page]")).toBe("1");
    expect(params.get("pagination[pageSize]")).toBe("100");
  });
});

describe("drafts, old addresses and withdrawn releases", () => {
  const noPaging = (data: unknown[]) => json({ data, meta: {} });

  it("a draft client asks for status=draft; the default client never does", async () => {
    const seen: string[] = [];
    const draft = createContentClient({
      baseUrl: "http://cms.test",
      token: "p".repeat(40),
      status: "draft",
      fetch: (input) => {
        seen.push(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
        return Promise.resolve(noPaging([]));
      },
    });
    await expect(draft.getPressRelease("a-draft", "en")).rejects.toBeInstanceOf(ContentNotFoundError);
    expect(new URL(seen[0] ?? "").searchParams.get("status")).toBe("draft");
    const { client, seen: published } = clientAnswering(() => noPaging([]));
    await client.findPressReleaseDocumentId("a-draft", "en").catch(() => null);
    expect(new URL(published[0] ?? "").searchParams.has("status")).toBe(false);
  });

  it("finds a release's document by slug and its current slug by document", async () => {
    const { client, seen } = clientAnswering(() => noPaging([{ documentId: "abc123", slug: "new-slug" }]));
    await expect(client.findPressReleaseDocumentId("old-slug", "es")).resolves.toBe("abc123");
    await expect(client.getPressReleaseSlug("abc123", "es")).resolves.toBe("new-slug");
    const second = new URL(seen[1] ?? "").searchParams;
    expect(second.get("filters[documentId][$eq]")).toBe("abc123");
    expect(second.get("locale")).toBe("es");
    const empty = clientAnswering(() => noPaging([]));
    await expect(empty.client.findPressReleaseDocumentId("nothing", "en")).resolves.toBeNull();
    await expect(empty.client.getPressReleaseSlug("abc123", "en")).resolves.toBeNull();
  });

  it("never sends an id or slug that cannot exist", async () => {
    const { client, seen } = clientAnswering(() => noPaging([]));
    await expect(client.getPressReleaseSlug("../x", "en")).resolves.toBeNull();
    await expect(client.findSlugRedirect("A B", "en")).resolves.toBeNull();
    await expect(client.getWithdrawalNotice({ locale: "en", documentId: "a&b" })).resolves.toBeNull();
    await expect(client.getPressReleaseByDocumentId("x".repeat(100), "en")).rejects.toBeInstanceOf(ContentNotFoundError);
    expect(seen).toHaveLength(0);
  });

  it("reads a slug redirect for a slug and language", async () => {
    const { client, seen } = clientAnswering(() =>
      noPaging([{ documentId: "r1", fromSlug: "old", language: "fr", pressReleaseDocumentId: "doc1" }]),
    );
    await expect(client.findSlugRedirect("old", "fr")).resolves.toEqual({ fromSlug: "old", locale: "fr", pressReleaseDocumentId: "doc1" });
    const params = new URL(seen[0] ?? "").searchParams;
    expect(params.get("filters[fromSlug][$eq]")).toBe("old");
    expect(params.get("filters[language][$eq]")).toBe("fr");
  });

  it("reads a withdrawal notice by slug or by document id", async () => {
    const notice = {
      documentId: "n1",
      slug: "gone",
      language: "en",
      pressReleaseDocumentId: "doc1",
      title: "Gone",
      withdrawnAt: "2026-11-01T10:00:00.000Z",
      reason: null,
    };
    const { client, seen } = clientAnswering(() => noPaging([notice]));
    await expect(client.getWithdrawalNotice({ locale: "en", slug: "gone" })).resolves.toMatchObject({
      title: "Gone",
      reason: null,
      locale: "en",
    });
    await client.getWithdrawalNotice({ locale: "en", documentId: "doc1" });
    expect(new URL(seen[0] ?? "").searchParams.get("filters[slug][$eq]")).toBe("gone");
    expect(new URL(seen[1] ?? "").searchParams.get("filters[pressReleaseDocumentId][$eq]")).toBe("doc1");
  });

  it("an outage while looking up an old address is 'unavailable', never 'none'", async () => {
    const { client } = clientAnswering(() => json({ error: {} }, 502));
    await expect(client.findSlugRedirect("old", "en")).rejects.toBeInstanceOf(CmsUnavailableError);
    await expect(client.getWithdrawalNotice({ locale: "en", slug: "old" })).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});

describe("addresses of the old newsroom", () => {
  it("sends the path as asked for and reads where it leads, or null", async () => {
    const { client, seen } = clientAnswering((url) =>
      json({
        data: new URL(url).searchParams.get("path") === "/PBN/x.html" ? { path: "/pbn/x.html", locale: "fr", slug: "l-oim-aide" } : null,
      }),
    );
    expect(await client.resolveLegacyAddress("/PBN/x.html")).toEqual({ path: "/pbn/x.html", locale: "fr", slug: "l-oim-aide" });
    expect(await client.resolveLegacyAddress("/2017/06/other")).toBeNull();
    expect(new URL(seen[0] ?? "").pathname).toBe("/api/legacy-addresses/resolve");
  });

  it("never asks for what cannot be an address", async () => {
    const { client, seen } = clientAnswering(() => json({ data: null }));
    expect(await client.resolveLegacyAddress("no-slash")).toBeNull();
    expect(await client.resolveLegacyAddress(`/${"a".repeat(3000)}`)).toBeNull();
    expect(seen).toHaveLength(0);
  });

  it("a 404 is a CMS without the route (an outage), never 'no such address'", async () => {
    await expect(clientAnswering(() => json({ error: {} }, 404)).client.resolveLegacyAddress("/x")).rejects.toBeInstanceOf(
      CmsUnavailableError,
    );
    await expect(clientAnswering(() => json({ error: {} }, 503)).client.resolveLegacyAddress("/x")).rejects.toBeInstanceOf(
      CmsUnavailableError,
    );
    await expect(
      clientAnswering(() => json({ data: { path: "/x", locale: "de", slug: "x" } })).client.resolveLegacyAddress("/x"),
    ).rejects.toBeInstanceOf(CmsResponseInvalidError);
  });
});

describe("menu links", () => {
  const item = (overrides: Record<string, unknown>) => ({
    label: "Item",
    description: null,
    targetType: "external",
    internalPath: null,
    externalUrl: "https://example.org/",
    pressRelease: null,
    children: [],
    ...overrides,
  });

  it("resolves every target type for the language", async () => {
    const { client } = clientAnswering(() =>
      json({
        data: {
          header: [
            item({
              label: "Group",
              targetType: "none",
              externalUrl: null,
              children: [item({ label: "Child" })].map(({ children: _c, description: _d, ...c }) => c),
            }),
            item({ label: "List", targetType: "list", internalPath: "/", externalUrl: null }),
            item({ label: "Release", targetType: "press-release", pressRelease: { slug: "peru" }, externalUrl: null }),
          ],
          footer: [],
        },
      }),
    );
    const nav = await client.getNavigation("es");
    expect(nav.header.map((i) => i.link?.href ?? null)).toEqual([null, "/es", "/es/news/peru"]);
    expect(nav.header[0]?.children).toEqual([{ label: "Child", href: "https://example.org/", external: true }]);
  });

  it("an entry whose target is missing is an invalid response", async () => {
    const { client } = clientAnswering(() => json({ data: { header: [item({ externalUrl: null })], footer: [] } }));
    await expect(client.getNavigation("en")).rejects.toBeInstanceOf(CmsResponseInvalidError);
  });
});

describe("phone numbers", () => {
  it("keeps the written form and dials digits only", () => {
    expect(toPhoneNumber("+51.1.221.7209")).toEqual({ display: "+51.1.221.7209", dial: "+5112217209" });
    expect(toPhoneNumber("+41 22 555 0100.")).toEqual({ display: "+41 22 555 0100", dial: "+41225550100" });
    expect(toPhoneNumber(null)).toBeNull();
  });
});
