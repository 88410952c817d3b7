import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Knex } from "knex";
import { z } from "zod";
import localeConfig from "@newsroom/config/locales.json";
import { kickAlerts } from "../alerts";
import { recordAlertJobs } from "../alerts/alerts";
import { currentActor } from "./actor";
import { humanize, pressReleaseLabels } from "./admin-layout";
import { databaseNow } from "./clock";
import { datelineCountryInCountries, slugForTitle, translationSlug, updateWithdrawalNotice } from "./drafting";
import { contentTypes, isRecord } from "@newsroom/contract";

export const PRESS_RELEASE = contentTypes.pressRelease.uid;
export const SLUG_REDIRECT = contentTypes.slugRedirect.uid;
export const WITHDRAWAL_NOTICE = contentTypes.withdrawalNotice.uid;
export const PUBLICATION_EVENT = contentTypes.publicationEvent.uid;

/** Strapi's query layer answers datetimes as Date objects or strings, depending on the database. */
const dateTime = z
  .union([z.date(), z.string(), z.number()])
  .nullable()
  .transform((value) => (value === null ? null : new Date(value)));

const releaseRow = z.object({
  id: z.number(),
  documentId: z.string(),
  locale: z.string(),
  // A draft may be incomplete (only publishing needs every required field).
  slug: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: dateTime,
  scheduledPublishAt: dateTime,
  scheduledUnpublishAt: dateTime,
  withdrawalReason: z.string().nullable(),
});
type ReleaseRow = z.infer<typeof releaseRow>;
const ROW_FIELDS = Object.keys(releaseRow.shape);

export type ScheduleField = "scheduledPublishAt" | "scheduledUnpublishAt";
export const SCHEDULE_FIELDS: readonly ScheduleField[] = ["scheduledPublishAt", "scheduledUnpublishAt"];

/** Strapi's document service reads `locale` as: absent → default language, "*" → all. */
function localeFilter(locale: unknown): { locale?: string } {
  if (locale === "*") return {};
  return { locale: typeof locale === "string" && locale !== "" ? locale : localeConfig.defaultLocale };
}

/** "2026-12-01 12:00 UTC" (or with seconds), as editors read times in messages. */
export function formatUtc(time: Date, seconds = false): string {
  return `${time
    .toISOString()
    .slice(0, seconds ? 19 : 16)
    .replace("T", " ")} UTC`;
}

async function releaseRows(strapi: Core.Strapi, documentId: string, locale: unknown, published: boolean): Promise<ReleaseRow[]> {
  const rows: unknown = await strapi.db.query(PRESS_RELEASE).findMany({
    where: { documentId, publishedAt: published ? { $notNull: true } : { $null: true }, ...localeFilter(locale) },
    select: ROW_FIELDS,
  });
  return z.array(releaseRow).parse(rows);
}

/** Deletes through the document service, so the site hears of it (once the transaction commits). */
async function removeNotices(strapi: Core.Strapi, filters: Record<string, string>): Promise<void> {
  const notices = strapi.documents(WITHDRAWAL_NOTICE);
  for (const notice of await notices.findMany({ filters, fields: ["documentId"], limit: 1000 }))
    await notices.delete({ documentId: notice.documentId });
}

async function removeRedirects(strapi: Core.Strapi, filters: Record<string, string>): Promise<void> {
  const redirects = strapi.documents(SLUG_REDIRECT);
  for (const redirect of await redirects.findMany({ filters, fields: ["documentId"], limit: 1000 }))
    await redirects.delete({ documentId: redirect.documentId });
}

/**
 * A person publishing or unpublishing settles a stopped schedule. Publishing also spends the
 * publication time (the embargo check let it through, so it has passed): left on the draft,
 * it would make the scheduler publish the release a second time.
 */
async function settleDraftSchedule(
  strapi: Core.Strapi,
  documentId: string,
  locale: unknown,
  action: "publish" | "unpublish",
): Promise<void> {
  await strapi.db.query(PRESS_RELEASE).updateMany({
    where: { documentId, publishedAt: { $null: true }, ...localeFilter(locale) },
    data: action === "publish" ? { scheduleError: null, scheduledPublishAt: null } : { scheduleError: null },
  });
}

