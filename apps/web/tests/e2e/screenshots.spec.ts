import { test } from "@playwright/test";
import { PERU_SLUG } from "./fixtures";

/** Screenshots of every page type at phone, tablet and laptop widths, kept as test artifacts. */
const pages = {
  home: "/en",
  listing: "/en/news",
  "filtered-listing": "/en/news?country=peru",
  search: "/en/search?q=migration",
  article: `/en/news/${PERU_SLUG}`,
  "article-es": "/es/news/la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
  country: "/en/countries/peru",
  region: "/en/regions/south-america",
  theme: "/en/themes/migration-governance",
  "not-found": "/en/news/this-page-does-not-exist",
};

for (const width of [360, 768, 1280]) {
  test(`screenshots at ${width}px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(url);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) throw new Error(`${name} overflows ${width}px (${scrollWidth}px wide)`);
      const path = testInfo.outputPath(`${name}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
    }
  });
}
