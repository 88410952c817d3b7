import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { resolveLocale } from "@/lib/locale";
import { sourceSans, sourceSerif } from "../fonts";

// Pages are rendered on first request and then served from the cache, refreshed in the
// background: `next build` never needs the CMS.
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s" },
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  // Client components only need the error texts; everything else renders on the server.
  const { Error: errorMessages } = await getMessages();
  return (
    <html lang={locale} className={`${sourceSans.variable} ${sourceSerif.variable}`}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={{ Error: errorMessages }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
