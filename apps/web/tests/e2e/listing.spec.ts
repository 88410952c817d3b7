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
    // A year without releases is a filter value the form never offers, like an unknown country.
    expect((await page.goto("/en/news?year=1999"))?.status()).toBe(404);
    expect((await page.goto("/en/search?q=peru&year=1999"))?.status()).toBe(404);
  });

  test("a submitted form's empty fields are redirected to the clean address", async ({ request }) => {
    for (const [from, to] of [
      ["/en/news?country=&region=&theme=&type=&year=2013", "/en/news?year=2013"],
      ["/en/news?country=peru&page=", "/en/news?country=peru"],
      ["/en/search?q=lima&country=&type=", "/en/search?q=lima"],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
    }
  });

  test("page titles name the filters, the page and the search words", async ({ page }) => {
    await page.goto("/en/news?country=peru&year=2013");
    await expect(page).toHaveTitle("News releases: Peru, 2013 | IOM Newsroom");
    await page.goto("/en/news?page=2");
    await expect(page).toHaveTitle("News releases, page 2 | IOM Newsroom");
    await page.goto("/en/news?type=statement");
    await expect(page).toHaveTitle("News releases: Statement | IOM Newsroom");
    await page.goto("/en/search?q=lima");
    await expect(page).toHaveTitle("Search results for “lima” | IOM Newsroom");
  });

  test("active filters show as chips, each removable", async ({ page }) => {
    await page.goto("/en/news?country=peru&year=2013");
    const chips = page.getByRole("region", { name: "Active filters" });
    await expect(chips.getByRole("link", { name: "Remove filter: Peru" })).toHaveAttribute("href", "/en/news?year=2013");
    await expect(chips.getByRole("link", { name: "Remove filter: 2013" })).toHaveAttribute("href", "/en/news?country=peru");
    await chips.getByRole("link", { name: "Remove filter: Peru" }).click();
    await expect(page).toHaveURL(/\/en\/news\?year=2013$/);
    await expect(page.getByRole("region", { name: "Active filters" }).getByRole("link")).toHaveCount(1);
    await page.goto("/en/news");
    await expect(page.getByRole("region", { name: "Active filters" })).toHaveCount(0);
  });

  test("cards line up in the grid, with or without a picture, and their pictures are decorative", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/news");
    const cards = page.getByRole("main").getByRole("article");
    const tops = await cards.evaluateAll((nodes) =>
      nodes.map(
        (card) => Math.round(card.querySelector("h2")?.getBoundingClientRect().top ?? -1) - Math.round(card.getBoundingClientRect().top),
      ),
    );
    // Every headline sits at the same height in its card: no card without a picture leaves a hole.
    expect(new Set(tops).size).toBe(1);
    const alts = await cards.locator("img").evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt")));
    expect(alts.length).toBeGreaterThan(0);
    expect(alts.every((alt) => alt === "")).toBe(true);
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

  test("a page without press contacts keeps no empty column", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/themes/migration-governance");
    const releases = page.getByRole("region", { name: "Press releases" });
    const width = (await releases.boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(1000);
  });
});

test.describe("the listing on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the filters fold away: the first headline is on the first screen", async ({ page }) => {
    await page.goto("/en/news?country=peru");
    const form = page.getByRole("search", { name: "Filter press releases" });
    await expect(form.getByLabel("Country")).toBeHidden();
    const headline = page.getByRole("main").getByRole("article").first().getByRole("heading");
    const box = await headline.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(740 - 60);
    // The chips say what is applied while the filters are folded.
    await expect(page.getByRole("region", { name: "Active filters" })).toContainText("Peru");
    await form.locator("summary").click();
    await expect(form.getByLabel("Country")).toBeVisible();
    await expect(form.getByLabel("Country")).toHaveValue("peru");
  });
});

test.describe("the listing without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form leads to the clean address of the view", async ({ page }) => {
    await page.goto("/en/news");
    const form = page.getByRole("search", { name: "Filter press releases" });
    await form.getByLabel("Year").selectOption("2013");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/news\?year=2013$/);
  });

  test("on a phone the filter disclosure opens", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/en/news");
    const form = page.getByRole("search", { name: "Filter press releases" });
    await form.locator("summary").click();
    await form.getByLabel("Type").selectOption({ label: "Statement" });
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/news\?type=statement$/);
  });
});
