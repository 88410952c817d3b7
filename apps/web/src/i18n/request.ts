import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import { routing } from "./routing";

const messages: Record<Locale, typeof en> = { en, es, fr };

// requestLocale and setRequestLocale are next-intl's documented path for the [locale]
// segment below a pass-through root layout (kept for the global 404); moving to
// next/root-params means moving the root layout into [locale].
// eslint-disable-next-line @typescript-eslint/no-deprecated
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messages[locale], timeZone: "UTC" };
});
