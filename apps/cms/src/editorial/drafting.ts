import type { Core } from "@strapi/strapi";
import { z } from "zod";
import localeConfig from "@newsroom/config/locales.json";
import { contentTypes, isRecord } from "@newsroom/contract";

const PRESS_RELEASE = contentTypes.pressRelease.uid;
const WITHDRAWAL_NOTICE = contentTypes.withdrawalNotice.uid;

interface UidService {
  generateUIDField(args: { contentTypeUID: string; field: string; data: Record<string, unknown>; locale?: string }): Promise<unknown>;
}

/** A type guard, not a zod parse: the method must be called on Strapi's own object (it uses `this`). */
function isUidService(value: unknown): value is UidService {
  return isRecord(value) && typeof value.generateUIDField === "function";
}

const localeOf = (params: Record<string, unknown>) => (typeof params.locale === "string" ? params.locale : localeConfig.defaultLocale);

/** A slug made from a headline the way the admin makes it (src/extensions/content-manager: numbers kept whole). */
export async function slugForTitle(strapi: Core.Strapi, title: string, locale: string): Promise<string> {
  const uid: unknown = strapi.plugin("content-manager").service("uid");
  if (!isUidService(uid)) throw new Error("content-manager uid service has changed");
  return z.string().parse(await uid.generateUIDField({ contentTypeUID: PRESS_RELEASE, field: "slug", data: { title }, locale }));
}

/**
 * A translation gets a slug from its own headline. The admin's "fill in from another locale"
 * copies the English slug along with everything else, and readers of /es/news/<English slug>
 * could tell; so a language version saved with the slug of another language of the same
 * release gets one made from its headline instead.
 */
export async function translationSlug(strapi: Core.Strapi, params: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  if (typeof params.documentId !== "string" || typeof data.slug !== "string" || data.slug === "") return;
  const locale = localeOf(params);
  const shared: unknown = await strapi.db
    .query(PRESS_RELEASE)
    .findOne({ where: { documentId: params.documentId, locale: { $ne: locale }, slug: data.slug }, select: ["id"] });
  if (!shared) return;
  const stored: unknown =
    typeof data.title === "string"
      ? undefined
      : await strapi.db
          .query(PRESS_RELEASE)
          .findOne({ where: { documentId: params.documentId, locale, publishedAt: null }, select: ["title"] });
  const title = typeof data.title === "string" ? data.title : isRecord(stored) && typeof stored.title === "string" ? stored.title : "";
  if (title.trim() === "") return;
  data.slug = await slugForTitle(strapi, title, locale);
}

/** One side of a relation as the admin and the document service accept it. */
const relationItem = z.union([z.string(), z.looseObject({ documentId: z.string(), locale: z.string().nullish() })]);
type RelationItem = z.infer<typeof relationItem>;
const itemDocumentId = (item: RelationItem) => (typeof item === "string" ? item : item.documentId);

/** The release's dateline country, if this save sets one (documentId, `{ documentId }`, connect or set). */
function connectedDocumentId(value: unknown): string | undefined {
  const single = relationItem.safeParse(value);
  if (single.success) return itemDocumentId(single.data);
  if (!isRecord(value)) return undefined;
  for (const key of ["connect", "set"] as const) {
    const items = z.array(relationItem).safeParse(value[key]);
    const first = items.success ? items.data[0] : undefined;
    if (first !== undefined) return itemDocumentId(first);
  }
  return undefined;
}

/**
 * The dateline country is one of the release's countries (listings, filters and alerts use
 * Countries): editors picked Peru twice. Added when a save sets the dateline country, unless
 * the same save removes it from Countries.
 */
export function datelineCountryInCountries(params: Record<string, unknown>, data: Record<string, unknown>): void {
  const dateline = connectedDocumentId(data.datelineCountry);
  if (dateline === undefined) return;
  const item = { documentId: dateline, locale: localeOf(params) };
  const countries = data.countries;
  if (countries === undefined || countries === null) {
    data.countries = { connect: [item] };
    return;
  }
  if (Array.isArray(countries)) {
    const items = z.array(relationItem).safeParse(countries);
    if (items.success && !items.data.some((c) => itemDocumentId(c) === dateline)) data.countries = [...items.data, item];
    return;
  }
  if (!isRecord(countries)) return;
  const listed = (key: string) => {
    const items = z.array(relationItem).safeParse(countries[key] ?? []);
    return items.success ? items.data : undefined;
  };
  const set = listed("set");
  if (countries.set !== undefined) {
    if (set && !set.some((c) => itemDocumentId(c) === dateline)) data.countries = { ...countries, set: [...set, item] };
    return;
  }
  const connect = listed("connect");
  const disconnect = listed("disconnect");
  if (!connect || !disconnect) return;
  if ([...connect, ...disconnect].some((c) => itemDocumentId(c) === dateline)) return;
  data.countries = { ...countries, connect: [...connect, item] };
}

/**
 * A public reason saved after the withdrawal reaches the notice readers see (the 410 page):
 * before, only the reason saved before Unpublish counted, and correcting it meant publishing
 * again and withdrawing. Runs after the save, through the document service, so the site hears of it.
 */
export async function updateWithdrawalNotice(
  strapi: Core.Strapi,
  params: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<void> {
  if (typeof params.documentId !== "string" || !("withdrawalReason" in data)) return;
  const language = localeOf(params);
  // "" clears it: the 410 page then shows no reason (WithdrawnNotice), as for a withdrawal without one.
  const reason = typeof data.withdrawalReason === "string" ? data.withdrawalReason.trim() : "";
  const notices = strapi.documents(WITHDRAWAL_NOTICE);
  const found = await notices.findMany({
    filters: { pressReleaseDocumentId: params.documentId, language },
    fields: ["documentId", "reason"],
    limit: 10,
  });
  const update = { reason };
  for (const notice of found) {
    if ((notice.reason ?? "") !== reason) await notices.update({ documentId: notice.documentId, data: update });
  }
}
