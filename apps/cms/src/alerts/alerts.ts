import type { Core } from "@strapi/strapi";
import type { Knex } from "knex";
import { z } from "zod";
import { contentTypes, documentTypes } from "@newsroom/contract";
import type { Database } from "../revalidation/outbox";
import { claimDueRows } from "../revalidation/queue-table";
import { retryDelayMs } from "../revalidation/retry";
import { queueMail, type QueuedMail } from "./mailer";
import { alertMessage, digestMessage, messageLocaleSchema, releaseDay, type AlertRelease } from "./messages";
import { storedIds, subscriberRow, subscriptionLinks, type SubscriberRow, type SubscriptionContext } from "./subscriptions";
import { ALERT_JOBS, MAIL_OUTBOX, SUBSCRIBERS } from "./tables";

/**
 * Alerts: a publication is recorded as a job in the publish transaction itself (lifecycle.ts),
 * so a release that went live always has one, whoever or whatever published it. Any CMS
 * instance then claims the job, writes one message per matching subscriber into the mail
 * outbox (its dedupe key makes each exactly once, however often the job is taken up again
 * after a crash) and marks the job done; mailer.ts sends them.
 */
export const ALERT_POLICY = {
  leaseMs: 120_000,
  /** An "immediate" alert this late is no longer one (mail was off, or down for hours): the digest still lists it. */
  staleAfterMs: 6 * 60 * 60_000,
  subscriberPage: 500,
  firstDelayMs: 5_000,
  maxDelayMs: 5 * 60_000,
} as const;

/** What a release is about, by documentId (languages share them). */
export interface ReleaseSubjects {
  countries: string[];
  /** The release's regions and those of its countries. */
  regions: string[];
  themes: string[];
  documentType: string;
}

export interface SubscriberChoices {
  countries: string[];
  regions: string[];
  themes: string[];
  documentTypes: string[];
}

/**
 * Whether a release is one the subscriber asked for: places (countries or regions, either
 * matching), themes and document types each narrow it when chosen; nothing chosen is everything.
 */
export function matches(choices: SubscriberChoices, release: ReleaseSubjects): boolean {
  const any = (wanted: string[], offered: string[]) => wanted.some((id) => offered.includes(id));
  const placeChosen = choices.countries.length > 0 || choices.regions.length > 0;
  if (placeChosen && !any(choices.countries, release.countries) && !any(choices.regions, release.regions)) return false;
  if (choices.themes.length > 0 && !any(choices.themes, release.themes)) return false;
  if (choices.documentTypes.length > 0 && !choices.documentTypes.includes(release.documentType)) return false;
  return true;
}

export function choicesOf(row: SubscriberRow): SubscriberChoices {
  return {
    countries: storedIds(row.countries),
    regions: storedIds(row.regions),
    themes: storedIds(row.themes),
    documentTypes: storedIds(row.document_types),
  };
}

/** In the publish transaction: one job per language that went live, unless it had one (a correction re-published sends nothing). */
export async function recordAlertJobs(
  trx: Knex.Transaction,
  releases: { documentId: string; locale: string }[],
  now: number,
): Promise<void> {
  if (releases.length === 0) return;
  await trx(ALERT_JOBS)
    .insert(
      releases.map((r) => ({ document_id: r.documentId, locale: r.locale, round: 1, recorded_at: now, attempts: 0, next_attempt_at: now })),
    )
    .onConflict(["document_id", "locale", "round"])
    .ignore();
}

/** An editor's "send the alert again" (after a correction that matters): a new round, sent to every matching subscriber. */
export async function recordResend(db: Database, documentId: string, locale: string, now: number): Promise<number> {
  const row: unknown = await db(ALERT_JOBS).where({ document_id: documentId, locale }).max({ round: "round" }).first();
  const round = z.object({ round: z.coerce.number().nullable() }).parse(row).round ?? 0;
  await db(ALERT_JOBS)
    .insert({ document_id: documentId, locale, round: round + 1, recorded_at: now, attempts: 0, next_attempt_at: now })
    .onConflict(["document_id", "locale", "round"])
    .ignore();
  return round + 1;
}

const termList = z.array(z.object({ documentId: z.string() })).default([]);
const publishedRelease = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  slug: z.string(),
  lead: z.string().nullable(),
  datelinePlace: z.string().nullable(),
  releaseDate: z.union([z.string(), z.date()]).transform((v) => new Date(v).toISOString()),
  documentType: z.enum(documentTypes),
  countries: z.array(z.object({ documentId: z.string(), region: z.object({ documentId: z.string() }).nullable().optional() })).default([]),
  regions: termList,
  themes: termList,
  pressContacts: z
    .array(
      z.object({
        fullName: z.string(),
        role: z.string().nullable().optional(),
        email: z.string().nullable().optional(),
        phone: z.string().nullable().optional(),
      }),
    )
    .default([]),
});
type PublishedRelease = z.infer<typeof publishedRelease>;

