"use client";

import { useLocale, useTranslations } from "next-intl";
import { localeNames, locales } from "@newsroom/config";

// The switcher could not load the page's translations (the page itself shows the outage):
// offer each language's newsroom, without a second error page inside the header.
export default function LanguagesError() {
  const t = useTranslations("Languages");
  const current = useLocale();
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="flex gap-1 text-sm">
        {locales.map((code) => (
          <li key={code}>
            <a
              href={`/${code}`}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? "true" : undefined}
              className="block rounded px-2 py-1 text-white/90 hover:bg-white/10 aria-[current=true]:bg-white aria-[current=true]:text-brand-900"
            >
              {localeNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
