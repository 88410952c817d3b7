import { beforeAll, describe, expect, it } from "vitest";
import { createContentClient } from "../../src/client";
import { CmsUnavailableError, ContentNotFoundError } from "../../src/errors";
import type { BodyBlock } from "../../src/types";
import { documentTypes } from "@newsroom/contract";
import { contractEnv } from "./env";

/**
 * Contract test: the real client against the real, seeded Strapi (CMS_URL, CMS_READ_TOKEN).
 * Every response is validated by the client's schemas, so a field renamed or removed in the
 * CMS fails here (as a CmsResponseInvalidError naming the field, or a 400 for a populate key).
 */
const baseUrl = contractEnv.CMS_URL;
const token = contractEnv.CMS_READ_TOKEN;
const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";
const client = createContentClient({ baseUrl, token });

function plainText(blocks: BodyBlock[]): string {
  const walk = (node: unknown): string => {
    if (typeof node !== "object" || node === null) return "";
    if ("text" in node && typeof node.text === "string") return node.text;
    if ("children" in node && Array.isArray(node.children)) return node.children.map(walk).join("");
    return "";
  };
  return blocks.map(walk).join("\n");
}

beforeAll(() => {
  if (!baseUrl || !token) throw new Error("CMS_URL and CMS_READ_TOKEN must point at a running, seeded Strapi (npm test sets them)");
});

