import * as React from "react";
import { useForm, useQueryParams } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { formValue, isSavedVersion, PRESS_RELEASE } from "./constants";

/**
 * A new press release (or a new language version) starts with its release date at this
 * minute: nearly every release is dated the day it is written, and Strapi's empty date asked
 * for two fields, the time then set to 00:00. The editor changes it for a release dated
 * otherwise. A panel without content, only for its effect inside the edit form.
 */
export const NewReleaseDefaults: PanelComponent = ({ model, document }) => {
  const releaseDate = useForm("NewsroomNewReleaseDefaults", (form) => formValue(form.values, "releaseDate"), false);
  const onChange = useForm("NewsroomNewReleaseDefaults", (form) => form.onChange, false);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale;
  const isNew = !isSavedVersion(document, locale);
  const done = React.useRef(false);
  React.useEffect(() => {
    if (model !== PRESS_RELEASE || !isNew || !onChange || done.current) return;
    done.current = true;
    if (releaseDate !== null && releaseDate !== undefined && releaseDate !== "") return;
    onChange("releaseDate", new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  }, [model, isNew, onChange, releaseDate]);
  return null;
};
