import localFont from "next/font/local";

// Local files (see src/fonts/README.md): builds never reach out to a font service.
export const sourceSans = localFont({
  src: [
    { path: "../fonts/source-sans-3-latin-wght-normal.woff2", style: "normal", weight: "200 900" },
    { path: "../fonts/source-sans-3-latin-ext-wght-normal.woff2", style: "normal", weight: "200 900" },
    { path: "../fonts/source-sans-3-latin-wght-italic.woff2", style: "italic", weight: "200 900" },
  ],
  variable: "--font-source-sans",
  display: "swap",
});

export const sourceSerif = localFont({
  src: [{ path: "../fonts/source-serif-4-latin-wght-normal.woff2", style: "normal", weight: "200 900" }],
  variable: "--font-source-serif",
  display: "swap",
});
