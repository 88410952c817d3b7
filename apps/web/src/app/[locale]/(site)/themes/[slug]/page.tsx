import type { Metadata } from "next";
import { termPageMetadata } from "@/features/seo/page-metadata";
import { TaxonomyPage, type SearchParams } from "@/features/taxonomy/TaxonomyPage";
import { resolveLocale } from "@/lib/locale";

// Paginated by ?page, so rendered per request; the CMS reads behind it are cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return termPageMetadata("theme", (await params).slug, locale, await searchParams);
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  return <TaxonomyPage kind="theme" slug={(await params).slug} locale={locale} searchParams={await searchParams} />;
}
