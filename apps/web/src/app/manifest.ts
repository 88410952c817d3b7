import type { MetadataRoute } from "next";
import { defaultLocale } from "@newsroom/config";
import { getSiteSettings } from "@/lib/newsroom";

// The newsroom's name is the CMS's: rendered on request (next build never needs the CMS),
// over the cached settings read.
export const dynamic = "force-dynamic";

/** The web app manifest (/manifest.webmanifest): name, colours and icons for a home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const settings = await getSiteSettings(defaultLocale);
  return {
    name: settings.siteName,
    short_name: settings.organization.alternateName ?? settings.siteName,
    description: settings.tagline ?? undefined,
    start_url: "/",
    display: "browser",
    background_color: "#fbfaf8",
    theme_color: "#0e2d57",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
