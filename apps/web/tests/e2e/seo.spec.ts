import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createContentClient } from "@newsroom/content";
import { DESCRIPTION_LIMITS, summarize } from "../../src/features/seo/description";
import { LOCALES, PERU_COUNTRY_SLUGS, PERU_SLUGS } from "./fixtures";
import { testEnv } from "./env";

/**
 * Search-engine and sharing metadata on the seeded content, in each language: titles,
 * descriptions, canonical URLs, hreflang, Open Graph and Twitter tags, share images and
 * JSON-LD. (The escaping of JSON-LD is unit-tested in src/features/seo/json-ld.test.ts.)
 */
const SITE = testEnv.SITE_URL;
const abs = (path: string) => new URL(path, SITE).href;
const cms = createContentClient({ baseUrl: testEnv.CMS_URL, token: testEnv.CMS_READ_TOKEN });
const OG_LOCALES = { en: "en_GB", es: "es_ES", fr: "fr_FR" } as const;
/** The one seeded release without a hero image or share image: its card is generated. */
const NO_IMAGE_SLUG = "statement-by-the-regional-director-on-protection-for-migrants-moving-through-the-andean-region";

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
const metaContent = async (page: Page, key: string) => meta(page, key).first().getAttribute("content");
const metaContents = async (page: Page, key: string) =>
  meta(page, key).evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));

async function hreflangs(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang") ?? "", l.getAttribute("href") ?? ""]));
  // Next.js writes the bare origin without its "/"; the same URL either way.
  return Object.fromEntries(pairs.map(([lang = "", href = ""]) => [lang, new URL(href).href]));
}

async function canonical(page: Page) {
  return page.locator('head link[rel="canonical"]').getAttribute("href");
}

