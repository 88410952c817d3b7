import { expect, test } from "@playwright/test";

test.describe("missing pages are real 404s", () => {
  test("an unknown press release slug answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/en/news/this-release-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // The site frame still works around it.
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  });

  test("the 404 page is centred in the full width, with a search box and the latest releases", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/news/this-release-does-not-exist");
    const main = page.getByRole("main");
    const heading = await main.getByRole("heading", { level: 1 }).boundingBox();
    expect(Math.abs((heading?.x ?? 0) + (heading?.width ?? 0) / 2 - 640)).toBeLessThan(24);
    const search = main.getByRole("search");
    await search.getByLabel("Search the newsroom").fill("Peru");
    const latest = main.getByRole("region", { name: "Latest press releases" });
    await expect(latest.getByRole("article")).toHaveCount(3);
    expect((await latest.boundingBox())?.width ?? 0).toBeGreaterThan(1000);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=Peru$/);
  });

  test("a slug no release could have is a 404 too, not an error", async ({ page }) => {
    const response = await page.goto(`/en/news/${"x".repeat(300)}`);
    expect(response?.status()).toBe(404);
  });

  test("an unknown path inside a language is a 404 in that language", async ({ page }) => {
    const response = await page.goto("/es/no-existe");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
  });

  test("/ leads to a language", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en$/);
  });

  test("an upload that does not exist is a 404", async ({ request }) => {
    expect((await request.get("/uploads/nothing-here.jpg")).status()).toBe(404);
    expect((await request.get("/uploads/..%2F..%2Fpackage.json")).status()).toBe(404);
  });
});