/** A field as editors see it labelled in the admin. */
const labelOf = (name: string) => pressReleaseLabels[name] ?? humanize(name);

const attributeSchema = z.object({ type: z.string(), required: z.boolean().optional() }).loose();

/**
 * Strapi checks required fields only at publish time and words the errors for developers
 * ("lead must be a `string` type, but the final value was: `null`"); this says which fields
 * to fill in, in one message, before Strapi's own validation runs.
 */
async function requireCompleteDrafts(strapi: Core.Strapi, drafts: ReleaseRow[]): Promise<void> {
  const attributes = z.record(z.string(), attributeSchema).parse(strapi.contentType(PRESS_RELEASE).attributes);
  const required = Object.entries(attributes)
    .filter(([, attribute]) => attribute.required === true && !["relation", "component", "dynamiczone", "media"].includes(attribute.type))
    .map(([name]) => name);
  for (const draft of drafts) {
    const found: unknown = await strapi.db.query(PRESS_RELEASE).findOne({ where: { id: draft.id }, select: required });
    const row = isRecord(found) ? found : {};
    const empty = required.filter((name) => {
      const value = row[name];
      return (
        value === null ||
        value === undefined ||
        (typeof value === "string" && value.trim() === "") ||
        (Array.isArray(value) && value.length === 0)
      );
    });
    if (empty.length > 0) {
      throw new errors.ValidationError(
        `Cannot publish "${draft.title ?? "(no headline)"}" (${draft.locale}) yet: fill in ${empty.map(labelOf).join(", ")}.`,
        {
          errors: empty.map((name) => ({ path: [name], message: `${labelOf(name)} is required to publish`, name: "ValidationError" })),
        },
      );
    }
  }
}

/**
 * Why publishing `draft` at `now` (the database's time) would break its schedule, or undefined.
 * Pure, so the embargo rule is unit-tested on its own.
 */
export function embargoProblem(
  draft: Pick<ReleaseRow, "title" | "locale" | "scheduledPublishAt" | "scheduledUnpublishAt">,
  now: Date,
): string | undefined {
  const title = draft.title ?? "(no headline)";
  const { scheduledPublishAt: publishAt, scheduledUnpublishAt: unpublishAt } = draft;
  if (publishAt && publishAt.getTime() > now.getTime()) {
    return (
      `Embargoed: "${title}" (${draft.locale}) is scheduled to go live on ${formatUtc(publishAt)} and will be published automatically then. ` +
      `To publish it now, clear "Schedule for" in the Publishing panel and save first.`
    );
  }
  if (unpublishAt && unpublishAt.getTime() <= now.getTime()) {
    return (
      `The scheduled unpublication time of "${title}" (${draft.locale}), ${formatUtc(unpublishAt)}, has passed: ` +
      `clear or change it before publishing, or the release would be withdrawn again at once.`
    );
  }
  return undefined;
}

/**
 * Publishing: refuses to break an embargo (on the database's clock); remembers a changed slug
 * so the old address redirects (308); lifts a withdrawal notice (the release is live again).
 */
async function beforePublish(strapi: Core.Strapi, documentId: string, locale: unknown, drafts: ReleaseRow[], now: Date): Promise<void> {
  for (const draft of drafts) {
    const problem = embargoProblem(draft, now);
    if (problem) throw new errors.ValidationError(problem);
  }
  await requireCompleteDrafts(strapi, drafts);
  // Before Strapi copies the draft, so the live version starts clean too.
  await settleDraftSchedule(strapi, documentId, locale, "publish");

  const published = await releaseRows(strapi, documentId, locale, true);
  const redirects = strapi.documents(SLUG_REDIRECT);
  for (const draft of drafts) {
    await removeNotices(strapi, { pressReleaseDocumentId: documentId, language: draft.locale });
    if (draft.slug === null) continue; // Strapi's own validation refuses it next
    // The new slug is live again if it ever was an old one.
    await removeRedirects(strapi, { fromSlug: draft.slug, language: draft.locale });
    const live = published.find((row) => row.locale === draft.locale);
    if (live?.slug && live.slug !== draft.slug) {
      await removeRedirects(strapi, { fromSlug: live.slug, language: draft.locale });
      await redirects.create({ data: { fromSlug: live.slug, language: draft.locale, pressReleaseDocumentId: documentId } });
      strapi.log.info(`editorial: /${draft.locale}/news/${live.slug} now redirects to /${draft.locale}/news/${draft.slug}`);
    }
  }
}

