import { errors } from "@strapi/utils";
import { z } from "zod";
import localeConfig from "@newsroom/config/locales.json";
import { contentTypes, EMBARGO_LINK_DAYS, embargoRequestSchema, journalistLanguageAttributes, type EmbargoView } from "@newsroom/contract";
import { newNonce } from "../alerts/links";
import { queueMail } from "../alerts/mailer";
import { embargoMessage, messageLocaleSchema, type EmbargoLink, type MessageLocale } from "../alerts/messages";
import type { SubscriptionContext } from "../alerts/subscriptions";
import { MAIL_OUTBOX } from "../alerts/tables";
import { browserHash, decideAccess, refuse, type Access, type Refusal, type VersionState } from "./access";
import { EMBARGO_ACCESS, EMBARGO_SHARES } from "./tables";

/**
 * Sharing a scheduled release under embargo with accredited journalists, and what their
 * personal links show. Every time is on the database's clock (ctx.now), as the scheduler's.
 */
export type EmbargoContext = Pick<SubscriptionContext, "strapi" | "db" | "signer" | "siteUrl" | "siteName" | "now" | "kick">;

const LOCALES = localeConfig.locales.map((l) => l.code);
const DAY_MS = 24 * 60 * 60_000;
/** Access rows shown per share in the panel (the table keeps them all). */
const LOG_ROWS = 10;

const versionRow = z.object({
  locale: z.string(),
  slug: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.union([z.string(), z.date()]).nullable(),
  scheduledPublishAt: z.union([z.string(), z.date(), z.number()]).nullable(),
});

/** Per language of the release: its live slug, or its draft's scheduled time. */
async function releaseVersions(ctx: EmbargoContext, documentId: string): Promise<Map<string, VersionState & { title: string }>> {
  const rows = z.array(versionRow).parse(
    await ctx.strapi.db.query(contentTypes.pressRelease.uid).findMany({
      where: { documentId },
      select: ["locale", "slug", "title", "publishedAt", "scheduledPublishAt"],
    }),
  );
  const versions = new Map<string, VersionState & { title: string }>();
  for (const row of rows) {
    const current = versions.get(row.locale) ?? { publishedSlug: null, scheduledAt: null, title: row.title ?? "" };
    if (row.publishedAt !== null) current.publishedSlug = row.slug;
    else {
      current.scheduledAt = row.scheduledPublishAt === null ? null : new Date(row.scheduledPublishAt).getTime();
      current.title = row.title ?? current.title;
    }
    versions.set(row.locale, current);
  }
  return versions;
}

/** The languages under embargo now: scheduled in the future, not live. */
function embargoedLocales(versions: Map<string, VersionState & { title: string }>, now: number) {
  return LOCALES.flatMap((locale) => {
    const version = versions.get(locale);
    return version && version.publishedSlug === null && version.scheduledAt !== null && version.scheduledAt > now
      ? [{ locale, until: version.scheduledAt, title: version.title }]
      : [];
  });
}

const journalistRow = z.object({
  documentId: z.string(),
  name: z.string(),
  outlet: z.string(),
  email: z.string(),
  active: z.boolean().nullable(),
  english: z.boolean().nullable(),
  spanish: z.boolean().nullable(),
  french: z.boolean().nullable(),
});
type JournalistRow = z.infer<typeof journalistRow>;

const languageAttributes = new Map<string, (typeof journalistLanguageAttributes)[keyof typeof journalistLanguageAttributes]>(
  Object.entries(journalistLanguageAttributes),
);
const languagesOf = (journalist: JournalistRow): string[] =>
  LOCALES.filter((locale) => {
    const attribute = languageAttributes.get(locale);
    return attribute !== undefined && journalist[attribute] === true;
  });

