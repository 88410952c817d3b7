import { expect, test } from "@playwright/test";
import { DAVALOS_QUOTE, PERU_SLUG, PERU_TITLE, ROJAS_QUOTE } from "./fixtures";

test.describe("the Peru press release", () => {
  test("the home page links it and its page shows the whole release", async ({ page }) => {
    const home = await page.goto("/en");
    expect(home?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: PERU_TITLE }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${PERU_SLUG}$`));

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERU_TITLE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const article = page.getByRole("article");
    await expect(article.getByText("Press release", { exact: true })).toBeVisible();
    // Dateline: "Peru — 18 October 2013" (formatted for the language).
    await expect(article.locator("header p", { hasText: "Peru" }).first()).toContainText(/Peru\s*—\s*October 18, 2013/);
    await expect(article).toContainText(DAVALOS_QUOTE);
    await expect(article).toContainText(ROJAS_QUOTE);
    await expect(article).toContainText("The survey of 12,274 migrants");
    await expect(article.getByRole("figure").first()).toContainText("Photo:");
    await expect(article.getByRole("img").first()).toHaveAttribute("alt", /.+/);
  });

  test("the first screen at 1280×800 holds headline, dateline and lead; the picture follows", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/en/news/${PERU_SLUG}`);
    const article = page.getByRole("article");
    const lead = article.locator(".release-lead");
    for (const part of [article.getByRole("heading", { level: 1 }), article.locator("header time").first(), lead]) {
      const box = await part.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    }
    // The dateline once: the place is not repeated at the start of the lead.
    await expect(lead).not.toContainText(/^\s*Peru/i);
  });

  test("the hero's sizes match its rendered width: the chosen file is never narrower", async ({ page }) => {
    for (const width of [360, 800, 1100, 1280, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/en/news/${PERU_SLUG}`);
      const hero = page.locator(".hero-figure img");
      await expect(hero).toHaveJSProperty("complete", true);
      const { natural, rendered } = await hero.evaluate((img) =>
        img instanceof HTMLImageElement ? { natural: img.naturalWidth, rendered: img.clientWidth } : { natural: 0, rendered: 1 },
      );
      expect(natural, `at ${width}px`).toBeGreaterThanOrEqual(rendered);
      // …and not a file meant for a much wider slot.
      expect(natural, `at ${width}px`).toBeLessThan(rendered * 2);
    }
  });

  test("dates are written one way on cards, in the dateline and in the side column", async ({ page }) => {
    for (const url of ["/en", `/en/news/${PERU_SLUG}`]) {
      await page.goto(url);
      const dates = await page.getByRole("main").locator("time").allTextContents();
      expect(dates.length).toBeGreaterThan(1);
      for (const date of dates) expect(date, url).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    }
  });

  test("the home page ends with a link to all releases", async ({ page }) => {
    await page.goto("/en");
    const link = page.getByRole("main").getByRole("link", { name: "All press releases" });
    await expect(link).toHaveAttribute("href", "/en/news");
    const [linkBox, lastCard] = await Promise.all([link.boundingBox(), page.getByRole("main").getByRole("article").last().boundingBox()]);
    expect(linkBox?.y ?? 0).toBeGreaterThan(lastCard?.y ?? Infinity);
  });

  test("the contact block has working mail and phone links", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    const contacts = page.getByRole("region", { name: "For more information please contact" });
    await expect(contacts).toContainText("Carolina Santos");
    await expect(contacts).toContainText("IOM Peru");
    await expect(contacts.getByRole("link", { name: "casantos@iom.int" })).toHaveAttribute("href", "mailto:casantos@iom.int");
    await expect(contacts.getByRole("link", { name: "+51.1.221.7209" })).toHaveAttribute("href", "tel:+5112217209");
  });

  test("hero and inline images load through the site's own origin", async ({ page }) => {
    await page.goto(`/en/news/${PERU_SLUG}`);
    const hero = page.getByRole("article").getByRole("img").first();
    await expect(hero).toHaveJSProperty("complete", true);
    expect(await hero.evaluate((img) => (img instanceof HTMLImageElement ? img.naturalWidth : 0))).toBeGreaterThan(0);
    const src = await hero.getAttribute("src");
    expect(src).toMatch(/^\/_next\/image\?url=%2Fuploads%2F/);
    const upload = await page.request.get(decodeURIComponent(/url=([^&]+)/.exec(src ?? "")?.[1] ?? ""));
    expect(upload.status()).toBe(200);
    expect(upload.headers()["content-type"]).toBe("image/jpeg");
  });

  test("body blocks render as real HTML: quotes, lists, links", async ({ page }) => {
    // The Ukraine sample has an ordered list, a block quote and an inline link.
    await page.goto("/en/news/ukraine-hotline-helps-more-than-3000-callers-check-job-offers-abroad");
    const body = page.locator(".prose-newsroom");
    await expect(body.locator("blockquote")).toHaveCount(1);
    await expect(body.locator("ol > li")).toHaveCount(4);
    await expect(body.getByRole("link", { name: "hotline’s project page" })).toHaveAttribute("href", /^https:\/\/www\.example\.org\//);
    await expect(body.getByRole("heading", { level: 2 })).toHaveText("How the hotline works");
  });

  test("a release without a hero image renders without one", async ({ page }) => {
    const response = await page.goto(
      "/en/news/statement-by-the-regional-director-on-protection-for-migrants-moving-through-the-andean-region",
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("article").locator("figure")).toHaveCount(0);
    await expect(page.getByRole("article").getByText("Statement", { exact: true })).toBeVisible();
  });

  test("attachments show file type and size", async ({ page }) => {
    await page.goto("/en/news/ukraine-hotline-helps-more-than-3000-callers-check-job-offers-abroad");
    const attachments = page.getByRole("region", { name: "Media kit and documents" });
    await expect(attachments).toContainText(/PDF, \d/);
    const href = await attachments.getByRole("link").first().getAttribute("href");
    const file = await page.request.get(href ?? "");
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the home page lists the latest releases with dateline, lead and picture", async ({ page }) => {
    await page.goto("/en");
    const cards = page.getByRole("main").getByRole("article");
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    const first = cards.first();
    await expect(first.getByRole("link", { name: PERU_TITLE })).toBeVisible();
    await expect(first).toContainText("Peru");
    await expect(first.locator("time")).toHaveAttribute("datetime", "2013-10-18T15:00:00.000Z");
    // Decorative (alt=""): the linked headline names the card.
    await expect(first.locator("img")).toBeVisible();
    await expect(first.locator("img")).toHaveAttribute("alt", "");
  });
});
