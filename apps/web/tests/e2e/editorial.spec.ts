import { createHmac, randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type FrameLocator, type Page } from "@playwright/test";
import { admin, CMS, createRelease, field, login, RELEASE_UID, RELEASES_PATH, requireCmsEnv, within } from "./cms-admin";
import { testEnv } from "./env";

/**
 * The editorial loop against the real CMS, driven through Strapi's admin API as the seeded
 * staff (Editor for everyday work, admin to delete): preview links and draft mode, the
 * revalidation webhook, publish → visible within 2 s, slug change → 308, withdrawal → 410,
 * re-publish → 200, deletion → 404. Tagged @editorial: it writes content, so `npm test`
 * runs it serially after the read-only specs. It only creates its own release (and deletes
 * it); seeded releases, navigation and settings are never touched.
 */
const BASE = testEnv.BASE_URL;
/** Optional: with it, signed links to foreign paths are tested too (expect 400). */
const PREVIEW_SECRET = testEnv.PREVIEW_SECRET;
const VISIBLE_WITHIN_MS = 2000;
/** The web instances behind the proxy (BASE_URL), each asked directly. */
const WEB_URLS = testEnv.WEB_URLS;

const run = randomBytes(4).toString("hex");
const TITLE = `Editorial loop test release ${run}`;
const SLUG = `editorial-loop-test-${run}`;
const NEW_SLUG = `editorial-loop-test-renamed-${run}`;
const REASON = `Withdrawn by the editorial test ${run}: figures under review.`;

const noRedirect = { maxRedirects: 0 };

