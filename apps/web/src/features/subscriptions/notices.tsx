import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@newsroom/config";
import { paths } from "@/features/seo/urls";
import { markCmsUnavailable, markGone } from "@/lib/request-outcome";

/** A used, expired, forged or ended link: 410, and the way back to the form. */
export async function LinkNotValid({ locale }: { locale: Locale }) {
  markGone();
  const t = await getTranslations("Subscriptions");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("linkInvalidTitle")}</h1>
      <p className="mt-4 text-lg text-ink-soft">{t("linkInvalidBody")}</p>
      <p className="mt-6">
        <Link href={paths.subscribe(locale)} className="link font-semibold">
          {t("subscribeAgain")}
        </Link>
      </p>
    </>
  );
}

/**
 * The CMS is down or has no mail set up: an outage, never "not valid". Thrown as an error so
 * the reader gets the site's 503 page and the operator a log line with the reason.
 */
export function subscriptionsUnavailable(reason: string): never {
  markCmsUnavailable();
  throw new Error(`subscriptions are unavailable: ${reason}`);
}
