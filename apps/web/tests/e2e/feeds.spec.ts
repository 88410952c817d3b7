import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createContentClient, type PressRelease } from "@newsroom/content";
import { jsonFeedSchema } from "../../src/features/seo/testing/json-feed";
import { LOCALES, PERU_COUNTRY_SLUGS, PERU_SLUGS } from "./fixtures";
import { testEnv } from "./env";

/**
 * RSS, Atom and JSON Feed per language, country and theme, read back with an independent
 * parser (@rowanmanning/feed-parser for RSS and Atom; JSON Feed checked against its spec's
 * fields) and compared with what the CMS holds.
 */
const SITE = testEnv.SITE_URL;
const abs = (path: string) => new URL(path, SITE).href;
const cms = createContentClient({ baseUrl: testEnv.CMS_URL, token: testEnv.CMS_READ_TOKEN });

const FILES = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" } as const;
const TYPES = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" } as const;
type Format = keyof typeof FILES;

interface ReadItem {
  id: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  summary: string | null;
  content: string | null;
  image: string | null;
}

/** One feed, parsed whatever its format, as the fields every format has. */
async function readFeed(
  request: APIRequestContext,
  path: string,
  format: Format,
): Promise<{ title: string | null; self: string | null; items: ReadItem[] }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(new RegExp(`^${TYPES[format].replace("+", "\\+")}`));
  const body = await response.text();
  if (format === "json") {
    const feed = jsonFeedSchema.parse(JSON.parse(body));
    return {
      title: feed.title,
      self: feed.feed_url,
      items: feed.items.map((i) => ({
        id: i.id,
        title: i.title,
        url: i.url,
        published: i.date_published,
        summary: i.summary ?? null,
        content: i.content_html,
        image: i.image ?? null,
      })),
    };
  }
  const feed = parseFeed(body);
  expect(feed.meta.type).toBe(format);
  return {
    title: feed.title,
    self: feed.self,
    items: feed.items.map((i) => ({
      id: i.id,
      title: i.title,
      url: i.url,
      published: i.published?.toISOString() ?? null,
      summary: i.description,
      content: i.content,
      image: i.mediaImages[0]?.url ?? i.image?.url ?? null,
    })),
  };
}

function expectReleaseItem(item: ReadItem | undefined, release: PressRelease, locale: string) {
  const url = abs(`/${locale}/news/${release.slug}`);
  expect(item, `item for ${release.slug}`).toBeDefined();
  expect(item?.title).toBe(release.title);
  expect(item?.url).toBe(url);
  expect(item?.id).toBe(url);
  expect(item?.published).toBe(new Date(release.dateline.date).toISOString());
  expect(item?.summary).toBe(release.lead);
  // Full text: the lead and the body, not only the summary.
  const firstParagraph = release.body.find((b) => b.type === "paragraph");
  const firstText =
    firstParagraph?.children
      .map((c) => (c.type === "text" ? c.text : ""))
      .join("")
      .slice(0, 40) ?? "";
  expect(firstText.length).toBeGreaterThan(10);
  expect(item?.content).toContain(firstText.replace(/&/g, "&amp;"));
  expect(item?.image).toBe(release.heroImage ? new URL(release.heroImage.src, SITE).href : null);
}

for (const locale of LOCALES) {
  test.describe(`feeds in ${locale}`, () => {
    for (const format of ["rss", "atom", "json"] as const) {
      test(`all news, ${format}: every release, newest first, with full items`, async ({ request }) => {
        const [feed, settings, latest, peru] = await Promise.all([
          readFeed(request, `/${locale}/feeds/${FILES[format]}`, format),
          cms.getSiteSettings(locale),
          cms.listPressReleases({ locale, page: 1, pageSize: 30 }),
          cms.getPressRelease(PERU_SLUGS[locale], locale),
        ]);
        expect(feed.title).toBe(settings.siteName);
        expect(feed.self).toBe(abs(`/${locale}/feeds/${FILES[format]}`));
        expect(feed.items.map((i) => i.url)).toEqual(latest.items.map((r) => abs(`/${locale}/news/${r.slug}`)));
        expectReleaseItem(
          feed.items.find((i) => i.url?.endsWith(PERU_SLUGS[locale])),
          peru,
          locale,
        );
      });
    }

    test("per country and per theme, in every format", async ({ request }) => {
      const peru = await cms.getPressRelease(PERU_SLUGS[locale], locale);
      const theme = peru.themes[0];
      expect(theme).toBeDefined();
      const country = await cms.listPressReleases({ locale, country: PERU_COUNTRY_SLUGS[locale], pageSize: 30 });
      const themed = await cms.listPressReleases({ locale, theme: theme?.slug ?? "", pageSize: 30 });
      for (const format of ["rss", "atom", "json"] as const) {
        const byCountry = await readFeed(request, `/${locale}/feeds/countries/${PERU_COUNTRY_SLUGS[locale]}/${FILES[format]}`, format);
        expect(byCountry.items.map((i) => i.url)).toEqual(country.items.map((r) => abs(`/${locale}/news/${r.slug}`)));
        expectReleaseItem(
          byCountry.items.find((i) => i.url?.endsWith(PERU_SLUGS[locale])),
          peru,
          locale,
        );
        const byTheme = await readFeed(request, `/${locale}/feeds/themes/${theme?.slug ?? ""}/${FILES[format]}`, format);
        expect(byTheme.items.map((i) => i.url)).toEqual(themed.items.map((r) => abs(`/${locale}/news/${r.slug}`)));
        expect(byTheme.title).toContain(theme?.name ?? "");
      }
    });

    test("every page announces its language's feeds; country and theme pages their own too", async ({ page }) => {
      const settings = await cms.getSiteSettings(locale);
      for (const path of [`/${locale}`, `/${locale}/news`, `/${locale}/news/${PERU_SLUGS[locale]}`, `/${locale}/search`]) {
        await page.goto(path);
        for (const format of ["rss", "atom", "json"] as const) {
          const link = page.locator(
            `head link[rel="alternate"][type="${TYPES[format]}"][href="${abs(`/${locale}/feeds/${FILES[format]}`)}"]`,
          );
          await expect(link, `${path} ${format}`).toHaveAttribute("title", settings.siteName);
        }
      }
      await page.goto(`/${locale}/countries/${PERU_COUNTRY_SLUGS[locale]}`);
      for (const format of ["rss", "atom", "json"] as const) {
        await expect(
          page.locator(
            `head link[rel="alternate"][type="${TYPES[format]}"][href="${abs(`/${locale}/feeds/countries/${PERU_COUNTRY_SLUGS[locale]}/${FILES[format]}`)}"]`,
          ),
        ).toHaveCount(1);
      }
      // The discovered feeds answer.
      const hrefs = await page
        .locator('head link[rel="alternate"][type$="+xml"], head link[rel="alternate"][type$="+json"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
      expect(hrefs.length).toBe(6);
      for (const href of hrefs) expect((await page.request.get(new URL(href).pathname)).status(), href).toBe(200);
    });
  });
}

test.describe("feed addresses", () => {
  test("an unknown country, theme, language or format is a 404", async ({ request }) => {
    for (const path of [
      "/en/feeds/countries/atlantis/rss.xml",
      "/en/feeds/themes/nothing/atom.xml",
      "/en/feeds/regions/europe/rss.xml",
      "/en/feeds/rss.json",
      "/de/feeds/rss.xml",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
