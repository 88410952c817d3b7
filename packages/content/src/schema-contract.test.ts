import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  rawHeroImageSchema,
  rawMediaSchema,
  rawMenuItemSchema,
  rawMenuLinkSchema,
  rawPressContactSchema,
  rawPressReleaseIndexEntrySchema,
  rawPressReleaseSchema,
  rawSeoSchema,
  rawSiteSettingsSchema,
  rawSlugRedirectSchema,
  rawTermSchema,
  rawWithdrawalNoticeSchema,
  rawTaxonomyTermSchema,
} from "./strapi-schemas";
import { contentTypes, documentTypes } from "@newsroom/contract";
import { pressReleaseIndexFields, pressReleaseSummaryFields, slugRedirectFields, withdrawalNoticeFields } from "./queries";

/**
 * The CMS schema files are the source of truth. Every field this package reads must exist
 * there under the same name, with a compatible kind. Renaming or removing a field in the
 * CMS (apps/cms/src/…/schema.json or a component) makes this test fail before anything runs.
 */
const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../apps/cms/src");

const attributeSchema = z.looseObject({
  type: z.string(),
  enum: z.array(z.string()).optional(),
  component: z.string().optional(),
  target: z.string().optional(),
});
const schemaFile = z.looseObject({ attributes: z.record(z.string(), attributeSchema) });
type Attributes = z.infer<typeof schemaFile>["attributes"];

function contentType(name: string): Attributes {
  return schemaFile.parse(JSON.parse(readFileSync(path.join(cmsRoot, "api", name, "content-types", name, "schema.json"), "utf8")))
    .attributes;
}
function component(uid: string): Attributes {
  const [category, name] = uid.split(".");
  if (!category || !name) throw new Error(`bad component uid ${uid}`);
  return schemaFile.parse(JSON.parse(readFileSync(path.join(cmsRoot, "components", category, `${name}.json`), "utf8"))).attributes;
}

// Fields Strapi adds to every document; they are not in schema.json.
const SYSTEM_FIELDS = new Set(["id", "documentId", "locale", "localizations", "createdAt", "updatedAt", "publishedAt"]);

const kindsFor: Record<string, string[]> = {
  text: ["string", "text", "email", "uid", "richtext", "enumeration"],
  datetime: ["datetime", "date"],
  boolean: ["boolean"],
  blocks: ["blocks"],
  media: ["media"],
  relation: ["relation"],
  component: ["component"],
};

function expectFields(attributes: Attributes, fields: Record<string, keyof typeof kindsFor>, where: string) {
  for (const [field, kind] of Object.entries(fields)) {
    const attribute = attributes[field];
    expect(attribute, `${where}.${field} is read by the site but missing from the CMS schema`).toBeDefined();
    expect(kindsFor[kind], `${where}.${field} has type ${attribute?.type}, the site expects ${kind}`).toContain(attribute?.type);
  }
}

/** Every non-system key of a zod object schema, i.e. what the site reads from a response. */
function readKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((key) => !SYSTEM_FIELDS.has(key));
}

