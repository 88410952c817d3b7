import { describe, expect, it } from "vitest";
import { everyLanguage, paths, releaseVersions, termVersions } from "@/features/seo/urls";
import { languageLinks } from "./LanguageSwitcher";

// The switcher's links come from the same versions as the page's hreflang alternates.
describe("language switcher links", () => {
  it("a translation with its own slug is linked by that slug; a missing language leads to its newsroom", () => {
    const release = { slug: "iom-and-peru", translations: [{ locale: "es", slug: "la-oim-y-el-peru" }] };
    expect(languageLinks(releaseVersions(release, "en"))).toEqual([
      { locale: "en", href: "/en/news/iom-and-peru", samePage: true },
      { locale: "es", href: "/es/news/la-oim-y-el-peru", samePage: true },
      { locale: "fr", href: "/fr", samePage: false },
    ]);
  });

  it("a term links each language's own slug, without the page number of the alternates", () => {
    const term = {
      slug: "perou",
      translations: [
        { locale: "en", slug: "peru" },
        { locale: "es", slug: "peru-es" },
      ],
    };
    expect(languageLinks(termVersions("country", term, "fr")).map((link) => link.href)).toEqual([
      "/en/countries/peru",
      "/es/countries/peru-es",
      "/fr/countries/perou",
    ]);
    expect(termVersions("country", term, "fr", 2)[0]?.path).toBe("/fr/countries/perou?page=2");
  });

  it("a page that exists in every language links the same page in each", () => {
    expect(languageLinks(everyLanguage(paths.listing))).toEqual([
      { locale: "en", href: "/en/news", samePage: true },
      { locale: "es", href: "/es/news", samePage: true },
      { locale: "fr", href: "/fr/news", samePage: true },
    ]);
  });
});
