import { getTranslations } from "next-intl/server";

/** "14 press releases" / "Page 2 of 3", announced politely when it changes. */
export async function ResultSummary({ total, page, pageCount }: { total: number; page: number; pageCount: number }) {
  const t = await getTranslations("Listing");
  return (
    <p role="status" className="text-ink-soft">
      <span className="font-semibold text-ink">{t("resultCount", { count: total })}</span>
      {pageCount > 1 ? <span> · {t("pageOf", { page, pageCount })}</span> : null}
    </p>
  );
}
