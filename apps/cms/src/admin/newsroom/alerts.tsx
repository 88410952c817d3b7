import * as React from "react";
import { Button, Flex, Typography } from "@strapi/design-system";
import { useFetchClient, useNotification, useQueryParams } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { PRESS_RELEASE } from "./constants";

/** Must match src/alerts/admin-routes.ts. */
const ALERTS_ADMIN_PREFIX = "/newsroom-alerts";

interface LanguageCounts {
  locale: string;
  sent: number;
  failed: number;
  pending: number;
  preparing: boolean;
  rounds: number;
}

interface AlertsAnswer {
  data: { enabled: boolean; languages: LanguageCounts[] };
}

/**
 * The side panel "Email alerts": for the language on screen, how many subscribers' alerts were
 * sent, failed or wait, and "Send the alert again" for a correction that matters (a re-publish
 * alone sends nothing). Refreshes every few seconds while alerts wait.
 */
export const AlertsPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale ?? "en";
  const [answer, setAnswer] = React.useState<AlertsAnswer["data"] | undefined>();
  const [tick, setTick] = React.useState(0);
  const live = document?.status === "published" || document?.status === "modified";
  const counts = answer?.languages.find((l) => l.locale === locale);
  const waiting = counts !== undefined && (counts.pending > 0 || counts.preparing);

  React.useEffect(() => {
    if (model !== PRESS_RELEASE || !documentId) return;
    let current = true;
    get<AlertsAnswer>(`${ALERTS_ADMIN_PREFIX}/releases/${encodeURIComponent(documentId)}`)
      .then(({ data }) => {
        if (current) setAnswer(data.data);
      })
      .catch((error: unknown) => {
        console.error("Email alerts: the counts could not be read", error);
      });
    return () => {
      current = false;
    };
  }, [model, documentId, get, tick, document?.status]);

  React.useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => {
      setTick((t) => t + 1);
    }, 3000);
    return () => {
      clearTimeout(timer);
    };
  }, [waiting, tick]);

  if (model !== PRESS_RELEASE || !documentId) return null;
  const resend = async () => {
    try {
      await post(`${ALERTS_ADMIN_PREFIX}/releases/${encodeURIComponent(documentId)}/resend`, { locale });
      toggleNotification({
        type: "success",
        message: formatMessage({ id: "newsroom.alerts.resent", defaultMessage: "The alert goes out again to every matching subscriber." }),
      });
      setTick((t) => t + 1);
    } catch (error) {
      toggleNotification({ type: "danger", message: error instanceof Error ? error.message : String(error) });
    }
  };
  return {
    title: formatMessage({ id: "newsroom.alerts.title", defaultMessage: "Email alerts" }),
    content: (
      <Flex direction="column" alignItems="flex-start" gap={2} width="100%">
        {answer && !answer.enabled ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: "newsroom.alerts.off", defaultMessage: "Email alerts are off on this CMS (no SMTP server set)." })}
          </Typography>
        ) : null}
        {counts ? (
          <Typography data-testid="alert-counts">
            {formatMessage(
              { id: "newsroom.alerts.counts", defaultMessage: "{sent} sent · {failed} failed · {pending} waiting" },
              { sent: counts.sent, failed: counts.failed, pending: counts.pending },
            )}
            {counts.preparing ? ` ${formatMessage({ id: "newsroom.alerts.preparing", defaultMessage: "(preparing)" })}` : ""}
          </Typography>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: "newsroom.alerts.none", defaultMessage: "Subscribers get an alert when this language goes live." })}
          </Typography>
        )}
        {live && counts ? (
          <Button variant="secondary" size="S" onClick={() => void resend()}>
            {formatMessage({ id: "newsroom.alerts.resend", defaultMessage: "Send the alert again" })}
          </Button>
        ) : null}
      </Flex>
    ),
  };
};
