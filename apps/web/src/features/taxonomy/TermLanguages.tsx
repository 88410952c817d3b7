import type { TaxonomyKind } from "@newsroom/content";
import { contentLanguageLinks, LanguageSwitcher, linksFromTranslations } from "@/features/site/LanguageSwitcher";
import { resolveLocale } from "@/lib/locale";
import { getTaxonomyTerm } from "@/lib/newsroom";
import { taxonomySegments } from "./TaxonomyPage";

// Country, region and theme slugs differ per language: link each language's own slug.
export async function TermLanguages({ kind, params }: { kind: TaxonomyKind; params: Promise<{ locale: string; slug: string }> }) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const segment = taxonomySegments[kind];
  const links = await contentLanguageLinks(async () => {
    const term = await getTaxonomyTerm(kind, slug, locale);
    return linksFromTranslations(
      { locale, href: `/${locale}/${segment}/${term.slug}` },
      term.translations.map((t) => ({ locale: t.locale, href: `/${t.locale}/${segment}/${t.slug}` })),
    );
  });
  return <LanguageSwitcher current={locale} links={links} />;
}
