import { LanguageSwitcher, samePathInEveryLanguage } from "@/features/site/LanguageSwitcher";
import { resolveLocale } from "@/lib/locale";

// Filters name taxonomy slugs of one language, so switching language starts unfiltered.
export default async function ListingLanguages({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return <LanguageSwitcher current={locale} links={samePathInEveryLanguage((code) => `/${code}/news`)} />;
}
