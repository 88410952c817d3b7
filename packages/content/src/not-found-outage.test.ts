import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContentClient, type ContentClient } from "./client";
import { CmsUnavailableError } from "./errors";

/**
 * A real HTTP server on loopback, answering 404 the way a proxy or load balancer does while
 * Strapi restarts behind it. Every read the site makes must call that an outage (the site
 * answers 503), never "not found" or an empty list.
 */
type Answer = { status: number; contentType: string; body: string };
let answer: (path: string) => Answer;
let server: Server;
let client: ContentClient;
const seen: string[] = [];

const proxy404: Answer = { status: 404, contentType: "text/html", body: "<html><body><h1>404 Not Found</h1></body></html>" };
const strapi404: Answer = {
  status: 404,
  contentType: "application/json",
  body: JSON.stringify({ data: null, error: { status: 404, name: "NotFoundError", message: "Not Found", details: {} } }),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? "");
    const { status, contentType, body } = answer(req.url ?? "");
    res.writeHead(status, { "Content-Type": contentType }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP address");
  client = createContentClient({ baseUrl: `http://127.0.0.1:${String(address.port)}`, token: "t".repeat(40), timeoutMs: 5000 });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
});

/** Every read of the client, with inputs that pass its own checks (so the request is sent). */
const reads: [string, () => Promise<unknown>][] = [
  ["getPressRelease", () => client.getPressRelease("peru", "en")],
  ["getPressReleaseByDocumentId", () => client.getPressReleaseByDocumentId("abc123", "en")],
  ["findPressReleaseDocumentId", () => client.findPressReleaseDocumentId("peru", "en")],
  ["getPressReleaseSlug", () => client.getPressReleaseSlug("abc123", "en")],
  ["findSlugRedirect", () => client.findSlugRedirect("old", "en")],
  ["getWithdrawalNotice", () => client.getWithdrawalNotice({ locale: "en", slug: "gone" })],
  ["resolveLegacyAddress", () => client.resolveLegacyAddress("/2017/06/old")],
  ["listPressReleases", () => client.listPressReleases({ locale: "en" })],
  ["listPressReleaseIndex", () => client.listPressReleaseIndex({ locale: "en" })],
  ["listLatestPressReleases", () => client.listLatestPressReleases({ locale: "en", limit: 10 })],
  [
    "listRelatedPressReleases",
    () => client.listRelatedPressReleases({ locale: "en", slug: "peru", countries: ["peru"], themes: [], limit: 3 }),
  ],
  ["searchPressReleases", () => client.searchPressReleases({ locale: "en", q: "migration" })],
  ["listPublicationYears", () => client.listPublicationYears("en")],
  ["listTaxonomyTerms", () => client.listTaxonomyTerms("country", "en")],
  ["getTaxonomyTerm (country)", () => client.getTaxonomyTerm("country", "peru", "en")],
  ["getTaxonomyTerm (region)", () => client.getTaxonomyTerm("region", "south-america", "en")],
  ["getTaxonomyTerm (theme)", () => client.getTaxonomyTerm("theme", "migration-governance", "en")],
  ["listPressContacts", () => client.listPressContacts({ locale: "en", country: "peru" })],
  ["getNavigation", () => client.getNavigation("fr")],
  ["getSiteSettings", () => client.getSiteSettings("es")],
];

describe("a 404 from in front of the CMS is an outage", () => {
  it.each(reads)("%s", async (_name, read) => {
    answer = () => proxy404;
    const before = seen.length;
    const error = await read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(seen.length).toBeGreaterThan(before);
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error).toMatchObject({ status: 404 });
  });

  it("a collection route answering Strapi's own 404 is still an outage (filters answer empty lists)", async () => {
    answer = () => strapi404;
    await expect(client.listPressContacts({ locale: "en" })).rejects.toBeInstanceOf(CmsUnavailableError);
    await expect(client.getTaxonomyTerm("country", "peru", "en")).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it("a single type Strapi says is not translated falls back to the default language", async () => {
    answer = (path) =>
      path.includes("locale=fr")
        ? strapi404
        : { status: 200, contentType: "application/json", body: JSON.stringify({ data: { header: [], footer: [] } }) };
    await expect(client.getNavigation("fr")).resolves.toEqual({ header: [], footer: [] });
  });

  it("a single type whose fallback answers a proxy's 404 is an outage", async () => {
    answer = (path) => (path.includes("locale=fr") ? strapi404 : proxy404);
    await expect(client.getNavigation("fr")).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});
