import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { z } from "zod";
import {
  contentTypes,
  subscribeRequestSchema,
  subscriptionChoicesSchema,
  subscriptionUpdateSchema,
  subscriptionTaxonomy,
  subscriptionTokenSchema,
  type SubscriptionChoices,
  type SubscriptionView,
} from "@newsroom/contract";
import type { Database } from "../revalidation/outbox";
import { newNonce, type LinkSigner } from "./links";
import { queueMail } from "./mailer";
import { alreadySubscribedMessage, confirmationMessage, messageLocaleSchema, type MessageLocale, type SubscriptionLinks } from "./messages";
import { MAIL_OUTBOX, SUBSCRIBERS } from "./tables";

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 60 * 60_000;
/** At most one confirmation or "already subscribed" message per address in this time: nobody floods an inbox through the form. */
export const NOTICE_INTERVAL_MS = 5 * 60_000;
/** Subscribe requests a minute from one reader's address. */
export const SUBSCRIBE_PER_MINUTE = 5;

export const subscriberRow = z.object({
  id: z.coerce.number().int(),
  email: z.string(),
  locale: messageLocaleSchema,
  countries: z.string(),
  regions: z.string(),
  themes: z.string(),
  document_types: z.string(),
  frequency: z.enum(["immediate", "daily"]),
  status: z.enum(["pending", "confirmed"]),
  confirm_nonce: z.string().nullable(),
  confirm_expires_at: z.coerce.number().nullable(),
  manage_nonce: z.string(),
  created_at: z.coerce.number(),
  confirmed_at: z.coerce.number().nullable(),
  last_notice_at: z.coerce.number().nullable(),
  digest_until: z.coerce.number().nullable(),
});
export type SubscriberRow = z.infer<typeof subscriberRow>;

const idList = z.array(z.string());
export function storedIds(json: string): string[] {
  return idList.parse(JSON.parse(json));
}

export interface SubscriptionContext {
  strapi: Core.Strapi;
  db: Database;
  signer: LinkSigner;
  siteUrl: string;
  /** The newsroom's name in each language (site settings' siteName). */
  siteName(locale: MessageLocale): Promise<string>;
  /** Counts the reader's subscribe requests this minute (shared by every instance through Redis). */
  countRequest(key: string): Promise<number>;
  now(): number;
  /** The mail outbox has something new: send it now rather than at the next poll. */
  kick(): void;
}

export function subscriptionLinks(
  ctx: Pick<SubscriptionContext, "signer" | "siteUrl">,
  row: Pick<SubscriberRow, "id" | "locale" | "manage_nonce">,
): SubscriptionLinks {
  const token = ctx.signer.sign("manage", row.id, row.manage_nonce);
  return {
    manage: new URL(`/${row.locale}/subscriptions/manage?token=${encodeURIComponent(token)}`, ctx.siteUrl).href,
    unsubscribe: new URL(`/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}&locale=${row.locale}`, ctx.siteUrl).href,
  };
}

function validationError(error: z.ZodError): errors.ValidationError {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: "ValidationError" }));
  const message = issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
  return new errors.ValidationError(message, { errors: issues });
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

type TaxonomyKind = keyof typeof subscriptionTaxonomy;
const TAXONOMY_KINDS = ["countries", "regions", "themes"] as const satisfies readonly TaxonomyKind[];

/** Slugs of the subscription's language → documentIds (a term keeps its documentId across languages). Unknown slugs are refused by name. */
async function resolveTerms(strapi: Core.Strapi, choices: SubscriptionChoices, locale: string): Promise<Record<TaxonomyKind, string[]>> {
  const resolved: Record<TaxonomyKind, string[]> = { countries: [], regions: [], themes: [] };
  for (const kind of TAXONOMY_KINDS) {
    const slugs = choices[kind];
    if (slugs.length === 0) {
      resolved[kind] = [];
      continue;
    }
    const rows: unknown = await strapi.db
      .query(subscriptionTaxonomy[kind].uid)
      .findMany({ where: { slug: { $in: slugs }, locale, publishedAt: { $notNull: true } }, select: ["slug", "documentId"] });
    const found = z.array(z.object({ slug: z.string(), documentId: z.string() })).parse(rows);
    const unknown = slugs.filter((slug) => !found.some((row) => row.slug === slug));
    if (unknown.length > 0) {
      throw new errors.ValidationError(`${kind}: not in this newsroom: ${unknown.join(", ")}`, {
        errors: [{ path: [kind], message: `not in this newsroom: ${unknown.join(", ")}`, name: "ValidationError" }],
      });
    }
    resolved[kind] = [...new Set(found.map((row) => row.documentId))];
  }
  return resolved;
}

