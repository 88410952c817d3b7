/** "Tue 1 Dec 2026, 15:00" in the editor's time zone (the browser's), and the zone's name. */
export function editorTime(time: Date, locale: string): { local: string; utc: string; zone: string } {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const options: Intl.DateTimeFormatOptions = {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  };
  return {
    local: new Intl.DateTimeFormat(locale, options).format(time),
    utc: new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(time),
    zone,
  };
}

/** A schedule value from the form (an ISO string, or null), as a time still to come. */
export function futureTime(value: unknown, now = Date.now()): Date | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) || time.getTime() <= now ? undefined : time;
}
