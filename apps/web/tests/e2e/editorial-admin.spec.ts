import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import type { DocumentType } from "@newsroom/contract";
import en from "../../messages/en.json" with { type: "json" };
import { admin, CMS, createRelease, field, login, publishRelease, RELEASES_PATH, requireCmsEnv, STAFF_PASSWORD, within } from "./cms-admin";
import { testEnv } from "./env";
import { z } from "zod";

/** The admin's labels for press release fields (apps/cms/src/editorial/admin-layout.ts, pressReleaseLabels). */
const LABEL = {
  title: "Headline",
  slug: "Address (slug)",
  documentType: "Document type",
  datelinePlace: "Dateline place",
  releaseDate: "Release date",
  lead: "Lead paragraph",
  pressContacts: "Press contacts",
  scheduleFor: "Schedule for",
} as const;

/**
 * The editorial loop as staff live it: the real Strapi admin in Chromium, no API shortcuts.
 * The seeded Editor writes a release (with a press contact from the relation field), looks at
 * it in Strapi's preview pane (the site in an iframe, in draft mode), publishes it and sees it
 * on the page, in the listing and in the RSS feed within 2 s; corrects the headline and sees
 * that within 2 s too; schedules another release a minute ahead and watches it go live by
 * itself. The seeded Author can write drafts but not publish.
 *
 * Tagged @editorial: it writes content, so `npm test` runs it serially after the read-only
 * specs. Releases it creates stay (unique titles and slugs per run); nothing seeded changes.
 * Needs BASE_URL, CMS_URL and SEED_STAFF_PASSWORD (the CMS seeds its staff accounts with it).
 */
const BASE = testEnv.BASE_URL;
const CREATE_URL = `${CMS}/admin${RELEASES_PATH}/create?plugins[i18n][locale]=en`;
const LIVE_WITHIN_MS = 2_000;
/** The CMS checks schedules every 10 s; then the webhook revalidates the site. */
const SCHEDULE_SLACK_MS = 40_000;
/** The first load of the admin bundle is slow. */
const ADMIN_LOAD_MS = 90_000;
const PREVIEW_BANNER = en.Preview.banner;

const run = randomBytes(4).toString("hex");

