import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/features/site/SiteFooter";
import { SiteHeader } from "@/features/site/SiteHeader";
import { resolveLocale } from "@/lib/locale";
import { getNavigation, getSiteSettings } from "@/lib/newsroom";

export default async function SiteLayout({ children, languages, params }: { children: ReactNode; languages: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [navigation, settings, t] = await Promise.all([getNavigation(locale), getSiteSettings(locale), getTranslations("Layout")]);
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 bg-white px-4 py-2 font-semibold text-brand-900 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader locale={locale} items={navigation.header} settings={settings} languageSwitcher={languages} />
      {children}
      <SiteFooter items={navigation.footer} settings={settings} />
    </>
  );
}
