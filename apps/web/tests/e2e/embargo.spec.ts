import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { contentManagerPath } from "@newsroom/contract";
import { validateSitemap } from "../../src/features/seo/testing/xml-schemas";
import { admin, createRelease, field, login, publishRelease, requireCmsEnv, within } from "./cms-admin";
import { testEnv } from "./env";

/**
 * An embargoed release (scheduled publication a little ahead) is visible nowhere on the
 * site before its time — page, listing, home, search, feeds, sitemaps — then goes live by
 * itself and appears everywhere, the Google News sitemap included (validated as served).
 * Tagged @editorial: it publishes a release, so npm test runs it after the read-only specs.
 */
const run = randomBytes(4).toString("hex");
const MARKER = `embargoword${run}`;
const TITLE = `Embargoed statement ${MARKER}`;
const SLUG = `embargoed-statement-${run}`;
const EMBARGO_MS = 30_000;

/**
 * Every public place a release shows up, with whether it links to it now (search results
 * highlight the query inside the headline, so links, not headlines, are compared).
 */
async function placesShowing(request: APIRequestContext): Promise<Record<string, boolean>> {
  const link = `/en/news/${SLUG}`;
  const has = async (path: string) => (await (await request.get(path)).text()).includes(link);
  return {
    page: (await request.get(link)).status() === 200,
    listing: await has("/en/news"),
    home: await has("/en"),
    search: await has(`/en/search?q=${MARKER}`),
    rss: await has("/en/feeds/rss.xml"),
    atom: await has("/en/feeds/atom.xml"),
    json: await has("/en/feeds/feed.json"),
    sitemap: await has("/sitemaps/en-1.xml"),
    newsSitemap: await has("/sitemap-news.xml"),
  };
}

