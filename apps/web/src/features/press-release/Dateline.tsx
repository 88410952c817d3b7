import { getFormatter } from "next-intl/server";
import type { Dateline as DatelineData } from "@newsroom/content";
import { releaseDate } from "./dates";

/** "Peru — 18 October 2013": the wire-style place and date line. */
export async function Dateline({ dateline, className }: { dateline: DatelineData; className?: string }) {
  const format = await getFormatter();
  return (
    <p className={className}>
      <span className="font-semibold uppercase tracking-wide">{dateline.place}</span>
      {" — "}
      <time dateTime={dateline.date}>{releaseDate(format, dateline.date)}</time>
    </p>
  );
}
