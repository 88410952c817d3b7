import * as React from "react";
import { Field, Flex, Textarea, Typography } from "@strapi/design-system";
import { useForm, useQueryParams, unstable_useDocumentActions as useDocumentActions } from "@strapi/strapi/admin";
import type { DocumentActionComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { formValue, PRESS_RELEASE } from "./constants";

/**
 * Strapi's Unpublish, for press releases, as "Withdraw…": a dialog that asks for the public
 * reason (shown on the page's 410 notice) and saves it with the withdrawal in one step.
 * Strapi's own Unpublish used the last saved draft and asked nothing, so a reason typed but
 * not saved was lost. Other content types keep Strapi's action.
 */
export function withdrawInsteadOfUnpublish(Unpublish: DocumentActionComponent): DocumentActionComponent {
  const Withdraw: DocumentActionComponent = (props) => {
    const { formatMessage } = useIntl();
    const unpublishDescription = Unpublish(props);
    const { update, unpublish } = useDocumentActions();
    const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
    const formReason = useForm("NewsroomWithdraw", (form) => formValue(form.values, "withdrawalReason"), false);
    const [reason, setReason] = React.useState<string | undefined>(undefined);
    if (props.model !== PRESS_RELEASE || !unpublishDescription) return unpublishDescription;

    const locale = query.plugins?.i18n?.locale;
    const params = locale ? { locale } : {};
    const shown = reason ?? (typeof formReason === "string" ? formReason : "");
    const target = { collectionType: props.collectionType, model: props.model, documentId: props.documentId, params };
    return {
      ...unpublishDescription,
      label: formatMessage({ id: "newsroom.withdraw.label", defaultMessage: "Withdraw…" }),
      variant: "danger",
      onClick: undefined,
      dialog: {
        type: "dialog",
        title: formatMessage({ id: "newsroom.withdraw.title", defaultMessage: "Withdraw this release" }),
        content: (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="p">
              {formatMessage({
                id: "newsroom.withdraw.explain",
                defaultMessage:
                  "The page leaves the newsroom, its feeds and search. Its address then says the release was withdrawn, with the reason below.",
              })}
            </Typography>
            <Field.Root
              name="withdrawalReason"
              hint={formatMessage({ id: "newsroom.withdraw.hint", defaultMessage: "Optional. Shown to readers." })}
            >
              <Field.Label>{formatMessage({ id: "newsroom.withdraw.reason", defaultMessage: "Public reason" })}</Field.Label>
              <Textarea
                value={shown}
                maxLength={500}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Flex>
        ),
        variant: "danger",
        confirmLabel: formatMessage({ id: "newsroom.withdraw.confirm", defaultMessage: "Withdraw" }),
        onConfirm: async () => {
          if (!props.documentId) return;
          // Saved first, so the withdrawal notice is written with it (apps/cms/src/editorial/lifecycle.ts).
          const saved = await update(target, { withdrawalReason: shown.trim() });
          if ("error" in saved) return;
          await unpublish(target);
        },
      },
    };
  };
  Withdraw.type = "unpublish";
  Withdraw.position = Unpublish.position;
  return Withdraw;
}
