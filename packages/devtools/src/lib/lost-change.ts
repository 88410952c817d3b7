/**
 * "No lost change", against the real stack: a change published while the site is down
 * (its revalidation cannot be delivered) must show on the page within 60 s of the site's
 * return, with nothing else done. Without the CMS's retries the proxy and the shared cache
 * would keep the old page until its lifetime (300 s) runs out.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Admin, describeFailure, EDITOR_EMAIL, getPage } from "./newsroom-admin";

const SLUG = "lost-change-check";
const LEAD = "A release the lost-change check of npm test edits and publishes while the site is down. Not real news.";
export const FRESH_WITHIN_MS = 60_000;
/** Long enough for the CMS's first tries to fail, so the delivery that counts is a retry. */
const OUTAGE_MS = 5_000;
const LIVE_TIMEOUT_MS = 15_000;
const POLL_MS = 250;

export interface LostChangeOptions {
  cmsUrl: string;
  /** The site as readers reach it (the proxy). */
  siteUrl: string;
  password: string;
  /** Stops every web instance (the proxy keeps answering, from its cache or with 503). */
  stopSite: () => Promise<void>;
  /** Starts them again and resolves once the proxy has a healthy one. */
  startSite: () => Promise<void>;
}

export interface LostChangeResult {
  /** From the site answering again to the page showing the change. */
  freshAfterMs: number;
  /** What readers got during the outage. */
  duringOutage: string;
}

/** Polls until the page answers 200 with `text`; undefined after `timeoutMs`. */
async function waitForText(url: string, text: string, timeoutMs: number): Promise<{ ms: number | undefined; last: string }> {
  const started = performance.now();
  let last = "no answer yet";
  while (performance.now() - started < timeoutMs) {
    try {
      const page = await getPage(url);
      if (page.status === 200 && page.html.includes(text)) return { ms: performance.now() - started, last };
      last = `HTTP ${String(page.status)}${page.status === 200 ? ", old title" : ""}`;
    } catch (err) {
      last = describeFailure(err);
    }
    await sleep(POLL_MS);
  }
  return { ms: undefined, last };
}

export async function lostChangeCheck(options: LostChangeOptions): Promise<LostChangeResult> {
  const admin = await Admin.login(options.cmsUrl, EDITOR_EMAIL, options.password);
  const runId = randomBytes(4).toString("hex");
  const before = `Lost-change check ${runId} before the outage`;
  const after = `Lost-change check ${runId} published during the outage`;
  const release = (await admin.findBySlug(SLUG)) ?? (await admin.create(before, SLUG, LEAD));
  const pageUrl = `${options.siteUrl}/en/news/${release.slug}`;

  // The page is live and cached (proxy and shared cache) with the old title.
  await admin.setTitle(release.documentId, before);
  await admin.publish(release.documentId);
  const live = await waitForText(pageUrl, before, LIVE_TIMEOUT_MS);
  if (live.ms === undefined)
    throw new Error(`${pageUrl} did not show "${before}" within ${String(LIVE_TIMEOUT_MS / 1000)} s with the site up (last: ${live.last})`);

  await options.stopSite();
  await admin.setTitle(release.documentId, after);
  await admin.publish(release.documentId);
  await sleep(OUTAGE_MS);
  const page = await getPage(pageUrl).catch((err: unknown) => ({ status: 0, html: describeFailure(err) }));
  if (page.status === 200 && page.html.includes(after))
    throw new Error(`${pageUrl} showed the change while the site was stopped: the check proves nothing`);
  const duringOutage = page.status === 200 ? "the old title, from the proxy's cache" : `HTTP ${String(page.status)}`;

  await options.startSite();
  const fresh = await waitForText(pageUrl, after, FRESH_WITHIN_MS);
  if (fresh.ms === undefined) {
    throw new Error(
      `${pageUrl} still did not show the change published during the outage ${String(FRESH_WITHIN_MS / 1000)} s after the site came back (last: ${fresh.last}); during the outage readers got ${duringOutage}`,
    );
  }
  return { freshAfterMs: fresh.ms, duringOutage };
}