test.describe.serial("embargo and scheduled publishing on the site @editorial", () => {
  test("an embargoed release is visible nowhere until its time, then everywhere", async ({ request }) => {
    test.setTimeout(150_000);
    requireCmsEnv();
    const editor = await login(request, "editor");
    const goLive = Date.now() + EMBARGO_MS;
    const documentId = await createRelease(request, editor, {
      title: TITLE,
      slug: SLUG,
      documentType: "statement",
      lead: `A statement under embargo, ${MARKER}.`,
      scheduledPublishAt: new Date(goLive).toISOString(),
    });

    const early = await publishRelease(request, editor, documentId);
    expect(early.status()).toBe(400);
    expect(await early.text()).toContain("Embargoed");

    const before = await placesShowing(request);
    expect(before).toEqual(Object.fromEntries(Object.keys(before).map((k) => [k, false])));
    expect((await request.get(`/en/news/${SLUG}`)).status()).toBe(404);

    // The schedule runs every 10 s: live within a minute of its time, never before it.
    await within(
      EMBARGO_MS + 60_000,
      "the embargoed release going live",
      async () => (await request.get(`/en/news/${SLUG}`)).status() === 200,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(goLive);
    let places: Record<string, boolean> = {};
    await within(5_000, "the release in every list, feed and sitemap", async () => {
      places = await placesShowing(request);
      return Object.values(places).every(Boolean);
    }).catch((error: unknown) => {
      throw new Error(
        `${String(error)}; still missing from: ${Object.keys(places)
          .filter((k) => !places[k])
          .join(", ")}`,
      );
    });

    // A release from today makes the Google News sitemap non-empty: validate it as served.
    const news = await (await request.get("/sitemap-news.xml")).text();
    expect(news).toContain(`/en/news/${SLUG}</loc>`);
    expect(await validateSitemap(news, "urlset")).toEqual({ valid: true, errors: [] });
  });

  test("shared under embargo: the journalist's link shows it before its time, in their browser only, then leads to the public page", async ({
    request,
    browser,
  }) => {
    test.setTimeout(180_000);
    requireCmsEnv();
    if (!testEnv.MAIL_CATCHER_URL) throw new Error("MAIL_CATCHER_URL must name the mail catcher the CMS sends to (npm test sets it)");
    const editor = await login(request, "editor");
    const shareRun = randomBytes(4).toString("hex");
    const title = `Shared under embargo ${shareRun}`;
    const slug = `shared-under-embargo-${shareRun}`;
    const goLive = Date.now() + 60_000;
    const documentId = await createRelease(request, editor, {
      title,
      slug,
      lead: `A release for accredited journalists first, ${shareRun}.`,
      scheduledPublishAt: new Date(goLive).toISOString(),
    });
    const journalist = async (name: string) => {
      const created = await admin(request, editor, "POST", contentManagerPath("journalist"), {
        name,
        outlet: "The Test Gazette",
        email: `${name.toLowerCase().replace(/\W+/g, ".")}.${shareRun}@press.example`,
        english: true,
        active: true,
      });
      expect(created.status(), await created.text()).toBeLessThan(300);
      return z.string().parse(field(await created.json(), "data", "documentId"));
    };
    const [ana, ben, cleo] = [await journalist("Ana Reporter"), await journalist("Ben Writer"), await journalist("Cleo Briefed")];
    // Journalists are for the admin only: no token, the site's read-only one included, lists them.
    const readOnly = await request.get(`${testEnv.CMS_URL}/api/journalists`, {
      headers: { Authorization: `Bearer ${testEnv.CMS_READ_TOKEN}` },
    });
    expect(readOnly.status()).toBe(404);

    const shared = await admin(request, editor, "POST", `/newsroom-embargo/releases/${documentId}/share`, { journalists: [ana, ben] });
    expect(shared.status(), await shared.text()).toBe(201);
    const links = await embargoLinks([`ana.reporter.${shareRun}@press.example`, `ben.writer.${shareRun}@press.example`]);
    const [anaLink = "", benLink = ""] = links;
    // A link may be made to end sooner than the default 30 days, never later, never in the past.
    const tooLate = new Date(Date.now() + 31 * 86_400_000).toISOString();
    const refusedShare = await admin(request, editor, "POST", `/newsroom-embargo/releases/${documentId}/share`, {
      journalists: [cleo],
      validUntil: tooLate,
    });
    expect(refusedShare.status()).toBe(400);
    expect(await refusedShare.text()).toContain("in the next 30 days");
    const cleoUntil = Date.now() + 8_000;
    const shortShare = { journalists: [cleo], validUntil: new Date(cleoUntil).toISOString() };
    expect((await admin(request, editor, "POST", `/newsroom-embargo/releases/${documentId}/share`, shortShare)).status()).toBe(201);
    const [cleoLink = ""] = await embargoLinks([`cleo.briefed.${shareRun}@press.example`]);

    // Ana opens her link (in Lima): one click to open it in this browser, then the release with its banner in her time zone.
    const anaBrowser = await browser.newContext({ timezoneId: "America/Lima", locale: "en-GB" });
    const anaPage = await anaBrowser.newPage();
    const first = await anaPage.goto(anaLink);
    expect(first?.headers()["cache-control"]).toBe("private, no-store");
    await expect(anaPage.getByRole("heading", { name: "A press release shared with you under embargo" })).toBeVisible();
    await expect(anaPage.getByText(title)).toHaveCount(0);
    await anaPage.getByRole("button", { name: "Open it in this browser" }).click();
    const banner = anaPage.getByTestId("embargo-banner");
    await expect(banner).toContainText("Embargoed until");
    await expect(banner).toContainText(/GMT-5|PET/);
    await expect(banner).toContainText("Shared with Ana Reporter (The Test Gazette)");
    await expect(anaPage.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(anaPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const again = await anaPage.reload();
    expect(again?.status()).toBe(200);
    expect(again?.headers()["cache-control"]).toBe("private, no-store");

    // Another browser with Ana's link, a tampered link, Ben's revoked link: refused, with the reason.
    const refusedIn = async (link: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(link);
      const text = (await page.getByTestId("embargo-refusal").textContent({ timeout: 5_000 })) ?? "";
      const hasTitle = (await page.content()).includes(title);
      await context.close();
      return { status: response?.status(), text, hasTitle };
    };
    expect(await refusedIn(anaLink)).toEqual({ status: 403, text: expect.stringContaining("opened in another browser"), hasTitle: false });
    expect(await refusedIn(anaLink.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toMatchObject({ status: 404, hasTitle: false });
    const overview = async () =>
      z
        .object({ data: z.object({ shares: z.array(z.looseObject({ id: z.number(), journalist: z.object({ name: z.string() }) })) }) })
        .parse(await (await admin(request, editor, "GET", `/newsroom-embargo/releases/${documentId}`)).json()).data.shares;
    const benShare = (await overview()).find((s) => s.journalist.name === "Ben Writer");
    expect((await admin(request, editor, "POST", `/newsroom-embargo/shares/${String(benShare?.id)}/revoke`, {})).status()).toBe(200);
    expect(await refusedIn(benLink)).toEqual({ status: 410, text: expect.stringContaining("withdrawn this link"), hasTitle: false });
    // Cleo's link has expired (it was made to work for 8 seconds).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, cleoUntil - Date.now())));
    expect(await refusedIn(cleoLink)).toEqual({ status: 410, text: expect.stringContaining("expired"), hasTitle: false });

    // The access log: who opened it, when, and the look refused in the other browser.
    const anaShare = z
      .looseObject({ openedAt: z.string(), views: z.number(), refusals: z.number(), log: z.array(z.looseObject({ outcome: z.string() })) })
      .parse((await overview()).find((s) => s.journalist.name === "Ana Reporter"));
    expect(anaShare.views).toBeGreaterThanOrEqual(1);
    expect(anaShare.refusals).toBeGreaterThanOrEqual(1);
    expect(anaShare.log.map((entry) => entry.outcome)).toEqual(expect.arrayContaining(["unopened", "opened", "embargoed", "otherBrowser"]));

    // Public surfaces know nothing of it until its time; the CMS's public API neither.
    expect((await request.get(`/en/news/${slug}`)).status()).toBe(404);
    expect(await (await request.get("/en/news")).text()).not.toContain(slug);
    expect(await (await request.get("/en/feeds/rss.xml")).text()).not.toContain(slug);
    expect(await (await request.get("/sitemaps/en-1.xml")).text()).not.toContain(slug);
    const api = await request.get(`${testEnv.CMS_URL}/api/press-releases?filters[documentId][$eq]=${documentId}`, {
      headers: { Authorization: `Bearer ${testEnv.CMS_READ_TOKEN}` },
    });
    expect(z.object({ data: z.array(z.unknown()) }).parse(await api.json()).data).toEqual([]);

    // Live: the same link now leads to the public page, for Ana and for anyone else.
    await within(
      goLive - Date.now() + 60_000,
      "the shared release going live",
      async () => (await request.get(`/en/news/${slug}`)).status() === 200,
    );
    const afterwards = await anaPage.goto(anaLink);
    expect(new URL(anaPage.url()).pathname).toBe(`/en/news/${slug}`);
    expect(afterwards?.status()).toBe(200);
    await expect(anaPage.getByTestId("embargo-banner")).toHaveCount(0);
    await anaBrowser.close();
  });
});

/** The embargo links the CMS mailed to each address, in order, as paths on this site. */
async function embargoLinks(addresses: string[]): Promise<string[]> {
  const caught = z.array(z.looseObject({ envelopeTo: z.array(z.string()), subject: z.string(), text: z.string() }));
  let found: string[] = [];
  await expect
    .poll(
      async () => {
        const messages = caught.parse(await (await fetch(`${testEnv.MAIL_CATCHER_URL}/messages`)).json());
        found = addresses.flatMap((address) => {
          const text = messages.find((m) => m.envelopeTo.includes(address) && m.subject.startsWith("Under embargo until"))?.text ?? "";
          const link = /(https?:\/\/\S+\/embargoed\?token=\S+)/.exec(text)?.[1];
          return link ? [`${new URL(link).pathname}${new URL(link).search}`] : [];
        });
        return found.length;
      },
      { timeout: 30_000, message: `embargo messages to ${addresses.join(", ")}` },
    )
    .toBe(addresses.length);
  return found;
}
