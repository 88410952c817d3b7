import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, graph, newsArticleJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd } from "./json-ld";
import { settings, SITE } from "./testing/fixtures";

describe("JSON-LD", () => {
  it("a title containing </script> cannot end the script element, and parses back unchanged", () => {
    const title = `Breaking </script><script>alert("x")</script> <!-- & \u2028`;
    const data = graph([breadcrumbJsonLd([{ name: title, url: `${SITE}/en` }])]);
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain("<!--");
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(data);
  });

  it("a NewsArticle has what the issue asks for", () => {
    const article = newsArticleJsonLd(
      {
        headline: "H",
        description: "D",
        url: `${SITE}/fr/news/x`,
        datePublished: "2013-10-18T15:00:00.000Z",
        dateModified: "2013-10-19T15:00:00.000Z",
        images: [`${SITE}/uploads/a.jpg`],
        locale: "fr",
        dateline: { place: "Lima", country: "Pérou" },
        keywords: ["Migration"],
      },
      settings,
      SITE,
    );
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      headline: "H",
      description: "D",
      datePublished: "2013-10-18T15:00:00.000Z",
      dateModified: "2013-10-19T15:00:00.000Z",
      image: [`${SITE}/uploads/a.jpg`],
      inLanguage: "fr",
      locationCreated: { "@type": "Place", name: "Lima", address: { "@type": "PostalAddress", addressCountry: "Pérou" } },
      mainEntityOfPage: { "@type": "WebPage", "@id": `${SITE}/fr/news/x` },
      publisher: {
        "@type": "Organization",
        name: "International Organization for Migration",
        logo: { "@type": "ImageObject", url: `${SITE}/uploads/default_share.jpg` },
      },
    });
  });

  it("the organisation uses its logo when there is one", () => {
    const org = organizationJsonLd({ ...settings, logo: { src: "/uploads/logo.png", alt: "", width: 200, height: 60 } }, SITE);
    expect(org).toMatchObject({
      "@id": `${SITE}/#organization`,
      logo: { url: `${SITE}/uploads/logo.png`, width: "200", height: "60" },
      sameAs: ["https://x.com/UNmigration"],
    });
  });

  it("the website's SearchAction points at the site search in its language", () => {
    expect(webSiteJsonLd(settings, "es", SITE)).toMatchObject({
      "@type": "WebSite",
      url: `${SITE}/es`,
      inLanguage: "es",
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: `${SITE}/es/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });
});
