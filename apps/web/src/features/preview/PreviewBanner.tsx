import { getTranslations } from "next-intl/server";

/**
 * Shown on every page in draft mode (an editor's preview): says the page is not what readers
 * see and offers the way out. A plain link, so it works without JavaScript; the exit route
 * returns to the page it was followed from.
 */
export async function PreviewBanner() {
  const t = await getTranslations("Preview");
  return (
    <div role="region" aria-label={t("banner")} className="border-b-4 border-amber-500 bg-amber-100 text-amber-950" data-preview-banner="">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <strong className="font-semibold">{t("banner")}</strong>
        <span className="text-sm">{t("explanation")}</span>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler: a full navigation, never prefetched */}
        <a className="ml-auto font-semibold underline" href="/api/preview/exit">
          {t("exit")}
        </a>
      </p>
    </div>
  );
}
