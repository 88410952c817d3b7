import type { Locale } from "@newsroom/config";
import type { LanguageVersion } from "@/features/seo/urls";
import { getNavigation, getSiteSettings } from "@/lib/newsroom";
import { LanguageSwitcher, type PageKind } from "./LanguageSwitcher";
import { SiteHeader } from "./SiteHeader";

/**
 * The site header of one page, placed by the page itself: only the page knows its versions in
 * the other languages (a release's or a country's slug differs per language), and it states
 * them once, for its hreflang alternates and for this switcher alike. The menus and settings
 * are the layout's reads (React's cache() shares them within the render).
 */
export async function PageHeader({ locale, versions, kind }: { locale: Locale; versions: LanguageVersion[]; kind?: PageKind }) {
  const [navigation, settings] = await Promise.all([getNavigation(locale), getSiteSettings(locale)]);
  return (
    <SiteHeader
      locale={locale}
      items={navigation.header}
      settings={settings}
      languageSwitcher={<LanguageSwitcher current={locale} versions={versions} kind={kind} />}
    />
  );
}