/** The slug Strapi makes from a title of ASCII letters, digits and spaces. */
function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const pad = (n: number): string => String(n).padStart(2, "0");
/** The admin's date input (en-US locale): MM/DD/YYYY; the browser runs in UTC (see test.use). */
const dateText = (d: Date): string => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${String(d.getUTCFullYear())}`;
const timeText = (d: Date): string => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
/** A time as a `datetime-local` input takes it: the wall clock in `timeZone`, to the minute. */
function wallClock(d: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(d)
      .map((part) => [part.type, part.value]),
  );
  return `${String(parts.year)}-${String(parts.month)}-${String(parts.day)}T${String(parts.hour)}:${String(parts.minute)}`;
}
/** The Publishing panel (Strapi labels every side panel with the same id: found by its heading). */
const publishingPanel = (page: Page) => page.locator("aside", { has: page.getByRole("heading", { name: "Publishing", exact: true }) });

interface Draft {
  title: string;
  documentType: DocumentType;
  datelinePlace: string;
  releaseDate: Date;
  lead: string;
  body: string;
  pressContact?: string;
  scheduledPublishAt?: Date;
}

function draft(label: string, extra: Partial<Draft> = {}): Draft {
  const title = `Admin e2e ${label} ${run}`;
  // Now, to the minute: the newest release, so it leads the listing and the feed.
  const releaseDate = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  return {
    title,
    documentType: "news-story",
    datelinePlace: "Geneva",
    releaseDate,
    lead: `Lead of the ${label} release written in the admin by the end-to-end test, run ${run}.`,
    body: `Body of the ${label} release, typed into the blocks editor.`,
    ...extra,
  };
}

// ─── Admin helpers ──────────────────────────────────────────────────────────────────────

type Session = Awaited<ReturnType<BrowserContext["storageState"]>>;
/**
 * Sessions by email, kept for the worker's life: Strapi limits admin logins per account
 * (429 after a few within minutes), and other @editorial specs log the same staff in.
 */
const sessions = new Map<string, Session>();

async function logIn(browser: Browser, email: string, timezoneId = "UTC"): Promise<Page> {
  const session = sessions.get(email);
  const context = await browser.newContext({
    locale: "en-US",
    timezoneId,
    viewport: { width: 1440, height: 1000 },
    ...(session ? { storageState: session } : {}),
  });
  const page = await context.newPage();
  const contentManager = page.getByRole("link", { name: "Content Manager" });
  const emailField = page.getByRole("textbox", { name: /^email/i });
  // The admin's first answer after a start (or during a rebuild) has been seen to be a bare 404: ask again.
  await expect(async () => {
    const response = await page.goto(`${CMS}/admin`);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: ADMIN_LOAD_MS });
  await expect(contentManager.or(emailField)).toBeVisible({ timeout: ADMIN_LOAD_MS });
  if (await contentManager.isVisible()) return page;

  await emailField.fill(email);
  await page.getByRole("textbox", { name: /^password/i }).fill(STAFF_PASSWORD);
  const answer = page.waitForResponse((r) => r.url() === `${CMS}/admin/login` && r.request().method() === "POST");
  await page.getByRole("button", { name: /^log ?in$/i }).click();
  expect((await answer).status(), `admin login as ${email} (429: too many logins for this account in the last minutes)`).toBe(200);
  await expect(contentManager, `${email} logged in`).toBeVisible({ timeout: ADMIN_LOAD_MS });
  sessions.set(email, await context.storageState());
  return page;
}

async function setDateTime(page: Page, field: string, value: Date): Promise<void> {
  const group = page.getByRole("group", { name: field, exact: true });
  const date = group.getByRole("combobox", { name: "Choose date" });
  const time = group.getByRole("combobox", { name: "Choose time" });
  await date.fill(dateText(value));
  // The date counts once the field is left (Tab, not Enter: Enter submits the form). It then
  // brings its own time (00:00) a moment later: wait for it, or it would overwrite ours.
  await date.press("Tab");
  await expect(date).toHaveValue(dateText(value));
  await expect(time).toHaveValue(/^\d{2}:\d{2}$/);
  await expect(async () => {
    await time.fill(timeText(value));
    await time.press("Tab");
    await expect(time).toHaveValue(timeText(value), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(date).toHaveValue(dateText(value));
}

/** Opens the create view and fills every required field (and the optional ones asked for). */
async function fillNewRelease(page: Page, d: Draft): Promise<void> {
  await page.goto(CREATE_URL);
  const title = page.getByRole("textbox", { name: LABEL.title, exact: true });
  const slug = page.getByRole("textbox", { name: LABEL.slug, exact: true });
  await expect(title).toBeEditable({ timeout: ADMIN_LOAD_MS });
  // The admin puts a placeholder slug ("press-release") first; it follows the headline as it is
  // typed (src/admin/newsroom/live-slug.tsx), and the CMS makes one when saved without it.
  await expect(slug).not.toHaveValue("");
  await title.fill(d.title);

  await page.getByRole("combobox", { name: LABEL.documentType, exact: true }).click();
  // The admin names document types as the site does ("News story", not news-story).
  await page.getByRole("option", { name: en.PressRelease.documentType[d.documentType], exact: true }).click();
  await page.getByRole("textbox", { name: LABEL.datelinePlace, exact: true }).fill(d.datelinePlace);
  await setDateTime(page, LABEL.releaseDate, d.releaseDate);
  await page.getByRole("textbox", { name: LABEL.lead, exact: true }).fill(d.lead);

  // The blocks editor (Slate): a contenteditable; type as a person would.
  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type(d.body);
  await expect(body).toContainText(d.body);

  if (d.pressContact !== undefined) {
    const contacts = page.getByRole("combobox", { name: LABEL.pressContacts, exact: true });
    await contacts.click();
    await contacts.fill(d.pressContact.split(" ")[0] ?? d.pressContact);
    await page.getByRole("option", { name: d.pressContact }).click();
    // Chosen relations are listed under the field, each as a button to open it.
    await expect(page.getByRole("button", { name: d.pressContact, exact: true })).toBeVisible();
  }
  if (d.scheduledPublishAt !== undefined)
    await publishingPanel(page).getByLabel(LABEL.scheduleFor, { exact: true }).fill(wallClock(d.scheduledPublishAt, "UTC"));
}

function isDocumentWrite(response: Response, method: "POST" | "PUT"): boolean {
  const url = response.url();
  return response.request().method() === method && url.includes(RELEASES_PATH) && !url.includes("/actions/");
}

/** Clicks Save and waits for the admin to confirm. */
async function save(page: Page, method: "POST" | "PUT"): Promise<void> {
  const saved = page.waitForResponse((r) => isDocumentWrite(r, method));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const response = await saved;
  expect(response.status(), `save (${method}): ${await response.text()}`).toBeLessThan(300);
  await expect(page.getByText("Saved document").first()).toBeVisible();
  if (method === "POST") await expect(page).not.toHaveURL(/\/create\?/);
}

/** Clicks Publish; resolves when the publish request has returned 200, with that moment (the clock starts then). */
async function publish(page: Page): Promise<number> {
  const published = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/actions/publish"));
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const response = await published;
  const returnedAt = Date.now();
  expect(response.status(), "publish").toBe(200);
  return returnedAt;
}

async function expectPublishedNotice(page: Page): Promise<void> {
  await expect(page.getByText("Published document").first()).toBeVisible();
}

// ─── Site helpers (plain requests, a fresh one per poll) ────────────────────────────────

const pageUrl = (slug: string): string => `${BASE}/en/news/${slug}`;
const LISTING = `${BASE}/en/news`;
const RSS = `${BASE}/en/feeds/rss.xml`;

async function shows(request: APIRequestContext, url: string, text: string): Promise<boolean> {
  const response = await request.get(url, { maxRedirects: 0 });
  return response.status() === 200 && (await response.text()).includes(text);
}

/** Each URL shows `text` (200) by `since` + `withinMs`: polled with a fresh request each time. */
async function expectLiveWithin(
  request: APIRequestContext,
  since: number,
  withinMs: number,
  text: string,
  urls: readonly string[],
): Promise<void> {
  const deadline = { deadline: since + withinMs };
  await Promise.all(
    urls.map((url) => within(deadline, `${url} shows “${text}” within ${String(withinMs)} ms`, () => shows(request, url, text))),
  );
}

// ─── The tests ──────────────────────────────────────────────────────────────────────────

test.describe("editorial loop in the Strapi admin @editorial", () => {
  test.use({ locale: "en-US", timezoneId: "UTC" });

  test.beforeAll(() => {
    requireCmsEnv();
  });

  test("an editor writes, previews and publishes a release, then corrects its headline, each live within 2 s", async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    const d = draft("published", { pressContact: "Carolina Santos" });
    const slug = slugOf(d.title);
    const page = await logIn(browser, "editor@newsroom.example");
    await expect(page.getByRole("button", { name: /Elena Editor/ }), "signed in as the seeded Editor").toBeVisible();
    await expect(page.getByRole("link", { name: "Read blog post" }), "no Strapi announcement banner").toHaveCount(0);

    await test.step("create the draft with a press contact", async () => {
      await fillNewRelease(page, d);
      await save(page, "POST");
      await expect(page.getByRole("heading", { name: d.title, level: 1 })).toBeVisible();
      await expect(page.getByRole("textbox", { name: LABEL.slug, exact: true }), "slug made from the headline").toHaveValue(slug);
    });

    await test.step("not public before publishing", async () => {
      expect((await request.get(pageUrl(slug), { maxRedirects: 0 })).status()).toBe(404);
    });

    await test.step("preview shows the draft with the banner", async () => {
      await page.getByRole("link", { name: "Open preview" }).click();
      const frame = page.frameLocator('iframe[title="Preview"]');
      await expect(frame.getByRole("heading", { name: d.title, level: 1 })).toBeVisible({ timeout: 30_000 });
      await expect(frame.getByText(PREVIEW_BANNER, { exact: true })).toBeVisible();
      await page.getByRole("link", { name: "Close preview" }).click();
      await expect(page.getByRole("link", { name: "Open preview" })).toBeVisible();
    });

    await test.step("publish: page, listing and RSS within 2 s", async () => {
      const returnedAt = await publish(page);
      await expectLiveWithin(request, returnedAt, LIVE_WITHIN_MS, d.title, [pageUrl(slug), LISTING, RSS]);
      await expectPublishedNotice(page);
    });

    await test.step("the public page names the press contact", async () => {
      expect(await shows(request, pageUrl(slug), "Carolina Santos")).toBe(true);
    });

    await test.step("correct the headline and publish: live within 2 s", async () => {
      const corrected = `${d.title} corrected`;
      const title = page.getByRole("textbox", { name: LABEL.title, exact: true });
      await title.fill(corrected);
      // Publishing saves the change too, as an editor would do it.
      const returnedAt = await publish(page);
      await expectLiveWithin(request, returnedAt, LIVE_WITHIN_MS, corrected, [pageUrl(slug)]);
      await expectPublishedNotice(page);
      // The address does not change with the headline.
      await expect(page.getByRole("textbox", { name: LABEL.slug, exact: true })).toHaveValue(slug);
    });
    await page.context().close();
  });

  test("an editor schedules a release a minute ahead; it goes live by itself", async ({ browser, request }) => {
    test.setTimeout(300_000);
    // The next whole minute at least 60 s away (the picker has minutes, not seconds).
    const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
    const d = draft("scheduled", { scheduledPublishAt: at });
    const slug = slugOf(d.title);
    const page = await logIn(browser, "editor@newsroom.example");

    await fillNewRelease(page, d);
    await save(page, "POST");
    await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();

    await test.step("the form says it is scheduled, in the editor's time zone and UTC, and Publish waits", async () => {
      const panel = publishingPanel(page);
      await expect(panel).toContainText("Scheduled");
      await expect(panel).toContainText("Goes live on");
      await expect(panel).toContainText("UTC");
      await expect(page.getByRole("button", { name: /^Scheduled for / })).toBeDisabled();
      await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    });

    await test.step("the list shows it scheduled, with its time", async () => {
      const listPage = await page.context().newPage();
      await listPage.goto(`${CMS}/admin${RELEASES_PATH}?_q=${encodeURIComponent(d.title)}&plugins[i18n][locale]=en`);
      const row = listPage.getByRole("row").filter({ hasText: d.title });
      await expect(row).toContainText(`Scheduled ${at.toLocaleString("en-US", { day: "numeric", month: "short", timeZone: "UTC" })}`, {
        timeout: ADMIN_LOAD_MS,
      });
      await listPage.close();
    });

    await test.step("not public before its time", async () => {
      expect(Date.now()).toBeLessThan(at.getTime());
      expect((await request.get(pageUrl(slug), { maxRedirects: 0 })).status()).toBe(404);
      expect(await shows(request, LISTING, d.title)).toBe(false);
    });

    await test.step(`live by itself after ${at.toISOString()}`, async () => {
      await within({ deadline: at.getTime() + SCHEDULE_SLACK_MS }, `${pageUrl(slug)} live by itself`, () =>
        shows(request, pageUrl(slug), d.title),
      );
      const liveAt = Date.now();
      expect(liveAt, "not before its time").toBeGreaterThanOrEqual(at.getTime());
      await expectLiveWithin(request, liveAt, 5_000, d.title, [LISTING]);
    });

    await test.step("the admin shows it published", async () => {
      await page.reload();
      await expect(page.getByText("Published", { exact: true }).first()).toBeVisible({ timeout: ADMIN_LOAD_MS });
    });
    await page.context().close();
  });

  test("an editor views a live release on the site, then withdraws it with a public reason in 4 actions", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const title = `Admin e2e withdrawn ${run}`;
    const slug = slugOf(title);
    const reason = `Figures under review (${run}).`;
    const token = await login(request, "editor");
    const documentId = await createRelease(request, token, { title, slug, lead: `Lead of ${title}.` });
    expect((await publishRelease(request, token, documentId)).status()).toBe(200);
    await within(10_000, `${pageUrl(slug)} live`, () => shows(request, pageUrl(slug), title));

    const page = await logIn(browser, "editor@newsroom.example");
    await page.goto(`${CMS}/admin${RELEASES_PATH}/${documentId}?plugins[i18n][locale]=en`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: ADMIN_LOAD_MS });

    await test.step("View on site opens the public page", async () => {
      const opened = page.waitForEvent("popup");
      await page.getByRole("button", { name: "View on site" }).click();
      const popup = await opened;
      await popup.waitForLoadState();
      expect(popup.url()).toBe(pageUrl(slug));
      await expect(popup.getByRole("heading", { name: title, level: 1 })).toBeVisible();
      await popup.close();
    });

    await test.step("withdraw: menu, Withdraw…, the reason, confirm", async () => {
      let actions = 0;
      await page.getByRole("button", { name: "More document actions" }).click();
      actions += 1;
      await page.getByRole("menuitem", { name: "Withdraw…" }).click();
      actions += 1;
      await page.getByRole("textbox", { name: "Public reason" }).fill(reason);
      actions += 1;
      const unpublished = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/actions/unpublish"));
      await page.getByRole("button", { name: "Withdraw", exact: true }).click();
      actions += 1;
      expect((await unpublished).status()).toBe(200);
      test.info().annotations.push({ type: "actions", description: `withdrawal with a reason: ${String(actions)} actions` });
      expect(actions).toBeLessThanOrEqual(4);
    });

    await test.step("the address answers 410 with the reason", async () => {
      await within(10_000, `${pageUrl(slug)} answers 410 with the reason`, async () => {
        const response = await request.get(pageUrl(slug), { maxRedirects: 0 });
        return response.status() === 410 && (await response.text()).includes(reason);
      });
    });

    await test.step("no developer menus for an Editor", async () => {
      // "Edit the model" and "Configure the view" sit in the header's menu; with them gone it may be empty (disabled).
      const more = page.getByRole("button", { name: "More actions", exact: true });
      if (await more.isEnabled()) {
        await more.click();
        await expect(page.getByRole("menuitem").first()).toBeVisible();
        await expect(page.getByRole("menuitem", { name: /Edit the model|Configure the view/ })).toHaveCount(0);
        await page.keyboard.press("Escape");
      }
    });
    await page.context().close();
    const adminToken = await login(request, "admin");
    await admin(request, adminToken, "DELETE", `${RELEASES_PATH}/${documentId}?locale=en`);
  });

  test("the slug follows the headline as it is typed, numbers whole, until the editor types a slug; a translation's from its own headline", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await logIn(browser, "editor@newsroom.example");
    await page.goto(CREATE_URL);
    const title = page.getByRole("textbox", { name: LABEL.title, exact: true });
    const slug = page.getByRole("textbox", { name: LABEL.slug, exact: true });
    await expect(title).toBeEditable({ timeout: ADMIN_LOAD_MS });
    await title.fill(`20,000 Peruvians counted abroad ${run}`);
    await expect(slug, "made as the headline is typed, 20,000 kept whole").toHaveValue(`20000-peruvians-counted-abroad-${run}`);
    const headline = `Admin e2e live slug ${run}`;
    await title.fill(headline);
    await expect(slug).toHaveValue(slugOf(headline));
    await save(page, "POST");

    // A saved draft whose slug is its headline's keeps following (its own slug is not "taken").
    await page.reload();
    await expect(title).toBeEditable({ timeout: ADMIN_LOAD_MS });
    await title.fill(`${headline} revised`);
    await expect(slug).toHaveValue(slugOf(`${headline} revised`));

    const chosen = `chosen-by-hand-${run}`;
    await slug.fill(chosen);
    await title.fill(`${headline} changed`);
    // Longer than the slug's typing pause and a suggestion's round trip: it would have changed by now.
    await page.waitForTimeout(2_000);
    await expect(slug, "the editor's own slug stays").toHaveValue(chosen);
    await save(page, "PUT");
    // Saved with the editor's slug: opened again, it does not follow either.
    await page.reload();
    await expect(title).toBeEditable({ timeout: ADMIN_LOAD_MS });
    await title.fill(headline);
    await page.waitForTimeout(2_000);
    await expect(slug).toHaveValue(chosen);

    // The Spanish version, from its own headline (not the English slug).
    const spanish = new URL(page.url());
    spanish.searchParams.set("plugins[i18n][locale]", "es");
    await page.goto(spanish.href);
    await expect(title).toBeEditable({ timeout: ADMIN_LOAD_MS });
    await title.fill(`Conmemoración de 20.000 peruanos ${run}`);
    await expect(slug).toHaveValue(`conmemoracion-de-20000-peruanos-${run}`);
    await page.context().close();
  });

  test("Publish with empty required fields names them and puts the cursor in the first", async ({ browser, request }) => {
    test.setTimeout(120_000);
    const token = await login(request, "editor");
    const title = `Admin e2e incomplete ${run}`;
    const created = await admin(request, token, "POST", `${RELEASES_PATH}?locale=en`, {
      title,
      slug: slugOf(title),
      datelinePlace: "Geneva",
      releaseDate: new Date().toISOString(),
    });
    expect(created.status(), await created.text()).toBe(201);
    const documentId = z.object({ data: z.object({ documentId: z.string() }) }).parse(await created.json()).data.documentId;
    const page = await logIn(browser, "editor@newsroom.example");
    await page.goto(`${CMS}/admin${RELEASES_PATH}/${documentId}?plugins[i18n][locale]=en`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: ADMIN_LOAD_MS });
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Not published yet: fill in" })).toContainText(`${LABEL.lead}, Body.`);
    await expect(page.getByRole("textbox", { name: LABEL.lead, exact: true })).toBeFocused();
    await page.context().close();
  });

  test("Content Manager opens on Press releases, with each release's languages and its status in view at 1440 px", async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await logIn(browser, "editor@newsroom.example");
    await page.getByRole("link", { name: "Content Manager" }).click();
    await expect(page).toHaveURL(new RegExp(`${RELEASES_PATH.replaceAll(".", "\\.")}(\\?|$)`));
    await expect(page.getByRole("heading", { name: "Press release", level: 1 })).toBeVisible({ timeout: ADMIN_LOAD_MS });
    const viewport = page.viewportSize();
    if (!viewport) throw new Error("the admin page has no viewport size");
    // Strapi's list is a grid: its header cells are gridcells in the first row.
    const columnsInView = async () => {
      const headers = page.getByRole("row").first();
      for (const column of [/^Available in$/i, /^Status$/i]) {
        const header = headers.getByRole("gridcell", { name: column });
        await expect(header, `the list's ${String(column)} column`).toBeVisible();
        const box = await header.boundingBox();
        expect(box && box.x + box.width <= viewport.width, `the ${String(column)} column within the 1440 px window, not scrolled off`).toBe(
          true,
        );
      }
    };
    await columnsInView();
    // The seeded Peru release exists in English and Spanish: its row says so.
    // (Searched for: by the time this runs, other tests' releases may fill the first page.)
    await page.goto(`${CMS}/admin${RELEASES_PATH}?_q=${encodeURIComponent("Peruvians Living Abroad Day")}&plugins[i18n][locale]=en`);
    await expect(page.getByText(/^1 entry found$/i)).toBeVisible({ timeout: ADMIN_LOAD_MS });
    const peru = page.getByRole("row").filter({ hasText: "Peruvians Living Abroad Day" });
    await expect(peru).toBeVisible();
    await expect(peru).toContainText(/English \(en\).*(Spanish|French)/);
    // A long headline in several languages: both cut to one line, Status still in view.
    await columnsInView();
    await page.context().close();
  });

  test("an author writes and edits drafts but cannot publish", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const d = draft("authored");
    const slug = slugOf(d.title);
    const page = await logIn(browser, "author@newsroom.example");
    await expect(page.getByRole("button", { name: /Omar Author/ }), "signed in as the seeded Author").toBeVisible();

    await fillNewRelease(page, d);
    await save(page, "POST");
    const edited = `${d.title} edited`;
    await page.getByRole("textbox", { name: LABEL.title, exact: true }).fill(edited);
    await save(page, "PUT");
    await expect(page.getByRole("heading", { name: edited, level: 1 })).toBeVisible();

    await test.step("no usable Publish action", async () => {
      const button = page.getByRole("button", { name: "Publish", exact: true });
      if ((await button.count()) === 0 || (await button.isDisabled())) {
        test.info().annotations.push({
          type: "author publish",
          description: (await button.count()) === 0 ? "no Publish button" : "Publish button disabled",
        });
        return;
      }
      // Offered anyway: then the CMS must refuse it and the admin must say so.
      const attempt = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/actions/publish"));
      await button.click();
      const response = await attempt;
      expect(response.status(), "publish as Author").toBe(403);
      await expect(page.getByText(/forbidden|not allowed|permission/i).first()).toBeVisible();
    });

    await test.step("nor scheduling, which is publishing later", async () => {
      const panel = publishingPanel(page);
      await expect(panel).toContainText("An editor publishes it, or schedules it here.");
      await expect(panel.getByLabel(LABEL.scheduleFor, { exact: true })).toHaveCount(0);
    });

    expect((await request.get(pageUrl(slug), { maxRedirects: 0 })).status()).toBe(404);
    await page.context().close();
  });
});

