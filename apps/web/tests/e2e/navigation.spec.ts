import { expect, test } from "@playwright/test";
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

  test("on a phone the menu opens from one button and shows both levels", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: "Who we are" })).toBeHidden();
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
  });
});
