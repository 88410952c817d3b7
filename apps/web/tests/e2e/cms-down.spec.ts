import { expect, test } from "@playwright/test";
import { PERU_SLUG, PERU_TITLE } from "./fixtures";

/**
 * Runs while Strapi is stopped (npm test stops it before running `--grep @cms-down`).
 * An outage must never look like "not found".
 */
test.describe("with the CMS stopped @cms-down", () => {
  test.beforeAll(async ({ request }) => {
    const cms = process.env.CMS_URL ?? "";
    const reachable = await request.get(`${cms}/_health`, { timeout: 2000 }).then(
      () => true,
      () => false,
    );
    expect(reachable, "these tests must run with the CMS stopped").toBe(false);
  });

  test("a page never rendered before answers 5xx with the error page, not 404", async ({ page }) => {
    const response = await page.goto(`/en/news/never-rendered-${Date.now()}`);
    const status = response?.status() ?? 0;
    expect(status).toBeGreaterThanOrEqual(500);
    expect(status).toBeLessThan(600);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The news service is temporarily unavailable");
    await expect(page.getByText("Page not found")).toHaveCount(0);
  });

  test("a page rendered before keeps being served", async ({ page }) => {
    const response = await page.goto(`/en/news/${PERU_SLUG}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
  });
});
