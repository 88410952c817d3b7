import { getTranslations } from "next-intl/server";
import type { HeroImage } from "@newsroom/content";
import { Picture } from "@/features/site/Picture";

export async function HeroFigure({ image }: { image: HeroImage }) {
  const t = await getTranslations("PressRelease");
  return (
    <figure className="hero-figure mt-8 max-w-[48rem]">
      <div className="overflow-hidden bg-brand-50">
        <Picture
          src={image.src}
          alt={image.alt}
          width={image.width ?? 1600}
          height={image.height ?? 900}
          // The text column's width: 48rem at most, beside the 18rem side column from 1024 px.
          sizes="(min-width: 1152px) 48rem, (min-width: 1024px) calc(100vw - 24rem), (min-width: 640px) calc(100vw - 3rem), calc(100vw - 2rem)"
          priority
          className="h-auto w-full"
        />
      </div>
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-sm text-ink-muted">
          {image.caption}
          {image.caption && image.credit ? " " : null}
          {image.credit ? <span className="whitespace-nowrap">{t("photoCredit", { credit: image.credit })}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
