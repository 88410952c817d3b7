import { expect, test } from "@playwright/test";
import { textContrast } from "./contrast";
import { PERU_SLUG } from "./fixtures";

test.describe("header navigation from the CMS", () => {
  test("both levels are there and open by keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/news/${PERU_SLUG}`);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const label of ["Who we are", "Where we work", "Data and Research", "2030 Agenda"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    const ourWork = nav.locator("summary", { hasText: "Our Work" });
    const takeAction = nav.locator("summary", { hasText: "Take Action" });
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeHidden();

    await ourWork.focus();
    await page.keyboard.press("Enter");
    for (const label of ["What We Do", "Partnerships", "Highlights"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeHidden();

    await takeAction.focus();
    await page.keyboard.press("Space");
    for (const label of ["Work with us", "Get involved"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Work with us" })).toBeFocused();
  });

  test("Escape closes an open menu and returns focus; opening one closes the other", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    const ourWork = nav.locator("summary", { hasText: "Our Work" });
    await ourWork.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeHidden();
    await expect(ourWork).toBeFocused();

    await page.keyboard.press("Enter");
    await nav.locator("summary", { hasText: "Take Action" }).click();
    await expect(nav.getByRole("link", { name: "Work with us" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeHidden();
    await page.getByRole("main").click({ position: { x: 5, y: 5 } });
    await expect(nav.getByRole("link", { name: "Work with us" })).toBeHidden();
  });

  test("an open panel's button stays readable while the pointer is on it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en");
    const ourWork = page.getByRole("navigation", { name: "Main navigation" }).locator("summary", { hasText: "Our Work" });
    await ourWork.hover();
    expect(await textContrast(ourWork)).toBeGreaterThanOrEqual(4.5);
    await ourWork.click(); // the pointer stays on it
    await expect(ourWork.locator("xpath=..")).toHaveAttribute("open", "");
    expect(await textContrast(ourWork)).toBeGreaterThanOrEqual(4.5);
  });

  test("the header: brand on the left, search and languages on the right, the menu on one line at 768 px", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en");
    const header = page.getByRole("banner");
    const brand = header.getByRole("link", { name: /IOM Newsroom/ });
    // No logo in the seed settings: the organisation's name stands in for it, as text.
    await expect(brand).toContainText("International Organization for Migration");
    const search = header.getByRole("search");
    const languages = header.getByRole("navigation", { name: "Language" });
    const [brandBox, searchBox, languagesBox] = await Promise.all([brand.boundingBox(), search.boundingBox(), languages.boundingBox()]);
    if (!brandBox || !searchBox || !languagesBox) throw new Error("header parts not laid out");
    expect(searchBox.x).toBeGreaterThan(640);
    expect(languagesBox.x).toBeGreaterThan(searchBox.x);
    // Same row as the brand.
    expect(Math.abs(searchBox.y + searchBox.height / 2 - (brandBox.y + brandBox.height / 2))).toBeLessThan(brandBox.height / 2);

    // The tagline once on the home page.
    const tagline = "Press releases, statements and media advisories from the International Organization for Migration";
    await expect(page.getByText(tagline)).toHaveCount(1);

    for (const width of [768, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      const tops = await page
        .getByRole("navigation", { name: "Main navigation" })
        .locator(":scope > ul > li")
        .evaluateAll((items) =>
          items.filter((li) => li.getClientRects().length > 0).map((li) => Math.round(li.getBoundingClientRect().top)),
        );
      expect(tops.length).toBeGreaterThan(3);
      expect(new Set(tops).size, `menu items on one line at ${width}px`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });

  test("icons and the web app manifest", async ({ page, request }) => {
    await page.goto("/en");
    await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", /\/(favicon\.ico|icon\.svg)/);
    await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveAttribute("href", /\/apple-icon\.png/);
    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBe("/manifest.webmanifest");
    for (const [path, type] of [
      ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
      ["/icon.svg", /image\/svg\+xml/],
      ["/apple-icon.png", /image\/png/],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toMatch(type);
    }
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const body: unknown = await manifest.json();
    expect(body).toMatchObject({
      name: "IOM Newsroom",
      start_url: "/",
      icons: expect.arrayContaining([expect.objectContaining({ src: "/icon.svg" })]),
    });
  });

  test("on a phone the menu opens from one button and shows both levels", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: "Who we are" })).toBeHidden();
    // The newsroom's name and the languages share the first row; the search box has its own.
    const [brand, languages] = await Promise.all([
      page
        .getByRole("banner")
        .getByRole("link", { name: /IOM Newsroom/ })
        .boundingBox(),
      page.getByRole("banner").getByRole("navigation", { name: "Language" }).boundingBox(),
    ]);
    expect(Math.abs((brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((languages?.y ?? 0) + (languages?.height ?? 0) / 2))).toBeLessThan(16);
    await nav.locator("summary", { hasText: "Menu" }).click();
    await expect(nav.getByRole("link", { name: "Who we are" })).toBeVisible();
    await nav.locator("summary", { hasText: "Our Work" }).click();
    for (const label of ["What We Do", "Partnerships", "Highlights"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await nav.locator("summary", { hasText: "Take Action" }).click();
    for (const label of ["Work with us", "Get involved"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    // Nothing overflows the narrow screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("the skip link leads to the main content", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("the footer carries the CMS footer menu and settings", async ({ page }) => {
    await page.goto("/en");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("navigation", { name: "Footer navigation" }).getByRole("link", { name: "Newsroom" })).toHaveAttribute(
      "href",
      "/en",
    );
    await expect(footer).toContainText("International Organization for Migration");
    await expect(footer.getByRole("link", { name: "IOM on X" })).toHaveAttribute("href", "https://x.com/UNmigration");
  });

  for (const [locale, label] of [
    ["es", "OIM en X"],
    ["fr", "OIM sur LinkedIn"],
  ] as const) {
    test(`the footer's social links speak ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: label })).toBeVisible();
      await expect(page.getByRole("contentinfo")).not.toContainText("IOM on");
    });
  }
});

test.describe("header menus without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("two desktop panels are never open at once", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.locator("summary", { hasText: "Our Work" }).click();
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeVisible();
    await nav.locator("summary", { hasText: "Take Action" }).click();
    await expect(nav.getByRole("link", { name: "Work with us" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "What We Do" })).toBeHidden();
    await expect(page.locator("details.desktop-submenu[open]")).toHaveCount(1);
  });
});