/** documentIds → the slugs of the subscription's language, for the manage page (terms since removed drop out). */
async function termSlugs(strapi: Core.Strapi, row: SubscriberRow): Promise<Record<TaxonomyKind, string[]>> {
  const slugs: Record<TaxonomyKind, string[]> = { countries: [], regions: [], themes: [] };
  for (const kind of TAXONOMY_KINDS) {
    const ids = storedIds(row[kind]);
    const rows: unknown =
      ids.length === 0
        ? []
        : await strapi.db
            .query(subscriptionTaxonomy[kind].uid)
            .findMany({ where: { documentId: { $in: ids }, locale: row.locale, publishedAt: { $notNull: true } }, select: ["slug"] });
    slugs[kind] = z
      .array(z.object({ slug: z.string() }))
      .parse(rows)
      .map((r) => r.slug);
  }
  return slugs;
}

async function findSubscriber(db: Database, where: Record<string, string | number>): Promise<SubscriberRow | undefined> {
  const row: unknown = await db(SUBSCRIBERS).where(where).first();
  return row === undefined ? undefined : subscriberRow.parse(row);
}

/** The subscriber a link names, if the link is theirs and still valid; undefined otherwise (one answer for every case: a probe learns nothing). */
async function subscriberForLink(
  ctx: SubscriptionContext,
  purpose: "confirm" | "manage",
  rawToken: unknown,
): Promise<SubscriberRow | undefined> {
  const token = parse(subscriptionTokenSchema, rawToken);
  const id = ctx.signer.idOf(token);
  if (id === undefined) return undefined;
  const row = await findSubscriber(ctx.db, { id });
  if (!row) return undefined;
  if (purpose === "confirm") {
    if (row.status !== "pending" || row.confirm_expires_at === null || row.confirm_expires_at < ctx.now()) return undefined;
    return ctx.signer.verify("confirm", token, row.id, row.confirm_nonce) ? row : undefined;
  }
  return ctx.signer.verify("manage", token, row.id, row.manage_nonce) ? row : undefined;
}

const LINK_NOT_VALID = "This link is not valid: it was already used, has expired, or the subscription has ended.";

function notValid(): errors.NotFoundError {
  return new errors.NotFoundError(LINK_NOT_VALID);
}

const emailKey = (email: string) => email.toLowerCase();

/**
 * Subscribe: always the same answer, whether the address was new, waiting for confirmation or
 * subscribed already, so the form tells nobody who is subscribed. A new or unconfirmed address
 * gets a confirmation link; a subscribed one a link to its settings (its choices change only
 * from there, so nobody can change someone else's).
 */
export async function subscribe(ctx: SubscriptionContext, body: unknown): Promise<void> {
  const request = parse(subscribeRequestSchema, body);
  if (request.clientAddress !== undefined) {
    const count = await ctx.countRequest(`subscribe:${request.clientAddress}`);
    if (count > SUBSCRIBE_PER_MINUTE) {
      throw new errors.RateLimitError(`Too many subscriptions from your address: try again in a minute.`);
    }
  }
  const terms = await resolveTerms(ctx.strapi, request, request.slugLocale ?? request.locale);
  const now = ctx.now();
  const locale = messageLocaleSchema.parse(request.locale);
  const choices = {
    countries: JSON.stringify(terms.countries),
    regions: JSON.stringify(terms.regions),
    themes: JSON.stringify(terms.themes),
    document_types: JSON.stringify(request.documentTypes),
    frequency: request.frequency,
  };
  const existing = await findSubscriber(ctx.db, { email_key: emailKey(request.email) });
  if (existing && existing.last_notice_at !== null && now - existing.last_notice_at < NOTICE_INTERVAL_MS) return;

  if (existing?.status === "confirmed") {
    await ctx.db(SUBSCRIBERS).where({ id: existing.id }).update({ last_notice_at: now });
    const site = await ctx.siteName(existing.locale);
    await queueMail(
      ctx.db,
      [
        {
          dedupeKey: `already:${String(existing.id)}:${String(now)}`,
          kind: "already-subscribed",
          recipient: existing.email,
          subscriberId: existing.id,
          message: alreadySubscribedMessage(existing.locale, site, subscriptionLinks(ctx, existing).manage),
        },
      ],
      now,
    );
    ctx.kick();
    return;
  }

  const nonce = newNonce();
  let id: number;
  if (existing) {
    await ctx
      .db(SUBSCRIBERS)
      .where({ id: existing.id })
      .update({
        ...choices,
        email: request.email,
        locale,
        confirm_nonce: nonce,
        confirm_expires_at: now + CONFIRM_TTL_MS,
        last_notice_at: now,
      });
    id = existing.id;
  } else {
    const inserted: unknown = await ctx
      .db(SUBSCRIBERS)
      .insert({
        ...choices,
        email: request.email,
        email_key: emailKey(request.email),
        locale,
        status: "pending",
        confirm_nonce: nonce,
        confirm_expires_at: now + CONFIRM_TTL_MS,
        manage_nonce: newNonce(),
        created_at: now,
        last_notice_at: now,
      })
      .onConflict("email_key")
      .ignore()
      .returning(["id"]);
    const row = z.array(z.object({ id: z.coerce.number() })).parse(inserted)[0];
    // Two requests for one new address at once: the other one wrote it and sends its link.
    if (!row) return;
    id = row.id;
  }
  const token = ctx.signer.sign("confirm", id, nonce);
  const site = await ctx.siteName(locale);
  await queueMail(
    ctx.db,
    [
      {
        dedupeKey: `confirm:${String(id)}:${nonce}`,
        kind: "confirm",
        recipient: request.email,
        subscriberId: id,
        message: confirmationMessage(
          locale,
          site,
          new URL(`/${locale}/subscriptions/confirm?token=${encodeURIComponent(token)}`, ctx.siteUrl).href,
        ),
      },
    ],
    now,
  );
  ctx.kick();
}

