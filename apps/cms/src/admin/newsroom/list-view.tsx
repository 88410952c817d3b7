import type { ListFieldLayout, ListLayout } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";

/** The content manager's hook for a list's columns (HOOKS.INJECT_COLUMN_IN_TABLE). */
export const LIST_COLUMNS_HOOK = "Admin/CM/pages/ListView/inject-column-in-table";

interface ListColumns {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

function ShortTime({ value }: { value: unknown }) {
  const { formatDate } = useIntl();
  const time = typeof value === "string" && value !== "" ? new Date(value) : undefined;
  if (!time || Number.isNaN(time.getTime())) return <span>-</span>;
  const text = formatDate(time, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return <time dateTime={time.toISOString()}>{text}</time>;
}

/**
 * Dates in lists as "1 Dec 2026, 23:15" instead of "Tuesday, December 1, 2026 at 11:15 PM":
 * with Strapi's wide "Available in" column, the long form pushed Status out of a 1440 px window.
 */
export function compactListDates({ displayedHeaders, layout }: ListColumns): ListColumns {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute.type === "datetime"
        ? { ...header, cellFormatter: (row) => <ShortTime value={Reflect.get(row, header.name)} /> }
        : header,
    ),
  };
}