async function loadPublished(strapi: Core.Strapi, documentIds: string[], locale: string): Promise<PublishedRelease[]> {
  if (documentIds.length === 0) return [];
  const rows: unknown = await strapi.db.query(contentTypes.pressRelease.uid).findMany({
    where: { documentId: { $in: documentIds }, locale, publishedAt: { $notNull: true } },
    select: ["documentId", "locale", "title", "slug", "lead", "datelinePlace", "releaseDate", "documentType"],
    populate: {
      countries: { select: ["documentId"], populate: { region: { select: ["documentId"] } } },
      regions: { select: ["documentId"] },
      themes: { select: ["documentId"] },
      pressContacts: { select: ["fullName", "role", "email", "phone"] },
    },
  });
  return z.array(publishedRelease).parse(rows);
}

function subjectsOf(release: PublishedRelease): ReleaseSubjects {
  const countryRegions = release.countries.flatMap((c) => (c.region ? [c.region.documentId] : []));
  return {
    countries: release.countries.map((c) => c.documentId),
    regions: [...new Set([...release.regions.map((r) => r.documentId), ...countryRegions])],
    themes: release.themes.map((t) => t.documentId),
    documentType: release.documentType,
  };
}

function alertRelease(release: PublishedRelease, siteUrl: string): AlertRelease {
  return {
    title: release.title,
    place: release.datelinePlace ?? "",
    date: release.releaseDate,
    lead: release.lead ?? "",
    url: new URL(`/${release.locale}/news/${release.slug}`, siteUrl).href,
    contacts: release.pressContacts,
  };
}

function listId(siteUrl: string): string {
  return `<alerts.${new URL(siteUrl).hostname}>`;
}

/** Confirmed subscribers of a language and frequency, a page at a time (the same SELECT on both databases). */
async function* subscribersOf(db: Database, locale: string, frequency: "immediate" | "daily"): AsyncGenerator<SubscriberRow[]> {
  let after = 0;
  for (;;) {
    const rows: unknown = await db(SUBSCRIBERS)
      .where({ locale, frequency, status: "confirmed" })
      .where("id", ">", after)
      .orderBy("id")
      .limit(ALERT_POLICY.subscriberPage);
    const page = z.array(subscriberRow).parse(rows);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]?.id ?? after;
  }
}

const jobRow = z.object({
  id: z.coerce.number(),
  document_id: z.string(),
  locale: z.string(),
  round: z.coerce.number(),
  recorded_at: z.coerce.number(),
  attempts: z.coerce.number(),
});

async function claimJobs(db: Database, now: number, skipLocked: boolean): Promise<z.infer<typeof jobRow>[]> {
  const rows = await claimDueRows(db, ALERT_JOBS, {
    now,
    limit: 10,
    leaseMs: ALERT_POLICY.leaseMs,
    skipLocked,
    returning: ["id", "document_id", "locale", "round", "recorded_at", "attempts"],
  });
  return z.array(jobRow).parse(rows);
}

export interface AlertContext extends SubscriptionContext {
  skipLocked: boolean;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
  /** Digest cut-offs: every `intervalMs`, `offsetMs` past the interval's start (daily at 07:00 UTC). */
  digest: { intervalMs: number; offsetMs: number };
}

/** Turns due jobs into messages in the mail outbox. */
export async function expandAlertJobs(ctx: AlertContext): Promise<void> {
  const jobs = await claimJobs(ctx.db, ctx.now(), ctx.skipLocked);
  for (const job of jobs) {
    try {
      await expandJob(ctx, job);
      await ctx.db(ALERT_JOBS).where({ id: job.id }).update({ next_attempt_at: null, last_error: null });
    } catch (error) {
      const delay = retryDelayMs(job.attempts, ALERT_POLICY);
      ctx.log.error(
        `alerts: the alert for ${job.document_id} (${job.locale}) could not be prepared, again in ${String(delay / 1000)} s: ${String(error)}`,
      );
      await ctx
        .db(ALERT_JOBS)
        .where({ id: job.id })
        .update({ next_attempt_at: ctx.now() + delay, last_error: String(error).slice(0, 1000) });
    }
  }
}

async function expandJob(ctx: AlertContext, job: z.infer<typeof jobRow>): Promise<void> {
  if (job.round === 1 && ctx.now() - job.recorded_at > ALERT_POLICY.staleAfterMs) {
    ctx.log.warn(`alerts: ${job.document_id} (${job.locale}) went live too long ago for an immediate alert; daily digests list it`);
    return;
  }
  const [release] = await loadPublished(ctx.strapi, [job.document_id], job.locale);
  if (!release) return; // withdrawn again before its alert went out
  const subjects = subjectsOf(release);
  const locale = messageLocaleSchema.parse(release.locale);
  const site = await ctx.siteName(locale);
  const content = alertRelease(release, ctx.siteUrl);
  for await (const page of subscribersOf(ctx.db, job.locale, "immediate")) {
    const mails: QueuedMail[] = page
      .filter((row) => matches(choicesOf(row), subjects))
      .map((row) => ({
        dedupeKey: `alert:${String(row.id)}:${job.document_id}:${job.locale}:${String(job.round)}`,
        kind: "alert",
        recipient: row.email,
        subscriberId: row.id,
        release: { documentId: job.document_id, locale: job.locale },
        message: alertMessage(locale, site, content, subscriptionLinks(ctx, row), listId(ctx.siteUrl)),
      }));
    await queueMail(ctx.db, mails, ctx.now());
  }
  ctx.kick();
}

