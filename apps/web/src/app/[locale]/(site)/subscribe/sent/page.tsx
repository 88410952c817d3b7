import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { resolveLocale } from "@/lib/locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("sentTitle"), robots: { index: false, follow: true } };
}

/** After subscribing: the same words whether the address was new or subscribed already (nobody learns who is). */
export default async function SubscribeSentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Subscriptions");
  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.subscribeSent)} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("sentTitle")}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t("sentBody")}</p>
      </main>
    </>
  );
}