async function findJournalists(ctx: EmbargoContext, where: Record<string, unknown>): Promise<JournalistRow[]> {
  return z.array(journalistRow).parse(
    await ctx.strapi.db.query(contentTypes.journalist.uid).findMany({
      where,
      select: ["documentId", "name", "outlet", "email", "active", "english", "spanish", "french"],
      orderBy: [{ name: "asc" }],
    }),
  );
}

const shareRow = z.object({
  id: z.coerce.number().int(),
  document_id: z.string(),
  locales: z.string().transform((json) => z.array(z.string()).parse(JSON.parse(json))),
  journalist_document_id: z.string(),
  journalist_name: z.string(),
  journalist_outlet: z.string(),
  recipient: z.string(),
  nonce: z.string(),
  browser_hash: z.string().nullable(),
  created_at: z.coerce.number(),
  created_by: z.string(),
  expires_at: z.coerce.number(),
  revoked_at: z.coerce.number().nullable(),
  revoked_by: z.string().nullable(),
  opened_at: z.coerce.number().nullable(),
  last_viewed_at: z.coerce.number().nullable(),
  views: z.coerce.number(),
  refusals: z.coerce.number(),
});
type ShareRow = z.infer<typeof shareRow>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** What the panel shows for a release: the languages under embargo, who may get it, who has it and what they did. */
export async function embargoOverview(ctx: EmbargoContext, documentId: string) {
  const now = ctx.now();
  const versions = await releaseVersions(ctx, documentId);
  const journalists = await findJournalists(ctx, { active: true });
  const shares = z.array(shareRow).parse(await ctx.db(EMBARGO_SHARES).where({ document_id: documentId }).orderBy("id", "desc"));
  const ids = shares.map((s) => s.id);
  const access = z
    .array(
      z.object({
        share_id: z.coerce.number(),
        at: z.coerce.number(),
        outcome: z.string(),
        locale: z.string(),
        user_agent: z.string().nullable(),
      }),
    )
    .parse(ids.length ? await ctx.db(EMBARGO_ACCESS).whereIn("share_id", ids).orderBy("id", "desc") : []);
  const mails = z
    .array(z.object({ dedupe_key: z.string(), sent_at: z.coerce.number().nullable(), failed_at: z.coerce.number().nullable() }))
    .parse(
      ids.length ? await ctx.db(MAIL_OUTBOX).whereIn("dedupe_key", ids.map(mailKey)).select("dedupe_key", "sent_at", "failed_at") : [],
    );
  return {
    scheduled: embargoedLocales(versions, now).map((v) => ({ locale: v.locale, until: new Date(v.until).toISOString() })),
    journalists: journalists.map((j) => ({ documentId: j.documentId, name: j.name, outlet: j.outlet, languages: languagesOf(j) })),
    shares: shares.map((share) => {
      const mail = mails.find((m) => m.dedupe_key === mailKey(share.id));
      return {
        id: share.id,
        journalist: { documentId: share.journalist_document_id, name: share.journalist_name, outlet: share.journalist_outlet },
        locales: share.locales,
        sharedAt: iso(share.created_at),
        sharedBy: share.created_by,
        expiresAt: iso(share.expires_at),
        revokedAt: iso(share.revoked_at),
        revokedBy: share.revoked_by,
        mail: mail?.sent_at ? "sent" : mail?.failed_at ? "failed" : "waiting",
        openedAt: iso(share.opened_at),
        lastViewedAt: iso(share.last_viewed_at),
        views: share.views,
        refusals: share.refusals,
        log: access
          .filter((row) => row.share_id === share.id)
          .slice(0, LOG_ROWS)
          .map((row) => ({ at: iso(row.at), outcome: row.outcome, locale: row.locale, userAgent: row.user_agent })),
      };
    }),
  };
}

const mailKey = (shareId: number) => `embargo:${String(shareId)}`;

function linkUrl(ctx: EmbargoContext, locale: string, token: string): string {
  return new URL(`/${locale}/embargoed?token=${encodeURIComponent(token)}`, ctx.siteUrl).href;
}