/** The latest digest cut-off at or before `now`. */
export function digestCutoff(now: number, digest: AlertContext["digest"]): number {
  return Math.floor((now - digest.offsetMs) / digest.intervalMs) * digest.intervalMs + digest.offsetMs;
}

/**
 * Daily digests: each daily subscriber whose last digest ended before the latest cut-off gets
 * the matching releases first published in between (none: no message), and moves on to the
 * cut-off in the same transaction as the queued message.
 */
export async function queueDigests(ctx: AlertContext): Promise<void> {
  const cutoff = digestCutoff(ctx.now(), ctx.digest);
  for (const locale of ["en", "es", "fr"] as const) {
    let site: string | undefined;
    // Daily subscribers mostly share their period: each release is read once per round, not once per subscriber.
    const read = new Map<string, PublishedRelease | undefined>();
    const releasesOf = async (ids: string[]): Promise<PublishedRelease[]> => {
      const missing = ids.filter((id) => !read.has(id));
      const loaded = await loadPublished(ctx.strapi, missing, locale);
      for (const id of missing)
        read.set(
          id,
          loaded.find((release) => release.documentId === id),
        );
      return ids.flatMap((id) => read.get(id) ?? []);
    };
    for await (const page of subscribersOf(ctx.db, locale, "daily")) {
      for (const row of page) {
        const from = row.digest_until ?? row.confirmed_at ?? 0;
        if (from >= cutoff) continue;
        const jobs: unknown = await ctx
          .db(ALERT_JOBS)
          .select("document_id")
          .where({ locale, round: 1 })
          .where("recorded_at", ">", from)
          .where("recorded_at", "<=", cutoff)
          .orderBy("recorded_at");
        const ids = z
          .array(z.object({ document_id: z.string() }))
          .parse(jobs)
          .map((j) => j.document_id);
        const choices = choicesOf(row);
        // In the order they went live (releasesOf keeps the jobs' order).
        const releases = (await releasesOf(ids)).filter((release) => matches(choices, subjectsOf(release)));
        site ??= await ctx.siteName(locale);
        const siteName = site;
        await ctx.db.transaction(async (trx) => {
          const moved = await trx(SUBSCRIBERS)
            .where({ id: row.id })
            .where("digest_until", "<", cutoff)
            .orWhere({ id: row.id, digest_until: null })
            .update({ digest_until: cutoff });
          if (moved === 0 || releases.length === 0) return;
          await queueMail(
            trx,
            [
              {
                dedupeKey: `digest:${String(row.id)}:${String(cutoff)}`,
                kind: "digest",
                recipient: row.email,
                subscriberId: row.id,
                message: digestMessage(
                  locale,
                  siteName,
                  releaseDay(new Date(cutoff - 1), locale),
                  releases.map((r) => alertRelease(r, ctx.siteUrl)),
                  subscriptionLinks(ctx, row),
                  listId(ctx.siteUrl),
                ),
              },
            ],
            ctx.now(),
          );
        });
      }
    }
  }
  ctx.kick();
}

/** The admin's counts for one release: per language, its alerts sent, failed and waiting. */
export async function alertCounts(
  db: Database,
  documentId: string,
): Promise<{ locale: string; sent: number; failed: number; pending: number; preparing: boolean; rounds: number }[]> {
  const mails: unknown = await db(MAIL_OUTBOX)
    .select("release_locale")
    .where({ release_document_id: documentId, kind: "alert" })
    .count({ total: "*" })
    .count({ sent: "sent_at" })
    .count({ failed: "failed_at" })
    .groupBy("release_locale");
  const jobs: unknown = await db(ALERT_JOBS).select("locale", "round", "next_attempt_at").where({ document_id: documentId });
  const mailRows = z
    .array(z.object({ release_locale: z.string(), total: z.coerce.number(), sent: z.coerce.number(), failed: z.coerce.number() }))
    .parse(mails);
  const jobRows = z
    .array(z.object({ locale: z.string(), round: z.coerce.number(), next_attempt_at: z.coerce.number().nullable() }))
    .parse(jobs);
  const locales = [...new Set([...jobRows.map((j) => j.locale), ...mailRows.map((m) => m.release_locale)])].sort();
  return locales.map((locale) => {
    const m = mailRows.find((row) => row.release_locale === locale);
    const localeJobs = jobRows.filter((j) => j.locale === locale);
    return {
      locale,
      sent: m?.sent ?? 0,
      failed: m?.failed ?? 0,
      pending: m ? m.total - m.sent - m.failed : 0,
      preparing: localeJobs.some((j) => j.next_attempt_at !== null),
      rounds: Math.max(0, ...localeJobs.map((j) => j.round)),
    };
  });
}
