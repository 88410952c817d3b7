import { LanguageSwitcher, samePathInEveryLanguage } from "@/features/site/LanguageSwitcher";
import { resolveLocale } from "@/lib/locale";

// Pages without their own switcher (home, 404): every language's newsroom.
export default async function LanguagesDefault({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return <LanguageSwitcher current={locale} links={samePathInEveryLanguage((code) => `/${code}`)} />;
}