const messageLocale = (locale: string): MessageLocale => messageLocaleSchema.catch("en").parse(locale);

/**
 * Sends each chosen journalist a personal link for the languages they read (all the
 * embargoed ones if they read none of them). Sharing again with a journalist replaces their
 * earlier link (a new browser, a lost message): the old one stops working.
 */
export async function shareUnderEmbargo(
  ctx: EmbargoContext,
  documentId: string,
  journalistIds: string[],
  editor: string,
  options: { validUntil?: number | undefined } = {},
): Promise<number> {
  const now = ctx.now();
  const longest = now + EMBARGO_LINK_DAYS * DAY_MS;
  const expiresAt = options.validUntil ?? longest;
  if (expiresAt <= now || expiresAt > longest) {
    throw new errors.ValidationError(
      `A link can work until a time in the next ${String(EMBARGO_LINK_DAYS)} days, not ${new Date(expiresAt).toISOString()}.`,
    );
  }
  const embargoed = embargoedLocales(await releaseVersions(ctx, documentId), now);
  if (embargoed.length === 0) {
    throw new errors.ValidationError(
      "Only a scheduled release can be shared under embargo: set a publication time in the future (Publishing), save, then share.",
    );
  }
  const chosen = await findJournalists(ctx, { documentId: { $in: journalistIds } });
  const missing = journalistIds.filter((id) => !chosen.some((j) => j.documentId === id));
  if (missing.length > 0) throw new errors.ValidationError(`No such journalist: ${missing.join(", ")}`);
  const inactive = chosen.filter((j) => j.active !== true);
  if (inactive.length > 0) throw new errors.ValidationError(`Not active, so not shared with: ${inactive.map((j) => j.name).join(", ")}`);

  for (const journalist of chosen) {
    const reads = languagesOf(journalist);
    const theirs = embargoed.filter((v) => reads.includes(v.locale));
    const versions = theirs.length > 0 ? theirs : embargoed;
    const first = versions[0];
    if (!first) continue;
    const nonce = newNonce();
    let inserted: unknown;
    await ctx.db.transaction(async (trx) => {
      await trx(EMBARGO_SHARES)
        .where({ document_id: documentId, journalist_document_id: journalist.documentId, revoked_at: null })
        .update({ revoked_at: now, revoked_by: `${editor} (replaced by a new link)` });
      inserted = await trx(EMBARGO_SHARES)
        .insert({
          document_id: documentId,
          locales: JSON.stringify(versions.map((v) => v.locale)),
          journalist_document_id: journalist.documentId,
          journalist_name: journalist.name,
          journalist_outlet: journalist.outlet,
          recipient: journalist.email,
          nonce,
          created_at: now,
          created_by: editor,
          expires_at: expiresAt,
          views: 0,
          refusals: 0,
        })
        .returning("id");
    });
    const id = z
      .array(z.union([z.number(), z.object({ id: z.number() })]))
      .length(1)
      .parse(inserted)
      .map((row) => (typeof row === "number" ? row : row.id))[0];
    if (id === undefined) throw new Error("the share was not stored");
    const token = ctx.signer.sign("embargo", id, nonce);
    const locale = messageLocale(reads[0] ?? first.locale);
    const links: EmbargoLink[] = versions.map((v) => ({
      locale: messageLocale(v.locale),
      url: linkUrl(ctx, v.locale, token),
      until: new Date(v.until),
    }));
    await queueMail(
      ctx.db,
      [
        {
          dedupeKey: mailKey(id),
          kind: "embargo",
          recipient: journalist.email,
          subscriberId: null,
          release: { documentId, locale: first.locale },
          message: embargoMessage(locale, await ctx.siteName(locale), journalist.name, first.title, links),
        },
      ],
      now,
    );
  }
  ctx.kick();
  return chosen.length;
}