test.describe.serial("the editorial loop @editorial", () => {
  let editor = "";
  let documentId = "";

  test.beforeAll(async ({ request }) => {
    requireCmsEnv();
    editor = await login(request, "editor");
    documentId = await createRelease(request, editor, { title: TITLE, slug: SLUG, lead: `The lead of the editorial loop test ${run}.` });
  });

  test.afterAll(async ({ request }) => {
    if (!documentId) return;
    const adminToken = await login(request, "admin");
    await admin(request, adminToken, "DELETE", `${RELEASES_PATH}/${documentId}?locale=en`);
  });

  async function previewUrl(request: APIRequestContext): Promise<URL> {
    const response = await admin(
      request,
      editor,
      "GET",
      `/content-manager/preview/url/${RELEASE_UID}?documentId=${documentId}&locale=en&status=draft`,
    );
    expect(response.status(), await response.text()).toBe(200);
    const url = field(await response.json(), "data", "url");
    if (typeof url !== "string") throw new Error("no preview URL");
    return new URL(url);
  }

  /** The admin's page (a real one, from the CMS) with the preview link in a frame, as its preview pane shows it. */
  async function previewInAdminPage(page: Page, link: URL): Promise<FrameLocator> {
    await page.goto(`${CMS}/admin`);
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = "Preview";
      frame.style.width = "1000px";
      frame.style.height = "700px";
      document.body.prepend(frame);
    }, link.href);
    return page.frameLocator('iframe[title="Preview"]');
  }

  async function publish(request: APIRequestContext): Promise<void> {
    const response = await admin(request, editor, "POST", `${RELEASES_PATH}/${documentId}/actions/publish?locale=en`, {});
    expect(response.status(), await response.text()).toBe(200);
  }

  async function updateDraft(request: APIRequestContext, data: Record<string, unknown>): Promise<void> {
    const response = await admin(request, editor, "PUT", `${RELEASES_PATH}/${documentId}?locale=en`, data);
    expect(response.status(), await response.text()).toBe(200);
  }

  test("preview links: missing, wrong, tampered or expired → 401; never a redirect off the site", async ({ request }) => {
    const good = await previewUrl(request);
    expect(good.origin).toBe(new URL(BASE).origin);
    expect(good.searchParams.get("path")).toBe(`/en/news/${SLUG}`);
    const expires = Number(good.searchParams.get("expires"));
    // null removes the parameter.
    const variants: [string, Record<string, string | null>][] = [
      ["no parameters", { path: null, expires: null, signature: null }],
      ["no signature", { signature: null }],
      ["a wrong signature", { signature: "A".repeat(43) }],
      ["a tampered path", { path: "/en/news/iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day" }],
      ["a tampered expiry", { expires: String(expires + 60) }],
      ["an expired link", { expires: "1000000000" }],
      ["a foreign path", { path: "//evil.example/" }],
      ["an absolute URL", { path: "https://evil.example/en" }],
    ];
    for (const [name, changes] of variants) {
      const query = new URLSearchParams(good.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) query.delete(key);
        else query.set(key, value);
      }
      const response = await request.get(`/api/preview?${query.toString()}`, noRedirect);
      expect(response.status(), name).toBe(401);
      expect(response.headers().location, name).toBeUndefined();
      expect(response.headers()["set-cookie"] ?? "", name).not.toContain("__prerender_bypass");
      expect((await response.text()).length, name).toBeLessThan(100);
    }
  });

  test("a validly signed link to a path that is not the site's own → 400, no redirect", async ({ request }) => {
    test.skip(!PREVIEW_SECRET, "PREVIEW_SECRET is not given to the tests");
    const expires = Math.floor(Date.now() / 1000) + 600;
    for (const path of [
      "//evil.example/",
      "https://evil.example/en",
      "/\\evil.example",
      "/en//evil.example",
      "/de/news/x",
      "/%2F%2Fevil.example",
    ]) {
      const signature = createHmac("sha256", PREVIEW_SECRET).update(`${path}\n${expires}`).digest("base64url");
      const response = await request.get(
        `/api/preview?${new URLSearchParams({ path, expires: String(expires), signature }).toString()}`,
        noRedirect,
      );
      expect(response.status(), path).toBe(400);
      expect(response.headers().location, path).toBeUndefined();
    }
  });

  test("draft preview: banner, private no-store, and invisible to everyone else", async ({ page, browser, request }) => {
    const link = await previewUrl(request);
    const response = await page.goto(link.pathname + link.search);
    expect(new URL(page.url()).pathname).toBe(`/en/news/${SLUG}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toBe("private, no-store");
    // Never from the proxy's cache, never into it (the draft cookie makes it pass).
    expect(response?.headers()["x-cache"]).toBe("PASS");
    expect(response?.headers()["x-frame-options"]).toBeUndefined();
    // Only the CMS admin may frame a preview (it shows one beside the editor).
    expect(response?.headers()["content-security-policy"] ?? "").toMatch(
      new RegExp(`frame-ancestors ${new URL(CMS).origin.replace(/[.]/g, "\\.")}(;|$)`),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const banner = page.getByRole("region", { name: "Preview — not published" });
    await expect(banner).toBeVisible();
    // Every page in draft mode says so, and is private.
    const home = await page.goto("/es");
    expect(home?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.getByRole("region", { name: "Vista previa — no publicado" })).toBeVisible();

    // Another browser (no draft cookie) never sees the draft.
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    expect((await other.goto(`/en/news/${SLUG}`))?.status()).toBe(404);
    await stranger.close();

    // Exit preview: back to the page, which for a never-published draft is a 404.
    await page.goto(`/en/news/${SLUG}`);
    await page.getByRole("link", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${SLUG}$`));
    await expect(page.getByRole("region", { name: "Preview — not published" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("the preview works inside the CMS admin's frame (same site, not blocked)", async ({ page, request }) => {
    const link = await previewUrl(request);
    const frame = await previewInAdminPage(page, link);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(frame.getByRole("region", { name: "Preview — not published" })).toBeVisible();
  });

  test("the preview works in a frame on the CMS's origin when the admin and the site are different sites", async ({ browser, request }) => {
    // 127.0.0.1 and localhost are different sites to the browser (as cms.example.org and
    // www.example.int are): the site's draft-mode cookie is then a third-party cookie in the
    // admin's frame, which Chromium refuses unless it is partitioned (CHIPS). The frame sits in
    // the real admin page (a page made by page.route has no address, so Chromium's local-network
    // checks refuse its loopback frame); the admin's CSP frames only SITE_URL's host, so the
    // context bypasses page CSPs. The site's frame-ancestors is checked in the test above.
    const link = await previewUrl(request);
    link.hostname = new URL(CMS).hostname === "localhost" ? "127.0.0.1" : "localhost";
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const frame = await previewInAdminPage(page, link);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(frame.getByRole("region", { name: "Preview — not published" })).toBeVisible();
    // The cookie is the frame's own (partitioned under the admin's site): the site opened on its
    // own, in the same browser, shows no draft.
    const alone = await context.newPage();
    expect((await alone.goto(`${link.origin}/en/news/${SLUG}`))?.status()).toBe(404);
    await alone.close();
    const draftCookies = async () => (await context.cookies(link.origin)).filter((c) => c.name === "__prerender_bypass");
    expect(await draftCookies(), "the draft-mode cookie, partitioned").toEqual([
      expect.objectContaining({ partitionKey: expect.any(String) }),
    ]);
    // Leaving the preview inside the frame ends it there (the partitioned cookie is deleted) and
    // says so in the pane: the public page may not be framed, it opens in the tab.
    await frame.getByRole("link", { name: "Exit preview" }).click();
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Preview ended");
    expect(await draftCookies()).toEqual([]);
    const open = frame.getByRole("link", { name: "Open the page as readers see it" });
    await expect(open).toHaveAttribute("href", `/en/news/${SLUG}`);
    await expect(open).toHaveAttribute("target", "_top");
    await context.close();
  });

  test("the revalidation webhook: 401 without the secret, 400 for a bad body", async ({ request }) => {
    expect((await request.post("/api/revalidate", { data: { event: "entry.publish" } })).status()).toBe(401);
    expect(
      (await request.post("/api/revalidate", { headers: { "X-Newsroom-Webhook-Secret": "wrong".repeat(10) }, data: {} })).status(),
    ).toBe(401);
    const secret = testEnv.REVALIDATE_SECRET;
    test.skip(!secret, "REVALIDATE_SECRET is not given to the tests");
    const headers = { "X-Newsroom-Webhook-Secret": secret, "Content-Type": "application/json" };
    const badJson = await request.post("/api/revalidate", { headers, data: "{not json" });
    expect(badJson.status()).toBe(400);
    const badShape = await request.post("/api/revalidate", { headers, data: { event: "entry.explode", model: "x", uid: "y", entry: {} } });
    expect(badShape.status()).toBe(400);
    expect(JSON.stringify(await badShape.json())).toContain("event");
    const draftOnly = await request.post("/api/revalidate", {
      headers,
      data: {
        event: "entry.update",
        model: "press-release",
        uid: RELEASE_UID,
        entry: { documentId, locale: "en", slug: SLUG, publishedAt: null },
      },
    });
    expect(draftOnly.status()).toBe(200);
    expect(await draftOnly.json()).toMatchObject({ revalidated: [] });
  });

  test("publish → the page, the listing and the RSS feed show it within 2 s", async ({ request }) => {
    // Every cache holds the lists without it first (the proxy and both web instances), so
    // the publish has to reach all of them.
    const surfaces = ["/en/news", "/en", "/en/feeds/rss.xml"];
    for (const origin of ["", ...WEB_URLS]) {
      for (const path of [...surfaces, `/en/news/${SLUG}`]) await request.get(`${origin}${path}`);
    }
    await publish(request);
    const by = { deadline: Date.now() + VISIBLE_WITHIN_MS };
    await within(by, "release page", async () => {
      const response = await request.get(`/en/news/${SLUG}`);
      return response.status() === 200 && (await response.text()).includes(TITLE);
    });
    await within(by, "listing", async () => (await (await request.get("/en/news")).text()).includes(TITLE));
    await within(by, "home", async () => (await (await request.get("/en")).text()).includes(TITLE));
    await within(by, "RSS feed", async () => (await (await request.get("/en/feeds/rss.xml")).text()).includes(`/en/news/${SLUG}`));
    // Each web instance serves the fresh version too: their cache is shared, and so is the expiry.
    for (const web of WEB_URLS) {
      await within(by, `release page at ${web}`, async () => (await (await request.get(`${web}/en/news/${SLUG}`)).text()).includes(TITLE));
      await within(by, `listing at ${web}`, async () => (await (await request.get(`${web}/en/news`)).text()).includes(TITLE));
    }
  });

  test("a slug change, published → the old address redirects (308) to the new one", async ({ request }) => {
    await updateDraft(request, { slug: NEW_SLUG });
    await publish(request);
    await within(VISIBLE_WITHIN_MS, "old slug redirect", async () => {
      const response = await request.get(`/en/news/${SLUG}`, noRedirect);
      return response.status() === 308 && response.headers().location === `/en/news/${NEW_SLUG}`;
    });
    // The 308 holds on cache hits: at the proxy and in the web instances' shared cache.
    const hit = await request.get(`/en/news/${SLUG}`, noRedirect);
    expect([hit.status(), hit.headers()["x-cache"], hit.headers().location]).toEqual([308, "HIT", `/en/news/${NEW_SLUG}`]);
    for (const web of WEB_URLS) {
      const direct = await request.get(`${web}/en/news/${SLUG}`, noRedirect);
      expect([direct.status(), direct.headers().location], web).toEqual([308, `/en/news/${NEW_SLUG}`]);
    }
    const current = await request.get(`/en/news/${NEW_SLUG}`);
    expect(current.status()).toBe(200);
    expect(await current.text()).toContain(TITLE);
  });

  test("unpublished with a reason → 410 Gone with the notice, at the current and the old address", async ({ request, page }) => {
    await updateDraft(request, { withdrawalReason: REASON });
    const response = await admin(request, editor, "POST", `${RELEASES_PATH}/${documentId}/actions/unpublish?locale=en`, {});
    expect(response.status(), await response.text()).toBe(200);
    await within(VISIBLE_WITHIN_MS, "410 at the current address", async () => {
      const gone = await request.get(`/en/news/${NEW_SLUG}`);
      return gone.status() === 410 && (await gone.text()).includes(REASON);
    });
    const old = await request.get(`/en/news/${SLUG}`, noRedirect);
    expect(old.status()).toBe(410);
    // The 410 holds on cache hits: at the proxy and in the web instances' shared cache.
    const hit = await request.get(`/en/news/${NEW_SLUG}`);
    expect(hit.status()).toBe(410);
    expect(hit.headers()["x-cache"]).toBe("HIT");
    for (const web of WEB_URLS) expect((await request.get(`${web}/en/news/${NEW_SLUG}`)).status(), web).toBe(410);
    const notice = await page.goto(`/en/news/${NEW_SLUG}`);
    expect(notice?.status()).toBe(410);
    expect(notice?.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This press release has been withdrawn");
    await expect(page.getByText(TITLE)).toBeVisible();
    await expect(page.getByText(REASON)).toBeVisible();
    await expect(page.getByText(/^Withdrawn on /)).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the newsroom" })).toHaveAttribute("href", "/en");
    // Gone from the lists too.
    await within(VISIBLE_WITHIN_MS, "listing without it", async () => !(await (await request.get("/en/news")).text()).includes(TITLE));
  });

  test("published again → 200", async ({ request }) => {
    await publish(request);
    await within(VISIBLE_WITHIN_MS, "re-published page", async () => (await request.get(`/en/news/${NEW_SLUG}`)).status() === 200);
    expect((await request.get(`/en/news/${SLUG}`, noRedirect)).status()).toBe(308);
  });

  test("deleted (as admin) → 404 at every address it had", async ({ request }) => {
    const adminToken = await login(request, "admin");
    const deleted = await admin(request, adminToken, "DELETE", `${RELEASES_PATH}/${documentId}?locale=en`);
    expect(deleted.status(), await deleted.text()).toBe(200);
    documentId = "";
    const by = { deadline: Date.now() + VISIBLE_WITHIN_MS };
    await within(by, "404 at the current address", async () => (await request.get(`/en/news/${NEW_SLUG}`)).status() === 404);
    await within(by, "404 at the old address", async () => (await request.get(`/en/news/${SLUG}`, noRedirect)).status() === 404);
    await within(by, "RSS feed without it", async () => !(await (await request.get("/en/feeds/rss.xml")).text()).includes(NEW_SLUG));
  });
});