/** Withdrawing: the address answers 410 Gone with a notice (and the editor's public reason). */
async function beforeUnpublish(
  strapi: Core.Strapi,
  documentId: string,
  locale: unknown,
  published: ReleaseRow[],
  now: Date,
): Promise<void> {
  const drafts = await releaseRows(strapi, documentId, locale, false);
  await settleDraftSchedule(strapi, documentId, locale, "unpublish");
  const notices = strapi.documents(WITHDRAWAL_NOTICE);
  for (const live of published) {
    await removeNotices(strapi, { pressReleaseDocumentId: documentId, language: live.locale });
    if (live.slug === null || live.title === null) throw new Error(`published release ${documentId} (${live.locale}) has no slug or title`);
    const reason = drafts.find((d) => d.locale === live.locale)?.withdrawalReason ?? live.withdrawalReason;
    await notices.create({
      data: {
        slug: live.slug,
        language: live.locale,
        pressReleaseDocumentId: documentId,
        title: live.title,
        withdrawnAt: now.toISOString(),
        reason: reason !== null && reason.trim() !== "" ? reason.trim() : undefined,
      },
    });
  }
}

/** Deleting: no notice, no redirect; the address answers 404. */
async function beforeDelete(strapi: Core.Strapi, documentId: string, locale: unknown): Promise<void> {
  const filter = localeFilter(locale);
  const language: Record<string, string> = filter.locale ? { language: filter.locale } : {};
  await removeNotices(strapi, { pressReleaseDocumentId: documentId, ...language });
  await removeRedirects(strapi, { pressReleaseDocumentId: documentId, ...language });
}

/**
 * The publication log: one entry per language that went live or was withdrawn, in the same
 * transaction, so the log holds exactly what happened (the scheduler's exactly-once test
 * counts on it).
 */
async function logPublication(strapi: Core.Strapi, action: "publish" | "unpublish", rows: ReleaseRow[], now: Date): Promise<void> {
  const actor = currentActor(strapi);
  for (const row of rows) {
    await strapi.documents(PUBLICATION_EVENT).create({
      data: {
        action,
        ...actor,
        pressReleaseDocumentId: row.documentId,
        language: row.locale,
        title: row.title ?? undefined,
        slug: row.slug ?? undefined,
        occurredAt: now.toISOString(),
      },
    });
  }
}

/** What Strapi's admin fills a new uid field with before there is a title: "press-release", "press-release-2". */
const PLACEHOLDER_SLUG = /^press-release(-\d+)?$/;

/**
 * The slug comes from the headline. Strapi 5's admin fills the slug when the form opens (from
 * the empty title, so "press-release") and regenerates it only on request; a slug that is
 * still empty or that placeholder is made from the title when the draft is saved.
 */
async function slugFromTitle(strapi: Core.Strapi, params: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  if (typeof data.title !== "string" || data.title.trim() === "") return;
  const slug = data.slug;
  if (slug !== undefined && slug !== null && !(typeof slug === "string" && (slug.trim() === "" || PLACEHOLDER_SLUG.test(slug)))) return;
  if (slug === undefined && params.documentId !== undefined) return; // an update that does not touch the slug
  data.slug = await slugForTitle(strapi, data.title, typeof params.locale === "string" ? params.locale : localeConfig.defaultLocale);
}

const scheduleInput = z.union([z.string(), z.date(), z.null()]).optional();

