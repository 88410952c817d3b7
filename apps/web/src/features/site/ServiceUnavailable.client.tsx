"use client";

import { useErrorTexts } from "./ErrorTexts.client";

/** "The news service is temporarily unavailable", with a retry; the server answers 503. */
export function ServiceUnavailable({ reset }: { reset: () => void }) {
  const t = useErrorTexts();
  return (
    <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-6 py-24">
      <h1 className="font-serif text-3xl font-semibold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-lg text-ink-soft">{t.body}</p>
      <button type="button" onClick={reset} className="mt-8 rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        {t.retry}
      </button>
    </main>
  );
}
