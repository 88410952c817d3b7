import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import localeConfig from "@newsroom/config/locales.json";
import { currentActor } from "./actor";
import { humanize, pressReleaseLabels } from "./admin-layout";

export const PRESS_RELEASE = "api::press-release.press-release";
export const SLUG_REDIRECT = "api::slug-redirect.slug-redirect";
export const WITHDRAWAL_NOTICE = "api::withdrawal-notice.withdrawal-notice";
export const PUBLICATION_EVENT = "api::publication-event.publication-event";

interface ReleaseRow {
  id: number;
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  publishedAt: string | Date | null;
  scheduledPublishAt: string | Date | null;
  scheduledUnpublishAt: string | Date | null;
  withdrawalReason: string | null;
}

const ROW_FIELDS = ["id", "documentId", "locale", "slug", "title", "publishedAt", "scheduledPublishAt", "scheduledUnpublishAt", "withdrawalReason"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Strapi's document service reads `locale` as: absent → default language, "*" → all. */
function localeFilter(locale: unknown): { locale?: string } {
  if (locale === "*") return {};
  return { locale: typeof locale === "string" && locale !== "" ? locale : localeConfig.defaultLocale };
}

const time = (value: string | Date | null): number | undefined => (value === null ? undefined : new Date(value).getTime());

function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

async function releaseRows(strapi: Core.Strapi, documentId: string, locale: unknown, published: boolean): Promise<ReleaseRow[]> {
  const rows: ReleaseRow[] = await strapi.db.query(PRESS_RELEASE).findMany({
    where: { documentId, publishedAt: published ? { $notNull: true } : { $null: true }, ...localeFilter(locale) },
    select: ROW_FIELDS,
  });
  return rows;
}

/** A change the middleware made before Strapi acted, and how to take it back if Strapi fails. */
type Undo = () => Promise<unknown>;

async function runWithUndo<T>(strapi: Core.Strapi, undo: Undo[], next: () => Promise<T>): Promise<T> {
  try {
    return await next();
  } catch (error) {
    for (const step of undo.reverse()) {
      await step().catch((undoError: unknown) => strapi.log.error(`editorial: could not undo a change after a failed action: ${String(undoError)}`));
    }
    throw error;
  }
}

async function removeNotices(strapi: Core.Strapi, where: Record<string, unknown>, undo: Undo[]): Promise<void> {
  const notices = strapi.documents(WITHDRAWAL_NOTICE);
  const found = await notices.findMany({ filters: where, fields: ["slug", "language", "pressReleaseDocumentId", "title", "withdrawnAt", "reason"], limit: 1000 });
  for (const notice of found) {
    await notices.delete({ documentId: notice.documentId });
    const { slug, language, pressReleaseDocumentId, title, withdrawnAt, reason } = notice;
    if (!slug || !language || !pressReleaseDocumentId || !title || !withdrawnAt) continue;
    undo.push(() => notices.create({ data: { slug, language, pressReleaseDocumentId, title, withdrawnAt, reason: reason ?? undefined } }));
  }
}

async function removeRedirects(strapi: Core.Strapi, where: Record<string, unknown>, undo: Undo[]): Promise<void> {
  const redirects = strapi.documents(SLUG_REDIRECT);
  const found = await redirects.findMany({ filters: where, fields: ["fromSlug", "language", "pressReleaseDocumentId"], limit: 1000 });
  for (const redirect of found) {
    await redirects.delete({ documentId: redirect.documentId });
    const { fromSlug, language, pressReleaseDocumentId } = redirect;
    if (!fromSlug || !language || !pressReleaseDocumentId) continue;
    undo.push(() => redirects.create({ data: { fromSlug, language, pressReleaseDocumentId } }));
  }
}

/** A field as editors see it labelled in the admin. */
const labelOf = (name: string) => pressReleaseLabels[name] ?? humanize(name);

/**
 * Strapi checks required fields only at publish time and words the errors for developers
 * ("lead must be a `string` type, but the final value was: `null`"); this says which fields
 * to fill in, in one message, before Strapi's own validation runs.
 */
async function requireCompleteDrafts(strapi: Core.Strapi, drafts: ReleaseRow[]): Promise<void> {
  const attributes: Record<string, { type: string; required?: boolean }> = strapi.contentType(PRESS_RELEASE).attributes;
  const required = Object.entries(attributes)
    .filter(([, attribute]) => attribute.required === true && !["relation", "component", "dynamiczone", "media"].includes(attribute.type))
    .map(([name]) => name);
  for (const draft of drafts) {
    const row: Record<string, unknown> | null = await strapi.db.query(PRESS_RELEASE).findOne({ where: { id: draft.id }, select: required });
    const empty = required.filter((name) => {
      const value = row?.[name];
      return value === null || value === undefined || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
    });
    if (empty.length > 0) {
      throw new errors.ValidationError(`Cannot publish "${draft.title}" (${draft.locale}) yet: fill in ${empty.map(labelOf).join(", ")}.`, {
        errors: empty.map((name) => ({ path: [name], message: `${labelOf(name)} is required to publish`, name: "ValidationError" })),
      });
    }
  }
}

/**
 * Publishing: refuses to break an embargo; remembers a changed slug so the old address
 * redirects (308); lifts a withdrawal notice (the release is live again).
 */
async function beforePublish(strapi: Core.Strapi, documentId: string, locale: unknown, drafts: ReleaseRow[], undo: Undo[]): Promise<void> {
  const now = Date.now();
  for (const draft of drafts) {
    const publishAt = time(draft.scheduledPublishAt);
    if (publishAt !== undefined && publishAt > now) {
      throw new errors.ValidationError(
        `Embargoed: "${draft.title}" (${draft.locale}) is scheduled to go live on ${formatUtc(publishAt)} and will be published automatically then. ` +
          `To publish it now, clear "Scheduled publication" and save first.`,
      );
    }
    const unpublishAt = time(draft.scheduledUnpublishAt);
    if (unpublishAt !== undefined && unpublishAt <= now) {
      throw new errors.ValidationError(
        `The scheduled unpublication time of "${draft.title}" (${draft.locale}), ${formatUtc(unpublishAt)}, has passed: ` +
          `clear or change it before publishing, or the release would be withdrawn again at once.`,
      );
    }
  }

  await requireCompleteDrafts(strapi, drafts);

  const published = await releaseRows(strapi, documentId, locale, true);
  const redirects = strapi.documents(SLUG_REDIRECT);
  for (const draft of drafts) {
    await removeNotices(strapi, { pressReleaseDocumentId: documentId, language: draft.locale }, undo);
    // The new slug is live again if it ever was an old one.
    await removeRedirects(strapi, { fromSlug: draft.slug, language: draft.locale }, undo);
    const live = published.find((row) => row.locale === draft.locale);
    if (live && live.slug !== draft.slug) {
      await removeRedirects(strapi, { fromSlug: live.slug, language: draft.locale }, undo);
      const created: { documentId: string } = await redirects.create({ data: { fromSlug: live.slug, language: draft.locale, pressReleaseDocumentId: documentId } });
      undo.push(() => redirects.delete({ documentId: created.documentId }));
      strapi.log.info(`editorial: /${draft.locale}/news/${live.slug} now redirects to /${draft.locale}/news/${draft.slug}`);
    }
  }
}

/** Withdrawing: the address answers 410 Gone with a notice (and the editor's public reason). */
async function beforeUnpublish(strapi: Core.Strapi, documentId: string, locale: unknown, published: ReleaseRow[], undo: Undo[]): Promise<void> {
  const drafts = await releaseRows(strapi, documentId, locale, false);
  const notices = strapi.documents(WITHDRAWAL_NOTICE);
  for (const live of published) {
    await removeNotices(strapi, { pressReleaseDocumentId: documentId, language: live.locale }, undo);
    const reason = drafts.find((d) => d.locale === live.locale)?.withdrawalReason ?? live.withdrawalReason;
    const created: { documentId: string } = await notices.create({
      data: {
        slug: live.slug,
        language: live.locale,
        pressReleaseDocumentId: documentId,
        title: live.title,
        withdrawnAt: new Date().toISOString(),
        reason: reason !== null && reason.trim() !== "" ? reason.trim() : undefined,
      },
    });
    undo.push(() => notices.delete({ documentId: created.documentId }));
  }
}

/** Deleting: no notice, no redirect; the address answers 404. */
async function beforeDelete(strapi: Core.Strapi, documentId: string, locale: unknown, undo: Undo[]): Promise<void> {
  const filter = localeFilter(locale);
  const language = filter.locale ? { language: filter.locale } : {};
  await removeNotices(strapi, { pressReleaseDocumentId: documentId, ...language }, undo);
  await removeRedirects(strapi, { pressReleaseDocumentId: documentId, ...language }, undo);
}

/**
 * The publication log: one entry per language that went live or was withdrawn. Written after
 * the fact: if writing it fails, the release is still published (or withdrawn), so the
 * editor is not told otherwise; the failure goes to the CMS log.
 */
async function logPublication(strapi: Core.Strapi, action: "publish" | "unpublish", rows: ReleaseRow[]): Promise<void> {
  const actor = currentActor(strapi);
  const occurredAt = new Date().toISOString();
  for (const row of rows) {
    try {
      await strapi.documents(PUBLICATION_EVENT).create({
        data: { action, ...actor, pressReleaseDocumentId: row.documentId, language: row.locale, title: row.title, slug: row.slug, occurredAt },
      });
    } catch (error) {
      strapi.log.error(`publication log: could not record ${action} of ${row.documentId} (${row.locale}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** What Strapi's admin fills a new uid field with before there is a title: "press-release", "press-release-2". */
const PLACEHOLDER_SLUG = /^press-release(-\d+)?$/;

interface UidService {
  generateUIDField(args: { contentTypeUID: string; field: string; data: Record<string, unknown>; locale?: string }): Promise<string>;
}

function isUidService(value: unknown): value is UidService {
  return isRecord(value) && typeof value.generateUIDField === "function";
}

/**
 * The slug comes from the headline. Strapi 5's admin fills the slug when the form opens (from
 * the empty title, so "press-release") and regenerates it only on request; a slug that is
 * still empty or that placeholder is made from the title when the draft is saved.
 */
async function slugFromTitle(strapi: Core.Strapi, params: Record<string, unknown>): Promise<void> {
  const data = params.data;
  if (!isRecord(data) || typeof data.title !== "string" || data.title.trim() === "") return;
  const slug = data.slug;
  if (slug !== undefined && slug !== null && !(typeof slug === "string" && (slug.trim() === "" || PLACEHOLDER_SLUG.test(slug)))) return;
  if (slug === undefined && params.documentId !== undefined) return; // an update that does not touch the slug
  const uid: unknown = strapi.plugin("content-manager").service("uid");
  if (!isUidService(uid)) throw new Error("content-manager uid service has changed");
  const locale = typeof params.locale === "string" ? params.locale : localeConfig.defaultLocale;
  data.slug = await uid.generateUIDField({ contentTypeUID: PRESS_RELEASE, field: "slug", data: { title: data.title }, locale });
}

/** Clear messages for schedule mistakes, whatever screen or API saved them. */
function validateSchedule(data: unknown): void {
  if (!isRecord(data)) return;
  const publishAt = typeof data.scheduledPublishAt === "string" ? Date.parse(data.scheduledPublishAt) : undefined;
  const unpublishAt = typeof data.scheduledUnpublishAt === "string" ? Date.parse(data.scheduledUnpublishAt) : undefined;
  if (publishAt !== undefined && unpublishAt !== undefined && !Number.isNaN(publishAt) && !Number.isNaN(unpublishAt) && unpublishAt <= publishAt) {
    throw new errors.ValidationError("Scheduled unpublication must be later than scheduled publication.", {
      errors: [{ path: ["scheduledUnpublishAt"], message: "Must be later than the scheduled publication", name: "ValidationError" }],
    });
  }
}

/**
 * The editorial rules around publishing, as a document-service middleware so they hold for
 * the admin, the REST API, bulk actions and the scheduler alike.
 */
export function registerEditorialLifecycle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== PRESS_RELEASE) return next();
    const params: unknown = context.params;
    const documentId = isRecord(params) && typeof params.documentId === "string" ? params.documentId : undefined;
    const locale = isRecord(params) ? params.locale : undefined;
    const undo: Undo[] = [];
    switch (context.action) {
      case "create":
      case "update":
        if (isRecord(params)) {
          validateSchedule(params.data);
          await slugFromTitle(strapi, params);
        }
        return next();
      case "publish": {
        if (!documentId) return next();
        const drafts = await releaseRows(strapi, documentId, locale, false);
        const result = await runWithUndo(strapi, undo, async () => {
          await beforePublish(strapi, documentId, locale, drafts, undo);
          return next();
        });
        await logPublication(strapi, "publish", drafts);
        return result;
      }
      case "unpublish": {
        if (!documentId) return next();
        const live = await releaseRows(strapi, documentId, locale, true);
        const result = await runWithUndo(strapi, undo, async () => {
          await beforeUnpublish(strapi, documentId, locale, live, undo);
          return next();
        });
        await logPublication(strapi, "unpublish", live);
        return result;
      }
      case "delete":
        return runWithUndo(strapi, undo, async () => {
          if (documentId) await beforeDelete(strapi, documentId, locale, undo);
          return next();
        });
      default:
        return next();
    }
  });
}
