import { expect, test } from "@playwright/test";
import { PERU_SLUG } from "./fixtures";

/**
 * The security headers of apps/web/src/lib/security-headers.ts as readers get them (through
 * the proxy, from its cache too), and proof that the Content-Security-Policy blocks nothing
 * the site itself needs: Chromium reports no violation on pages that hydrate.
 */
const PAGES = ["/en", "/en/news", `/en/news/${PERU_SLUG}`, "/en/search?q=migrants", "/fr/countries/perou", "/es/news?page=1"];

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path}: CSP by hash, nosniff, Referrer-Policy, Permissions-Policy, not framable — also from the proxy's cache`, async ({
      request,
    }) => {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(second.headers()["x-cache"]).toBe("HIT");
      for (const answer of [first, second]) {
        const headers = answer.headers();
        const csp = headers["content-security-policy"] ?? "";
        expect(csp).toMatch(/^default-src 'none'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; style-src 'self'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'none'");
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
        expect(headers["permissions-policy"]).toContain("camera=()");
        expect(headers["strict-transport-security"]).toBe("max-age=31536000");
      }
      // The policy is the one computed for this very body: same bytes, same hashes.
      expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
    });
  }

  test("feeds, sitemaps, the API and errors get a policy that runs nothing", async ({ request }) => {
    for (const path of ["/en/feeds/rss.xml", "/sitemap.xml", "/api/health", "/en/news/%ff"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toMatch(/^default-src 'none';/);
      expect(headers["content-security-policy"], path).not.toContain("script-src");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
  });

  test("the CSP blocks nothing the pages need: no violation while they load and hydrate", async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Reflect.set(window, "__cspViolations", seen);
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    const messages: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
    });
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const violations: unknown = await page.evaluate((): unknown => Reflect.get(window, "__cspViolations"));
      expect(violations, path).toEqual([]);
    }
    // Hydrated: a client-side navigation happens without a full page load.
    await page.goto("/en/news");
    await page.evaluate(() => Reflect.set(window, "__stillHere", true));
    await page.locator(`a[href="/en/news/${PERU_SLUG}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${PERU_SLUG}$`));
    expect(await page.evaluate((): unknown => Reflect.get(window, "__stillHere"))).toBe(true);
    expect(messages).toEqual([]);
  });
});
