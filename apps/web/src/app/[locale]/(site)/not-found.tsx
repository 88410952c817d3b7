import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale } from "@newsroom/config";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";

// Rendered with status 404 whenever a page calls notFound().
export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("NotFound"), getLocale()]);
  return (
    <>
      {/* No such page in any language: the switcher leads to each language's newsroom. */}
      <PageHeader locale={isLocale(locale) ? locale : defaultLocale} versions={everyLanguage(paths.home)} />
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-6 py-24">
        <h1 className="font-serif text-3xl font-semibold text-brand-900">{t("title")}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t("body")}</p>
        <p className="mt-8">
          <a className="link font-semibold" href={`/${locale}`}>
            {t("backHome")}
          </a>
        </p>
      </main>
    </>
  );
}
