import { notFound, permanentRedirect } from "next/navigation";
import { paths } from "@/features/seo/urls";
import { resolveLocale } from "@/lib/locale";
import { resolveLegacyAddress } from "@/lib/newsroom";

// Rendered on first request and cached like every other page (ISR), so the 404 is complete
// HTML with its metadata in <head> and the proxy keeps it (and the redirect below).
export function generateStaticParams() {
  return [];
}

/**
 * Any other path inside a language: an address of the old newsroom that an imported release
 * had (/es/2021/08/…, /fr/news/press-release/…) answers 308 to its page; anything else gets
 * that language's 404 page (with menus), status 404.
 */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string; rest: string[] }> }) {
  const locale = await resolveLocale(params);
  const { rest } = await params;
  // Segments arrive decoded: encoded again, the path reads as the importer recorded it.
  const imported = await resolveLegacyAddress(`/${[locale, ...rest].map(encodeURIComponent).join("/")}`);
  if (imported) permanentRedirect(paths.release(imported.locale, imported.slug));
  notFound();
}