describe("the content client reads only what the CMS schema defines", () => {
  it("press release", () => {
    const attributes = contentType("press-release");
    expectFields(
      attributes,
      {
        title: "text",
        slug: "text",
        documentType: "text",
        datelinePlace: "text",
        datelineCountry: "relation",
        releaseDate: "datetime",
        lastUpdatedAt: "datetime",
        lead: "text",
        body: "blocks",
        heroImage: "component",
        countries: "relation",
        regions: "relation",
        themes: "relation",
        pressContacts: "relation",
        relatedPressReleases: "relation",
        attachments: "media",
        seo: "component",
      },
      "press-release",
    );
    for (const key of readKeys(rawPressReleaseSchema)) expect(attributes, `press-release.${key}`).toHaveProperty(key);
    for (const key of pressReleaseSummaryFields.filter((f) => !SYSTEM_FIELDS.has(f))) expect(attributes).toHaveProperty(key);
    expect(attributes.documentType?.enum).toEqual([...documentTypes]);
    expect(attributes.heroImage?.component).toBe("media.hero-image");
    expect(attributes.seo?.component).toBe("shared.seo");
    expect(attributes.pressContacts?.target).toBe(contentTypes.pressContact.uid);
  });

  it("the sitemap and feed index of press releases", () => {
    const attributes = contentType("press-release");
    for (const key of readKeys(rawPressReleaseIndexEntrySchema)) expect(attributes, `press-release.${key}`).toHaveProperty(key);
    for (const key of pressReleaseIndexFields.filter((f) => !SYSTEM_FIELDS.has(f)))
      expect(attributes, `press-release.${key}`).toHaveProperty(key);
    const seo = component("shared.seo");
    const seoShape = rawPressReleaseIndexEntrySchema.shape.seo.unwrap();
    for (const key of readKeys(seoShape)) expect(seo, `shared.seo.${key}`).toHaveProperty(key);
  });

  it("hero image and SEO components", () => {
    const hero = component("media.hero-image");
    for (const key of readKeys(rawHeroImageSchema)) expect(hero, `media.hero-image.${key}`).toHaveProperty(key);
    const seo = component("shared.seo");
    for (const key of readKeys(rawSeoSchema)) expect(seo, `shared.seo.${key}`).toHaveProperty(key);
  });

  it("press contact and taxonomy", () => {
    const contact = contentType("press-contact");
    for (const key of readKeys(rawPressContactSchema)) expect(contact, `press-contact.${key}`).toHaveProperty(key);
    for (const name of ["country", "region", "theme"]) {
      const attributes = contentType(name);
      for (const key of readKeys(rawTermSchema)) expect(attributes, `${name}.${key}`).toHaveProperty(key);
      for (const key of readKeys(rawTaxonomyTermSchema)) expect(attributes, `${name}.${key}`).toHaveProperty(key);
    }
    expect(contact.countries?.target).toBe(contentTypes.country.uid);
  });

  it("navigation", () => {
    const navigation = contentType("navigation");
    expect(navigation.header?.component).toBe("navigation.menu-item");
    expect(navigation.footer?.component).toBe("navigation.menu-item");
    const item = component("navigation.menu-item");
    for (const key of readKeys(rawMenuItemSchema)) expect(item, `navigation.menu-item.${key}`).toHaveProperty(key);
    expect(item.children?.component).toBe("navigation.menu-link");
    const link = component("navigation.menu-link");
    for (const key of readKeys(rawMenuLinkSchema)) expect(link, `navigation.menu-link.${key}`).toHaveProperty(key);
    expect(item.targetType?.enum).toEqual(rawMenuItemSchema.shape.targetType.options);
    expect(link.targetType?.enum).toEqual(rawMenuLinkSchema.shape.targetType.options);
  });

  it("site settings", () => {
    const settings = contentType("site-setting");
    for (const key of readKeys(rawSiteSettingsSchema.shape.data)) expect(settings, `site-setting.${key}`).toHaveProperty(key);
    const organization = component("shared.organization");
    for (const key of readKeys(rawSiteSettingsSchema.shape.data.shape.organization))
      expect(organization, `shared.organization.${key}`).toHaveProperty(key);
  });

  it("old addresses (slug redirects) and withdrawal notices", () => {
    const redirect = contentType("slug-redirect");
    expectFields(redirect, { fromSlug: "text", language: "text", pressReleaseDocumentId: "text" }, "slug-redirect");
    for (const key of readKeys(rawSlugRedirectSchema)) expect(redirect, `slug-redirect.${key}`).toHaveProperty(key);
    for (const key of slugRedirectFields) expect(redirect, `slug-redirect.${key}`).toHaveProperty(key);
    const notice = contentType("withdrawal-notice");
    expectFields(
      notice,
      { slug: "text", language: "text", pressReleaseDocumentId: "text", title: "text", withdrawnAt: "datetime", reason: "text" },
      "withdrawal-notice",
    );
    for (const key of readKeys(rawWithdrawalNoticeSchema)) expect(notice, `withdrawal-notice.${key}`).toHaveProperty(key);
    for (const key of withdrawalNoticeFields) expect(notice, `withdrawal-notice.${key}`).toHaveProperty(key);
  });

  it("media fields are Strapi's own file fields", () => {
    // Not in schema.json: these come from the upload plugin's file model.
    expect(readKeys(rawMediaSchema).sort()).toEqual(["alternativeText", "ext", "height", "mime", "name", "size", "url", "width"]);
  });

  it("knows every content type the CMS defines", () => {
    // An API without a content type (subscription: routes and a controller) holds no content to read.
    const withContentType = readdirSync(path.join(cmsRoot, "api")).filter((name) =>
      existsSync(path.join(cmsRoot, "api", name, "content-types", name, "schema.json")),
    );
    expect(withContentType.sort()).toEqual([
      "country",
      // Accredited journalists: admin only, never read by the site (no content API routes).
      "journalist",
      // Imported old addresses: the site will read them only through /api/legacy-addresses/resolve.
      "legacy-address",
      "navigation",
      "press-contact",
      "press-release",
      // The CMS's audit log of publications: never read by the site (nothing to revalidate).
      "publication-event",
      "region",
      "site-setting",
      "slug-redirect",
      "theme",
      "withdrawal-notice",
    ]);
  });
});
