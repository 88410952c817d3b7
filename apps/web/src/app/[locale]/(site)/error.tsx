"use client";

import { ServiceUnavailable } from "@/features/site/ServiceUnavailable.client";

// A page's content could not be loaded (CMS down or invalid answer); the menus still show.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceUnavailable reset={reset} />;
}
