import * as React from "react";
import { useFetchClient, useForm, useQueryParams } from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { formValue, isSavedVersion, PRESS_RELEASE } from "./constants";

/** Strapi's own slug suggestion endpoint: the CMS's uid service, with its number rule (src/extensions/content-manager). */
const GENERATE = "/content-manager/uid/generate";
/** As long as Strapi's slug field waits before it checks a value. */
const TYPING_PAUSE_MS = 300;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * The slug follows the headline as it is typed (Strapi only makes one when the field is empty
 * or its regenerate button is clicked, so it read "press-release" while the headline was
 * typed, and a translation kept the English slug). It follows until the editor types in the
 * slug field, and never for a language version that has been published: its address is live.
 * A panel without content, only for its effects: the edit view's panels live inside its form.
 */
export const LiveSlug: PanelComponent = ({ model, document, documentId }) => {
  const title = useForm("NewsroomLiveSlug", (form) => text(formValue(form.values, "title")), false) ?? "";
  const slug = useForm("NewsroomLiveSlug", (form) => text(formValue(form.values, "slug")), false) ?? "";
  const onChange = useForm("NewsroomLiveSlug", (form) => form.onChange, false);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale;
  const { post } = useFetchClient();
  const isPressRelease = model === PRESS_RELEASE;
  // The version of this language as saved: absent for a new release or a new translation.
  const saved = isSavedVersion(document, locale);
  const everPublished = saved && Reflect.get(document, "status") !== "draft";
  const savedSlug = saved ? text(Reflect.get(document, "slug")) : "";
  const savedTitle = saved ? text(Reflect.get(document, "title")) : "";

  const follows = React.useRef<boolean | undefined>(undefined);

  const suggest = React.useCallback(
    async (headline: string): Promise<string | undefined> => {
      const answer = await post<{ data?: unknown }>(
        GENERATE,
        // With its own id, the CMS does not count this document's versions as taken (src/extensions/content-manager).
        { contentTypeUID: PRESS_RELEASE, field: "slug", data: { id: documentId ?? "", title: headline } },
        { params: locale ? { locale } : {} },
      );
      const suggestion = answer.data.data;
      return typeof suggestion === "string" && suggestion !== "" ? suggestion : undefined;
    },
    [post, locale, documentId],
  );

  // Whether to follow, decided once per opened version: a new one follows; a saved draft follows
  // when its slug is still the one made from its headline (not one the editor chose).
  React.useEffect(() => {
    if (!isPressRelease) return;
    follows.current = undefined;
    if (everPublished) {
      follows.current = false;
      return;
    }
    if (!saved || savedSlug === "" || savedTitle === "") {
      follows.current = true;
      return;
    }
    let current = true;
    suggest(savedTitle).then(
      (made) => {
        if (current) follows.current = made === savedSlug;
      },
      () => {
        if (current) follows.current = false;
      },
    );
    return () => {
      current = false;
    };
  }, [isPressRelease, everPublished, saved, savedSlug, savedTitle, documentId, locale, suggest]);

  // Typing in the slug field (a person's keystrokes, not the form's own changes) ends following.
  React.useEffect(() => {
    if (!isPressRelease) return;
    const typed = (event: Event) => {
      if (event.isTrusted && event.target instanceof HTMLInputElement && event.target.name === "slug") follows.current = false;
    };
    window.document.addEventListener("input", typed, true);
    return () => {
      window.document.removeEventListener("input", typed, true);
    };
  }, [isPressRelease]);

  React.useEffect(() => {
    if (!isPressRelease || !onChange || title.trim() === "") return;
    let current = true;
    const timer = window.setTimeout(() => {
      if (follows.current !== true) return;
      suggest(title).then(
        (made) => {
          if (!current || follows.current !== true || made === undefined || made === slug) return;
          onChange("slug", made);
        },
        // No suggestion now: Strapi's regenerate button and the save's own slug remain.
        () => undefined,
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [isPressRelease, onChange, title, slug, suggest]);

  return null;
};
