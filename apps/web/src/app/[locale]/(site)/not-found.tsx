import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale } from "@newsroom/config";
import { PressReleaseCard } from "@/features/press-release/PressReleaseCard";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { listPressReleases } from "@/lib/newsroom";

const LATEST_COUNT = 3;

// Rendered with status 404 whenever a page calls notFound(): where to go from here, a search
// box and the latest releases.
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const [t, tLayout, latest] = await Promise.all([
    getTranslations("NotFound"),
    getTranslations("Layout"),
    listPressReleases({ locale, page: 1, pageSize: LATEST_COUNT }),
  ]);
  return (
    <>
      {/* No such page in any language: the switcher leads to each language's newsroom. */}
      <PageHeader locale={locale} versions={everyLanguage(paths.home)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-16 sm:px-6">
        <div className="mx-auto max-w-2xl text-center">
          <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("title")}</h1>
          <p className="mt-4 text-lg text-ink-soft">{t("body")}</p>
          <form method="get" action={paths.search(locale)} role="search" className="mx-auto mt-8 flex max-w-lg gap-2">
            <label htmlFor="not-found-search" className="sr-only">
              {t("search")}
            </label>
            <input
              id="not-found-search"
              type="search"
              name="q"
              maxLength={200}
              className="block w-full min-w-0 rounded border border-ink-muted/60 bg-white px-3 py-2 text-lg text-ink"
            />
            <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              {tLayout("search")}
            </button>
          </form>
          <p className="mt-6">
            <a className="link font-semibold" href={paths.home(locale)}>
              {t("backHome")}
            </a>
          </p>
        </div>
        {latest.items.length > 0 ? (
          <section aria-labelledby="latest-releases" className="mt-16 border-t border-brand-900/15 pt-8">
            <h2 id="latest-releases" className="font-serif text-2xl font-semibold text-brand-900">
              {t("latest")}
            </h2>
            <ul className="mt-6 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
              {latest.items.map((release) => (
                <li key={release.id}>
                  <PressReleaseCard release={release} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </>
  );
}
