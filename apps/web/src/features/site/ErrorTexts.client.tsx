"use client";

import { createContext, use, type ReactNode } from "react";

export interface ErrorTexts {
  title: string;
  body: string;
  retry: string;
}

/**
 * The error pages' words, translated on the server and handed down as plain strings: the
 * error boundaries are the site's only client components that speak, and next-intl's client
 * runtime (its message formatter, about 12 KB gzip) would otherwise ship with every page.
 */
const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = use(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts outside ErrorTextsProvider ([locale]/layout.tsx)");
  return texts;
}
