import { describe, expect, it } from "vitest";
import { CmsUnavailableError, ContentNotFoundError, type LegacyAddress, type PressRelease, type WithdrawalNotice } from "@newsroom/content";
import { resolveReleaseAddress, type ReleaseAddressReads } from "./release-address";

interface Cms {
  drafts?: Record<string, string>; // slug -> document (draft versions)
  published?: Record<string, string>; // document -> current published slug
  redirects?: Record<string, string>; // old slug -> document
  notices?: WithdrawalNotice[];
  imported?: Record<string, LegacyAddress>; // old newsroom path -> where it leads
  down?: boolean;
}

function release(documentId: string, slug: string): PressRelease {
  return {
    id: documentId,
    locale: "en",
    slug,
    title: `Release ${documentId}`,
    documentType: "press-release",
    dateline: { place: "Geneva", date: "2026-11-01T00:00:00.000Z" },
    lastUpdatedAt: null,
    lead: "Lead",
    heroImage: null,
    countries: [],
    themes: [],
    body: [],
    datelineCountry: null,
    regions: [],
    pressContacts: [],
    related: [],
    attachments: [],
    seo: null,
    translations: [],
    updatedAt: "2026-11-01T00:00:00.000Z",
  };
}

function reads(cms: Cms, draft = false): ReleaseAddressReads & { calls: string[] } {
  const calls: string[] = [];
  const guard = (name: string) => {
    calls.push(name);
    if (cms.down) throw new CmsUnavailableError("down", "http://cms.test");
  };
  return {
    calls,
    draft,
    getPressReleaseDraft: (slug) => {
      guard("draft");
      const doc = cms.drafts?.[slug];
      return doc ? Promise.resolve(release(doc, slug)) : Promise.reject(new ContentNotFoundError("press release", slug));
    },
    findPressReleaseDocumentId: (slug) => {
      guard("address");
      const found = Object.entries(cms.published ?? {}).find(([, s]) => s === slug);
      return Promise.resolve(found?.[0] ?? null);
    },
    getPressReleaseByDocumentId: (documentId) => {
      guard("document");
      const slug = cms.published?.[documentId];
      return slug ? Promise.resolve(release(documentId, slug)) : Promise.reject(new ContentNotFoundError("press release", documentId));
    },
    getPressReleaseSlug: (documentId) => {
      guard("slug");
      return Promise.resolve(cms.published?.[documentId] ?? null);
    },
    findSlugRedirect: (fromSlug, locale) => {
      guard("redirect");
      const doc = cms.redirects?.[fromSlug];
      return Promise.resolve(doc ? { fromSlug, locale, pressReleaseDocumentId: doc } : null);
    },
    getWithdrawalNotice: (key) => {
      guard("notice");
      const match = cms.notices?.find((n) => ("slug" in key ? n.slug === key.slug : n.pressReleaseDocumentId === key.documentId));
      return Promise.resolve(match ?? null);
    },
    resolveLegacyAddress: (path) => {
      guard("legacy");
      return Promise.resolve(cms.imported?.[path] ?? null);
    },
  };
}

const notice = (slug: string, documentId: string): WithdrawalNotice => ({
  slug,
  locale: "en",
  pressReleaseDocumentId: documentId,
  title: "T",
  withdrawnAt: "2026-11-01T00:00:00.000Z",
  reason: "Wrong figures",
});

describe("what a release address shows", () => {
  it("the published release", async () => {
    const result = await resolveReleaseAddress("current", "en", reads({ published: { d1: "current" } }));
    expect(result).toMatchObject({ kind: "release", draft: false, release: { slug: "current" } });
  });

  it("an old slug moves straight to the current one (no chains)", async () => {
    const cms = { published: { d1: "third" }, redirects: { first: "d1", second: "d1" } };
    expect(await resolveReleaseAddress("first", "en", reads(cms))).toEqual({ kind: "moved", slug: "third" });
    expect(await resolveReleaseAddress("second", "en", reads(cms))).toEqual({ kind: "moved", slug: "third" });
  });

  it("a slug whose document now has another slug has moved, even before the redirect exists", async () => {
    const r = reads({ published: { d1: "new" } });
    r.findPressReleaseDocumentId = () => Promise.resolve("d1"); // a cached lookup, older than the document
    expect(await resolveReleaseAddress("old", "en", r)).toEqual({ kind: "moved", slug: "new" });
  });

  it("a withdrawn release, by its slug or through an old slug", async () => {
    const cms = { notices: [notice("gone", "d2")], redirects: { "older-gone": "d2" } };
    expect(await resolveReleaseAddress("gone", "en", reads(cms))).toMatchObject({ kind: "withdrawn", notice: { reason: "Wrong figures" } });
    expect(await resolveReleaseAddress("older-gone", "en", reads(cms))).toMatchObject({ kind: "withdrawn", notice: { slug: "gone" } });
  });

  it("an address of the old newsroom with the site's shape leads to the imported release", async () => {
    const cms = {
      imported: { "/es/news/la-oim-apoya": { path: "/es/news/la-oim-apoya", locale: "es" as const, slug: "la-oim-apoya-el-retorno" } },
    };
    expect(await resolveReleaseAddress("la-oim-apoya", "es", reads(cms))).toEqual({
      kind: "moved",
      slug: "la-oim-apoya-el-retorno",
      locale: "es",
    });
    // the newsroom's own addresses come first
    const own = { ...cms, published: { d1: "la-oim-apoya" } };
    expect(await resolveReleaseAddress("la-oim-apoya", "es", reads(own))).toMatchObject({ kind: "release" });
  });

  it("nothing: missing (404)", async () => {
    expect(await resolveReleaseAddress("never", "en", reads({}))).toEqual({ kind: "missing" });
    expect(await resolveReleaseAddress("deleted", "en", reads({ redirects: { deleted: "gone-doc" } }))).toEqual({ kind: "missing" });
  });

  it("drafts only in draft mode", async () => {
    const cms = { drafts: { "draft-only": "d3" } };
    expect(await resolveReleaseAddress("draft-only", "en", reads(cms))).toEqual({ kind: "missing" });
    expect(await resolveReleaseAddress("draft-only", "en", reads(cms, true))).toMatchObject({ kind: "release", draft: true });
    const r = reads(cms);
    await resolveReleaseAddress("draft-only", "en", r);
    expect(r.calls).not.toContain("draft");
  });

  it("a CMS outage is an error, never missing or withdrawn", async () => {
    await expect(resolveReleaseAddress("x", "en", reads({ down: true }))).rejects.toBeInstanceOf(CmsUnavailableError);
    await expect(resolveReleaseAddress("x", "en", reads({ down: true }, true))).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});
