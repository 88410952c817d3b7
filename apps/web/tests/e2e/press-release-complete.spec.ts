import { expect, test } from "@playwright/test";
import { PERU_SLUG, PERU_TITLE } from "./fixtures";

test.describe("the complete press release page", () => {
  test("breadcrumbs lead back to the listing and the newsroom", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "Newsroom" })).toHaveAttribute("href", "/en");
    await expect(crumbs.getByRole("link", { name: "News releases" })).toHaveAttribute("href", "/en/news");
    await expect(crumbs.locator("[aria-current=page]")).toHaveText(PERU_TITLE);
  });

  test("related releases share a country or theme", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    const related = page.getByRole("region", { name: "Related press releases" });
    const links = related.getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    expect(await links.count()).toBeLessThanOrEqual(4);
    await expect(related.getByRole("link", { name: PERU_TITLE })).toHaveCount(0);
  });

  test("share links are plain links with the page's public URL", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    const share = page.getByRole("region", { name: "Share" });
    for (const network of ["Email", "X", "Facebook", "LinkedIn", "WhatsApp"]) {
      const href = await share.getByRole("link", { name: `Share by ${network}` }).getAttribute("href");
      expect(decodeURIComponent(href ?? ""), network).toContain(`/en/news/${PERU_SLUG}`);
    }
    // No third-party scripts on the page.
    const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("src") ?? ""));
    expect(scripts.filter((src) => /^https?:/.test(src))).toEqual([]);
  });

  test("'Last updated' shows when a release changed after publication", async ({ page }) => {
    await page.goto("/en/news/in-agadez-returning-migrants-find-a-second-start-through-small-business-grants");
    await expect(page.getByRole("article").locator("header")).toContainText("Last updated March 1, 2013");
    await page.goto(`/en/news/${PERU_SLUG}`);
    await expect(page.getByRole("article").locator("header")).not.toContainText("Last updated");
  });

  test("prints cleanly: dateline, contacts and URL, no navigation", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("region", { name: "Share" })).toBeHidden();
    await expect(page.getByRole("article").locator("header")).toContainText("Peru");
    await expect(page.getByRole("region", { name: "For more information please contact" })).toBeVisible();
    await expect(page.getByText(`/en/news/${PERU_SLUG}`).last()).toBeVisible();
    // The header keeps the newsroom's name, in black; its search and links do not print.
    await expect(page.getByRole("banner").getByRole("search")).toBeHidden();
    await expect(page.getByRole("banner").getByRole("link", { name: "All news" })).toBeHidden();
    const brandColour = await page
      .getByRole("banner")
      .getByText("IOM Newsroom")
      .evaluate((node) => getComputedStyle(node).color);
    expect(brandColour).toBe("rgb(0, 0, 0)");
    // No tinted strip beside the picture.
    const strip = await page.locator(".hero-figure > div").evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(strip).toBe("rgba(0, 0, 0, 0)");
    // The countries and themes come before the "Printed from" line that ends the document.
    const themes = await page.getByRole("complementary").getByText("Themes").boundingBox();
    const printedFrom = await page.getByText("Printed from").boundingBox();
    expect(themes?.y ?? Infinity).toBeLessThan(printedFrom?.y ?? 0);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    // Chromium writes one "/Type /Page" object per page (the tree is "/Type /Pages").
    const pageCount = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pageCount).toBeGreaterThan(0);
    expect(pageCount).toBeLessThanOrEqual(2);
  });
});
