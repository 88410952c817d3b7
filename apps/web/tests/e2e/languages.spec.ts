import { expect, test } from "@playwright/test";
import { PERU_COUNTRY_SLUGS, PERU_SLUGS } from "./fixtures";

test.describe("three languages", () => {
  test("/ picks the reader's language from Accept-Language, else English", async ({ browser }) => {
    for (const [browserLocale, expected] of [
      ["es-ES", "/es"],
      ["fr-CH", "/fr"],
      ["de-DE", "/en"],
    ] as const) {
      // The browser's language setting is what it sends as Accept-Language.
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
      await context.close();
    }
  });

  test("the Spanish Peru release is a real translation, linked both ways", async ({ page }) => {
    const response = await page.goto(`/es/news/${PERU_SLUGS.es}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("article")).toContainText("12.274");
    await expect(page.getByRole("article").getByText("Comunicado de prensa", { exact: true })).toBeVisible();
    // Dates in Spanish.
    await expect(page.getByRole("article").locator("header time").first()).toHaveText(/18 de octubre de 2013/);

    const switcher = page.getByRole("navigation", { name: "Idioma" });
    await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("href", `/en/news/${PERU_SLUGS.en}`);
    await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("href", `/fr/news/${PERU_SLUGS.fr}`);
    await switcher.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${PERU_SLUGS.en}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a release without a translation says so, in that language, and offers its newsroom", async ({ page }) => {
    await page.goto("/en/news/ukraine-hotline-helps-more-than-3000-callers-check-job-offers-abroad");
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.getByRole("link", { name: /^Español/ })).toHaveCount(0);
    await switcher.locator("summary", { hasText: "Español" }).click();
    await expect(switcher.getByText("Este comunicado no está disponible en español.", { exact: true })).toBeVisible();
    const newsroom = switcher.getByRole("link", { name: "Sala de prensa en Español" });
    await expect(newsroom).toHaveAttribute("href", "/es");
    await expect(newsroom).toHaveAttribute("data-same-page", "false");
    await switcher.locator("summary", { hasText: "Français" }).click();
    await expect(switcher.getByText("Ce communiqué n’est pas disponible en français.", { exact: true })).toBeVisible();
    // One notice open at a time.
    await expect(switcher.getByText("Este comunicado no está disponible en español.", { exact: true })).toBeHidden();
  });

  test("the switcher keeps a listing's filters and page, translated", async ({ page }) => {
    await page.goto("/en/news?country=peru&year=2013");
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("href", "/fr/news?country=perou&year=2013");
    await expect(switcher.getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es/news?country=peru&year=2013");
    // Page 2 exists in English only (13 releases; 3 in Spanish and French).
    await page.goto("/en/news?page=2");
    await expect(switcher.getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es/news");
    await page.goto("/en/search?q=migration&type=statement");
    await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("href", "/fr/search?q=migration&type=statement");
  });

  test("hreflang alternates name only pages that exist", async ({ page, request }) => {
    await page.goto("/en/news?page=2");
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]));
    expect(alternates.map(([lang]) => lang).sort()).toEqual(["en", "x-default"]);
    for (const [, href] of alternates)
      expect((await request.get(new URL(href ?? "").pathname + new URL(href ?? "").search)).status()).toBe(200);
    await page.goto("/en/news");
    await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(4);
  });

  test("taxonomy slugs differ per language and the switcher follows them", async ({ page }) => {
    expect((await page.goto(`/fr/countries/${PERU_COUNTRY_SLUGS.fr}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pérou");
    const switcher = page.getByRole("navigation", { name: "Langue" });
    await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("href", `/en/countries/${PERU_COUNTRY_SLUGS.en}`);
    expect((await page.goto("/fr/countries/peru"))?.status()).toBe(404);
  });

  for (const locale of ["es", "fr"] as const) {
    test(`navigation, settings and UI come in ${locale}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const nav = page.getByRole("navigation", { name: locale === "es" ? "Navegación principal" : "Navigation principale" });
      await expect(nav.getByRole("link", { name: locale === "es" ? "Quiénes somos" : "Qui sommes-nous" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText(
        locale === "es" ? "Organización Internacional para las Migraciones" : "Organisation internationale pour les migrations",
      );
      await page.goto(`/${locale}/news`);
      await expect(page.getByRole("status")).toContainText(locale === "es" ? "3 comunicados" : "3 communiqués");
    });
  }
});
