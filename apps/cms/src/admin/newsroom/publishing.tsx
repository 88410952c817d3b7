import * as React from "react";
import { Button, Field, Flex, TextInput, Typography } from "@strapi/design-system";
import { ExternalLink } from "@strapi/icons";
import {
  unstable_useDocumentLayout as useDocumentLayout,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from "@strapi/strapi/admin";
import {
  useDocumentRBAC,
  type DocumentActionComponent,
  type HeaderActionComponent,
  type PanelComponent,
} from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { formValue, PRESS_RELEASE } from "./constants";
import { editorTime, fromLocalInput, futureTime, toLocalInput } from "./time";

/** The form field the panel schedules with. */
const SCHEDULE_FIELD = "scheduledPublishAt";

function useScheduledPublication(): Date | undefined {
  const value = useForm("NewsroomSchedule", (form) => formValue(form.values, SCHEDULE_FIELD), false);
  return futureTime(value);
}

/** Puts the cursor in a form field (inputs carry the field's name; the blocks editor sits in the field's group). */
function focusField(name: string): void {
  const input = document.getElementsByName(name)[0];
  const target = input ?? document.querySelector<HTMLElement>(`[aria-labelledby*="${CSS.escape(name)}"], [id^="${CSS.escape(name)}"]`);
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

/**
 * Strapi's Publish, for press releases:
 * - disabled while a publication time is set, with the time as its label: the CMS refuses to
 *   publish an embargoed release anyway (src/editorial/lifecycle.ts), and a clickable Publish
 *   made scheduled releases look like ordinary drafts;
 * - when required fields are empty, it says which (in the labels editors see) and puts the
 *   cursor in the first, where Strapi said only "Please fix them before saving".
 */
export function newsroomPublish(Publish: DocumentActionComponent): DocumentActionComponent {
  const Action: DocumentActionComponent = (props) => {
    const { formatMessage, locale } = useIntl();
    const description = Publish(props);
    const scheduled = useScheduledPublication();
    const validate = useForm("NewsroomPublish", (form) => form.validate, false);
    const { toggleNotification } = useNotification();
    const { edit } = useDocumentLayout(props.model);
    if (props.model !== PRESS_RELEASE || !description) return description;
    if (scheduled) {
      const time = editorTime(scheduled, locale);
      return {
        ...description,
        disabled: true,
        label: formatMessage({ id: "newsroom.publish.scheduled", defaultMessage: "Scheduled for {time}" }, { time: time.local }),
      };
    }
    const publish = description.onClick;
    return {
      ...description,
      onClick: async (event) => {
        const checked = validate ? await validate(true, { status: "published" }) : undefined;
        const missing = checked?.errors ? Object.keys(checked.errors) : [];
        const first = missing[0];
        if (first === undefined) return publish ? publish(event) : undefined;
        const labels = missing.map((name) => {
          const label: unknown = Reflect.get(edit.metadatas, name)?.label;
          return typeof label === "string" && label !== "" ? label : name;
        });
        toggleNotification({
          type: "danger",
          message: formatMessage(
            { id: "newsroom.publish.missing", defaultMessage: "Not published yet: fill in {fields}." },
            { fields: labels.join(", ") },
          ),
        });
        focusField(first);
        // true: Strapi's publish dialog (if any) stays closed.
        return true;
      },
    };
  };
  Action.type = "publish";
  Action.position = Publish.position;
  return Action;
}

/**
 * The side panel "Publishing", beside Publish: publish now, or "Schedule for" a time in the
 * editor's time zone (shown, with UTC beside it). The time is the form's scheduledPublishAt,
 * which is not in the form itself (src/editorial/admin-layout.ts): one place to schedule, and
 * Strapi's Save stores it like any field.
 */
export const PublishingPanel: PanelComponent = ({ model }) => {
  const { formatMessage, locale } = useIntl();
  const value = useForm("NewsroomPublishing", (form) => formValue(form.values, SCHEDULE_FIELD), false);
  const onChange = useForm("NewsroomPublishing", (form) => form.onChange, false);
  // Written by the CMS when a scheduled (un)publication failed (src/editorial/scheduler.ts).
  const stopped = useForm("NewsroomPublishing", (form) => formValue(form.values, "scheduleError"), false);
  // Scheduling is publishing: Authors see the time but cannot set it (the CMS drops it from their saves: editorial/roles.ts).
  const canSchedule = useDocumentRBAC(
    "NewsroomPublishing",
    (rbac) => rbac.canPublish === true && rbac.canUpdateFields.includes(SCHEDULE_FIELD),
    false,
  );
  const parsed = typeof value === "string" && value !== "" ? new Date(value) : undefined;
  const saved = parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
  // What the editor typed, until it is a whole date and time (then the form has it).
  const [typed, setTyped] = React.useState<string | undefined>(undefined);
  const inputValue = typed ?? (saved ? toLocalInput(saved) : "");
  if (model !== PRESS_RELEASE) return null;
  const at = futureTime(value);
  const time = at ? editorTime(at, locale) : undefined;
  const passed = saved !== undefined && at === undefined;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const set = (next: Date | null) => onChange?.(SCHEDULE_FIELD, next === null ? null : next.toISOString());
  return {
    title: formatMessage({ id: "newsroom.publishing.title", defaultMessage: "Publishing" }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        {time ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography fontWeight="bold" textColor="warning700">
              {formatMessage({ id: "newsroom.publishing.badge", defaultMessage: "Scheduled" })}
            </Typography>
            <Typography>
              {formatMessage(
                { id: "newsroom.publishing.at", defaultMessage: "Goes live on {time} ({zone})" },
                { time: time.local, zone: time.zone },
              )}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {time.utc} UTC
            </Typography>
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: "newsroom.publishing.now", defaultMessage: "Publish makes it live now, or schedule it below." })}
          </Typography>
        )}
        {typeof stopped === "string" && stopped !== "" ? (
          <Flex direction="column" alignItems="flex-start" gap={1} role="alert">
            <Typography fontWeight="bold" textColor="danger600">
              {formatMessage({ id: "newsroom.publishing.stopped", defaultMessage: "Schedule stopped" })}
            </Typography>
            <Typography variant="pi">{stopped}</Typography>
          </Flex>
        ) : null}
        {canSchedule ? null : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: "newsroom.publishing.editorsOnly",
              defaultMessage: "An editor publishes it, or schedules it here.",
            })}
          </Typography>
        )}
        {canSchedule ? (
          <Field.Root
            name="newsroomScheduleFor"
            hint={formatMessage(
              { id: "newsroom.publishing.hint", defaultMessage: "Your time zone: {zone}. Save to keep the time." },
              { zone },
            )}
            error={
              passed
                ? formatMessage({
                    id: "newsroom.publishing.passed",
                    defaultMessage: "This time has passed: saved like this, the release goes live at once.",
                  })
                : undefined
            }
          >
            <Field.Label>{formatMessage({ id: "newsroom.publishing.scheduleFor", defaultMessage: "Schedule for" })}</Field.Label>
            <TextInput
              type="datetime-local"
              value={inputValue}
              min={toLocalInput(new Date())}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                const text = event.target.value;
                const next = fromLocalInput(text);
                if (text === "") set(null);
                else if (next) set(next);
                setTyped(text === "" || next ? undefined : text);
              }}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        ) : null}
        {saved && canSchedule ? (
          <Button
            variant="tertiary"
            onClick={() => {
              setTyped(undefined);
              set(null);
            }}
          >
            {formatMessage({ id: "newsroom.publishing.clear", defaultMessage: "Clear the schedule" })}
          </Button>
        ) : null}
      </Flex>
    ),
  };
};

