import * as React from "react";
import { Box, Button, Flex, Typography } from "@strapi/design-system";
import { useFetchClient, useForm, useNotification } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { formValue, isRecord, PRESS_RELEASE } from "./constants";

/** The press release's main-photo component and its fields (apps/cms/src/components/media/hero-image.json). */
const FIELD = "heroImage";
const ALT_TEXT = `${FIELD}.altText`;

/** What the upload API answers for one file: the media field's value is that object. */
function uploadedFile(body: unknown): Record<string, unknown> | undefined {
  const first: unknown = Array.isArray(body) ? body[0] : undefined;
  return isRecord(first) && typeof first.id === "number" ? first : undefined;
}

/** The message of an upload refusal (Strapi's `{ error: { message } }`), or of a failed request. */
function refusal(err: unknown): string {
  const response: unknown = isRecord(err) ? err.response : undefined;
  const data: unknown = isRecord(response) ? response.data : undefined;
  const error: unknown = isRecord(data) ? data.error : undefined;
  if (isRecord(error) && typeof error.message === "string") return error.message;
  return err instanceof Error ? err.message : String(err);
}

/**
 * The main photo in one step: a file dropped (or chosen) here is uploaded to the media library
 * and becomes the release's Main photo at once, and the cursor goes to its alt text, with the
 * caption and credit beside it under Main photo. Strapi's own field took four steps (add the
 * component, open the library, Upload, then Finish on a dialog still saying "1 asset ready to
 * upload"). Strapi lets no custom field hold media, so this sits beside the form as a panel.
 */
export const MainPhotoPanel: PanelComponent = ({ model }) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const photo = useForm("NewsroomMainPhoto", (form) => formValue(form.values, FIELD), false);
  const onChange = useForm("NewsroomMainPhoto", (form) => form.onChange, false);
  const disabled = useForm("NewsroomMainPhoto", (form) => form.disabled, false);
  const input = React.useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = React.useState(false);
  const [over, setOver] = React.useState(false);
  const [focusAlt, setFocusAlt] = React.useState(false);

  // The alt text field appears once the photo is in the form: then the cursor goes there.
  React.useEffect(() => {
    if (!focusAlt) return;
    const altText = document.getElementsByName(ALT_TEXT)[0];
    if (!altText) return;
    setFocusAlt(false);
    altText.scrollIntoView({ block: "center" });
    altText.focus();
  });

  if (model !== PRESS_RELEASE || !onChange) return null;
  const current = isRecord(photo) ? photo : undefined;
  const image = current && isRecord(current.image) ? current.image : undefined;

  const upload = async (file: File | undefined): Promise<void> => {
    if (!file || uploading) return;
    if (!file.type.startsWith("image/")) {
      toggleNotification({
        type: "warning",
        message: formatMessage(
          { id: "newsroom.photo.notImage", defaultMessage: "{name} is not a photo: choose a JPEG, PNG or WebP image." },
          { name: file.name },
        ),
      });
      return;
    }
    setUploading(true);
    try {
      const form = new FormData();
      form.append("files", file);
      const { data } = await post("/upload", form);
      const uploaded = uploadedFile(data);
      if (!uploaded) throw new Error("the media library did not return the uploaded file");
      onChange(FIELD, { ...current, image: uploaded });
      setFocusAlt(true);
    } catch (err) {
      toggleNotification({
        type: "danger",
        message: formatMessage(
          { id: "newsroom.photo.failed", defaultMessage: "The photo was not uploaded: {reason}" },
          { reason: refusal(err) },
        ),
      });
    } finally {
      setUploading(false);
    }
  };

  const name = image && typeof image.name === "string" ? image.name : undefined;
  return {
    title: formatMessage({ id: "newsroom.photo.title", defaultMessage: "Main photo" }),
    content: (
      <Box
        width="100%"
        padding={3}
        hasRadius
        borderStyle="dashed"
        borderWidth="1px"
        borderColor={over ? "primary600" : "neutral300"}
        background={over ? "primary100" : "neutral100"}
        data-newsroom-photo-drop=""
        onDragOver={(event: React.DragEvent) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event: React.DragEvent) => {
          event.preventDefault();
          setOver(false);
          if (!disabled) void upload(event.dataTransfer.files[0]);
        }}
      >
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="pi" textColor="neutral700">
            {uploading
              ? formatMessage({ id: "newsroom.photo.uploading", defaultMessage: "Uploading the photo…" })
              : name
                ? formatMessage(
                    { id: "newsroom.photo.current", defaultMessage: "{name} is the main photo. Drop another here to replace it." },
                    { name },
                  )
                : formatMessage({
                    id: "newsroom.photo.drop",
                    defaultMessage: "Drop the photo here: it becomes the main photo, then write its alt text, caption and credit.",
                  })}
          </Typography>
          <Button variant="secondary" disabled={disabled || uploading} loading={uploading} onClick={() => input.current?.click()}>
            {name
              ? formatMessage({ id: "newsroom.photo.replace", defaultMessage: "Replace the photo" })
              : formatMessage({ id: "newsroom.photo.choose", defaultMessage: "Choose a photo" })}
          </Button>
          <input
            ref={input}
            type="file"
            accept="image/*"
            hidden
            aria-label={formatMessage({ id: "newsroom.photo.file", defaultMessage: "Main photo file" })}
            onChange={(event) => {
              void upload(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </Flex>
      </Box>
    ),
  };
};
