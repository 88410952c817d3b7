import { getTranslations } from "next-intl/server";
import { localeNames, locales, type Locale } from "@newsroom/config";
import { isContentNotFound } from "@newsroom/content";

export interface LanguageLink {
  locale: Locale;
  href: string;
  /** False when the page has no version in that language: the link leads to its newsroom. */
  samePage: boolean;
}

/** Languages for the current page: its real translations, else that language's newsroom. */
export async function LanguageSwitcher({ current, links }: { current: Locale; links: LanguageLink[] }) {
  const t = await getTranslations("Languages");
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

/** Links for a page that exists in every language at the same path (home, listing, search). */
export function samePathInEveryLanguage(path: (locale: Locale) => string): LanguageLink[] {
  return locales.map((locale) => ({ locale, href: path(locale), samePage: true }));
}

/** Links for content that exists in some languages: translations, else the newsroom home. */
export function linksFromTranslations(current: { locale: Locale; href: string }, translations: { locale: string; href: string }[]): LanguageLink[] {
  return locales.map((locale) => {
    if (locale === current.locale) return { locale, href: current.href, samePage: true };
    const translation = translations.find((entry) => entry.locale === locale);
    return translation ? { locale, href: translation.href, samePage: true } : { locale, href: `/${locale}`, samePage: false };
  });
}

/**
 * Links for a content page; when the content does not exist (the page answers 404), each
 * language's newsroom. Other failures propagate, as they do for the page itself.
 */
export async function contentLanguageLinks(load: () => Promise<LanguageLink[]>): Promise<LanguageLink[]> {
  try {
    return await load();
  } catch (error) {
    if (isContentNotFound(error)) return samePathInEveryLanguage((code) => `/${code}`);
    throw error;
  }
}
