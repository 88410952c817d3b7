import { expect, test } from "@playwright/test";
import { checkHtml } from "../../src/features/seo/testing/html-validator";
import { LOCALES, PERU_COUNTRY_SLUGS, PERU_SLUGS } from "./fixtures";

/**
 * The HTML as served (before any script runs) passes the Nu Html Checker (vnu.jar from the
 * npm package vnu-jar, run with the machine's Java) with no errors: home, listing, search
 * results, a release, a country page and the 404 page, in each language.
 */
const SEARCH_WORD = { en: "Peru", es: "Perú", fr: "Pérou" } as const;

for (const locale of LOCALES) {
  test(`the ${locale} pages are valid HTML`, async ({ request }) => {
    test.setTimeout(120_000);
    const pages = {
      home: `/${locale}`,
      listing: `/${locale}/news`,
      search: `/${locale}/search?q=${encodeURIComponent(SEARCH_WORD[locale])}`,
      article: `/${locale}/news/${PERU_SLUGS[locale]}`,
      country: `/${locale}/countries/${PERU_COUNTRY_SLUGS[locale]}`,
      "404": `/${locale}/no-such-page`,
    };
    const documents: Record<string, string> = {};
    for (const [name, path] of Object.entries(pages)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(name === "404" ? 404 : 200);
      documents[`${name} ${path}`] = await response.text();
    }
    const problems = await checkHtml(documents);
    expect(Object.keys(problems)).toHaveLength(Object.keys(pages).length);
    for (const [document, errors] of Object.entries(problems)) {
      expect(
        errors.map((e) => `${e.message} (line ${e.line ?? "?"}: ${e.extract ?? ""})`),
        document,
      ).toEqual([]);
    }
  });
}

test("the checker does report invalid HTML", async () => {
  const problems = await checkHtml({
    broken: "<!doctype html><html lang=en><head><title>x</title></head><body><p><div></p></div><img src=a.png></body></html>",
  });
  expect(problems.broken?.length ?? 0).toBeGreaterThan(0);
});