describe("press releases", () => {
  it("the Peru release comes back whole and word for word", async () => {
    const release = await client.getPressRelease(PERU_SLUG, "en");
    expect(release.title).toBe("IOM and the Government of Peru Commemorate Peruvians Living Abroad Day");
    expect(release.documentType).toBe("press-release");
    expect(release.dateline.place).toBe("Peru");
    expect(release.datelineCountry).toEqual({ name: "Peru", slug: "peru" });
    expect(release.lead).toMatch(/^As part of the commemoration of the Day of Peruvians Living Abroad/);
    const body = plainText(release.body);
    expect(body).toContain("IOM has been working with the Peruvian Government in strengthening its main areas of work on migration");
    expect(body).toContain(
      "In just a month and a half, since the Law of Economic and Social Reintegration of Returned Migrants was passed",
    );
    expect(body).toContain("The survey of 12,274 migrants also established that 49.3 per cent of respondents have permanent residence");
    expect(release.pressContacts).toEqual([
      expect.objectContaining({
        fullName: "Carolina Santos",
        office: "IOM Peru",
        email: "casantos@iom.int",
        phone: { display: "+51.1.221.7209", dial: "+5112217209" },
      }),
    ]);
    expect(release.countries.map((c) => c.slug)).toContain("peru");
    expect(release.themes.length).toBeGreaterThan(0);
    expect(release.heroImage?.src).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(release.heroImage?.alt).not.toBe("");
  });

  it("lists are newest first, paginated, filterable and complete", async () => {
    const first = await client.listPressReleases({ locale: "en", page: 1, pageSize: 5 });
    expect(first.total).toBeGreaterThanOrEqual(13);
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    expect(first.items[0]?.slug).toBe(PERU_SLUG);
    const dates = first.items.map((i) => i.dateline.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await client.listPressReleases({ locale: "en", page: 2, pageSize: 5 });
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    const peru = await client.listPressReleases({ locale: "en", country: "peru" });
    expect(peru.items.every((i) => i.countries.some((c) => c.slug === "peru"))).toBe(true);
    const all = await client.listPressReleases({ locale: "en", pageSize: 100 });
    expect(new Set(all.items.map((i) => i.documentType))).toEqual(new Set(documentTypes));
    expect(all.items.filter((i) => i.heroImage === null).length).toBeGreaterThanOrEqual(1);
    expect(new Set(all.items.flatMap((i) => i.countries.map((c) => c.slug))).size).toBeGreaterThanOrEqual(5);
  });

  it("a release that does not exist is 'not found'", async () => {
    await expect(client.getPressRelease("no-such-release-anywhere", "en")).rejects.toBeInstanceOf(ContentNotFoundError);
  });

  it("a release with attachments, related releases and SEO fields parses", async () => {
    const all = await client.listPressReleases({ locale: "en", pageSize: 100 });
    const full = await Promise.all(all.items.map((item) => client.getPressRelease(item.slug, "en")));
    expect(full.some((r) => r.attachments.length > 0 && r.attachments.every((a) => a.sizeBytes > 0 && a.mime === "application/pdf"))).toBe(
      true,
    );
    expect(full.some((r) => r.related.length > 0)).toBe(true);
    expect(full.some((r) => r.seo?.metaDescription)).toBe(true);
    expect(full.some((r) => r.body.some((b) => b.type === "quote"))).toBe(true);
    expect(full.some((r) => r.body.some((b) => b.type === "list"))).toBe(true);
    expect(full.some((r) => r.body.some((b) => b.type === "image"))).toBe(true);
  });
});

describe("search, taxonomy and contacts", () => {
  it("search ranks the Peru release first for its own words and returns excerpts", async () => {
    const results = await client.searchPressReleases({ locale: "en", q: "Peruvians living abroad" });
    expect(results.items[0]?.slug).toBe(PERU_SLUG);
    expect(results.terms).toEqual(["peruvians", "living", "abroad"]);
    expect(results.items[0]?.excerpt.length).toBeGreaterThan(20);
    const none = await client.searchPressReleases({ locale: "en", q: "zzzyxxq" });
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it("taxonomy terms come with their translations", async () => {
    const countries = await client.listTaxonomyTerms("country", "en");
    expect(countries.map((c) => c.slug)).toContain("peru");
    const peru = await client.getTaxonomyTerm("country", "perou", "fr");
    expect(peru.name).toBe("Pérou");
    expect(peru.translations).toEqual(expect.arrayContaining([{ locale: "en", slug: "peru" }]));
    await expect(client.getTaxonomyTerm("country", "peru", "fr")).rejects.toBeInstanceOf(ContentNotFoundError);
  });

  it("press contacts are found by country and by region", async () => {
    const byCountry = await client.listPressContacts({ locale: "en", country: "peru" });
    expect(byCountry.map((c) => c.fullName)).toContain("Carolina Santos");
    const byRegion = await client.listPressContacts({ locale: "en", region: "south-america" });
    expect(byRegion.map((c) => c.fullName)).toContain("Carolina Santos");
  });

  it("related releases share a country or theme and exclude the release itself", async () => {
    const related = await client.listRelatedPressReleases({
      locale: "en",
      slug: PERU_SLUG,
      countries: ["peru"],
      themes: ["migration-governance"],
      limit: 4,
    });
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((r) => r.slug)).not.toContain(PERU_SLUG);
  });

  it("filters by region, type and year, and lists publication years", async () => {
    const statements = await client.listPressReleases({ locale: "en", type: "statement", pageSize: 100 });
    expect(statements.items.every((i) => i.documentType === "statement")).toBe(true);
    // The seed's releases are all of 2013; a synthetic archive adds the 25 years before (1988–2012).
    const none = await client.listPressReleases({ locale: "en", year: contractEnv.SYNTHETIC_ARCHIVE ? 1950 : 1999 });
    expect(none.total).toBe(0);
    const years = await client.listPublicationYears("en");
    if (contractEnv.SYNTHETIC_ARCHIVE) {
      const oldest = years.at(-1) ?? 0;
      expect(oldest).toBeGreaterThanOrEqual(1988);
      expect(oldest).toBeLessThanOrEqual(1995);
      expect(years).toEqual(Array.from({ length: 2013 - oldest + 1 }, (_, i) => 2013 - i));
    } else expect(years).toEqual([2013]);
  });

  it("the Spanish Peru release links its English and French versions", async () => {
    const es = await client.getPressRelease(
      "la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
      "es",
    );
    expect(es.dateline.place).toBe("Perú");
    expect(es.translations.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
    expect(plainText(es.body)).toContain("12.274");
  });
});

describe("navigation and settings", () => {
  it("the header menu is the reference page's two-level navigation", async () => {
    const navigation = await client.getNavigation("en");
    expect(navigation.header.map((i) => i.label)).toEqual([
      "Who we are",
      "Our Work",
      "Where we work",
      "Take Action",
      "Data and Research",
      "2030 Agenda",
    ]);
    const children = (label: string) => navigation.header.find((i) => i.label === label)?.children.map((c) => c.label);
    expect(children("Our Work")).toEqual(["What We Do", "Partnerships", "Highlights"]);
    expect(children("Take Action")).toEqual(["Work with us", "Get involved"]);
    expect(navigation.footer.length).toBeGreaterThan(0);
  });

  it("site settings carry name and organisation", async () => {
    const settings = await client.getSiteSettings("en");
    expect(settings.siteName).not.toBe("");
    expect(settings.organization.name).toBe("International Organization for Migration");
  });
});

describe("addresses, old addresses, withdrawals and drafts", () => {
  it("a release is found by slug, then by document id, in each of its languages", async () => {
    const documentId = await client.findPressReleaseDocumentId(PERU_SLUG, "en");
    expect(documentId).toMatch(/^[A-Za-z0-9]+$/);
    const byDocument = await client.getPressReleaseByDocumentId(documentId ?? "", "en");
    expect(byDocument.slug).toBe(PERU_SLUG);
    expect(await client.getPressReleaseSlug(documentId ?? "", "es")).toBe(
      "la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
    );
    expect(await client.findPressReleaseDocumentId("no-such-release-anywhere", "en")).toBeNull();
  });

  it("slug redirects and withdrawal notices are readable with the site's token (none for an unknown slug)", async () => {
    expect(await client.findSlugRedirect("no-such-old-address", "en")).toBeNull();
    expect(await client.getWithdrawalNotice({ locale: "en", slug: "no-such-withdrawn-release" })).toBeNull();
    expect(await client.getWithdrawalNotice({ locale: "fr", documentId: "nosuchdocument" })).toBeNull();
  });

  it("drafts: the read-only token is refused, the preview token reads them", async () => {
    const readOnlyDrafts = createContentClient({ baseUrl, token, status: "draft" });
    await expect(readOnlyDrafts.getPressRelease(PERU_SLUG, "en")).rejects.toBeInstanceOf(CmsUnavailableError);
    const previewToken = contractEnv.CMS_PREVIEW_TOKEN;
    if (!previewToken) return;
    const drafts = createContentClient({ baseUrl, token: previewToken, status: "draft" });
    expect((await drafts.getPressRelease(PERU_SLUG, "en")).slug).toBe(PERU_SLUG);
  });
});

describe("failures", () => {
  it("a wrong token is 'unavailable', not 'not found'", async () => {
    const wrong = createContentClient({ baseUrl, token: "x".repeat(64) });
    await expect(wrong.getPressRelease(PERU_SLUG, "en")).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it("an unreachable CMS is 'unavailable', not 'not found'", async () => {
    const unreachable = createContentClient({ baseUrl: "http://127.0.0.1:9", token, timeoutMs: 2000 });
    await expect(unreachable.getPressRelease(PERU_SLUG, "en")).rejects.toBeInstanceOf(CmsUnavailableError);
  });
});
