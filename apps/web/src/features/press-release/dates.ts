import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * The one way the newsroom writes a date: "18 October 2013", "18 de octubre de 2013" (the
 * language's long date), on cards, in datelines, the side column and notices alike.
 */
export function releaseDate(format: Formatter, date: string | Date): string {
  return format.dateTime(typeof date === "string" ? new Date(date) : date, { dateStyle: "long" });
}
