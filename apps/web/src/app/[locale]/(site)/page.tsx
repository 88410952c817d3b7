import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PressReleaseCard } from "@/features/press-release/PressReleaseCard";
import { JsonLd } from "@/features/seo/JsonLd";
import { homeJsonLd, homeMetadata } from "@/features/seo/page-metadata";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { resolveLocale } from "@/lib/locale";
import { getSiteSettings, listPressReleases } from "@/lib/newsroom";

type Props = { params: Promise<{ locale: string }> };

// Rendered on first request and cached (ISR) for as long as its CMS reads (REVALIDATE_SECONDS,
// src/lib/newsroom.ts), expired earlier by the webhook's tags: a `revalidate` here could only
// shorten that, never lengthen it.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await resolveLocale(params));
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const [latest, settings, t] = await Promise.all([
    listPressReleases({ locale, page: 1, pageSize: 13 }),
    getSiteSettings(locale),
    getTranslations("Home"),
  ]);
  const [featured, ...rest] = latest.items;

  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.home)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 sm:px-6">
        <JsonLd data={homeJsonLd(settings, locale)} />
        <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("title")}</h1>
        {settings.tagline ? <p className="mt-2 max-w-3xl text-lg text-ink-soft">{settings.tagline}</p> : null}

        {featured ? (
          <section aria-labelledby="latest" className="mt-10">
            <h2 id="latest" className="sr-only">
              {t("latest")}
            </h2>
            <PressReleaseCard release={featured} headingLevel={3} featured />
          </section>
        ) : (
          <p className="mt-10 text-lg">{t("empty")}</p>
        )}

        {rest.length > 0 ? (
          <section aria-labelledby="more-news" className="mt-14 border-t border-brand-900/15 pt-8">
            <h2 id="more-news" className="font-serif text-2xl font-semibold text-brand-900">
              {t("moreNews")}
            </h2>
            <ul className="mt-6 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
              {rest.map((release) => (
                <li key={release.id}>
                  <PressReleaseCard release={release} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {featured ? (
          <p className="mt-14 border-t border-brand-900/15 pt-8">
            <a
              href={paths.listing(locale)}
              className="inline-flex items-center gap-2 rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
            >
              {t("allReleases")} <span aria-hidden="true">→</span>
            </a>
          </p>
        ) : null}
      </main>
    </>
  );
}
