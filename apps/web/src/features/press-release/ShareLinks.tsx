import { getTranslations } from "next-intl/server";

/** Plain share links (no third-party scripts, nothing loads until a reader clicks). */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { network: "email", href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { network: "x", href: `https://x.com/intent/post?text=${text}&url=${u}` },
    { network: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "linkedin", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "whatsapp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ] as const;
}

export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("Share");
  return (
    <section aria-labelledby="share" className="no-print">
      <h2 id="share" className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
        {t("heading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {shareTargets(url, title).map(({ network, href }) => (
          <li key={network}>
            <a
              href={href}
              rel="noopener noreferrer"
              target={network === "email" ? undefined : "_blank"}
              aria-label={t("via", { network: t(network) })}
              className="inline-block rounded border border-brand-700/40 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t(network)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