/** Every JSON-LD node on the page (flattening @graph). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null) return [];
    const nodes: unknown = "@graph" in data ? data["@graph"] : [data];
    return Array.isArray(nodes) ? nodes.filter((n): n is Record<string, unknown> => typeof n === "object" && n !== null) : [];
  });
}

function node(nodes: Record<string, unknown>[], type: string): Record<string, unknown> {
  const found = nodes.find((n) => n["@type"] === type);
  expect(found, `JSON-LD ${type}`).toBeDefined();
  return found ?? {};
}

async function expectImage(request: APIRequestContext, url: string | null, type: RegExp) {
  expect(url).toMatch(/^https?:\/\//);
  const response = await request.get(new URL(url ?? "").pathname + new URL(url ?? "").search);
  expect(response.status(), url ?? "").toBe(200);
  expect(response.headers()["content-type"], url ?? "").toMatch(type);
  return response.body();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function expectSharing(page: Page, locale: (typeof LOCALES)[number], siteName: string, type: "website" | "article") {
  expect(await metaContent(page, "og:site_name")).toBe(siteName);
  expect(await metaContent(page, "og:locale")).toBe(OG_LOCALES[locale]);
  expect(await metaContent(page, "og:type")).toBe(type);
  expect(await metaContent(page, "og:url")).toBe(await canonical(page));
  expect(await metaContent(page, "og:title")).toBeTruthy();
  expect(await metaContent(page, "og:description")).toBeTruthy();
  expect(await metaContent(page, "twitter:card")).toBe("summary_large_image");
  expect(await metaContent(page, "twitter:title")).toBe(await metaContent(page, "og:title"));
  expect(await metaContent(page, "twitter:image")).toBe(await metaContent(page, "og:image"));
  expect(await metaContents(page, "og:locale:alternate")).toEqual(LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALES[l]));
}

for (const locale of LOCALES) {
  test.describe(`metadata in ${locale}`, () => {
    test("home: title, description, canonical, hreflang with x-default, sharing tags, Organization and WebSite JSON-LD", async ({
      page,
      request,
    }) => {
      const settings = await cms.getSiteSettings(locale);
      await page.goto(`/${locale}`);
      await expect(page).toHaveTitle(new RegExp(` \\| ${settings.siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      expect(await metaContent(page, "description")).toBe(settings.tagline);
      expect(await canonical(page)).toBe(abs(`/${locale}`));
      expect(await hreflangs(page)).toEqual({ en: abs("/en"), es: abs("/es"), fr: abs("/fr"), "x-default": abs("/") });
      await expectSharing(page, locale, settings.siteName, "website");
      await expectImage(request, await metaContent(page, "og:image"), /^image\//);
      expect(await page.locator('head meta[name="robots"]').count()).toBe(0);

      const nodes = await jsonLd(page);
      const organization = node(nodes, "Organization");
      expect(organization).toMatchObject({ name: settings.organization.name, url: settings.organization.url });
      const logo = organization.logo;
      expect(logo).toMatchObject({ "@type": "ImageObject" });
      await expectImage(
        request,
        typeof logo === "object" && logo !== null && "url" in logo && typeof logo.url === "string" ? logo.url : null,
        /^image\//,
      );
      const website = node(nodes, "WebSite");
      expect(website).toMatchObject({
        name: settings.siteName,
        url: abs(`/${locale}`),
        inLanguage: locale,
        potentialAction: {
          "@type": "SearchAction",
          target: { urlTemplate: abs(`/${locale}/search?q={search_term_string}`) },
          "query-input": "required name=search_term_string",
        },
      });
      // The SearchAction's target is the site search.
      const search = await request.get(`/${locale}/search?q=${encodeURIComponent("Peru")}`);
      expect(search.status()).toBe(200);
    });

    test("the Peru release: article tags, share image, NewsArticle and BreadcrumbList", async ({ page, request }) => {
      const [settings, peru] = await Promise.all([cms.getSiteSettings(locale), cms.getPressRelease(PERU_SLUGS[locale], locale)]);
      const url = abs(`/${locale}/news/${PERU_SLUGS[locale]}`);
      await page.goto(`/${locale}/news/${PERU_SLUGS[locale]}`);
      await expect(page).toHaveTitle(peru.seo?.metaTitle ?? `${peru.title} | ${settings.siteName}`);
      // The lead cut at a word boundary to what search engines show; JSON-LD keeps it whole.
      expect(await metaContent(page, "description")).toBe(summarize(peru.seo?.metaDescription ?? peru.lead, DESCRIPTION_LIMITS.meta));
      expect(await canonical(page)).toBe(url);
      expect(await hreflangs(page)).toEqual({
        en: abs(`/en/news/${PERU_SLUGS.en}`),
        es: abs(`/es/news/${PERU_SLUGS.es}`),
        fr: abs(`/fr/news/${PERU_SLUGS.fr}`),
        "x-default": abs(`/en/news/${PERU_SLUGS.en}`),
      });
      await expectSharing(page, locale, settings.siteName, "article");
      expect(await metaContent(page, "article:published_time")).toBe(peru.dateline.date);
      expect(await metaContent(page, "article:modified_time")).toBe(peru.lastUpdatedAt ?? peru.dateline.date);
      expect(await metaContents(page, "article:tag")).toEqual(peru.themes.map((t) => t.name));
      expect(peru.themes.length).toBeGreaterThan(0);
      expect(await page.locator('head meta[name="robots"]').count()).toBe(0);
      // No share image of its own: the hero image is the share image.
      const hero = abs(peru.heroImage?.src ?? "/missing");
      expect(await metaContent(page, "og:image")).toBe(hero);
      expect(await metaContent(page, "og:image:alt")).toBe(peru.heroImage?.alt);
      await expectImage(request, hero, /^image\/jpeg/);

      const nodes = await jsonLd(page);
      const article = node(nodes, "NewsArticle");
      expect(article).toMatchObject({
        headline: peru.title,
        description: peru.seo?.metaDescription ?? peru.lead,
        datePublished: peru.dateline.date,
        dateModified: peru.lastUpdatedAt ?? peru.dateline.date,
        image: [hero],
        inLanguage: locale,
        locationCreated: { "@type": "Place", name: peru.dateline.place },
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        publisher: { "@type": "Organization", name: settings.organization.name },
      });
      const publisher = article.publisher;
      const logoUrl =
        typeof publisher === "object" &&
        publisher !== null &&
        "logo" in publisher &&
        typeof publisher.logo === "object" &&
        publisher.logo !== null &&
        "url" in publisher.logo &&
        typeof publisher.logo.url === "string"
          ? publisher.logo.url
          : null;
      await expectImage(request, logoUrl, /^image\//);
      const breadcrumbs = node(nodes, "BreadcrumbList");
      const items = breadcrumbs.itemListElement;
      expect(Array.isArray(items) ? items.length : 0).toBe(3);
      expect(Array.isArray(items) ? items[0] : null).toMatchObject({ position: 1, item: abs(`/${locale}`) });
      expect(Array.isArray(items) ? items[1] : null).toMatchObject({ position: 2, item: abs(`/${locale}/news`) });
      expect(Array.isArray(items) ? items[2] : null).toMatchObject({ position: 3, name: peru.title, item: url });
    });

    test("listing, search, country page and 404: canonical, hreflang, robots", async ({ page }) => {
      const settings = await cms.getSiteSettings(locale);
      const suffix = ` | ${settings.siteName}`;

      await page.goto(`/${locale}/news?country=${PERU_COUNTRY_SLUGS[locale]}`);
      expect(await canonical(page)).toBe(abs(`/${locale}/news`));
      expect(await hreflangs(page)).toEqual({
        en: abs("/en/news"),
        es: abs("/es/news"),
        fr: abs("/fr/news"),
        "x-default": abs("/en/news"),
      });
      expect((await page.title()).endsWith(suffix)).toBe(true);
      await expectSharing(page, locale, settings.siteName, "website");

      await page.goto(`/${locale}/search?q=migration`);
      expect(await canonical(page)).toBe(abs(`/${locale}/search`));
      expect(await metaContent(page, "robots")).toBe("noindex, follow");

      const term = await cms.getTaxonomyTerm("country", PERU_COUNTRY_SLUGS[locale], locale);
      await page.goto(`/${locale}/countries/${PERU_COUNTRY_SLUGS[locale]}`);
      await expect(page).toHaveTitle(`${term.name}${suffix}`);
      expect(await canonical(page)).toBe(abs(`/${locale}/countries/${PERU_COUNTRY_SLUGS[locale]}`));
      expect(await hreflangs(page)).toEqual({
        en: abs(`/en/countries/${PERU_COUNTRY_SLUGS.en}`),
        es: abs(`/es/countries/${PERU_COUNTRY_SLUGS.es}`),
        fr: abs(`/fr/countries/${PERU_COUNTRY_SLUGS.fr}`),
        "x-default": abs(`/en/countries/${PERU_COUNTRY_SLUGS.en}`),
      });
      if (term.description) expect(await metaContent(page, "description")).toBe(summarize(term.description, DESCRIPTION_LIMITS.meta));

      const missing = await page.goto(`/${locale}/no-such-page`);
      expect(missing?.status()).toBe(404);
      expect(await metaContent(page, "robots")).toMatch(/noindex/);
      expect(await page.title()).toContain(settings.siteName);
    });
  });
}

test.describe("generated share cards", () => {
  test("a release without an image gets a 1200×630 card; each language gets its own", async ({ page, request }) => {
    await page.goto(`/en/news/${NO_IMAGE_SLUG}`);
    const ogImage = await metaContent(page, "og:image");
    expect(ogImage).toContain(`/en/news/${NO_IMAGE_SLUG}/opengraph-image`);
    expect(await metaContent(page, "og:image:width")).toBe("1200");
    expect(await metaContent(page, "og:image:height")).toBe("630");
    expect(await metaContent(page, "og:image:type")).toBe("image/png");
    expect(await metaContent(page, "og:image:alt")).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    const card = await expectImage(request, ogImage, /^image\/png/);
    expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
    // The same card route for the Peru release in each language (their pages show the hero
    // image instead): one PNG per language, each rendered with that language's text.
    const cardPath = new URL(ogImage ?? "").pathname;
    const cards = await Promise.all(
      LOCALES.map(async (locale) => {
        const png = await expectImage(
          request,
          abs(cardPath.replace(`/en/news/${NO_IMAGE_SLUG}/`, `/${locale}/news/${PERU_SLUGS[locale]}/`)),
          /^image\/png/,
        );
        expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
        return png.toString("base64");
      }),
    );
    expect(new Set([...cards, card.toString("base64")]).size).toBe(4);
    expect((await request.get(cardPath.replace(`/en/news/${NO_IMAGE_SLUG}/`, "/en/news/no-such-release/"))).status()).toBe(404);
  });
});
