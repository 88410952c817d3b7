import { expect, test } from "@playwright/test";
import { NEVER_RENDERED_SLUG, PERU_SLUG, PERU_TITLE } from "./fixtures";
import { testEnv } from "./env";

/**
 * Runs while Strapi is stopped: the cms-down project (playwright.config.ts) depends on stop-cms,
 * which stops the real process through the stack control; cms-back on start-cms.
 * An outage must never look like "not found" and must never blank out cached pages.
 */
async function cmsReachable(request: import("@playwright/test").APIRequestContext): Promise<boolean> {
  return request.get(`${testEnv.CMS_URL}/_health`, { timeout: 2000 }).then(
    () => true,
    () => false,
  );
}

test.describe("with the CMS stopped @cms-down", () => {
  test.beforeAll(async ({ request }) => {
    expect(await cmsReachable(request), "these tests must run with the CMS stopped").toBe(false);
  });

  for (const locale of ["en", "es", "fr"] as const) {
    test(`an uncached page answers 503 with the unavailable page (${locale})`, async ({ page }) => {
      const response = await page.goto(`/${locale}/news/${NEVER_RENDERED_SLUG}-${locale}`);
      expect(response?.status()).toBe(503);
      expect(response?.headers()["retry-after"]).toBeTruthy();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/Page not found|Página no encontrada|Page introuvable/)).toHaveCount(0);
    });
  }

  test("the unavailable page says so in words", async ({ page }) => {
    const response = await page.goto(`/en/news/${NEVER_RENDERED_SLUG}`);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The news service is temporarily unavailable");
  });

  test("pages rendered before keep being served with their last good content", async ({ page }) => {
    const article = await page.goto(`/en/news/${PERU_SLUG}`);
    expect(article?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    const home = await page.goto("/en");
    expect(home?.status()).toBe(200);
    await expect(page.getByRole("link", { name: PERU_TITLE }).first()).toBeVisible();
  });
});

test.describe("after the CMS is started again @cms-back", () => {
  test.beforeAll(async ({ request }) => {
    expect(await cmsReachable(request), "these tests must run after the CMS restarted").toBe(true);
  });

  test("the page that was unavailable now renders", async ({ page }) => {
    const response = await page.goto(`/en/news/${NEVER_RENDERED_SLUG}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Launch of Study on Labour Migration");
  });

  test("an unknown slug is again a plain 404", async ({ page }) => {
    const response = await page.goto(`/en/news/${NEVER_RENDERED_SLUG}-en`);
    expect(response?.status()).toBe(404);
  });
});
