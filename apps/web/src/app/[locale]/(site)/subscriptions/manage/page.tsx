import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { subscriptionsCms } from "@/features/subscriptions/cms";
import { LinkNotValid, subscriptionsUnavailable } from "@/features/subscriptions/notices";
import { SubscriptionForm } from "@/features/subscriptions/SubscriptionForm";
import { resolveLocale } from "@/lib/locale";
import { listTaxonomyTerms } from "@/lib/newsroom";
import { markPersonal } from "@/lib/request-outcome";

// Rendered per request: the page depends on its query (an error, a personal link's token).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("manageTitle"), robots: { index: false, follow: false } };
}

/** Change or end a subscription, from the signed link in every message: no account, no password. */
export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  markPersonal();
  const raw = await searchParams;
  const token = raw.token;
  const t = await getTranslations("Subscriptions");
  const answer = typeof token === "string" ? await subscriptionsCms.manage(token) : undefined;
  let body: React.ReactNode;
  if (answer?.kind === "unavailable") subscriptionsUnavailable(answer.reason);
  if (answer?.kind !== "ok" || typeof token !== "string") body = <LinkNotValid locale={locale} />;
  else {
    const [countries, regions, themes] = await Promise.all([
      listTaxonomyTerms("country", locale),
      listTaxonomyTerms("region", locale),
      listTaxonomyTerms("theme", locale),
    ]);
    const notice = raw.confirmed === "1" ? t("confirmedNotice") : raw.updated === "1" ? t("updatedNotice") : undefined;
    body = (
      <>
        <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("manageTitle")}</h1>
        {notice ? (
          <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
            {notice}
          </p>
        ) : null}
        <p className="mt-4 text-lg text-ink-soft">{t("manageFor", { email: answer.data.email })}</p>
        <SubscriptionForm
          locale={locale}
          action="/api/subscriptions/update"
          options={{ countries, regions, themes }}
          chosen={answer.data}
          token={token}
          submitLabel={t("save")}
        />
        <section className="mt-10 rounded border border-red-900/20 p-4 sm:p-6" aria-labelledby="unsubscribe-heading">
          <h2 id="unsubscribe-heading" className="text-xl font-semibold text-brand-900">
            {t("unsubscribeTitle")}
          </h2>
          <p className="mt-2 text-ink-soft">{t("unsubscribeBody")}</p>
          <form method="post" action="/api/subscriptions/unsubscribe" className="mt-4">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="pageLocale" value={locale} />
            <button type="submit" className="rounded border-2 border-red-800 px-5 py-2 font-semibold text-red-900 hover:bg-red-50">
              {t("unsubscribeButton")}
            </button>
          </form>
        </section>
      </>
    );
  }
  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.home)} />
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-12 sm:px-6">
        {body}
      </main>
    </>
  );
}
