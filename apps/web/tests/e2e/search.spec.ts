import { expect, test } from "@playwright/test";
import { PERU_TITLE } from "./fixtures";

test.describe("search", () => {
  test("finds by words in the body, ranks and highlights", async ({ page }) => {
    await page.goto("/en/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    const form = page.getByRole("search", { name: "Filter press releases" });
    await form.getByLabel("Search the newsroom").fill("peruvians abroad");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=peruvians\+abroad/);
    const results = page.getByRole("main").getByRole("article");
    await expect(results.first().getByRole("link", { name: PERU_TITLE })).toBeVisible();
    await expect(results.first().locator("mark").first()).toBeVisible();
    await expect(
      results
        .first()
        .locator("mark", { hasText: /^Peruvians$/ })
        .first(),
    ).toBeVisible();
  });

  test("figures and accents are found", async ({ page }) => {
    await page.goto("/en/search?q=12%2C274");
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
    await page.goto("/en/search?q=davalos");
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
  });

  test("the same filters apply to search", async ({ page }) => {
    await page.goto("/en/search?q=migrants&type=statement");
    const results = page.getByRole("main").getByRole("article");
    const count = await results.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (const result of await results.all()) await expect(result).toContainText("Statement");
  });

  test("no results gives a helpful empty state", async ({ page }) => {
    const response = await page.goto("/en/search?q=zzzyxxq");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Nothing matches “zzzyxxq”.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse all press releases" })).toHaveAttribute("href", "/en/news");
  });

  test("hostile queries get a normal answer; one longer than any search box allows, a 414", async ({ request }) => {
    // The search boxes allow 200 characters; past 1,024 the server refuses before searching.
    const huge = await request.get(`/en/search?q=${"x".repeat(10_000)}`);
    expect(huge.status()).toBe(414);
    expect((await huge.text()).length).toBeLessThan(100);
    for (const q of ["x".repeat(1_000), "%' OR 1=1 --", ".*(a+)+$", "%_%", "<script>alert(1)</script>", "\\", "[[[["]) {
      const response = await request.get(`/en/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), q.slice(0, 30)).toBe(200);
      expect(await response.text()).not.toContain("<script>alert(1)</script>");
    }
    expect((await request.get("/en/search?q=a&q=b")).status()).toBe(404);
  });

  test("the header search box leads to results", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en");
    await page.getByRole("banner").getByRole("searchbox").fill("Agadez");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=Agadez/);
    await expect(page.getByRole("main").getByRole("article").first()).toContainText("Agadez");
  });
});
