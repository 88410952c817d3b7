import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { layoutMetadata } from "@/features/seo/page-metadata";
import { ErrorTextsProvider } from "@/features/site/ErrorTexts.client";
import { resolveLocale } from "@/lib/locale";
import { sourceSans, sourceSerif } from "../fonts";

// Pages are rendered on first request and then served from the cache, refreshed in the
// background: `next build` never needs the CMS.
export function generateStaticParams() {
  return [];
}

// The title template with the site name, metadataBase and feed links (features/seo).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return layoutMetadata(await resolveLocale(params));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  // Client components only need the error texts; everything else renders on the server.
  const t = await getTranslations({ locale, namespace: "Error" });
  return (
    <html lang={locale} className={`${sourceSans.variable} ${sourceSerif.variable}`}>
      <body className="flex min-h-screen flex-col">
        <ErrorTextsProvider texts={{ title: t("title"), body: t("body"), retry: t("retry") }}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
