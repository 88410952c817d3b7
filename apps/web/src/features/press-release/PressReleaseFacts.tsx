import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PressRelease, Term } from "@newsroom/content";
import { formatFileSize } from "@/lib/strings";
import { ShareLinks } from "./ShareLinks";
import { releaseDate } from "./dates";

export interface RelatedLink {
  slug: string;
  title: string;
  date: string;
}

function TermList({ label, terms, hrefFor }: { label: string; terms: Term[]; hrefFor: (slug: string) => string }) {
  if (terms.length === 0) return null;
  return (
    <div>
      <dt className="text-sm font-semibold uppercase tracking-wider text-ink-muted">{label}</dt>
      <dd className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {terms.map((term) => (
            <li key={term.slug}>
              <a
                href={hrefFor(term.slug)}
                className="inline-block rounded-full border border-brand-700/30 bg-brand-50 px-3 py-1 text-sm text-brand-900 hover:border-brand-700"
              >
                {term.name}
              </a>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** The side column: where and what the release is about, its documents and related news. */
export async function PressReleaseFacts({
  release,
  related,
  shareUrl,
}: {
  release: PressRelease;
  related: RelatedLink[];
  /** None under embargo: the public address does not exist yet, and nobody may share it. */
  shareUrl?: string | undefined;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("PressRelease"), getFormatter(), getLocale()]);
  return (
    <aside className="flex flex-col gap-8 lg:border-l lg:border-brand-900/10 lg:pl-8">
      <dl className="flex flex-col gap-6">
        <TermList label={t("countries")} terms={release.countries} hrefFor={(slug) => `/${release.locale}/countries/${slug}`} />
        <TermList label={t("regions")} terms={release.regions} hrefFor={(slug) => `/${release.locale}/regions/${slug}`} />
        <TermList label={t("themes")} terms={release.themes} hrefFor={(slug) => `/${release.locale}/themes/${slug}`} />
      </dl>

      {shareUrl ? <ShareLinks url={shareUrl} title={release.title} /> : null}

      {release.attachments.length > 0 ? (
        <section aria-labelledby="attachments">
          <h2 id="attachments" className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            {t("attachments")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {release.attachments.map((file) => (
              <li key={file.url}>
                <a className="link" href={file.url} download>
                  {file.name}
                </a>{" "}
                <span className="text-sm text-ink-muted">
                  ({(file.extension ?? file.mime).replace(/^\./, "").toUpperCase()}, {formatFileSize(file.sizeBytes, locale)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related" className="no-print">
          <h2 id="related" className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            {t("related")}
          </h2>
          <ul className="mt-2 flex flex-col gap-4">
            {related.map((item) => (
              <li key={item.slug}>
                <a className="link font-semibold" href={`/${release.locale}/news/${item.slug}`}>
                  {item.title}
                </a>
                <p className="text-sm text-ink-muted">
                  <time dateTime={item.date}>{releaseDate(format, item.date)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
