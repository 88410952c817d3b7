import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * next/image's optimised sources (srcset of /_next/image widths, AVIF/WebP) rendered as a
 * plain <img> on the server: next/image's own component is a client component and would
 * ship its code to every page (about 8 KB gzip) for pictures that never change after load.
 * `priority` (the picture a page is judged by: its LCP) preloads it and fetches it first.
 */
export function Picture({ priority = false, ...props }: Omit<ImageProps, "priority" | "loading"> & { priority?: boolean }) {
  const { props: image } = getImageProps({ ...props, loading: priority ? "eager" : "lazy" });
  if (priority && typeof image.src === "string") {
    preload(image.src, {
      as: "image",
      fetchPriority: "high",
      ...(image.srcSet ? { imageSrcSet: image.srcSet } : {}),
      ...(image.sizes ? { imageSizes: image.sizes } : {}),
    });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's props, alt included, computed above
  return <img {...image} {...(priority ? { fetchPriority: "high" as const } : {})} />;
}
