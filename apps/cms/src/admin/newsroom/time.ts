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

/** A time as a `datetime-local` input shows it: the editor's wall clock, to the minute. */
export function toLocalInput(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(time.getFullYear())}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A `datetime-local` value (the editor's wall clock) as the instant it names, or undefined. */
export function fromLocalInput(value: string): Date | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value)) return undefined;
  // Without a zone, the Date constructor reads a date-time as local time: the editor's.
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
