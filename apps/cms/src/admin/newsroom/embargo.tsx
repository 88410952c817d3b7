import * as React from "react";
import { Box, Button, Checkbox, Flex, Typography } from "@strapi/design-system";
import { useFetchClient, useNotification } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { PRESS_RELEASE } from "./constants";
import { editorTime } from "./time";

/** Must match src/embargo/admin-routes.ts. */
const EMBARGO_ADMIN_PREFIX = "/newsroom-embargo";

interface Share {
  id: number;
  journalist: { name: string; outlet: string };
  locales: string[];
  sharedAt: string;
  sharedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  mail: "sent" | "failed" | "waiting";
  openedAt: string | null;
  lastViewedAt: string | null;
  views: number;
  refusals: number;
  log: { at: string; outcome: string; locale: string; userAgent: string | null }[];
}

interface Overview {
  scheduled: { locale: string; until: string }[];
  journalists: { documentId: string; name: string; outlet: string; languages: string[] }[];
  shares: Share[];
}

/**
 * The side panel "Share under embargo": for a scheduled release, the accredited journalists to
 * send a personal link to, and for each link sent, whether it was opened (when, how often,
 * looks refused) with "Revoke". The links and their rules: src/embargo.
 */
export const EmbargoPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage, locale: adminLocale } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [overview, setOverview] = React.useState<Overview | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [tick, setTick] = React.useState(0);

  React.useEffect(() => {
    if (model !== PRESS_RELEASE || !documentId) return;
    let current = true;
    get<{ data: Overview }>(`${EMBARGO_ADMIN_PREFIX}/releases/${encodeURIComponent(documentId)}`)
      .then(({ data }) => {
        if (current) {
          setOverview(data.data);
          setProblem(undefined);
        }
      })
      .catch((error: unknown) => {
        if (current) setProblem(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [model, documentId, get, tick, document?.updatedAt]);

  if (model !== PRESS_RELEASE || !documentId) return null;
  const when = (iso: string) => {
    const time = editorTime(new Date(iso), adminLocale);
    return `${time.local} ${time.zone} (${time.utc} UTC)`;
  };
  const notify = (type: "success" | "danger", message: string) => toggleNotification({ type, message });
  const share = async () => {
    setBusy(true);
    try {
      await post(`${EMBARGO_ADMIN_PREFIX}/releases/${encodeURIComponent(documentId)}/share`, { journalists: chosen });
      notify("success", formatMessage({ id: "newsroom.embargo.sent", defaultMessage: "Personal embargoed links are on their way." }));
      setChosen([]);
      setTick((t) => t + 1);
    } catch (error) {
      notify("danger", error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (id: number) => {
    try {
      await post(`${EMBARGO_ADMIN_PREFIX}/shares/${String(id)}/revoke`, {});
      notify("success", formatMessage({ id: "newsroom.embargo.revoked", defaultMessage: "The link no longer works." }));
      setTick((t) => t + 1);
    } catch (error) {
      notify("danger", error instanceof Error ? error.message : String(error));
    }
  };

  const scheduled = overview?.scheduled ?? [];
  return {
    title: formatMessage({ id: "newsroom.embargo.title", defaultMessage: "Share under embargo" }),
    content: (
      <Flex direction="column" alignItems="flex-start" gap={3} width="100%" data-testid="embargo-panel">
        {problem ? (
          <Typography variant="pi" textColor="danger600">
            {problem}
          </Typography>
        ) : null}
        {overview && scheduled.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: "newsroom.embargo.unscheduled",
              defaultMessage:
                "Schedule this release (a publication time in the future, saved) to share it with accredited journalists before it goes live.",
            })}
          </Typography>
        ) : null}
        {scheduled.map((version) => (
          <Typography key={version.locale} variant="pi" fontWeight="bold">
            {formatMessage(
              { id: "newsroom.embargo.until", defaultMessage: "{locale}: embargoed until {time}" },
              { locale: version.locale.toUpperCase(), time: when(version.until) },
            )}
          </Typography>
        ))}
        {scheduled.length > 0 && overview ? (
          overview.journalists.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({
                id: "newsroom.embargo.noJournalists",
                defaultMessage: "No active journalists: add them under Content Manager › Journalist.",
              })}
            </Typography>
          ) : (
            <Flex direction="column" alignItems="flex-start" gap={1} width="100%">
              {overview.journalists.map((journalist) => (
                <Checkbox
                  key={journalist.documentId}
                  checked={chosen.includes(journalist.documentId)}
                  onCheckedChange={(checked) => {
                    setChosen((list) =>
                      checked === true ? [...list, journalist.documentId] : list.filter((id) => id !== journalist.documentId),
                    );
                  }}
                >
                  {`${journalist.name} — ${journalist.outlet}${journalist.languages.length ? ` (${journalist.languages.join(", ").toUpperCase()})` : ""}`}
                </Checkbox>
              ))}
              <Button variant="secondary" size="S" disabled={busy || chosen.length === 0} onClick={() => void share()}>
                {formatMessage({ id: "newsroom.embargo.share", defaultMessage: "Send personal embargoed links" })}
              </Button>
            </Flex>
          )
        ) : null}
        {overview?.shares.length ? (
          <Box width="100%">
            <Typography variant="sigma" textColor="neutral600">
              {formatMessage({ id: "newsroom.embargo.shared", defaultMessage: "Links sent" })}
            </Typography>
            {overview.shares.map((s) => (
              <Box key={s.id} paddingTop={2} data-testid="embargo-share">
                <Typography variant="omega" fontWeight="bold">{`${s.journalist.name} — ${s.journalist.outlet}`}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {s.revokedAt
                    ? formatMessage(
                        { id: "newsroom.embargo.shareRevoked", defaultMessage: "Revoked {time} by {who}" },
                        { time: when(s.revokedAt), who: s.revokedBy ?? "" },
                      )
                    : s.openedAt
                      ? formatMessage(
                          { id: "newsroom.embargo.opened", defaultMessage: "Opened {time} · {views} views · mail {mail}" },
                          { time: when(s.openedAt), views: s.views, mail: s.mail },
                        )
                      : formatMessage(
                          { id: "newsroom.embargo.notOpened", defaultMessage: "Not opened yet · mail {mail}" },
                          { mail: s.mail },
                        )}
                  {s.refusals > 0
                    ? ` · ${formatMessage({ id: "newsroom.embargo.refusals", defaultMessage: "{count} refused looks (another browser or after the end)" }, { count: s.refusals })}`
                    : ""}
                </Typography>
                {s.log.slice(0, 3).map((entry) => (
                  <Typography key={`${entry.at}-${entry.outcome}`} variant="pi" textColor="neutral500" tag="p">
                    {`${when(entry.at)}: ${entry.outcome} (${entry.locale})${entry.userAgent ? ` — ${entry.userAgent.slice(0, 60)}` : ""}`}
                  </Typography>
                ))}
                {s.revokedAt ? null : (
                  <Button variant="danger-light" size="S" onClick={() => void revoke(s.id)}>
                    {formatMessage({ id: "newsroom.embargo.revoke", defaultMessage: "Revoke" })}
                  </Button>
                )}
              </Box>
            ))}
          </Box>
        ) : null}
      </Flex>
    ),
  };
};
