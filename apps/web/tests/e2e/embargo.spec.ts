import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { validateSitemap } from "../../src/features/seo/testing/xml-schemas";
import { createRelease, login, publishRelease, requireCmsEnv, within } from "./cms-admin";

/**
 * An embargoed release (scheduled publication a little ahead) is visible nowhere on the
 * site before its time — page, listing, home, search, feeds, sitemaps — then goes live by
 * itself and appears everywhere, the Google News sitemap included (validated as served).
 * Tagged @editorial: it publishes a release, so npm test runs it after the read-only specs.
 */
const run = randomBytes(4).toString("hex");
const MARKER = `embargoword${run}`;
const TITLE = `Embargoed statement ${MARKER}`;
const SLUG = `embargoed-statement-${run}`;
const EMBARGO_MS = 30_000;

/**
 * Every public place a release shows up, with whether it links to it now (search results
 * highlight the query inside the headline, so links, not headlines, are compared).
 */
async function placesShowing(request: APIRequestContext): Promise<Record<string, boolean>> {
  const link = `/en/news/${SLUG}`;
  const has = async (path: string) => (await (await request.get(path)).text()).includes(link);
  return {
    page: (await request.get(link)).status() === 200,
    listing: await has("/en/news"),
    home: await has("/en"),
    search: await has(`/en/search?q=${MARKER}`),
    rss: await has("/en/feeds/rss.xml"),
    atom: await has("/en/feeds/atom.xml"),
    json: await has("/en/feeds/feed.json"),
    sitemap: await has("/sitemaps/en-1.xml"),
    newsSitemap: await has("/sitemap-news.xml"),
  };
}

test.describe.serial("embargo and scheduled publishing on the site @editorial", () => {
  test("an embargoed release is visible nowhere until its time, then everywhere", async ({ request }) => {
    test.setTimeout(150_000);
    requireCmsEnv();
    const editor = await login(request, "editor");
    const goLive = Date.now() + EMBARGO_MS;
    const documentId = await createRelease(request, editor, {
      title: TITLE,
      slug: SLUG,
      documentType: "statement",
      lead: `A statement under embargo, ${MARKER}.`,
      scheduledPublishAt: new Date(goLive).toISOString(),
    });

    const early = await publishRelease(request, editor, documentId);
    expect(early.status()).toBe(400);
    expect(await early.text()).toContain("Embargoed");

    const before = await placesShowing(request);
    expect(before).toEqual(Object.fromEntries(Object.keys(before).map((k) => [k, false])));
    expect((await request.get(`/en/news/${SLUG}`)).status()).toBe(404);

    // The schedule runs every 10 s: live within a minute of its time, never before it.
    await within(
      EMBARGO_MS + 60_000,
      "the embargoed release going live",
      async () => (await request.get(`/en/news/${SLUG}`)).status() === 200,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(goLive);
    let places: Record<string, boolean> = {};
    await within(5_000, "the release in every list, feed and sitemap", async () => {
      places = await placesShowing(request);
      return Object.values(places).every(Boolean);
    }).catch((error: unknown) => {
      throw new Error(
        `${String(error)}; still missing from: ${Object.keys(places)
          .filter((k) => !places[k])
          .join(", ")}`,
      );
    });

    // A release from today makes the Google News sitemap non-empty: validate it as served.
    const news = await (await request.get("/sitemap-news.xml")).text();
    expect(news).toContain(`/en/news/${SLUG}</loc>`);
    expect(await validateSitemap(news, "urlset")).toEqual({ valid: true, errors: [] });
  });
});
