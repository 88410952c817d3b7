"use client";

import { useSyncExternalStore } from "react";

// dateStyle/timeStyle cannot be combined with timeZoneName: the parts are spelled out.
const parts: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
};

// The reader's time zone does not change while the page is open: nothing to subscribe to.
const unchanging = () => () => {};

/**
 * A time in the reader's own time zone, with the zone's name: the server cannot know it, so
 * it renders UTC and the browser renders it again in its own zone after hydration (without
 * JavaScript the UTC time stays).
 */
export function LocalTime({ iso, locale, utc }: { iso: string; locale: string; utc: string }) {
  const text = useSyncExternalStore(
    unchanging,
    () => new Intl.DateTimeFormat(locale, parts).format(new Date(iso)),
    () => utc,
  );
  return <time dateTime={iso}>{text}</time>;
}
