import { getTranslations } from "next-intl/server";

/** Which page numbers to show: first, last, and a window around the current one. */
export function pageWindow(current: number, count: number): (number | "gap")[] {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) result.push("gap");
    result.push(page);
  });
  return result;
}

export async function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Listing");
  const item = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-2 font-semibold";
  return (
    <nav aria-label={t("pagination")} className="no-print mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <a href={href(page - 1)} rel="prev" className={`${item} border-brand-700/40 text-brand-800 hover:bg-brand-50`}>
              ← {t("previous")}
            </a>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={entry}>
              <a
                href={href(entry)}
                aria-current={entry === page ? "page" : undefined}
                aria-label={t("pageN", { page: entry })}
                className={`${item} ${entry === page ? "border-brand-800 bg-brand-800 text-white" : "border-brand-700/40 text-brand-800 hover:bg-brand-50"}`}
              >
                {entry}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <a href={href(page + 1)} rel="next" className={`${item} border-brand-700/40 text-brand-800 hover:bg-brand-50`}>
              {t("next")} →
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
