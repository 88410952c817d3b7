"use client";

import { ServiceUnavailable } from "@/features/site/ServiceUnavailable.client";

// Shown when even the site frame (menus, settings) cannot be loaded: the CMS is down and
// nothing is cached. The response status is 5xx, never 404.
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceUnavailable reset={reset} />;
}
