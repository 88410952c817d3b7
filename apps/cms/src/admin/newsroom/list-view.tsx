import type { ListFieldLayout, ListLayout } from "@strapi/content-manager/strapi-admin";
import { Badge, Flex, Typography } from "@strapi/design-system";
import { useIntl } from "react-intl";
import { styled } from "styled-components";
import { futureTime } from "./time";

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
 * A scheduled release's headline with a "Scheduled" badge and its time: Strapi's Status says
 * "Draft" for it, so in the list it looked like any unfinished draft.
 */
function HeadlineWithSchedule({ title, scheduledPublishAt, status }: { title: unknown; scheduledPublishAt: unknown; status: unknown }) {
  const { formatMessage, formatDate } = useIntl();
  const at = status === "published" ? undefined : futureTime(scheduledPublishAt);
  const headline = typeof title === "string" && title !== "" ? title : "-";
  // Cut to one line narrower than Strapi's 30rem: with a release in three languages, "Available
  // in" then still leaves Status in a 1440 px window. The whole headline is its tooltip.
  const text = (
    <Typography textColor="neutral800" ellipsis title={headline} maxWidth="22rem">
      {headline}
    </Typography>
  );
  if (!at) return text;
  const time = formatDate(at, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <Flex gap={2} alignItems="center">
      {text}
      <Badge backgroundColor="warning100" textColor="warning700" title={at.toISOString()}>
        {formatMessage({ id: "newsroom.list.scheduled", defaultMessage: "Scheduled {time}" }, { time })}
      </Badge>
    </Flex>
  );
}

/** Strapi's "Available in" (the i18n plugin's column) on one line that ends in "…" rather than pushing Status away. */
const LanguagesOnOneLine = styled.div`
  max-width: 15rem;
  & button {
    max-width: 100%;
  }
  & * {
    min-width: 0;
  }
`;

/**
 * Dates in lists as "1 Dec 2026, 23:15" instead of "Tuesday, December 1, 2026 at 11:15 PM":
 * with Strapi's wide "Available in" column, the long form pushed Status out of a 1440 px window.
 * And a scheduled release's headline says so.
 */
export function compactListDates({ displayedHeaders, layout }: ListColumns): ListColumns {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      if (header.attribute.type === "datetime")
        return { ...header, cellFormatter: (row) => <ShortTime value={Reflect.get(row, header.name)} /> };
      // Only press releases have a headline and a scheduled publication.
      if (header.name === "title" && "scheduledPublishAt" in layout.metadatas)
        return {
          ...header,
          cellFormatter: (row) => (
            <HeadlineWithSchedule
              title={Reflect.get(row, "title")}
              scheduledPublishAt={Reflect.get(row, "scheduledPublishAt")}
              status={Reflect.get(row, "status")}
            />
          ),
        };
      const languages = header.cellFormatter;
      if (header.name === "locales" && languages)
        return { ...header, cellFormatter: (...args) => <LanguagesOnOneLine>{languages(...args)}</LanguagesOnOneLine> };
      return header;
    }),
  };
}
