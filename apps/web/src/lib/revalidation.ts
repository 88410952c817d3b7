import { z } from "zod";
import { isLocale, locales, type Locale } from "@newsroom/config";
import { cacheTags } from "./cache-tags";
import { contentTypes, type TaxonomyKind } from "@newsroom/contract";

/**
 * What a change in the CMS makes stale. The CMS's revalidation outbox (apps/cms/src/revalidation,
 * retried until delivered) posts Strapi's webhook body `{ event, createdAt, model, uid, entry }` for every
 * create, update, delete, publish and unpublish; this module turns one such payload into the
 * cache tags of src/lib/cache-tags.ts that it affects, and nothing else.
 */
export const webhookEvents = ["entry.create", "entry.update", "entry.delete", "entry.publish", "entry.unpublish"] as const;

const optionalString = z.string().nullish();

/** Only the fields the mapping reads; Strapi sends many more (kept, not validated). */
const entrySchema = z.looseObject({
  documentId: optionalString,
  locale: optionalString,
  publishedAt: optionalString,
  slug: optionalString,
  fromSlug: optionalString,
  language: optionalString,
  pressReleaseDocumentId: optionalString,
  localizations: z.array(z.looseObject({ locale: optionalString })).nullish(),
});

export const webhookPayloadSchema = z.looseObject({
  event: z.enum(webhookEvents, { error: `event must be one of ${webhookEvents.join(", ")}` }),
  createdAt: z.string().optional(),
  model: z.string({ error: "model is required" }),
  uid: z.string({ error: "uid is required" }).min(1),
  entry: entrySchema,
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
type Entry = WebhookPayload["entry"];

export interface Revalidation {
  tags: string[];
  /** Why, in a few words (returned to the CMS, useful in its webhook log). */
  reason: string;
}

const TAXONOMY_KINDS: Record<string, TaxonomyKind> = {
  [contentTypes.country.uid]: "country",
  [contentTypes.region.uid]: "region",
  [contentTypes.theme.uid]: "theme",
};

const everything = (reason: string): Revalidation => ({ tags: [cacheTags.all], reason });

function localeOf(value: string | null | undefined): Locale | undefined {
  return value && isLocale(value) ? value : undefined;
}

function unique(tags: string[]): string[] {
  return [...new Set(tags)];
}

/** A press release in one language was published, unpublished, deleted or changed while published. */
function pressReleaseChange(event: WebhookPayload["event"], entry: Entry): Revalidation {
  const published = typeof entry.publishedAt === "string" && entry.publishedAt !== "";
  if (!published && event !== "entry.publish") {
    // Strapi 5 keeps a draft and a published version: saving, creating or deleting the draft
    // leaves what the public sees untouched (publishing is reported as entry.publish).
    return { tags: [], reason: "a draft changed: nothing public" };
  }
  const locale = localeOf(entry.locale);
  if (!locale || !entry.slug || !entry.documentId) return everything("a published release without locale, slug or document id");
  // Sitemaps list every language of a release (hreflang): its languages' sitemaps change too.
  // Publish events carry the populated entry; unpublish/delete do not, then every language.
  const known = entry.localizations?.map((l) => localeOf(l.locale)).filter((l) => l !== undefined);
  const sitemapLocales = known ? [locale, ...known] : [...locales];
  return {
    tags: unique([
      cacheTags.releaseDocument(entry.documentId),
      // An old address of the imported newsroom leads to a published release's current slug.
      cacheTags.legacyAddresses,
      cacheTags.releaseAddress(locale, entry.slug),
      cacheTags.releaseLists(locale),
      cacheTags.search(locale),
      ...sitemapLocales.map((l) => cacheTags.sitemap(l)),
    ]),
    reason: `press release ${event.slice("entry.".length)} in ${locale}`,
  };
}

/**
 * Maps one webhook payload to the tags to revalidate. Taxonomy terms and press contacts have
 * fields shared by all languages (Strapi copies them to every locale), so they refresh every
 * language.
 */
export function revalidationFor(payload: WebhookPayload): Revalidation {
  const { event, uid, entry } = payload;
  if (uid === contentTypes.pressRelease.uid) return pressReleaseChange(event, entry);

  if (uid === contentTypes.slugRedirect.uid) {
    const locale = localeOf(entry.language);
    if (!locale || !entry.fromSlug) return everything("an old address without language or slug");
    return { tags: [cacheTags.releaseAddress(locale, entry.fromSlug)], reason: `old address /${locale}/news/${entry.fromSlug} changed` };
  }

  if (uid === contentTypes.legacyAddress.uid)
    return { tags: [cacheTags.legacyAddresses], reason: "an address of the old newsroom changed" };

  if (uid === contentTypes.withdrawalNotice.uid) {
    const locale = localeOf(entry.language);
    if (!locale || !entry.slug) return everything("a withdrawal notice without language or slug");
    const tags = [cacheTags.releaseAddress(locale, entry.slug)];
    if (entry.pressReleaseDocumentId) tags.push(cacheTags.releaseDocument(entry.pressReleaseDocumentId));
    return { tags, reason: `withdrawal notice of /${locale}/news/${entry.slug} changed` };
  }

  if (uid === contentTypes.pressContact.uid) {
    return {
      tags: locales.flatMap((l) => [cacheTags.pressContacts(l), cacheTags.releaseTexts(l)]),
      reason: "press contact changed: contact lists and release pages",
    };
  }

  const kind = TAXONOMY_KINDS[uid];
  if (kind) {
    return {
      tags: locales.flatMap((l) => [
        cacheTags.taxonomy(l, kind),
        cacheTags.releaseLists(l),
        cacheTags.releaseTexts(l),
        cacheTags.search(l),
        cacheTags.sitemap(l),
      ]),
      reason: `${kind} changed: its pages and every page naming terms`,
    };
  }

  if (uid === contentTypes.navigation.uid || uid === contentTypes.siteSetting.uid)
    return everything(`${payload.model} changed: shown on every page`);

  return { tags: [], reason: `${uid} is not shown on the site` };
}
