import { ImageResponse } from "next/og";
import { getFormatter, getTranslations } from "next-intl/server";
import { isLocale } from "@newsroom/config";
import { isContentNotFound } from "@newsroom/content";
import { OG_SIZE, ogFonts, ShareCard } from "@/features/seo/og-image";
import { getPressRelease, getSiteSettings } from "@/lib/newsroom";

/**
 * The generated share card. generateMetadata in page.tsx names the editor's share image or
 * the hero image when there is one, and then Next.js leaves this file out of the page's tags.
 */
type Params = Promise<{ locale: string; slug: string }>;

/** One card per release; its alt text is the release's title, in the page's language. */
export async function generateImageMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return [];
  try {
    const release = await getPressRelease(slug, locale);
    return [{ id: "card", alt: release.title, size: OG_SIZE, contentType: "image/png" }];
  } catch (error) {
    if (isContentNotFound(error)) return [];
    throw error;
  }
}

export default async function Image({ params }: { params: Params }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  try {
    const [release, settings, format, t] = await Promise.all([
      getPressRelease(slug, locale),
      getSiteSettings(locale),
      getFormatter({ locale }),
      getTranslations({ locale, namespace: "PressRelease" }),
    ]);
    return new ImageResponse(
      <ShareCard
        lang={locale}
        title={release.title}
        kind={t(`documentType.${release.documentType}`)}
        place={release.dateline.place}
        date={format.dateTime(new Date(release.dateline.date), { dateStyle: "long", timeZone: "UTC" })}
        siteName={settings.siteName}
      />,
      { ...OG_SIZE, fonts: await ogFonts() },
    );
  } catch (error) {
    if (isContentNotFound(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
