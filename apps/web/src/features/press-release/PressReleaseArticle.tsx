import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PressRelease } from "@newsroom/content";
import { Dateline } from "./Dateline";
import { releaseDate } from "./dates";
import { HeroFigure } from "./HeroFigure";
import { PressContacts } from "./PressContacts";
import { PressReleaseBody } from "./PressReleaseBody";
import { PressReleaseFacts, type RelatedLink } from "./PressReleaseFacts";

/**
 * A release as readers see it: the public page, and the embargoed page journalists see before
 * its time (the same article, so what they quote is what goes live). `children` follow it.
 */
export async function PressReleaseArticle({
  release,
  related,
  shareUrl,
  className,
  children,
}: {
  release: PressRelease;
  related: RelatedLink[];
  shareUrl?: string | undefined;
  className?: string;
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("PressRelease"), getFormatter()]);
  return (
    <article className={className} lang={release.locale}>
      <header className="max-w-4xl">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`documentType.${release.documentType}`)}</p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold text-brand-950 sm:text-4xl lg:text-5xl">{release.title}</h1>
        <Dateline dateline={release.dateline} className="mt-4 text-ink-soft" />
        {release.lastUpdatedAt ? (
          <p className="mt-1 text-sm text-ink-muted">{t("lastUpdated", { date: releaseDate(format, release.lastUpdatedAt) })}</p>
        ) : null}
      </header>

      {/* The first screen holds headline, dateline and lead; the picture follows the lead,
          in the text column (HeroFigure's sizes is that column's width). */}
      <div className="mt-6 grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <p className="release-lead max-w-[42rem] font-serif text-xl leading-relaxed text-ink">{release.lead}</p>
          {release.heroImage ? <HeroFigure image={release.heroImage} /> : null}
          <div className="mt-6">
            <PressReleaseBody blocks={release.body} />
          </div>
          <PressContacts contacts={release.pressContacts} />
        </div>
        <PressReleaseFacts release={release} related={related} shareUrl={shareUrl} />
      </div>
      {children}
    </article>
  );
}
