import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PressReleaseSummary } from "@newsroom/content";
import { Dateline } from "./Dateline";
import { Picture } from "@/features/site/Picture";

/** One release in a list: type, linked title, dateline, lead and picture. */
export async function PressReleaseCard({
  release,
  headingLevel = 3,
  featured = false,
}: {
  release: PressReleaseSummary;
  headingLevel?: 2 | 3;
  featured?: boolean;
}) {
  const t = await getTranslations("PressRelease");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // On phones a card in a list is a line of text with a small picture beside it, so the
  // headlines come first; the featured one keeps its picture above.
  const thumbnail = featured ? "" : "max-sm:col-start-2 max-sm:row-start-1";
  return (
    <article
      className={`group relative flex flex-col gap-4 focus-within:outline-2 focus-within:outline-offset-4 focus-within:outline-focus ${featured ? "md:grid md:grid-cols-2 md:items-start md:gap-8" : "max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_7rem] max-sm:items-start"}`}
    >
      {/* The picture is decorative (alt=""): the linked headline names the card. A release
          without one gets a tinted panel of the same shape, so cards in a grid line up. */}
      {release.heroImage ? (
        <div className={`order-first overflow-hidden bg-brand-50 ${thumbnail}`}>
          <Picture
            src={release.heroImage.src}
            alt=""
            // The featured picture is the home page's largest paint: loaded first, never lazily.
            priority={featured}
            width={release.heroImage.width ?? 1600}
            height={release.heroImage.height ?? 900}
            sizes={
              featured
                ? "(min-width: 1152px) 34rem, (min-width: 768px) 50vw, 100vw"
                : "(min-width: 1152px) 22rem, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 7rem"
            }
            className="aspect-[16/9] h-auto w-full object-cover"
          />
        </div>
      ) : (
        <div aria-hidden="true" className={`card-placeholder order-first flex aspect-[16/9] items-end bg-brand-50 p-4 ${thumbnail}`}>
          <span className="font-serif text-2xl font-semibold text-brand-900/70 max-sm:hidden">
            {t(`documentType.${release.documentType}`)}
          </span>
        </div>
      )}
      <div className={`flex flex-col gap-2 ${featured ? "" : "max-sm:col-start-1 max-sm:row-start-1"}`}>
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`documentType.${release.documentType}`)}</p>
        <Heading className={`font-serif font-semibold leading-snug text-ink ${featured ? "text-2xl md:text-3xl" : "text-xl"}`}>
          {/* next/link: the release opens without a full page load (its RSC payload comes from the proxy's cache). */}
          <Link
            href={`/${release.locale}/news/${release.slug}`}
            className="after:absolute after:inset-0 hover:underline focus-visible:outline-none"
          >
            {release.title}
          </Link>
        </Heading>
        <Dateline dateline={release.dateline} className="text-sm text-ink-muted" />
        <p className={`text-ink-soft ${featured ? "text-lg" : "line-clamp-4"}`}>{release.lead}</p>
      </div>
    </article>
  );
}