/** The release's public address, from the CMS's own preview handler (src/editorial/preview.ts), or null. */
function usePublicAddress(documentId: string | undefined, published: boolean, model: string): string | null {
  const { get } = useFetchClient();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale;
  const [address, setAddress] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!documentId || !published || model !== PRESS_RELEASE) {
      setAddress(null);
      return;
    }
    let current = true;
    get<{ data?: { url?: unknown } }>(`/content-manager/preview/url/${model}`, {
      params: { documentId, status: "published", ...(locale ? { locale } : {}) },
    })
      .then(({ data }) => {
        const url = typeof data.data?.url === "string" ? new URL(data.data.url) : undefined;
        // The preview link names the page (`path`); the public page is that path on the site.
        const path = url?.searchParams.get("path");
        if (current) setAddress(url && path ? new URL(path, url.origin).href : null);
      })
      .catch((error: unknown) => {
        // No address means no button; the reason belongs in the console, not nowhere.
        console.error("View on site: the release's address could not be read", error);
        if (current) setAddress(null);
      });
    return () => {
      current = false;
    };
  }, [documentId, published, model, locale, get]);
  return address;
}

/** "View on site" in the edit view's header once the release is live. */
export const ViewOnSiteAction: HeaderActionComponent = ({ documentId, document, model }) => {
  const { formatMessage } = useIntl();
  const published = document?.status === "published" || document?.status === "modified";
  const address = usePublicAddress(documentId, published, model);
  if (!address) return null;
  return {
    label: formatMessage({ id: "newsroom.viewOnSite", defaultMessage: "View on site" }),
    icon: <ExternalLink />,
    onClick: () => {
      window.open(address, "_blank", "noopener");
    },
  };
};
