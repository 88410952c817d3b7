import type { MenuLink as MenuLinkData } from "@newsroom/content";

/** A navigation link; internal hrefs already carry the language prefix. */
export function MenuLink({ link, className, externalHint }: { link: MenuLinkData; className?: string; externalHint: string }) {
  if (link.external) {
    return (
      <a href={link.href} className={className} rel="noopener">
        {link.label}
        <span className="sr-only"> {externalHint}</span>
      </a>
    );
  }
  return (
    <a href={link.href} className={className}>
      {link.label}
    </a>
  );
}
