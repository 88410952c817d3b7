import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES, PERU_COUNTRY_SLUGS, PERU_SLUGS } from "./fixtures";

/** WCAG 2.2 AA as axe-core checks it: zero violations on every page type, in every language. */
const searchWord = { en: "migrants", es: "migrantes", fr: "migrants" } as const;

const pagesFor = (locale: (typeof LOCALES)[number]) => ({
  home: `/${locale}`,
  "filtered listing": `/${locale}/news?year=2013&type=press-release`,
  "search results": `/${locale}/search?q=${searchWord[locale]}`,
  article: `/${locale}/news/${PERU_SLUGS[locale]}`,
  "country page": `/${locale}/countries/${PERU_COUNTRY_SLUGS[locale]}`,
  "404 page": `/${locale}/news/this-page-does-not-exist`,
});

for (const locale of LOCALES) {
  for (const [name, url] of Object.entries(pagesFor(locale))) {
    test(`axe: ${name} (${locale}) has no violations`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
    });
  }
}
