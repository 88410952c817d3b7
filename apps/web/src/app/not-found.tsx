import { defaultLocale } from "@newsroom/config";
import { sourceSans, sourceSerif } from "./fonts";

// For paths outside any language (rare: the proxy adds one). Real 404 status, plain page.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale} className={`${sourceSans.variable} ${sourceSerif.variable}`}>
      <body className="mx-auto max-w-2xl px-6 py-24">
        <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
        <p className="mt-4">
          <a className="link" href={`/${defaultLocale}`}>
            Go to the newsroom
          </a>
        </p>
      </body>
    </html>
  );
}
