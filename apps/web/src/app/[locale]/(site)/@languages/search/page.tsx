import { LanguageSwitcher, samePathInEveryLanguage } from "@/features/site/LanguageSwitcher";
import { parseSearchQuery } from "@/lib/listing-params";
import { resolveLocale } from "@/lib/locale";

// The same words are searched in the other language.
export default async function SearchLanguages({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await resolveLocale(params);
  const q = parseSearchQuery(await searchParams);
  const suffix = q ? `?${new URLSearchParams({ q }).toString()}` : "";
  return <LanguageSwitcher current={locale} links={samePathInEveryLanguage((code) => `/${code}/search${suffix}`)} />;
}
