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

/** Every public place a release shows up, with whether it is there now. */
async function placesShowing(request: APIRequestContext): Promise<Record<string, boolean>> {
  const text = async (path: string) => (await request.get(path)).text();
  const page = await request.get(`/en/news/${SLUG}`);
  return {
    page: page.status() === 200,
    listing: (await text("/en/news")).includes(TITLE),
    home: (await text("/en")).includes(TITLE),
    search: (await text(`/en/search?q=${MARKER}`)).includes(TITLE),
    rss: (await text("/en/feeds/rss.xml")).includes(TITLE),
    atom: (await text("/en/feeds/atom.xml")).includes(TITLE),
    json: (await text("/en/feeds/feed.json")).includes(TITLE),
    sitemap: (await text("/sitemaps/en-1.xml")).includes(SLUG),
    newsSitemap: (await text("/sitemap-news.xml")).includes(SLUG),
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
    await within(EMBARGO_MS + 60_000, "the embargoed release going live", async () => (await request.get(`/en/news/${SLUG}`)).status() === 200);
    expect(Date.now()).toBeGreaterThanOrEqual(goLive);
    await within(5_000, "the release in every list, feed and sitemap", async () => Object.values(await placesShowing(request)).every(Boolean));

    // A release from today makes the Google News sitemap non-empty: validate it as served.
    const news = await (await request.get("/sitemap-news.xml")).text();
    expect(news).toContain(`/en/news/${SLUG}</loc>`);
    expect(await validateSitemap(news, "urlset")).toEqual({ valid: true, errors: [] });
  });
});
