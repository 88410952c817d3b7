import { getTranslations } from "next-intl/server";
import { localeNames, locales, type Locale } from "@newsroom/config";
import type { LanguageVersion } from "@/features/seo/urls";

export interface LanguageLink {
  locale: Locale;
  href: string;
  /** False when the page has no version in that language: the link leads to its newsroom. */
  samePage: boolean;
}

/** What the page is, for the notice of a language it is not available in. */
export type PageKind = "release" | "page";

const linkClass =
  "block cursor-pointer rounded px-2 py-1 text-white/90 hover:bg-white/10 aria-[current=true]:bg-white aria-[current=true]:text-brand-900";

/**
 * Languages for the current page: its real translations. A language the page does not exist
 * in is a disclosure that says so, in that language, and offers that language's newsroom:
 * the reader is never sent silently to another page. It works without JavaScript.
 */
export async function LanguageSwitcher({
  current,
  versions,
  kind = "page",
}: {
  current: Locale;
  versions: LanguageVersion[];
  kind?: PageKind;
}) {
  const t = await getTranslations("Languages");
  const links = languageLinks(versions);
  // A missing language speaks for itself: its notice is in that language.
  const notices = await Promise.all(
    links.map(async (link) => {
      if (link.samePage) return null;
      const there = await getTranslations({ locale: link.locale, namespace: "Languages" });
      const language = localeNames[link.locale];
      return {
        unavailable: there(kind === "release" ? "releaseUnavailable" : "pageUnavailable", { language }),
        newsroom: there("newsroomIn", { language }),
      };
    }),
  );
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="flex gap-1 text-sm">
        {links.map((link, index) => {
          const name = localeNames[link.locale];
          // The code below 1024 px, where three names do not fit beside the brand and search.
          const label = (
            <>
              <span aria-hidden="true" className="lg:hidden">
                {link.locale.toUpperCase()}
              </span>
              <span className="max-lg:sr-only">{name}</span>
            </>
          );
          const notice = notices[index];
          if (!notice)
            return (
              <li key={link.locale}>
                <a
                  href={link.href}
                  lang={link.locale}
                  hrefLang={link.locale}
                  aria-current={link.locale === current ? "true" : undefined}
                  data-same-page="true"
                  className={linkClass}
                >
                  {label}
                </a>
              </li>
            );
          return (
            <li key={link.locale} className="relative">
              <details name="language-unavailable" className="language-unavailable group/lang" lang={link.locale}>
                <summary className={`${linkClass} list-none group-open/lang:bg-white group-open/lang:text-brand-900`}>
                  {label}
                  <span className="sr-only"> — {notice.unavailable}</span>
                </summary>
                <div className="absolute right-0 z-30 mt-1 w-64 rounded border border-brand-900/10 bg-white p-4 text-ink shadow-xl">
                  <p>{notice.unavailable}</p>
                  <a href={link.href} hrefLang={link.locale} data-same-page="false" className="link mt-2 inline-block font-semibold">
                    {notice.newsroom}
                  </a>
                </div>
              </details>
            </li>
          );
        })}
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