export async function revokeShare(ctx: EmbargoContext, shareId: number, editor: string): Promise<void> {
  const updated = await ctx
    .db(EMBARGO_SHARES)
    .where({ id: shareId, revoked_at: null })
    .update({ revoked_at: ctx.now(), revoked_by: editor });
  if (updated === 0) {
    const exists: unknown = await ctx.db(EMBARGO_SHARES).where({ id: shareId }).first("id");
    if (exists === undefined) throw new errors.NotFoundError("No such embargo link");
  }
}

export class EmbargoRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

async function findShare(ctx: EmbargoContext, token: string): Promise<ShareRow | undefined> {
  const id = ctx.signer.idOf(token);
  if (id === undefined) return undefined;
  const raw: unknown = await ctx.db(EMBARGO_SHARES).where({ id }).first();
  if (raw === undefined) return undefined;
  const share = shareRow.parse(raw);
  return ctx.signer.verify("embargo", token, share.id, share.nonce) ? share : undefined;
}

function parseRequest(body: unknown) {
  const parsed = embargoRequestSchema.safeParse(body);
  if (!parsed.success)
    throw new errors.ValidationError(parsed.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; "));
  return parsed.data;
}

/**
 * A look at a link (`open`: the reader asked to open it in this browser, which binds an
 * unopened link to it). Every look is logged with its outcome; refusals throw EmbargoRefusal.
 */
export async function lookAtLink(ctx: EmbargoContext, body: unknown, open: boolean): Promise<EmbargoView> {
  const request = parseRequest(body);
  const share = await findShare(ctx, request.token);
  if (!share) throw new EmbargoRefusal(refuse(404, "notValid"));
  const now = ctx.now();
  const [journalist] = await findJournalists(ctx, { documentId: share.journalist_document_id });
  const versions = await releaseVersions(ctx, share.document_id);
  const state = {
    revokedAt: share.revoked_at,
    expiresAt: share.expires_at,
    browserHash: share.browser_hash,
    journalistActive: journalist?.active === true,
    locales: share.locales,
  };
  const version = versions.get(request.locale);
  let access: Access = decideAccess(state, request.locale, version, request.browserKey, now);
  let outcome: string = "refused" in access ? access.reason : access.status;
  if (open && "status" in access && access.status === "unopened" && request.browserKey) {
    // Only the first browser wins, even when two open it at the same instant.
    await ctx
      .db(EMBARGO_SHARES)
      .where({ id: share.id, browser_hash: null })
      .update({ browser_hash: browserHash(request.browserKey), opened_at: now });
    const bound = z
      .object({ browser_hash: z.string().nullable() })
      .parse(await ctx.db(EMBARGO_SHARES).where({ id: share.id }).first("browser_hash"));
    access = decideAccess({ ...state, browserHash: bound.browser_hash }, request.locale, version, request.browserKey, now);
    outcome = "refused" in access ? access.reason : "opened";
  }
  await ctx
    .db(EMBARGO_ACCESS)
    .insert({ share_id: share.id, at: now, outcome, locale: request.locale, user_agent: request.userAgent ?? null });
  if ("refused" in access) {
    await ctx.db(EMBARGO_SHARES).where({ id: share.id }).increment("refusals", 1);
    throw new EmbargoRefusal(access);
  }
  if (access.status === "embargoed") {
    await ctx.db(EMBARGO_SHARES).where({ id: share.id }).update({ last_viewed_at: now }).increment("views", 1);
    return {
      status: "embargoed",
      locale: request.locale,
      documentId: share.document_id,
      embargoedUntil: new Date(access.embargoedUntil).toISOString(),
      journalist: { name: share.journalist_name, outlet: share.journalist_outlet },
    };
  }
  if (access.status === "live") return { status: "live", locale: request.locale, slug: access.slug };
  return { status: access.status, locale: request.locale, embargoedUntil: new Date(access.embargoedUntil).toISOString() };
}
