import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import type { PressRelease, WithdrawalNotice } from "@newsroom/content";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { PressReleaseArticle } from "@/features/press-release/PressReleaseArticle";
import { WithdrawnNotice } from "@/features/press-release/WithdrawnNotice";
import { JsonLd } from "@/features/seo/JsonLd";
import { releaseJsonLd, releaseMetadata } from "@/features/seo/page-metadata";
import { everyLanguage, paths, releaseVersions } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { resolveLocale } from "@/lib/locale";
import { env } from "@/env";
import { getSiteSettings, listRelatedPressReleases, resolvePressReleaseAddress } from "@/lib/newsroom";
import { markGone } from "@/lib/request-outcome";

const RELATED_COUNT = 4;

type Props = { params: Promise<{ locale: string; slug: string }> };

type Loaded =
  | { locale: Locale; release: PressRelease; draft: boolean; notice?: undefined }
  | { locale: Locale; notice: WithdrawalNotice; release?: undefined };

/**
 * Rendered once per change (ISR) on first request and kept in the shared cache with its
 * status: 200, 308 to the current slug, 404, or 410 for a withdrawn release (server.mts
 * stores the 410 with the page, so cache hits keep it). The CMS webhook expires it by tag.
 * Its lifetime in Next's cache is that of its CMS reads (REVALIDATE_SECONDS, src/lib/newsroom.ts):
 * a page lives as long as its shortest-lived fetch, so no `revalidate` is set here; the proxy's
 * own lifetime is the Cache-Control of src/lib/request-outcome.ts.
 * In draft mode Next.js renders it per request instead. A CMS outage propagates to the
 * error page (503), which is never cached. No loading.tsx or Suspense here: the status is
 * known before the first byte.
 */
export function generateStaticParams() {
  return [];
}

async function loadPressRelease(params: Props["params"]): Promise<Loaded> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const address = await resolvePressReleaseAddress(slug, locale);
  if (address.kind === "missing") notFound();
  if (address.kind === "moved") permanentRedirect(paths.release(address.locale ?? locale, address.slug));
  if (address.kind === "withdrawn") return { locale, notice: address.notice };
  return { locale, release: address.release, draft: address.draft };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadPressRelease(params);
  if (loaded.notice) return { title: loaded.notice.title, robots: { index: false, follow: true } };
  const metadata = await releaseMetadata(loaded.release, loaded.locale);
  return loaded.draft ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}

export default async function PressReleasePage({ params }: Props) {
  const loaded = await loadPressRelease(params);
  if (loaded.notice) {
    markGone();
    return (
      <>
        <PageHeader locale={loaded.locale} versions={everyLanguage(paths.home)} />
        <WithdrawnNotice notice={loaded.notice} locale={loaded.locale} />
      </>
    );
  }
  const { locale, release } = loaded;
  const [tHome, tShare, tListing, sameSubject, settings] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Share"),
    getTranslations("Listing"),
    listRelatedPressReleases({
      locale,
      slug: release.slug,
      countries: release.countries.map((c) => c.slug),
      themes: release.themes.map((th) => th.slug),
      limit: RELATED_COUNT,
    }),
    getSiteSettings(locale),
  ]);
  // The editor's picks first, then the latest releases sharing a country or theme.
  const related = [...release.related, ...sameSubject.map((r) => ({ slug: r.slug, title: r.title, date: r.dateline.date }))]
    .filter((item, index, all) => all.findIndex((other) => other.slug === item.slug) === index)
    .slice(0, RELATED_COUNT);
  const pageUrl = new URL(`/${locale}/news/${release.slug}`, env.SITE_URL).href;

  return (
    <>
      {/* A release offers only the languages it is translated into. */}
      <PageHeader locale={locale} versions={releaseVersions(release, locale)} kind="release" />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        <JsonLd data={await releaseJsonLd(release, locale, settings)} />
        <Breadcrumbs
          trail={[
            { label: tHome("title"), href: `/${locale}` },
            { label: tListing("title"), href: `/${locale}/news` },
          ]}
          current={release.title}
        />

        <PressReleaseArticle release={release} related={related} shareUrl={pageUrl} className="mt-6">
          <p className="print-only mt-8 text-sm">
            {tShare("printedFrom")}: {pageUrl}
          </p>
        </PressReleaseArticle>
      </main>
    </>
  );
}
