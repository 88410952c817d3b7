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

  test("a release without a translation leads to that language's newsroom", async ({ page }) => {
    await page.goto("/en/news/ukraine-hotline-helps-more-than-3000-callers-check-job-offers-abroad");
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.getByRole("link", { name: /^Español/ })).toHaveAttribute("href", "/es");
    await expect(switcher.getByRole("link", { name: /^Français/ })).toHaveAttribute("href", "/fr");
    await expect(switcher.getByRole("link", { name: /^Español/ })).toHaveAttribute("data-same-page", "false");
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