/** A schedule value as milliseconds (undefined: none). */
function scheduleTime(value: unknown): number | undefined {
  const parsed = scheduleInput.safeParse(value);
  if (!parsed.success || parsed.data === null || parsed.data === undefined || parsed.data === "") return undefined;
  const ms = new Date(parsed.data).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** Clear messages for schedule mistakes, whatever screen or API saved them. */
function validateSchedule(data: Record<string, unknown>): void {
  const publishAt = scheduleTime(data.scheduledPublishAt);
  const unpublishAt = scheduleTime(data.scheduledUnpublishAt);
  if (publishAt !== undefined && unpublishAt !== undefined && unpublishAt <= publishAt) {
    throw new errors.ValidationError("Scheduled unpublication must be later than scheduled publication.", {
      errors: [{ path: ["scheduledUnpublishAt"], message: "Must be later than the scheduled publication", name: "ValidationError" }],
    });
  }
}

/**
 * Whether a save sets a different schedule than the one stored. The admin sends every field
 * on every save, so "present in the data" is not enough. Pure, for the unit tests.
 */
export function scheduleChanged(data: Record<string, unknown>, stored: Partial<Record<ScheduleField, unknown>> | undefined): boolean {
  return SCHEDULE_FIELDS.some((field) => field in data && scheduleTime(data[field]) !== scheduleTime(stored?.[field]));
}

/**
 * Saving a draft: the schedule problem is the CMS's to write (callers' values are dropped),
 * and is cleared when the editor sets a different schedule, which re-arms it.
 */
async function settleScheduleError(strapi: Core.Strapi, params: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  delete data.scheduleError;
  if (typeof params.documentId !== "string") return; // a new draft has no problem yet
  const stored: unknown = await strapi.db.query(PRESS_RELEASE).findOne({
    where: { documentId: params.documentId, publishedAt: { $null: true }, ...localeFilter(params.locale) },
    select: [...SCHEDULE_FIELDS],
  });
  if (scheduleChanged(data, isRecord(stored) ? stored : undefined)) data.scheduleError = null;
}

/** One database transaction for an editorial action and everything written with it. */
async function inTransaction<T>(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  let done: { result: T } | undefined;
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    done = { result: await work(trx) };
  });
  if (!done) throw new Error("the transaction ended without running its work");
  return done.result;
}

/**
 * The editorial rules around publishing, as a document-service middleware so they hold for
 * the admin, the REST API, bulk actions and the scheduler alike. Publish, unpublish and delete
 * run in one transaction with the redirects, notices and log entries they write: Strapi's own
 * write joins it, so either all of it happens or none (and webhooks fire only after commit).
 * Inside the scheduler's transaction, this one joins that.
 */
export function registerEditorialLifecycle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== PRESS_RELEASE) return next();
    const params: unknown = context.params;
    if (!isRecord(params)) return next();
    const documentId = typeof params.documentId === "string" ? params.documentId : undefined;
    const locale = params.locale;
    switch (context.action) {
      case "create":
      case "update":
        if (isRecord(params.data)) {
          validateSchedule(params.data);
          await settleScheduleError(strapi, params, params.data);
          await slugFromTitle(strapi, params, params.data);
          await translationSlug(strapi, params, params.data);
          datelineCountryInCountries(params, params.data);
          const result = await next();
          if (context.action === "update") await updateWithdrawalNotice(strapi, params, params.data);
          return result;
        }
        return next();
      case "publish":
        if (!documentId) return next();
        return inTransaction(strapi, async (trx) => {
          const now = await databaseNow(strapi, trx);
          const drafts = await releaseRows(strapi, documentId, locale, false);
          await beforePublish(strapi, documentId, locale, drafts, now);
          const result = await next();
          await logPublication(strapi, "publish", drafts, now);
          await recordAlertJobs(trx, drafts, now.getTime());
          return result;
        }).finally(kickAlerts);
      case "unpublish":
        if (!documentId) return next();
        return inTransaction(strapi, async (trx) => {
          const now = await databaseNow(strapi, trx);
          const live = await releaseRows(strapi, documentId, locale, true);
          await beforeUnpublish(strapi, documentId, locale, live, now);
          const result = await next();
          await logPublication(strapi, "unpublish", live, now);
          return result;
        });
      case "delete":
        if (!documentId) return next();
        return inTransaction(strapi, async () => {
          await beforeDelete(strapi, documentId, locale);
          return next();
        });
      default:
        return next();
    }
  });
}
