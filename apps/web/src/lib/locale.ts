import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@newsroom/config";
import { setRequestLocale } from "next-intl/server";

/** Narrows the [locale] route parameter; an unknown language is a 404, not an error. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Lets next-intl render this page statically (no request headers needed).
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see src/i18n/request.ts
  setRequestLocale(locale);
  return locale;
}
