import { TermLanguages } from "@/features/taxonomy/TermLanguages";

export default function Languages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return <TermLanguages kind="theme" params={params} />;
}
