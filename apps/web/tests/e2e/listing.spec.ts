import { expect, test } from "@playwright/test";
import { PERU_TITLE } from "./fixtures";

test.describe("newsroom listing", () => {
  test("pages of 12 with numbered pages and previous/next in the URL", async ({ page }) => {
    const response = await page.goto("/en/news");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News releases");
    await expect(page.getByRole("status")).toContainText("13 press releases");
    const cards = page.getByRole("main").getByRole("article");
    await expect(cards).toHaveCount(12);
    await expect(cards.first().getByRole("link", { name: PERU_TITLE })).toBeVisible();

    const pages = page.getByRole("navigation", { name: "Pages of results" });
    await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/en\/news\?page=2$/);
    await expect(cards).toHaveCount(1);
    await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
  });

  test("a page past the end and malformed parameters are 404s", async ({ page }) => {
    expect((await page.goto("/en/news?page=3"))?.status()).toBe(404);
    expect((await page.goto("/en/news?page=abc"))?.status()).toBe(404);
    expect((await page.goto("/en/news?type=rumour"))?.status()).toBe(404);
    expect((await page.goto("/en/news?country=atlantis"))?.status()).toBe(404);
  });

  test("filters combine, live in the URL, count results and clear", async ({ page }) => {
    await page.goto("/en/news");
    const form = page.getByRole("search", { name: "Filter press releases" });
    await form.getByLabel("Country").selectOption({ label: "Peru" });
    await form.getByLabel("Year").selectOption("2013");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=peru/);
    await expect(page).toHaveURL(/year=2013/);
    const cards = page.getByRole("main").getByRole("article");
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("status")).toContainText(`${count} press release`);
    for (const card of await cards.all()) await expect(card).toContainText(/Peru|Lima|Bogotá/);

    // The filtered view is shareable: opening its URL gives the same result.
    const url = page.url();
    await page.goto(url);
    await expect(cards).toHaveCount(count);
    await expect(form.getByLabel("Country")).toHaveValue("peru");

    await form.getByLabel("Type").selectOption({ label: "Statement" });
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=statement/);
    await expect(cards.first()).toContainText("Statement");

    await form.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(page.getByRole("status")).toContainText("13 press releases");
  });

  test("a combination with no results says so and offers to clear", async ({ page }) => {
    const response = await page.goto("/en/news?country=peru&type=media-advisory");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("No press releases match these filters.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Clear all filters" }).last()).toHaveAttribute("href", "/en/news");
  });
});

test.describe("country, region and theme pages", () => {
  test("a country page has its name, description, contacts and releases", async ({ page }) => {
    const response = await page.goto("/en/countries/peru");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peru");
    await expect(page.getByRole("main")).toContainText("Country");
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
    const contacts = page.getByRole("region", { name: "Press contacts" });
    await expect(contacts).toContainText("Carolina Santos");
    await expect(contacts.getByRole("link", { name: "casantos@iom.int" })).toHaveAttribute("href", "mailto:casantos@iom.int");
  });

  test("region and theme pages list their releases", async ({ page }) => {
    expect((await page.goto("/en/regions/south-america"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("South America");
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
    expect((await page.goto("/en/themes/migration-governance"))?.status()).toBe(200);
    await expect(page.getByRole("link", { name: PERU_TITLE })).toBeVisible();
  });

  test("the article links to its country and theme pages", async ({ page }) => {
    await page.goto("/en/news/iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day");
    await page.getByRole("complementary").getByRole("link", { name: "Peru", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/countries\/peru$/);
  });

  test("unknown terms are 404s", async ({ page }) => {
    expect((await page.goto("/en/countries/atlantis"))?.status()).toBe(404);
    expect((await page.goto("/en/themes/nothing-here"))?.status()).toBe(404);
    expect((await page.goto("/en/countries/peru?page=9"))?.status()).toBe(404);
  });
});
