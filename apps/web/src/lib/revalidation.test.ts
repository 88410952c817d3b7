import { describe, expect, it } from "vitest";
import { locales } from "@newsroom/config";
import { tagsFor } from "./cache-tags";
import { revalidationFor, webhookPayloadSchema, type WebhookPayload } from "./revalidation";
import { contentTypes } from "@newsroom/contract";

const RELEASE = contentTypes.pressRelease.uid;
const payload = (event: WebhookPayload["event"], uid: string, entry: Record<string, unknown>): WebhookPayload =>
  webhookPayloadSchema.parse({ event, createdAt: "2026-11-28T10:00:00.000Z", model: uid.split(".").at(-1), uid, entry });

const published = { id: 7, documentId: "doc1", locale: "es", slug: "nuevo", publishedAt: "2026-11-28T10:00:00.000Z", title: "T" };

describe("webhook payloads", () => {
  it("accepts Strapi's payload and keeps unknown fields", () => {
    expect(webhookPayloadSchema.safeParse({ event: "entry.publish", model: "press-release", uid: RELEASE, entry: published }).success).toBe(
      true,
    );
  });
  it.each([
    [{}],
    [{ event: "entry.publish", model: "x", uid: RELEASE }],
    [{ event: "media.create", model: "file", uid: "plugin::upload.file", entry: {} }],
    [{ event: "entry.publish", model: "x", uid: RELEASE, entry: { slug: 42 } }],
    [[]],
  ])("refuses %j", (body) => {
    expect(webhookPayloadSchema.safeParse(body).success).toBe(false);
  });
});

