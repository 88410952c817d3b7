import localeConfig from "@newsroom/config/locales.json";
import { z } from "zod";
import { contentTypes } from "./content-types";
import { documentTypes } from "./press-releases";

/**
 * Email alerts: what a reader chooses on the site's subscribe form and the CMS stores
 * (apps/cms/src/alerts). One schema for both sides, so the site's form and the CMS refuse
 * the same things with the same messages.
 */

/** RFC 5321's limit for a whole address. */
export const MAX_EMAIL_LENGTH = 254;
/** More terms than any reader picks by hand; bounds the work per subscriber. */
export const MAX_CHOICES_PER_KIND = 60;
export const alertFrequencies = ["immediate", "daily"] as const;
export type AlertFrequency = (typeof alertFrequencies)[number];

// A form field sent once is a string, sent twice an array; either way a list of slugs.
const slugList = (what: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((slug) => slug !== ""))
    .pipe(
      z
        .array(
          z
            .string()
            .max(100, `a ${what} is at most 100 characters`)
            .regex(/^[a-z0-9-]+$/, `not a ${what} of this newsroom`),
        )
        .max(MAX_CHOICES_PER_KIND, `at most ${String(MAX_CHOICES_PER_KIND)} ${what}s`),
    )
    .transform((slugs) => [...new Set(slugs)]);

/** The choices of a subscription, as the site's form sends them (taxonomy slugs in the subscription's language). */
export const subscriptionChoicesSchema = z.object({
  countries: slugList("country"),
  regions: slugList("region"),
  themes: slugList("theme"),
  documentTypes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(documentTypes, { error: "not a document type of this newsroom" })).max(documentTypes.length))
    .transform((types) => [...new Set(types)]),
  frequency: z.enum(alertFrequencies, { error: "frequency is immediate or daily" }).default("immediate"),
});
export type SubscriptionChoices = z.infer<typeof subscriptionChoicesSchema>;

export const subscriptionEmailSchema = z
  .string({ error: "an email address is required" })
  .trim()
  .max(MAX_EMAIL_LENGTH, `an email address is at most ${String(MAX_EMAIL_LENGTH)} characters`)
  .pipe(z.email({ error: "this is not an email address" }));

/** One of the newsroom's languages (packages/config/locales.json). */
export const newsroomLocaleSchema = z
  .string({ error: "not a language of this newsroom" })
  .refine((code) => localeConfig.locales.some((l) => l.code === code), "not a language of this newsroom");

export const subscribeRequestSchema = subscriptionChoicesSchema.extend({
  email: subscriptionEmailSchema,
  /** The language of the alerts. */
  locale: newsroomLocaleSchema,
  /** The language the form's taxonomy slugs are in (the page's); default: `locale`. */
  slugLocale: newsroomLocaleSchema.optional(),
  /** The reader's address as the site saw it, for the rate limit (the CMS sees only the site). */
  clientAddress: z.string().max(64).optional(),
});
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;

/** The personal links' tokens: `<row id>.<signature>` (apps/cms/src/alerts/links.ts), for subscriptions and embargoes alike. */
export const signedLinkTokenSchema = z
  .string({ error: "the link has no token" })
  .regex(/^[1-9][0-9]{0,11}\.[A-Za-z0-9_-]{43}$/, "the link is not valid (it may have been cut short when copied)");
export const subscriptionTokenSchema = signedLinkTokenSchema;

/** A subscription as the CMS shows it to its owner (the manage page). */
export const subscriptionViewSchema = subscriptionChoicesSchema.extend({
  email: z.string(),
  locale: newsroomLocaleSchema,
  confirmed: z.boolean(),
});

/** A change from the manage page: the choices, the language, and the page's language for the slugs. */
export const subscriptionUpdateSchema = subscriptionChoicesSchema.extend({
  token: z.unknown(),
  locale: newsroomLocaleSchema,
  slugLocale: newsroomLocaleSchema.optional(),
});
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;

/**
 * The CMS's subscription routes (apps/cms/src/api/subscription), called by the site's
 * /api/subscriptions/* route handlers with CMS_SUBSCRIPTIONS_TOKEN, never by browsers.
 */
const SUBSCRIPTION_API = "api::subscription.subscription";
const route = (path: string, action: string) => ({
  path: `subscriptions/${path}`,
  handler: `${SUBSCRIPTION_API}.${action}`,
  scope: `${SUBSCRIPTION_API}.${action}`,
});
export const subscriptionRoutes = {
  subscribe: route("subscribe", "subscribe"),
  confirmation: route("confirmation", "confirmation"),
  confirm: route("confirm", "confirm"),
  manage: route("manage", "manage"),
  update: route("update", "update"),
  unsubscribe: route("unsubscribe", "unsubscribe"),
} as const;

/** The taxonomy content types a subscription may name. */
export const subscriptionTaxonomy = {
  countries: contentTypes.country,
  regions: contentTypes.region,
  themes: contentTypes.theme,
} as const;