/** The confirm page asks first, so it can say "not valid" before showing a button. */
export async function confirmation(ctx: SubscriptionContext, token: unknown): Promise<{ locale: string }> {
  const row = await subscriberForLink(ctx, "confirm", token);
  if (!row) throw notValid();
  return { locale: row.locale };
}

/** Confirms once: the link's nonce is cleared, so the same link (or an older one) cannot confirm again. */
export async function confirm(ctx: SubscriptionContext, token: unknown): Promise<{ locale: string; manageToken: string }> {
  const row = await subscriberForLink(ctx, "confirm", token);
  if (!row) throw notValid();
  const now = ctx.now();
  const updated = await ctx
    .db(SUBSCRIBERS)
    .where({ id: row.id, status: "pending", confirm_nonce: row.confirm_nonce })
    .update({ status: "confirmed", confirmed_at: now, confirm_nonce: null, confirm_expires_at: null, digest_until: now });
  if (updated !== 1) throw notValid();
  return { locale: row.locale, manageToken: ctx.signer.sign("manage", row.id, row.manage_nonce) };
}

export async function manage(ctx: SubscriptionContext, token: unknown): Promise<SubscriptionView> {
  const row = await subscriberForLink(ctx, "manage", token);
  if (!row) throw notValid();
  const slugs = await termSlugs(ctx.strapi, row);
  return {
    email: row.email,
    locale: row.locale,
    confirmed: row.status === "confirmed",
    ...slugs,
    documentTypes: subscriptionChoicesSchema.shape.documentTypes.parse(storedIds(row.document_types)),
    frequency: row.frequency,
  };
}

export async function update(ctx: SubscriptionContext, body: unknown): Promise<SubscriptionView> {
  const request = parse(subscriptionUpdateSchema, body);
  const row = await subscriberForLink(ctx, "manage", request.token);
  if (!row) throw notValid();
  const terms = await resolveTerms(ctx.strapi, request, request.slugLocale ?? request.locale);
  await ctx
    .db(SUBSCRIBERS)
    .where({ id: row.id })
    .update({
      locale: request.locale,
      countries: JSON.stringify(terms.countries),
      regions: JSON.stringify(terms.regions),
      themes: JSON.stringify(terms.themes),
      document_types: JSON.stringify(request.documentTypes),
      frequency: request.frequency,
      // Switching to daily starts the digest from now, not from the subscription's first day.
      ...(request.frequency === "daily" && row.frequency !== "daily" ? { digest_until: ctx.now() } : {}),
    });
  return manage(ctx, request.token);
}

/**
 * Ends the subscription: the address is deleted, with its messages not yet sent; sent ones
 * keep their counts for the admin but lose the address.
 */
export async function unsubscribe(ctx: SubscriptionContext, token: unknown): Promise<{ locale: string }> {
  const row = await subscriberForLink(ctx, "manage", token);
  if (!row) throw notValid();
  await ctx.db.transaction(async (trx) => {
    await trx(SUBSCRIBERS).where({ id: row.id }).delete();
    await trx(MAIL_OUTBOX).where({ subscriber_id: row.id }).whereNotNull("next_attempt_at").delete();
    await trx(MAIL_OUTBOX).where({ subscriber_id: row.id }).update({ recipient: "", subscriber_id: null });
  });
  return { locale: row.locale };
}

/** The site name of a language, for messages. */
export async function siteNameOf(strapi: Core.Strapi, locale: string): Promise<string> {
  const settings = await strapi.documents(contentTypes.siteSetting.uid).findFirst({ locale, status: "published", fields: ["siteName"] });
  return settings?.siteName ?? "Newsroom";
}
