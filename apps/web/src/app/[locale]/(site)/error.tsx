"use client";

import { ServiceUnavailable } from "@/features/site/ServiceUnavailable.client";
import { useHeaderForErrors } from "@/features/site/HeaderForErrors.client";

// A page's content could not be loaded (CMS down or invalid answer); the menus still show.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const header = useHeaderForErrors();
  return (
    <>
      {header}
      <ServiceUnavailable reset={reset} />
    </>
  );
}
