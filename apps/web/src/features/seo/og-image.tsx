import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ReactElement } from "react";

/**
 * The generated share card of a release without an image of its own: title, dateline and
 * site name on the newsroom's colours, set in the site's own fonts (local .woff files, as
 * next/og reads neither woff2 nor the network). Text comes translated from the caller.
 */
export const OG_SIZE = { width: 1200, height: 630 };

const fontDir = path.join(process.cwd(), "src/fonts");

export async function ogFonts() {
  const [serif, sans, sansSemibold] = await Promise.all(
    ["source-serif-4-latin-600-normal.woff", "source-sans-3-latin-400-normal.woff", "source-sans-3-latin-600-normal.woff"].map((file) =>
      readFile(path.join(fontDir, file)),
    ),
  );
  if (!serif || !sans || !sansSemibold) throw new Error("share-image fonts missing in src/fonts");
  return [
    { name: "Source Serif 4", data: serif, weight: 600 as const, style: "normal" as const },
    { name: "Source Sans 3", data: sans, weight: 400 as const, style: "normal" as const },
    { name: "Source Sans 3", data: sansSemibold, weight: 600 as const, style: "normal" as const },
  ];
}

/** Long titles get a smaller size so that they fit in four lines. */
export function titleFontSize(title: string): number {
  if (title.length > 110) return 46;
  if (title.length > 70) return 56;
  return 66;
}

export function ShareCard({
  title,
  kind,
  place,
  date,
  siteName,
  lang,
}: {
  title: string;
  kind: string;
  place: string;
  date: string;
  siteName: string;
  lang: string;
}): ReactElement {
  return (
    <div
      lang={lang}
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#0e2d57",
        color: "#ffffff",
        padding: "64px 72px",
        fontFamily: "Source Sans 3",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 28, fontWeight: 600, letterSpacing: 2, textTransform: "uppercase", color: "#d7e5f5" }}>
          {kind}
        </div>
        <div
          style={{
            display: "flex",
            marginTop: 24,
            fontFamily: "Source Serif 4",
            fontWeight: 600,
            fontSize: titleFontSize(title),
            lineHeight: 1.15,
            maxHeight: 360,
            overflow: "hidden",
          }}
        >
          {title}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "flex-end",
          borderTop: "2px solid rgba(255,255,255,0.35)",
          paddingTop: 28,
          fontSize: 30,
        }}
      >
        <div style={{ display: "flex" }}>
          <span style={{ fontWeight: 600, textTransform: "uppercase", letterSpacing: 1 }}>{place}</span>
          <span style={{ margin: "0 14px" }}>—</span>
          <span>{date}</span>
        </div>
        <div style={{ display: "flex", fontWeight: 600 }}>{siteName}</div>
      </div>
    </div>
  );
}
