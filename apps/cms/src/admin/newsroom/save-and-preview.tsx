import * as React from "react";
import { Button, Typography } from "@strapi/design-system";
import { useForm, useQueryParams } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { useNavigate } from "react-router-dom";
import { isSavedVersion, PRESS_RELEASE } from "./constants";

/** Set when the editor asked for the preview and the save is under way; it outlives the create → edit navigation. */
const PENDING = "newsroom.saveAndPreview";
/** A request older than this (a save that failed or was left) no longer opens the preview. */
const PENDING_MS = 60_000;

function pendingSince(): number | undefined {
  const at = Number(window.sessionStorage.getItem(PENDING));
  return Number.isFinite(at) && at > 0 && Date.now() - at < PENDING_MS ? at : undefined;
}

/** Strapi's own Save button of the edit view (its label is the admin's "global.save"). */
function strapiSaveButton(label: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>("main button")].find((button) => button.textContent?.trim() === label);
}

/**
 * Preview in one click before the first save and after changes: Strapi offers its Open preview
 * only for a saved, unchanged document (its panel is hidden for a new one and disabled with
 * "Please save to open the preview" for a changed one). This saves through Strapi's own Save
 * (its validation, its errors and its navigation to the new document), then opens the preview.
 * Strapi exposes no save function to panels (the edit form has no submit handler), hence the click.
 */
export const SaveAndPreviewPanel: PanelComponent = ({ model, document }) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const [{ query, rawQuery }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const modified = useForm("NewsroomSaveAndPreview", (form) => form.modified, false);
  const submitting = useForm("NewsroomSaveAndPreview", (form) => form.isSubmitting, false);
  const hasErrors = useForm("NewsroomSaveAndPreview", (form) => Object.keys(form.errors).length > 0, false);
  const saved = isSavedVersion(document, query.plugins?.i18n?.locale);
  const [refused, setRefused] = React.useState(false);

  // Once the save has gone through (the document exists, nothing left unsaved), open the preview.
  React.useEffect(() => {
    if (model !== PRESS_RELEASE || pendingSince() === undefined || submitting) return;
    if (hasErrors) {
      window.sessionStorage.removeItem(PENDING);
      return;
    }
    if (!saved || modified) return;
    window.sessionStorage.removeItem(PENDING);
    navigate({ pathname: "preview", search: rawQuery });
  }, [model, saved, modified, submitting, hasErrors, navigate, rawQuery]);

  if (model !== PRESS_RELEASE || (saved && !modified)) return null;
  const saveLabel = formatMessage({ id: "global.save", defaultMessage: "Save" });
  return {
    title: formatMessage({ id: "content-manager.preview.panel.title", defaultMessage: "Preview" }),
    content: (
      <>
        <Button
          variant="tertiary"
          width="100%"
          loading={submitting === true}
          onClick={() => {
            const save = strapiSaveButton(saveLabel);
            setRefused(!save || save.disabled);
            if (!save || save.disabled) return;
            window.sessionStorage.setItem(PENDING, String(Date.now()));
            save.click();
          }}
        >
          {formatMessage({ id: "newsroom.preview.saveAndOpen", defaultMessage: "Save and preview" })}
        </Button>
        {refused ? (
          <Typography variant="pi" textColor="danger600">
            {formatMessage({
              id: "newsroom.preview.cannotSave",
              defaultMessage: "This version cannot be saved here, so it cannot be previewed.",
            })}
          </Typography>
        ) : null}
      </>
    ),
  };
};
