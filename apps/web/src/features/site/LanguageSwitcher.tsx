import { getTranslations } from "next-intl/server";
import { localeNames, locales, type Locale } from "@newsroom/config";
import type { LanguageVersion } from "@/features/seo/urls";

export interface LanguageLink {
  locale: Locale;
  href: string;
  /** False when the page has no version in that language: the link leads to its newsroom. */
  samePage: boolean;
}

/** Languages for the current page: its real translations, else that language's newsroom. */
export async function LanguageSwitcher({ current, versions }: { current: Locale; versions: LanguageVersion[] }) {
  const t = await getTranslations("Languages");
  const links = languageLinks(versions);
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="flex gap-1 text-sm">
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              lang={link.locale}
              hrefLang={link.locale}
              aria-current={link.locale === current ? "true" : undefined}
              title={link.samePage ? undefined : t("newsroomIn", { language: localeNames[link.locale] })}
              data-same-page={link.samePage}
              className="block rounded px-2 py-1 text-white/90 hover:bg-white/10 aria-[current=true]:bg-white aria-[current=true]:text-brand-900"
            >
              {localeNames[link.locale]}
              {link.samePage ? null : <span className="sr-only"> — {t("newsroomIn", { language: localeNames[link.locale] })}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * One link per language: the page's own version in it (the versions its hreflang alternates
 * name, features/seo/urls.ts), else that language's newsroom.
 */
export function languageLinks(versions: LanguageVersion[]): LanguageLink[] {
  return locales.map((locale) => {
    const version = versions.find((entry) => entry.locale === locale);
    return version ? { locale, href: version.path, samePage: true } : { locale, href: `/${locale}`, samePage: false };
  });
}
