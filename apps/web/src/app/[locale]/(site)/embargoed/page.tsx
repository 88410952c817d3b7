import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EMBARGO_BROWSER_COOKIE } from "@newsroom/contract";
import type { Locale } from "@newsroom/config";
import { browserKeyOf } from "@/features/embargo/browser-key";
import { embargoCms } from "@/features/embargo/cms";
import { LocalTime } from "@/features/embargo/LocalTime.client";
import { PressReleaseArticle } from "@/features/press-release/PressReleaseArticle";
import { paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { resolveLocale } from "@/lib/locale";
import { getPressReleaseDraftByDocumentId } from "@/lib/newsroom";
import { markCmsUnavailable, markGone, markPersonal, markRefused } from "@/lib/request-outcome";

// Per request and for the holder of the link only: the proxy passes it (newsroom.vcl), the server sends it private, no-store.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Embargo" });
  return { title: t("title"), robots: { index: false, follow: false, nocache: true }, referrer: "no-referrer" };
}

function utcText(iso: string, locale: Locale): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))} UTC`;
}

function Frame({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <>
      <PageHeader locale={locale} versions={[]} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}

/**
 * A journalist's personal link to a release under embargo (apps/cms/src/embargo): before its
 * time, the release with the banner "Embargoed until …" in the reader's time zone, in the
 * browser that opened the link first; once live, the public page. Never cached, never indexed,
 * never in a list, feed, sitemap or search: only this page reads the draft, by the link's word.
 */
export default async function EmbargoedPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  markPersonal();
  const token = (await searchParams).token;
  const t = await getTranslations("Embargo");
  const browserKey = browserKeyOf((await cookies()).get(EMBARGO_BROWSER_COOKIE)?.value);
  const userAgent = (await headers()).get("user-agent") ?? undefined;
  const answer = await embargoCms.view({ token: typeof token === "string" ? token : "", locale, browserKey, userAgent });
  if (answer.kind === "unavailable") {
    markCmsUnavailable();
    throw new Error(`embargoed links are unavailable: ${answer.reason}`);
  }
  if (answer.kind === "refused") {
    if (answer.status === 410) markGone();
    else markRefused(answer.status === 403 || answer.status === 404 ? answer.status : 400);
    return (
      <Frame locale={locale}>
        <div className="max-w-3xl py-8">
          <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("refusedTitle")}</h1>
          <p className="mt-4 text-lg text-ink-soft" data-testid="embargo-refusal">
            {answer.message}
          </p>
          <p className="mt-6">
            <Link href={paths.home(locale)} className="link font-semibold">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </Frame>
    );
  }
  const view = answer.data;
  if (view.status === "live") redirect(paths.release(locale, view.slug));
  if (view.status === "unopened" || view.status === "ending") {
    const until = <LocalTime iso={view.embargoedUntil} locale={locale} utc={utcText(view.embargoedUntil, locale)} />;
    return (
      <Frame locale={locale}>
        <div className="max-w-3xl py-8">
          <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">
            {t(view.status === "unopened" ? "openTitle" : "endingTitle")}
          </h1>
          {view.status === "unopened" ? (
            <>
              <p className="mt-4 text-lg text-ink-soft">{t.rich("openBody", { time: () => until })}</p>
              <form method="post" action="/api/embargo/open" className="mt-6">
                <input type="hidden" name="token" value={typeof token === "string" ? token : ""} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
                  {t("openButton")}
                </button>
              </form>
            </>
          ) : (
            <p className="mt-4 text-lg text-ink-soft">{t("endingBody")}</p>
          )}
        </div>
      </Frame>
    );
  }
  const release = await getPressReleaseDraftByDocumentId(view.documentId, locale);
  return (
    <Frame locale={locale}>
      <div role="note" className="mb-8 rounded border-l-8 border-red-800 bg-red-50 p-4 text-red-950 sm:p-6" data-testid="embargo-banner">
        <p className="text-xl font-bold">
          {t.rich("bannerTitle", {
            time: () => <LocalTime iso={view.embargoedUntil} locale={locale} utc={utcText(view.embargoedUntil, locale)} />,
          })}
        </p>
        <p className="mt-2">{t("bannerBody", { name: view.journalist.name, outlet: view.journalist.outlet })}</p>
      </div>
      <PressReleaseArticle release={release} related={[]} />
    </Frame>
  );
}
