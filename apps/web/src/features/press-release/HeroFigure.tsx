import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { HeroImage } from "@newsroom/content";

export async function HeroFigure({ image }: { image: HeroImage }) {
  const t = await getTranslations("PressRelease");
  return (
    <figure className="hero-figure mt-8">
      <div className="overflow-hidden bg-brand-50">
        <Image
          src={image.src}
          alt={image.alt}
          width={image.width ?? 1600}
          height={image.height ?? 900}
          sizes="(min-width: 1280px) 56rem, 100vw"
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
