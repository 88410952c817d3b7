import { expect, test, type APIRequestContext } from "@playwright/test";
import { LOCALES, PERU_SLUG, PERU_SLUGS, PERU_TITLE } from "./fixtures";
import { testEnv } from "./env";

/**
 * The site as readers reach it: through the caching proxy (apps/proxy) in front of two web
 * instances (npm test and npm start run it so; BASE_URL is the proxy). Read-only.
 */
const WEB_URLS = testEnv.WEB_URLS;
const PUBLIC_PAGES = [
  "/en",
  "/en/news",
  `/en/news/${PERU_SLUG}`,
  "/en/search?q=migrants",
  "/es/news?page=1",
  "/fr/countries/perou",
  "/en/feeds/rss.xml",
  "/sitemap.xml",
];

async function twice(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const first = await request.get(path, { headers, maxRedirects: 0 });
  const second = await request.get(path, { headers, maxRedirects: 0 });
  return { first, second };
}

test.describe("serving through the proxy", () => {
  test.beforeAll(() => {
    expect(WEB_URLS.length, "WEB_URLS names the web instances behind the proxy").toBeGreaterThanOrEqual(2);
  });

  for (const path of PUBLIC_PAGES) {
    test(`${path}: kept by shared caches, served from the proxy's cache, keys and cookies never shown`, async ({ request }) => {
      const { first, second } = await twice(request, path);
      expect(first.status(), path).toBe(200);
      expect(second.status(), path).toBe(200);
      expect(second.headers()["cache-control"]).toMatch(
        /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=86400$/,
      );
      expect(second.headers()["x-cache"]).toBe("HIT");
      expect(second.headers().xkey).toBeUndefined();
      expect(first.headers()["set-cookie"]).toBeUndefined();
      expect(second.headers()["set-cookie"]).toBeUndefined();
      expect(await second.text()).toBe(await first.text());
    });
  }

  test("every web instance answers with the surrogate keys the proxy indexes", async ({ request }) => {
    for (const web of WEB_URLS) {
      const page = await request.get(`${web}/en/news/${PERU_SLUG}`);
      expect(page.status()).toBe(200);
      const keys = (page.headers().xkey ?? "").split(" ");
      expect(keys).toEqual(expect.arrayContaining(["newsroom", `release-address:en:${PERU_SLUG}`, "release-texts:en"]));
      expect(keys.some((k) => k.startsWith("_N_T_"))).toBe(false);
      const listing = await request.get(`${web}/en/news`);
      expect((listing.headers().xkey ?? "").split(" ")).toEqual(expect.arrayContaining(["newsroom", "release-lists:en"]));
    }
  });

  test("a release page is rendered once and then served from the shared cache by both instances", async ({ request }) => {
    // The same bytes from both: one render, stored in Redis, read by the other instance.
    const [a, b] = WEB_URLS;
    if (!a || !b) throw new Error("two web instances expected");
    const path = `/fr/news/${PERU_SLUGS.fr}`;
    // Other tests may have cached the page more than its lifetime ago: then the first answer is
    // the stale copy while the instance renders a new one in the background, and two renders
    // differ in the order of their streamed chunks. Wait for that render to be stored.
    await expect
      .poll(async () => (await request.get(`${a}${path}`)).headers()["x-nextjs-cache"], { timeout: 20_000 })
      .toMatch(/^(HIT|MISS)$/);
    const first = await request.get(`${a}${path}`);
    const second = await request.get(`${b}${path}`);
    expect(first.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(second.headers()["x-nextjs-cache"], "the second instance reads the first one's render").toBe("HIT");
    expect(await second.text()).toBe(await first.text());
  });

  test("no reader gets a cookie, in any language, navigating or switching languages", async ({ page, context }) => {
    const seen: string[] = [];
    page.on("response", (response) => {
      const cookie = response.headers()["set-cookie"];
      if (cookie) seen.push(`${response.url()}: ${cookie}`);
    });
    await page.goto("/");
    for (const locale of LOCALES) await page.goto(`/${locale}/news`);
    await page.goto(`/en/news/${PERU_SLUG}`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(new RegExp(`/es/news/${PERU_SLUGS.es}$`));
    expect(seen).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  test("client-side navigation through the proxy: the RSC payload never stands in for the page", async ({ page, request }) => {
    const payloads: { url: string; type: string; status: number }[] = [];
    page.on("response", (response) => {
      if (response.request().headers().rsc === "1")
        payloads.push({ url: response.url(), type: response.headers()["content-type"] ?? "", status: response.status() });
    });
    await page.goto("/en/news");
    // A marker that survives only a client-side navigation (a full page load would drop it).
    await page.evaluate(() => {
      document.documentElement.dataset.servingTest = "same-document";
    });
    await page.getByRole("link", { name: PERU_TITLE }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
    expect(await page.evaluate(() => document.documentElement.dataset.servingTest)).toBe("same-document");
    // The payloads (prefetch or navigation) came through the proxy as RSC, not as HTML.
    expect(payloads.length).toBeGreaterThan(0);
    for (const payload of payloads)
      expect([payload.status, payload.type], payload.url).toEqual([200, expect.stringContaining("text/x-component")]);
    // The proxy now holds RSC payloads of this URL; a reader opening it gets HTML.
    const html = await request.get(`/en/news/${PERU_SLUG}`);
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(await html.text()).toContain("<html");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
    expect(await page.evaluate(() => document.documentElement.dataset.servingTest)).toBeUndefined();
    // And the other way round: an RSC request after the HTML is cached gets the payload.
    const payload = await request.get(`/en/news/${PERU_SLUG}`, { headers: { RSC: "1" } });
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    expect(await payload.text()).not.toContain("<html");
  });

  test("no Link header names an address that does not exist", async ({ request }) => {
    for (const path of [`/en/news/${PERU_SLUG}`, "/en/news?page=1", "/en"]) {
      const link = (await request.get(path)).headers().link ?? "";
      expect(link, path).not.toContain("hreflang");
    }
  });

  test("the API, previews and the language redirect are never stored", async ({ request }) => {
    const health = await twice(request, "/api/health");
    expect(health.second.headers()["x-cache"]).not.toBe("HIT");
    const root = await twice(request, "/", { "Accept-Language": "es" });
    expect(root.second.status()).toBe(307);
    expect(root.second.headers().location).toMatch(/\/es$/);
    expect(root.second.headers()["x-cache"]).not.toBe("HIT");
    const french = await request.get("/", { headers: { "Accept-Language": "fr" }, maxRedirects: 0 });
    expect(french.headers().location).toMatch(/\/fr$/);
  });

  test("a page never rendered and unknown is a cached 404 with surrogate keys", async ({ request }) => {
    const { first, second } = await twice(request, "/en/news/no-such-release-for-the-serving-test");
    expect(first.status()).toBe(404);
    expect(second.status()).toBe(404);
    expect(second.headers()["x-cache"]).toBe("HIT");
    expect(second.headers()["cache-control"]).toMatch(/s-maxage=60,/);
  });
});
