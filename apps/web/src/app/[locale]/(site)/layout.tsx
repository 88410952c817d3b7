import type { ReactNode } from "react";
import { draftMode } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PreviewBanner } from "@/features/preview/PreviewBanner";
import { everyLanguage, paths } from "@/features/seo/urls";
import { HeaderForErrorsProvider } from "@/features/site/HeaderForErrors.client";
import { PageHeader } from "@/features/site/PageHeader";
import { SiteFooter } from "@/features/site/SiteFooter";
import { resolveLocale } from "@/lib/locale";
import { getNavigation, getSiteSettings } from "@/lib/newsroom";
import { markDraft } from "@/lib/request-outcome";

/**
 * The site frame. The header is placed by each page (features/site/PageHeader.tsx), because its
 * language switcher names the page's own versions in the other languages; error pages get the
 * header given to HeaderForErrorsProvider.
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [navigation, settings, t, draft] = await Promise.all([
    getNavigation(locale),
    getSiteSettings(locale),
    getTranslations("Layout"),
    draftMode(),
  ]);
  // Draft mode (an editor's preview): the server sends this page as private, no-store.
  if (draft.isEnabled) markDraft();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 bg-white px-4 py-2 font-semibold text-brand-900 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t("skipToContent")}
      </a>
      {draft.isEnabled ? <PreviewBanner /> : null}
      <HeaderForErrorsProvider header={<PageHeader locale={locale} versions={everyLanguage(paths.home)} />}>
        {children}
      </HeaderForErrorsProvider>
      <SiteFooter items={navigation.footer} settings={settings} />
    </>
  );
}
