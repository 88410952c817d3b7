import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import type { MenuItem, SiteSettings } from "@newsroom/content";
import { MenuEnhancer } from "./MenuEnhancer.client";
import { MenuLink } from "./MenuLink";
import { Picture } from "@/features/site/Picture";

/**
 * The organisation's logo from the site settings, else its name as text, beside the
 * newsroom's name. The logo is an editable image: its height is fixed, its width follows.
 */
function BrandMark({ settings }: { settings: SiteSettings }) {
  const { logo, organization } = settings;
  const LOGO_HEIGHT = 40;
  return (
    <>
      {logo ? (
        <Picture
          src={logo.src}
          alt={organization.name}
          height={LOGO_HEIGHT}
          width={logo.width && logo.height ? Math.round((logo.width / logo.height) * LOGO_HEIGHT) : LOGO_HEIGHT * 3}
          priority
          unoptimized={logo.src.endsWith(".svg")}
          className="h-10 w-auto shrink-0"
        />
      ) : null}
      <span className="flex min-w-0 flex-col">
        {/* From 640 px: on a phone the newsroom's name shares its row with the languages. */}
        {logo ? null : (
          <span className="text-xs font-semibold tracking-wide text-white/85 uppercase max-sm:hidden">{organization.name}</span>
        )}
        <span className="font-serif text-xl font-semibold sm:text-2xl">{settings.siteName}</span>
      </span>
    </>
  );
}

/**
 * Header with the CMS's two-level menu. Sub-menus and the phone menu are <details>
 * disclosures: they open with Enter/Space or a tap and work without JavaScript.
 */
export async function SiteHeader({
  locale,
  items,
  settings,
  languageSwitcher,
}: {
  locale: Locale;
  items: MenuItem[];
  settings: SiteSettings;
  languageSwitcher: ReactNode;
}) {
  const t = await getTranslations("Layout");
  const externalHint = t("opensExternal");

  return (
    <header className="site-header border-b border-brand-900/20 bg-brand-900 text-white">
      {/* Phones: brand and languages on one row, search across the next. Wider: one row,
          the brand on the left, news, search and languages on the right. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <a href={`/${locale}`} className="site-brand mr-auto flex min-w-0 items-center gap-3 leading-tight focus-visible:outline-white">
          <BrandMark settings={settings} />
          <span className="sr-only"> — {t("home")}</span>
        </a>
        <div className="header-tools order-last flex w-full items-center gap-3 sm:order-none sm:w-auto">
          <a href={`/${locale}/news`} className="shrink-0 rounded px-2 py-1 text-sm font-semibold whitespace-nowrap hover:bg-white/10">
            {t("allNews")}
          </a>
          <form method="get" action={`/${locale}/search`} role="search" className="flex min-w-0 flex-1 sm:flex-none">
            <label htmlFor="header-search" className="sr-only">
              {t("search")}
            </label>
            <input
              id="header-search"
              type="search"
              name="q"
              maxLength={200}
              placeholder={t("searchPlaceholder")}
              className="w-full min-w-0 rounded-l border border-white/40 bg-white px-2 py-1.5 text-sm text-ink placeholder:text-ink-muted sm:w-44 lg:w-52"
            />
            <button
              type="submit"
              className="rounded-r border border-l-0 border-white/40 bg-white/10 px-3 py-1.5 text-sm font-semibold hover:bg-white/20"
            >
              {t("search")}
            </button>
          </form>
        </div>
        <div className="header-tools">{languageSwitcher}</div>
      </div>

      {/* Phones and small tablets: one disclosure holding the whole menu. */}
      <nav aria-label={t("mainNavigation")} className="border-t border-white/15 md:hidden">
        <details className="mobile-menu group">
          <summary className="mx-auto flex max-w-6xl cursor-pointer list-none items-center gap-2 px-4 py-3 font-semibold sm:px-6">
            <span aria-hidden="true" className="text-lg leading-none group-open:hidden">
              ☰
            </span>
            <span aria-hidden="true" className="hidden text-lg leading-none group-open:inline">
              ✕
            </span>
            {t("menu")}
          </summary>
          <ul className="border-t border-white/15 bg-brand-950 px-4 pb-4 sm:px-6">
            {items.map((item) => (
              <li key={item.label} className="border-b border-white/10 py-2">
                {item.children.length > 0 ? (
                  <details className="group/sub">
                    <summary className="flex cursor-pointer list-none items-center justify-between py-1 font-semibold">
                      {item.label}
                      <span aria-hidden="true" className="transition-transform group-open/sub:rotate-180">
                        ▾
                      </span>
                    </summary>
                    {item.description ? <p className="mt-1 text-sm text-white/75">{item.description}</p> : null}
                    <ul className="mt-2 flex flex-col gap-1 pl-4">
                      {item.link ? (
                        <li>
                          <MenuLink
                            link={item.link}
                            externalHint={externalHint}
                            className="block py-1 underline-offset-4 hover:underline"
                          />
                        </li>
                      ) : null}
                      {item.children.map((child) => (
                        <li key={child.label}>
                          <MenuLink link={child} externalHint={externalHint} className="block py-1 underline-offset-4 hover:underline" />
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : item.link ? (
                  <MenuLink
                    link={item.link}
                    externalHint={externalHint}
                    className="block py-1 font-semibold underline-offset-4 hover:underline"
                  />
                ) : (
                  <span className="block py-1 font-semibold">{item.label}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      </nav>

      {/* Wider screens: a row of items, groups open a panel below. */}
      <nav aria-label={t("mainNavigation")} className="hidden border-t border-white/15 md:block">
        <ul className="mx-auto flex max-w-6xl flex-nowrap px-2 lg:gap-x-1 lg:px-4">
          {items.map((item) => (
            <li key={item.label} className="relative">
              {item.children.length > 0 ? (
                // One name: the browser keeps one panel open at a time, also without JavaScript.
                <details name="desktop-submenu" className="desktop-submenu group/sub">
                  <summary className="menu-item flex cursor-pointer list-none items-center gap-1 font-semibold whitespace-nowrap">
                    {item.label}
                    <span aria-hidden="true" className="text-xs transition-transform group-open/sub:rotate-180">
                      ▾
                    </span>
                  </summary>
                  <div className="absolute left-0 z-20 w-80 border border-brand-900/10 bg-white p-5 text-ink shadow-xl">
                    {item.description ? <p className="text-sm text-ink-soft">{item.description}</p> : null}
                    <ul className="mt-3 flex flex-col gap-1">
                      {item.link ? (
                        <li>
                          <MenuLink
                            link={item.link}
                            externalHint={externalHint}
                            className="block rounded px-2 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
                          />
                        </li>
                      ) : null}
                      {item.children.map((child) => (
                        <li key={child.label}>
                          <MenuLink
                            link={child}
                            externalHint={externalHint}
                            className="block rounded px-2 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
                          />
                        </li>
                      ))}
                    </ul>
                  </div>
                </details>
              ) : item.link ? (
                <MenuLink link={item.link} externalHint={externalHint} className="menu-item block font-semibold whitespace-nowrap" />
              ) : (
                <span className="menu-item block font-semibold whitespace-nowrap">{item.label}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <MenuEnhancer />
    </header>
  );
}
