import { expect, test } from "@playwright/test";

test.describe("missing pages are real 404s", () => {
  test("an unknown press release slug answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/en/news/this-release-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // The site frame still works around it.
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
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
