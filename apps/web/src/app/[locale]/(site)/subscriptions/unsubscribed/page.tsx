import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { resolveLocale } from "@/lib/locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("unsubscribedTitle"), robots: { index: false, follow: true } };
}

export default async function UnsubscribedPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Subscriptions");
  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.unsubscribed)} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("unsubscribedTitle")}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t("unsubscribedBody")}</p>
        <p className="mt-6">
          <Link href={paths.subscribe(locale)} className="link font-semibold">
            {t("subscribeAgain")}
          </Link>
        </p>
      </main>
    </>
  );
}