describe("what a change makes stale", () => {
  it("a published release: its document in every language, its address, its language's lists, search and sitemaps", () => {
    const result = revalidationFor(payload("entry.publish", RELEASE, { ...published, localizations: [{ locale: "en" }] }));
    expect(result.tags.sort()).toEqual(
      ["legacy-addresses", "release-address:es:nuevo", "release-lists:es", "release:doc1", "search:es", "sitemap:en", "sitemap:es"].sort(),
    );
    expect(result.tags).not.toContain("newsroom");
    expect(result.tags).not.toContain("release-lists:en");
  });

  it("unpublish and delete (unpopulated entries) refresh every language's sitemap", () => {
    for (const event of ["entry.unpublish", "entry.delete", "entry.update"] as const) {
      const { tags } = revalidationFor(payload(event, RELEASE, published));
      expect(tags).toEqual(
        expect.arrayContaining(["release:doc1", "release-address:es:nuevo", "release-lists:es", "sitemap:en", "sitemap:es", "sitemap:fr"]),
      );
    }
  });

  it("a draft-only change affects nothing public", () => {
    for (const event of ["entry.create", "entry.update", "entry.delete"] as const) {
      const result = revalidationFor(payload(event, RELEASE, { ...published, publishedAt: null }));
      expect(result.tags).toEqual([]);
      expect(result.reason).toContain("draft");
    }
  });

  it("every tag it names is one that some read carries", () => {
    const readTags = new Set([
      ...tagsFor({ resource: "press-release-document", locale: "es", documentId: "doc1" }),
      ...tagsFor({ resource: "press-release-address", locale: "es", slug: "nuevo" }),
      ...tagsFor({ resource: "press-release-list", locale: "es" }),
      ...tagsFor({ resource: "search", locale: "es" }),
      ...locales.flatMap((locale) => tagsFor({ resource: "press-release-index", locale })),
      ...tagsFor({ resource: "legacy-address", path: "/news/press-release/old" }),
    ]);
    for (const tag of revalidationFor(payload("entry.unpublish", RELEASE, published)).tags) expect(readTags, tag).toContain(tag);
  });

  it("an old address (slug redirect) refreshes that address only", () => {
    const entry = { documentId: "r1", fromSlug: "old-slug", language: "fr", pressReleaseDocumentId: "doc1" };
    expect(revalidationFor(payload("entry.create", contentTypes.slugRedirect.uid, entry)).tags).toEqual(["release-address:fr:old-slug"]);
    expect(revalidationFor(payload("entry.delete", contentTypes.slugRedirect.uid, entry)).tags).toEqual(["release-address:fr:old-slug"]);
  });

  it("an address of the old newsroom (importer) refreshes where old addresses lead", () => {
    const entry = { path: "/2017/06/old", language: "en", pressReleaseDocumentId: "doc1" };
    expect(revalidationFor(payload("entry.create", contentTypes.legacyAddress.uid, entry)).tags).toEqual(["legacy-addresses"]);
    expect(tagsFor({ resource: "legacy-address", path: "/2017/06/old" })).toContain("legacy-addresses");
  });

  it("a withdrawal notice refreshes the withdrawn address and the release's document", () => {
    const entry = { slug: "gone", language: "en", pressReleaseDocumentId: "doc1", title: "x", withdrawnAt: "2026-11-01T00:00:00.000Z" };
    expect(revalidationFor(payload("entry.create", contentTypes.withdrawalNotice.uid, entry)).tags).toEqual([
      "release-address:en:gone",
      "release:doc1",
    ]);
  });

  it("a press contact refreshes contact lists and release texts in every language", () => {
    const { tags } = revalidationFor(payload("entry.update", contentTypes.pressContact.uid, { documentId: "c1", locale: "en" }));
    expect(tags.sort()).toEqual([
      "press-contacts:en",
      "press-contacts:es",
      "press-contacts:fr",
      "release-texts:en",
      "release-texts:es",
      "release-texts:fr",
    ]);
  });

  it("a taxonomy term refreshes its kind's pages and every page naming terms", () => {
    const { tags } = revalidationFor(payload("entry.update", contentTypes.country.uid, { documentId: "c1", locale: "fr" }));
    expect(tags).toEqual(
      expect.arrayContaining([
        "taxonomy:fr:country",
        "taxonomy:en:country",
        "release-lists:fr",
        "release-texts:fr",
        "search:fr",
        "sitemap:fr",
      ]),
    );
    expect(tags.some((t) => t.includes(":theme"))).toBe(false);
  });

  it("navigation and site settings refresh everything", () => {
    expect(revalidationFor(payload("entry.update", contentTypes.navigation.uid, { locale: "en" })).tags).toEqual(["newsroom"]);
    expect(revalidationFor(payload("entry.create", contentTypes.siteSetting.uid, { locale: "es" })).tags).toEqual(["newsroom"]);
  });

  it("a published release it cannot place refreshes everything rather than nothing", () => {
    expect(
      revalidationFor(payload("entry.publish", RELEASE, { documentId: "doc1", publishedAt: "2026-11-28T10:00:00.000Z" })).tags,
    ).toEqual(["newsroom"]);
    expect(revalidationFor(payload("entry.publish", RELEASE, { ...published, locale: "de" })).tags).toEqual(["newsroom"]);
  });

  it("content the site does not show changes nothing", () => {
    expect(revalidationFor(payload("entry.create", "plugin::users-permissions.user", { id: 1 })).tags).toEqual([]);
    // The CMS's publication log: an audit trail, not shown on the site.
    expect(revalidationFor(payload("entry.create", contentTypes.publicationEvent.uid, { action: "publish", language: "en" })).tags).toEqual(
      [],
    );
  });
});

describe("read tags", () => {
  it("name what each read depends on", () => {
    expect(tagsFor({ resource: "press-release-address", locale: "en", slug: "a" })).toEqual(["newsroom", "release-address:en:a"]);
    expect(tagsFor({ resource: "slug-redirect", locale: "en", slug: "a" })).toEqual(["newsroom", "release-address:en:a"]);
    expect(tagsFor({ resource: "withdrawal-notice", locale: "en", slug: "a" })).toEqual(["newsroom", "release-address:en:a"]);
    expect(tagsFor({ resource: "withdrawal-notice", locale: "en", documentId: "d" })).toEqual(["newsroom", "release:d"]);
    expect(tagsFor({ resource: "press-release-document", locale: "fr", documentId: "d" })).toEqual([
      "newsroom",
      "release:d",
      "release-texts:fr",
    ]);
    expect(tagsFor({ resource: "press-release-feed", locale: "es" })).toEqual(["newsroom", "release-lists:es", "release-texts:es"]);
  });
});
