import { getTranslations } from "next-intl/server";

/** Trail of links ending with the current page (not a link). */
export async function Breadcrumbs({ trail, current }: { trail: { label: string; href: string }[]; current: string }) {
  const t = await getTranslations("PressRelease");
  return (
    <nav aria-label={t("breadcrumb")} className="no-print text-sm text-ink-muted">
      <ol className="flex flex-wrap gap-2">
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a className="link" href={crumb.href}>
              {crumb.label}
            </a>
            <span aria-hidden="true" className="ml-2">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="line-clamp-1">
          {current}
        </li>
      </ol>
    </nav>
  );
}
