import type { Metadata } from "next";
import { TaxonomyPage, taxonomyMetadata, type SearchParams } from "@/features/taxonomy/TaxonomyPage";
import { resolveLocale } from "@/lib/locale";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return taxonomyMetadata("region", (await params).slug, locale);
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  return <TaxonomyPage kind="region" slug={(await params).slug} locale={locale} searchParams={await searchParams} />;
}
