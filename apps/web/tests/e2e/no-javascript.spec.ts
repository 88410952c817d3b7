import { expect, test } from "@playwright/test";
import { PERU_SLUG, PERU_TITLE } from "./fixtures";

// Everything a reader needs works with JavaScript off: plain links and GET forms.
test.use({ javaScriptEnabled: false });

test.describe("with JavaScript disabled", () => {
  test("listing, pagination and filters", async ({ page }) => {
    await page.goto("/en/news");
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(12);
    await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    const form = page.getByRole("search", { name: "Filter press releases" });
    await form.getByLabel("Theme").selectOption({ label: "Migration governance" });
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/theme=migration-governance/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
  });

  test("search", async ({ page }) => {
    await page.goto("/en/search");
    await page.getByLabel("Search the newsroom").fill("12,274");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
    await expect(page.locator("mark").first()).toBeVisible();
  });

  test("the article and its menus", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/news/${PERU_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
    await expect(page.getByRole("article")).toContainText("12,274");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.locator("summary", { hasText: "Our Work" }).click();
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeVisible();
  });

  test("the phone menu", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.locator("summary", { hasText: "Menu" }).click();
    await expect(nav.getByRole("link", { name: "Who we are" })).toBeVisible();
  });
});
