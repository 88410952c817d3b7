import { describe, expect, it } from "vitest";
import { buildPageMetadata, releaseShareImages, type PageSeo } from "./metadata";
import { release, SITE } from "./testing/fixtures";

function seo(overrides: Partial<PageSeo> = {}): PageSeo {
  return {
    siteUrl: SITE,
    siteName: "IOM Newsroom",
    locale: "es",
    title: "La OIM y el Perú",
    description: "Un seminario.",
    path: "/es/news/la-oim",
    versions: [
      { locale: "es", path: "/es/news/la-oim" },
      { locale: "en", path: "/en/news/iom" },
    ],
    images: [{ url: `${SITE}/uploads/a.jpg`, alt: "A", width: 1600, height: 900 }],
    feeds: [{ scope: { kind: "all" }, title: "IOM Newsroom" }],
    ...overrides,
  };
}

describe("page metadata", () => {
  it("canonical, hreflang with x-default, feeds, Open Graph and Twitter", () => {
    const metadata = buildPageMetadata(seo());
    expect(metadata.title).toBe("La OIM y el Perú");
    expect(metadata.alternates?.canonical).toBe(`${SITE}/es/news/la-oim`);
    expect(metadata.alternates?.languages).toEqual({
      en: `${SITE}/en/news/iom`,
      es: `${SITE}/es/news/la-oim`,
      "x-default": `${SITE}/en/news/iom`,
    });
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [{ url: `${SITE}/es/feeds/rss.xml`, title: "IOM Newsroom" }],
      "application/atom+xml": [{ url: `${SITE}/es/feeds/atom.xml`, title: "IOM Newsroom" }],
      "application/feed+json": [{ url: `${SITE}/es/feeds/feed.json`, title: "IOM Newsroom" }],
    });
    expect(metadata.openGraph).toMatchObject({
      siteName: "IOM Newsroom",
      locale: "es_ES",
      alternateLocale: ["en_GB"],
      url: `${SITE}/es/news/la-oim`,
      type: "website",
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "La OIM y el Perú", description: "Un seminario." });
    expect(metadata.robots).toBeUndefined();
  });

  it("articles carry their dates and themes; an editor's title is used as written; noindex when asked", () => {
    const metadata = buildPageMetadata(
      seo({
        absoluteTitle: "Custom | Sample",
        noIndex: true,
        article: {
          publishedTime: "2013-10-18T15:00:00.000Z",
          modifiedTime: "2013-10-20T00:00:00.000Z",
          section: "Comunicado",
          tags: ["Gobernanza", "Datos"],
        },
      }),
    );
    expect(metadata.title).toEqual({ absolute: "Custom | Sample" });
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2013-10-18T15:00:00.000Z",
      modifiedTime: "2013-10-20T00:00:00.000Z",
      tags: ["Gobernanza", "Datos"],
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it("without images the key is absent, so the generated card file applies", () => {
    const metadata = buildPageMetadata(seo({ images: undefined }));
    expect(metadata.openGraph && "images" in metadata.openGraph).toBe(false);
    expect(metadata.twitter && "images" in metadata.twitter).toBe(false);
  });

  it("an editor's canonical elsewhere wins", () => {
    expect(buildPageMetadata(seo({ canonicalUrl: "https://www.iom.int/news/x" })).alternates?.canonical).toBe("https://www.iom.int/news/x");
  });
});

describe("a release's share image", () => {
  const share = { src: "/uploads/share.png", alt: "Share", width: 1200, height: 630 };
  it("is the editor's share image, else the hero image, else none (the generated card)", () => {
    expect(
      releaseShareImages(
        release({ seo: { metaTitle: null, metaDescription: null, canonicalUrl: null, noIndex: false, shareImage: share } }),
        SITE,
      )?.[0]?.url,
    ).toBe(`${SITE}/uploads/share.png`);
    expect(releaseShareImages(release(), SITE)?.[0]).toEqual({
      url: `${SITE}/uploads/peru_hero.jpg`,
      alt: "A seminar room",
      width: 1600,
      height: 900,
    });
    expect(releaseShareImages(release({ heroImage: null }), SITE)).toBeUndefined();
  });
});
