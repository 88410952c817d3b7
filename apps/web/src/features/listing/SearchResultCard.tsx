import { getTranslations } from "next-intl/server";
import type { SearchHit } from "@newsroom/content";
import { Dateline } from "@/features/press-release/Dateline";
import { Highlighted } from "./Highlighted";

export async function SearchResultCard({ hit, locale }: { hit: SearchHit; locale: string }) {
  const t = await getTranslations("PressRelease");
  return (
    <article className="relative border-b border-brand-900/10 pb-6 focus-within:outline-2 focus-within:outline-offset-4 focus-within:outline-focus">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`documentType.${hit.documentType}`)}</p>
      <h2 className="mt-1 font-serif text-xl font-semibold text-ink">
        <a href={`/${locale}/news/${hit.slug}`} className="after:absolute after:inset-0 hover:underline focus-visible:outline-none">
          <Highlighted text={hit.title} ranges={hit.highlights.title} />
        </a>
      </h2>
      <Dateline dateline={hit.dateline} className="mt-1 text-sm text-ink-muted" />
      <p className="mt-2 text-ink-soft">{hit.excerpt ? <Highlighted text={hit.excerpt} ranges={hit.highlights.excerpt} /> : hit.lead}</p>
    </article>
  );
}
