import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { LinkNotValid, subscriptionsUnavailable } from "@/features/subscriptions/notices";
import { resolveLocale } from "@/lib/locale";
import { markPersonal } from "@/lib/request-outcome";

// Rendered per request: the page depends on its query (an error, a personal link's token).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

/**
 * The confirmation link leads here and a button confirms: a GET never confirms, so a mail
 * scanner that opens every link subscribes nobody.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  markPersonal();
  const token = (await searchParams).token;
  const t = await getTranslations("Subscriptions");
  const answer = typeof token === "string" ? await subscriptionsCms.confirmation(token) : undefined;
  if (answer?.kind === "unavailable") subscriptionsUnavailable(answer.reason);
  const body =
    answer?.kind !== "ok" || typeof token !== "string" ? (
      <LinkNotValid locale={locale} />
    ) : (
      <>
        <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("confirmTitle")}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t("confirmBody")}</p>
        <form method="post" action="/api/subscriptions/confirm" className="mt-6">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("confirmButton")}
          </button>
        </form>
      </>
    );
  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.home)} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12 sm:px-6">
        {body}
      </main>
    </>
  );
}
