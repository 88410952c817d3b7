import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale } from "@newsroom/config";
import { paths } from "@/features/seo/urls";
import type { MenuItem, SiteSettings } from "@newsroom/content";
import { MenuLink } from "./MenuLink";

/** Networks' names are the same in every language; the sentence around them is not. */
const networkNames: Record<string, string> = {
  x: "X",
  twitter: "X",
  facebook: "Facebook",
  linkedin: "LinkedIn",
  youtube: "YouTube",
  instagram: "Instagram",
  flickr: "Flickr",
  tiktok: "TikTok",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
};

/**
 * "IOM on X", "OIM en X", "OIM sur X": the social links are one list for every language in
 * the CMS, so their label is written here, in the page's language; a network this list does
 * not know keeps the editor's label.
 */
function socialLabel(
  social: SiteSettings["socialLinks"][number],
  settings: SiteSettings,
  t: Awaited<ReturnType<typeof getTranslations<"Layout">>>,
): string {
  const network = networkNames[social.network.toLowerCase()];
  if (!network) return social.label;
  return t("socialOn", { organisation: settings.organization.alternateName ?? settings.organization.name, network });
}

export async function SiteFooter({ items, settings }: { items: MenuItem[]; settings: SiteSettings }) {
  const t = await getTranslations("Layout");
  const tAlerts = await getTranslations("Subscriptions");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const externalHint = t("opensExternal");
  const year = new Date().getUTCFullYear();
  return (
    <footer className="site-footer mt-16 bg-brand-950 text-white/90">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-3">
        <div className="md:col-span-1">
          <p className="font-serif text-xl font-semibold text-white">{settings.siteName}</p>
          {settings.footerText ? <p className="mt-3 text-sm leading-relaxed text-white/80">{settings.footerText}</p> : null}
        </div>
        <nav aria-label={t("footerNavigation")}>
          <ul className="flex flex-col gap-2">
            {items.map((item) => (
              <li key={item.label}>
                {item.link ? (
                  <MenuLink link={item.link} externalHint={externalHint} className="underline-offset-4 hover:underline" />
                ) : (
                  item.label
                )}
                {item.children.length > 0 ? (
                  <ul className="mt-1 flex flex-col gap-1 pl-4 text-sm">
                    {item.children.map((child) => (
                      <li key={child.label}>
                        <MenuLink link={child} externalHint={externalHint} className="underline-offset-4 hover:underline" />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-sm">
          <p className="mb-6">
            <a href={paths.subscribe(locale)} className="font-semibold text-white underline underline-offset-4">
              {tAlerts("navLink")}
            </a>
          </p>
          {settings.socialLinks.length > 0 ? (
            <>
              <p className="font-semibold text-white">{t("followUs")}</p>
              <ul className="mt-2 flex flex-col gap-1">
                {settings.socialLinks.map((social) => (
                  <li key={social.url}>
                    <a href={social.url} rel="noopener me" className="underline-offset-4 hover:underline">
                      {socialLabel(social, settings, t)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <address className="mt-6 not-italic text-white/80">
            {settings.organization.name}
            {settings.organization.address ? (
              <>
                <br />
                {settings.organization.address}
              </>
            ) : null}
          </address>
        </div>
      </div>
      <p className="border-t border-white/10 py-4 text-center text-xs text-white/70">
        © {year} {settings.organization.name}
      </p>
    </footer>
  );
}
