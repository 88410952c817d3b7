import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { subscriptionChoicesSchema } from "@newsroom/contract";
import { Breadcrumbs } from "@/features/listing/Breadcrumbs";
import { everyLanguage, paths } from "@/features/seo/urls";
import { PageHeader } from "@/features/site/PageHeader";
import { subscriptionsConfigured } from "@/features/subscriptions/cms";
import { subscribeErrors, type SubscribeError } from "@/features/subscriptions/form-data";
import { SubscriptionForm } from "@/features/subscriptions/SubscriptionForm";
import { resolveLocale } from "@/lib/locale";
import { listTaxonomyTerms } from "@/lib/newsroom";
import { markRefused } from "@/lib/request-outcome";

// Rendered per request: the page depends on its query (an error, a personal link's token).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Subscriptions" });
  return { title: t("title"), description: t("intro"), alternates: { canonical: paths.subscribe(locale) } };
}

const errorMessages: Record<SubscribeError, "errorEmail" | "errorChoices" | "errorTooMany" | "unavailable"> = {
  email: "errorEmail",
  choices: "errorChoices",
  "too-many": "errorTooMany",
  unavailable: "unavailable",
};

/**
 * The subscribe form. After a refused submission (/api/subscriptions redirects back here with
 * ?error=…), the page says why with status 400, and keeps the choices (never the address: it
 * does not travel in URLs).
 */
export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const error = subscribeErrors.find((code) => code === raw.error);
  if (error && error !== "unavailable") markRefused();
  const kept = subscriptionChoicesSchema.safeParse(raw);
  const [t, tHome, countries, regions, themes] = await Promise.all([
    getTranslations("Subscriptions"),
    getTranslations("Home"),
    listTaxonomyTerms("country", locale),
    listTaxonomyTerms("region", locale),
    listTaxonomyTerms("theme", locale),
  ]);
  const available = subscriptionsConfigured();
  return (
    <>
      <PageHeader locale={locale} versions={everyLanguage(paths.subscribe)} />
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 sm:px-6">
        <Breadcrumbs trail={[{ label: tHome("title"), href: paths.home(locale) }]} current={t("title")} />
        <h1 className="mt-4 font-serif text-3xl font-semibold text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-ink-soft">{t("intro")}</p>
        {error || !available ? (
          <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {t(errorMessages[error ?? "unavailable"])}
          </p>
        ) : null}
        {available ? (
          <SubscriptionForm
            locale={locale}
            action="/api/subscriptions"
            options={{ countries, regions, themes }}
            chosen={kept.success ? { ...kept.data, locale: typeof raw.locale === "string" ? raw.locale : locale } : undefined}
            submitLabel={t("submit")}
          />
        ) : null}
      </main>
    </>
  );
}
