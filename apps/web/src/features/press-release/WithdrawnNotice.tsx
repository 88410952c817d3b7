import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@newsroom/config";
import type { WithdrawalNotice } from "@newsroom/content";
import { releaseDate } from "./dates";

/** The page of a withdrawn release (sent as 410 Gone): what it was, when, why, where to go. */
export async function WithdrawnNotice({ notice, locale }: { notice: WithdrawalNotice; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Withdrawn"), getFormatter()]);
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("label")}</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-brand-900">{t("heading")}</h1>
      <p className="mt-6 font-serif text-xl text-ink">{notice.title}</p>
      <p className="mt-2 text-ink-soft">{t("withdrawnOn", { date: releaseDate(format, notice.withdrawnAt) })}</p>
      {notice.reason ? (
        <div className="mt-6 border-l-4 border-brand-200 pl-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-ink-muted">{t("reason")}</h2>
          <p className="mt-1 text-lg whitespace-pre-line text-ink">{notice.reason}</p>
        </div>
      ) : null}
      <p className="mt-10">
        <a className="link font-semibold" href={`/${locale}`}>
          {t("backHome")}
        </a>
      </p>
    </main>
  );
}