// ─── Counted: what an editor's tasks cost in the real admin ─────────────────────────────

/**
 * Counts what a person does: each click, each field typed (one fill or one run of typing),
 * each key pressed on its own, each file chosen. Waiting and looking are free. The log goes
 * into the test's annotations and its output, so `npm test` prints the counts.
 */
class Actions {
  readonly done: string[] = [];
  async do<T>(what: string, action: () => Promise<T>): Promise<T> {
    this.done.push(what);
    return action();
  }
  get count(): number {
    return this.done.length;
  }
  report(task: string, target: number): void {
    const line = `${task}: ${String(this.count)} actions (target ≤ ${String(target)})`;
    test.info().annotations.push({ type: "actions", description: `${line}: ${this.done.join(" · ")}` });
    console.log(`[editor actions] ${line}\n  ${this.done.join("\n  ")}`);
  }
}

test.describe("an editor's tasks, counted @editorial", () => {
  test.use({ locale: "en-US", timezoneId: "UTC" });
  test.beforeAll(() => {
    requireCmsEnv();
  });

  test("a full press release from the dashboard to live", async ({ browser, request }) => {
    test.setTimeout(300_000);
    const title = `Counted release ${run}`;
    // A real photo's bytes: the first JPEG in the media library (the seed's), uploaded again under a new name.
    const library = await admin(
      request,
      await login(request, "editor"),
      "GET",
      "/upload/files?page=1&pageSize=1&filters[mime][$contains]=jpeg",
    );
    const url = z.object({ results: z.array(z.object({ url: z.string() })).min(1) }).parse(await library.json()).results[0]?.url ?? "";
    const photo = await request.get(`${CMS}${url}`);
    expect(photo.status(), `${url} from the media library`).toBe(200);
    const page = await logIn(browser, "editor@newsroom.example");
    await page.goto(`${CMS}/admin`);
    const a = new Actions();
    await a.do("Content Manager", () => page.getByRole("link", { name: "Content Manager" }).click());
    await a.do("Create new entry", () =>
      page
        .getByRole("link", { name: /Create new entry/i })
        .first()
        .click(),
    );
    const headline = page.getByRole("textbox", { name: LABEL.title, exact: true });
    await expect(headline).toBeEditable({ timeout: ADMIN_LOAD_MS });
    await a.do("headline", () => headline.fill(title));
    await a.do("dateline place", () => page.getByRole("textbox", { name: LABEL.datelinePlace, exact: true }).fill("Lima"));
    const datelineCountry = page.getByRole("combobox", { name: "Dateline country", exact: true });
    await a.do("dateline country: open", () => datelineCountry.click());
    await a.do("dateline country: type", () => datelineCountry.fill("Peru"));
    await a.do("dateline country: choose", () => page.getByRole("option", { name: "Peru", exact: true }).click());
    // The release date starts at this minute (src/admin/newsroom/new-release-defaults.tsx).
    const releaseDate = page.getByRole("group", { name: LABEL.releaseDate, exact: true }).getByRole("combobox", { name: "Choose date" });
    await expect(releaseDate).not.toHaveValue("");
    await a.do("lead", () =>
      page
        .getByRole("textbox", { name: LABEL.lead, exact: true })
        .fill(`The lead of the counted release, run ${run}: who, what, where and when.`),
    );
    const body = page.locator('[data-slate-editor="true"]');
    await a.do("body: click", () => body.click());
    await a.do("body: first paragraph", () => page.keyboard.type("Peruvians abroad were counted in a survey with the Government."));
    await a.do("body: new paragraph", () => page.keyboard.press("Enter"));
    // Markdown's quote shortcut, which the blocks editor knows.
    await a.do("body: a quote", () => page.keyboard.type("> “Migration is a story of hope,” said the Chief of Mission."));
    // Enter on a quote's empty line leaves the quote (Strapi's blocks editor).
    await a.do("body: new line", () => page.keyboard.press("Enter"));
    await a.do("body: leave the quote", () => page.keyboard.press("Enter"));
    await a.do("body: third paragraph", () => page.keyboard.type("Read the survey "));
    await a.do("body: link button", () => page.getByRole("button", { name: "Link", exact: true }).click());
    await a.do("link: its text", () => page.getByPlaceholder("Enter link text").fill("results"));
    await a.do("link: its address", () => page.getByPlaceholder("Paste link").fill("https://peru.iom.int/survey"));
    await a.do("link: save", () => page.getByRole("button", { name: "Save", exact: true }).last().click());
    await expect(body.getByRole("link", { name: "results" })).toBeVisible();
    // The Main photo panel takes the file and makes it the main photo in one step (src/admin/newsroom/main-photo.tsx).
    const photoPanel = page.locator("aside", { has: page.getByRole("heading", { name: "Main photo", exact: true }) });
    const bytes = [...(await photo.body())];
    const dropped = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "lima-survey.jpg", { type: "image/jpeg" }));
      return transfer;
    }, bytes);
    await a.do("main photo: drop the file", () =>
      photoPanel.locator("[data-newsroom-photo-drop]").dispatchEvent("drop", { dataTransfer: dropped }),
    );
    await expect(photoPanel).toContainText("lima-survey", { timeout: 30_000 });
    // The cursor waits in the photo's alt text, the one required field of the photo.
    await expect(page.getByRole("textbox", { name: "Alt text" })).toBeFocused();
    await a.do("main photo: alt text", () =>
      page.getByRole("textbox", { name: "Alt text" }).fill("Peruvians queue at a consulate in Lima"),
    );
    await a.do("main photo: caption", () => page.getByRole("textbox", { name: "Caption" }).fill("Lima, 2026: the survey's first day."));
    await a.do("main photo: credit", () => page.getByRole("textbox", { name: "Credit" }).fill("© IOM 2026"));
    const themes = page.getByRole("combobox", { name: "Themes", exact: true });
    await a.do("theme: open", () => themes.click());
    await a.do("theme: choose", () =>
      page
        .getByRole("option")
        .filter({ hasText: /migration governance/i })
        .first()
        .click(),
    );
    const contacts = page.getByRole("combobox", { name: LABEL.pressContacts, exact: true });
    await a.do("press contact: open", () => contacts.click());
    await a.do("press contact: type", () => contacts.fill("Carolina"));
    await a.do("press contact: choose", () => page.getByRole("option", { name: "Carolina Santos" }).click());

    // Before the first save: Save and preview saves, then opens the preview (src/admin/newsroom/save-and-preview.tsx).
    const created = page.waitForResponse((r) => isDocumentWrite(r, "POST"));
    await a.do("save and preview", () => page.getByRole("button", { name: "Save and preview", exact: true }).click());
    expect((await created).status(), "saved before the preview").toBeLessThan(300);
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect(frame.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(frame.getByRole("img", { name: "Peruvians queue at a consulate in Lima" })).toBeVisible();
    await expect(frame.getByRole("link", { name: "results" })).toHaveAttribute("href", "https://peru.iom.int/survey");
    await expect(frame.locator("blockquote")).toContainText("Migration is a story of hope");
    const returnedAt = await a.do("publish", () => publish(page));
    const slug = slugOf(title);
    await expectLiveWithin(request, returnedAt, LIVE_WITHIN_MS, title, [pageUrl(slug)]);
    a.report("press release to live", 30);

    await test.step("live with everything the editor gave it", async () => {
      const html = await (await request.get(pageUrl(slug))).text();
      for (const text of [
        "Lima",
        "Carolina Santos",
        "Migration governance",
        "Peru",
        "© IOM 2026",
        'href="https://peru.iom.int/survey"',
        "<blockquote",
      ])
        expect(html.includes(text), `the page shows ${text}`).toBe(true);
    });
    expect(a.count).toBeLessThanOrEqual(30);
    await page.context().close();
  });

  test("its Spanish version, from the English release to live", async ({ browser, request }) => {
    test.setTimeout(300_000);
    const token = await login(request, "editor");
    const library = await admin(request, token, "GET", "/upload/files?page=1&pageSize=1&filters[mime][$contains]=jpeg");
    const photoId = z.object({ results: z.array(z.object({ id: z.number() })).min(1) }).parse(await library.json()).results[0]?.id;
    const title = `Counted translation ${run}`;
    const text = (value: string) => ({ type: "text", text: value });
    const documentId = await createRelease(request, token, {
      title,
      slug: slugOf(title),
      datelinePlace: "Lima",
      lead: `The lead in English, run ${run}.`,
      body: [
        { type: "paragraph", children: [text("Peruvians abroad were counted in a survey with the Government.")] },
        { type: "quote", children: [text("“Migration is a story of hope,” said the Chief of Mission.")] },
        {
          type: "paragraph",
          children: [
            text("Read the survey on "),
            { type: "link", url: "https://peru.iom.int/survey", children: [text("peru.iom.int")] },
            text(""),
          ],
        },
      ],
      heroImage: { image: photoId, altText: "Peruvians queue at a consulate in Lima", caption: "Lima, 2026: the survey's first day." },
    });
    expect((await publishRelease(request, token, documentId)).status()).toBe(200);
    const page = await logIn(browser, "editor@newsroom.example");
    await page.goto(`${CMS}/admin${RELEASES_PATH}/${documentId}?plugins[i18n][locale]=en`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: ADMIN_LOAD_MS });

    const a = new Actions();
    const languages = page.locator("aside", { has: page.getByRole("heading", { name: "Languages", exact: true }) });
    await a.do("add the Spanish version", () => languages.getByRole("button", { name: /^Add the Spanish/ }).click());
    const headline = page.getByRole("textbox", { name: LABEL.title, exact: true });
    // The copy arrives with everything English still marked as such (src/admin/newsroom/languages.tsx).
    await expect(headline).toHaveValue(title, { timeout: 30_000 });
    const untranslated = languages.locator("[data-newsroom-untranslated]");
    await expect(untranslated).toContainText(/Headline.*Lead paragraph.*Body.*alt text.*caption/);
    const spanishTitle = `Versión contada ${run}`;
    await a.do("headline", () => headline.fill(spanishTitle));
    await a.do("lead", () => page.getByRole("textbox", { name: LABEL.lead, exact: true }).fill(`La entrada en español, ${run}.`));
    const body = page.locator('[data-slate-editor="true"]');
    const block = (n: number) => body.locator(":scope > *").nth(n);
    await a.do("body: select the first paragraph", () => block(0).click({ clickCount: 3 }));
    await a.do("body: its translation", () => page.keyboard.type("Los peruanos en el exterior fueron contados en una encuesta."));
    await a.do("body: select the quote", () => block(1).click({ clickCount: 3 }));
    await a.do("body: its translation", () => page.keyboard.type("“La migración es una historia de esperanza”, dijo la Jefa de Misión."));
    // A drag over the words before the link (the link itself is a web address: it stays).
    await a.do("body: select the words before the link", () =>
      block(2).evaluate((paragraph) => {
        const words = [...paragraph.querySelectorAll("[data-slate-string]")].find((node) => node.textContent === "Read the survey on ");
        const textNode = words?.firstChild;
        if (!textNode) throw new Error("the third paragraph's words are not there");
        const range = document.createRange();
        range.setStart(textNode, 0);
        range.setEnd(textNode, "Read the survey on ".length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }),
    );
    await a.do("body: their translation", () => page.keyboard.type("Lea la encuesta en "));
    await a.do("photo: alt text", () =>
      page.getByRole("textbox", { name: "Alt text" }).fill("Peruanos hacen fila en un consulado de Lima"),
    );
    await a.do("photo: caption", () => page.getByRole("textbox", { name: "Caption" }).fill("Lima, 2026: el primer día de la encuesta."));
    await expect(untranslated, "nothing left in English").toHaveCount(0);
    const returnedAt = await a.do("publish", () => publish(page));
    const spanishPage = `${BASE}/es/news/${slugOf(spanishTitle.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))}`;
    await expectLiveWithin(request, returnedAt, LIVE_WITHIN_MS, spanishTitle, [spanishPage]);
    a.report("its Spanish version", 12);

    await test.step("the Spanish page keeps the formatting, the link and the photo, in Spanish", async () => {
      const html = await (await request.get(spanishPage)).text();
      for (const expected of [
        "Los peruanos en el exterior",
        "<blockquote",
        "La migración es una historia de esperanza",
        "Lea la encuesta en",
        'href="https://peru.iom.int/survey"',
        "Peruanos hacen fila en un consulado de Lima",
        "el primer día de la encuesta",
      ])
        expect(html.includes(expected), `the Spanish page shows ${expected}`).toBe(true);
      for (const english of ["Peruvians abroad were counted", "Read the survey on", "Peruvians queue"])
        expect(html.includes(english), `no English left: ${english}`).toBe(false);
    });
    expect(a.count).toBeLessThanOrEqual(12);
    await page.context().close();
  });

  test("scheduling a written release two minutes ahead", async ({ browser, request }) => {
    test.setTimeout(300_000);
    const token = await login(request, "editor");
    const title = `Counted schedule ${run}`;
    const documentId = await createRelease(request, token, { title, slug: slugOf(title), lead: `Lead of ${title}.` });
    // Two minutes ahead, to the minute (the picker has minutes), typed as an editor in Lima
    // reads the clock: the panel works in the editor's time zone and shows UTC beside it.
    const at = new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
    const zone = "America/Lima";
    const page = await logIn(browser, "editor@newsroom.example", zone);
    await page.goto(`${CMS}/admin`);
    const a = new Actions();
    await a.do("Content Manager", () => page.getByRole("link", { name: "Content Manager" }).click());
    await a.do("search", () => page.getByRole("button", { name: "Search", exact: true }).click());
    await a.do("search: its headline", () => page.getByRole("searchbox", { name: /^Search for/ }).fill(title));
    await a.do("search: Enter", () => page.keyboard.press("Enter"));
    await a.do("open it", () => page.getByRole("row").filter({ hasText: title }).getByText(title).click());
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: ADMIN_LOAD_MS });
    const panel = publishingPanel(page);
    // One place to schedule: beside Publish, not also in the form.
    await expect(page.getByRole("group", { name: "Scheduled publication", exact: true })).toHaveCount(0);
    await expect(panel).toContainText(`Your time zone: ${zone}`);
    await a.do("Schedule for: date and time", () => panel.getByLabel(LABEL.scheduleFor, { exact: true }).fill(wallClock(at, zone)));
    await a.do("save", () => save(page, "PUT"));
    a.report("schedule a release two minutes ahead", 10);
    await expect(panel).toContainText("Scheduled");
    await expect(panel).toContainText(`(${zone})`);
    await expect(panel).toContainText(`${at.toLocaleString("en-US", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`);
    await expect(page.getByRole("button", { name: /^Scheduled for / })).toBeDisabled();
    // The count can only come down: 7 today (10 is the target).
    expect(a.count).toBeLessThanOrEqual(7);
    // Stored for the scheduler (its going live by itself is the test "an editor schedules a release a minute ahead").
    const stored = await admin(request, token, "GET", `${RELEASES_PATH}/${documentId}?locale=en`);
    expect(new Date(String(field(await stored.json(), "data", "scheduledPublishAt"))).getTime()).toBe(at.getTime());
    await page.context().close();
    // Not left to go live two minutes later, in the middle of whatever runs next (the backup
    // round trip compares the site before and after, and the scheduler would publish it between).
    const adminToken = await login(request, "admin");
    expect((await admin(request, adminToken, "DELETE", `${RELEASES_PATH}/${documentId}?locale=en`)).status()).toBe(200);
  });
});
