import { contentLanguageLinks, LanguageSwitcher, linksFromTranslations, samePathInEveryLanguage } from "@/features/site/LanguageSwitcher";
import { resolveLocale } from "@/lib/locale";
import { resolvePressReleaseAddress } from "@/lib/newsroom";

// A release offers only the languages it is translated into (same request as the page).
export default async function PressReleaseLanguages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const links = await contentLanguageLinks(async () => {
    const address = await resolvePressReleaseAddress(slug, locale);
    if (address.kind !== "release") return samePathInEveryLanguage((code) => `/${code}`);
    const release = address.release;
    return linksFromTranslations(
      { locale, href: `/${locale}/news/${release.slug}` },
      release.translations.map((t) => ({ locale: t.locale, href: `/${t.locale}/news/${t.slug}` })),
    );
  });
  return <LanguageSwitcher current={locale} links={links} />;
}
