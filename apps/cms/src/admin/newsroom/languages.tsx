import * as React from "react";
import { Button, Flex, Typography } from "@strapi/design-system";
import {
  unstable_useDocumentLayout as useDocumentLayout,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from "@strapi/strapi/admin";
import type { PanelComponent } from "@strapi/content-manager/strapi-admin";
import { useIntl } from "react-intl";
import { useNavigate } from "react-router-dom";
import { formValue, isRecord, isSavedVersion, PRESS_RELEASE } from "./constants";

/** A translation asked for on the source language's page, carried through the navigation to the new language. */
const PENDING = "newsroom.addTranslation";

/** The fields a translator rewrites; a field still equal to another language's is not translated yet. */
const TRANSLATED = ["title", "lead", "body", "heroImage.altText", "heroImage.caption"] as const;

interface Locale {
  code: string;
  name: string;
}

interface Pending {
  documentId: string;
  source: string;
  target: string;
}

function readPending(): Pending | undefined {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(PENDING) ?? "null");
    if (!isRecord(value)) return undefined;
    const { documentId, source, target } = value;
    return typeof documentId === "string" && typeof source === "string" && typeof target === "string"
      ? { documentId, source, target }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A dotted path's value in the form's values (or a saved version). */
function valueAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), values);
}

/** Whether a text (or blocks) field holds something, and the same thing in both versions. */
function sameText(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || a === "" || (Array.isArray(a) && a.length === 0)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The existing versions' languages (Strapi's meta lists the others; the open one is the document's own). */
function existingLocales(meta: unknown, document: unknown): Set<string> {
  const codes = new Set<string>();
  if (isRecord(document) && typeof document.locale === "string") codes.add(document.locale);
  const available: unknown = isRecord(meta) ? meta.availableLocales : undefined;
  if (Array.isArray(available))
    for (const entry of available) if (isRecord(entry) && typeof entry.locale === "string") codes.add(entry.locale);
  return codes;
}

/**
 * "Languages": beside a saved release, one click adds its version in another language, filled
 * with a copy of this one (body blocks with their links and formatting, the photo, the tags,
 * through Strapi's own fill-in-from-another-locale endpoint); in any version, the fields still
 * identical to another language are listed as still to translate, and leave the list as they
 * are rewritten. Strapi's way was its language menu, then an unlabelled globe icon and a dialog.
 */
export const LanguagesPanel: PanelComponent = ({ model, documentId, document, meta, collectionType }) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale;
  const values = useForm("NewsroomLanguages", (form) => form.values, false);
  const setValues = useForm("NewsroomLanguages", (form) => form.setValues, false);
  const { edit } = useDocumentLayout(model);
  const isPressRelease = model === PRESS_RELEASE;
  const saved = isSavedVersion(document, locale);
  const [locales, setLocales] = React.useState<Locale[]>([]);
  const [others, setOthers] = React.useState<Record<string, unknown>>({});
  const [filling, setFilling] = React.useState(false);
  const existing = existingLocales(meta, saved ? document : undefined);

  React.useEffect(() => {
    if (!isPressRelease) return;
    let current = true;
    get<unknown>("/i18n/locales").then(
      ({ data }) => {
        const list = Array.isArray(data)
          ? data.flatMap((l: unknown) =>
              isRecord(l) && typeof l.code === "string" && typeof l.name === "string" ? [{ code: l.code, name: l.name }] : [],
            )
          : [];
        if (current) setLocales(list);
      },
      (error: unknown) => console.error("Languages: the admin's languages could not be read", error),
    );
    return () => {
      current = false;
    };
  }, [isPressRelease, get]);

  // The other languages' saved versions, to tell which fields are still theirs.
  const otherCodes = [...existingLocales(meta, undefined)]
    .filter((code) => code !== locale)
    .sort()
    .join(",");
  React.useEffect(() => {
    if (!isPressRelease || !documentId || otherCodes === "") {
      setOthers({});
      return;
    }
    let current = true;
    Promise.all(
      otherCodes.split(",").map(async (code) => {
        const { data } = await get<unknown>(`/content-manager/collection-types/${model}/${documentId}`, { params: { locale: code } });
        return [code, isRecord(data) ? data.data : undefined] as const;
      }),
    ).then(
      (versions) => {
        if (current) setOthers(Object.fromEntries(versions));
      },
      (error: unknown) => console.error("Languages: the other language versions could not be read", error),
    );
    return () => {
      current = false;
    };
  }, [isPressRelease, documentId, otherCodes, model, get]);

  // Arrived on a new language version from "Add …": fill it with the source language's copy.
  React.useEffect(() => {
    const pending = readPending();
    if (!isPressRelease || !setValues || saved || !pending || pending.documentId !== documentId || pending.target !== locale) return;
    window.sessionStorage.removeItem(PENDING);
    setFilling(true);
    get<unknown>(`/i18n/content-manager/get-fill-from-locale/${model}`, {
      params: { documentId, sourceLocale: pending.source, targetLocale: pending.target, collectionType },
    })
      .then(({ data }) => {
        const copy: unknown = isRecord(data) ? data.data : undefined;
        if (!isRecord(copy)) throw new Error("the CMS returned no copy to fill in");
        setValues(copy);
      })
      .catch((error: unknown) => {
        toggleNotification({
          type: "danger",
          message: formatMessage(
            { id: "newsroom.languages.copyFailed", defaultMessage: "The copy could not be filled in: {reason}" },
            { reason: error instanceof Error ? error.message : String(error) },
          ),
        });
      })
      .finally(() => setFilling(false));
  }, [isPressRelease, setValues, saved, documentId, locale, model, collectionType, get, toggleNotification, formatMessage]);

  if (!isPressRelease || !documentId) return null;
  const nameOf = (code: string): string => locales.find((l) => l.code === code)?.name ?? code;
  const labelOf = (field: string): string => {
    const label: unknown = Reflect.get(edit.metadatas, field)?.label;
    if (typeof label === "string" && label !== "") return label;
    if (field === "heroImage.altText") return formatMessage({ id: "newsroom.languages.photoAlt", defaultMessage: "the photo's alt text" });
    if (field === "heroImage.caption")
      return formatMessage({ id: "newsroom.languages.photoCaption", defaultMessage: "the photo's caption" });
    return field;
  };
  const untranslated = Object.entries(others).flatMap(([code, version]) => {
    const fields = TRANSLATED.filter((field) => sameText(valueAt(values, field), valueAt(version, field)));
    return fields.length > 0 ? [{ code, fields: fields.map(labelOf) }] : [];
  });
  const missing = saved && locale ? locales.filter((l) => !existing.has(l.code)) : [];

  return {
    title: formatMessage({ id: "newsroom.languages.title", defaultMessage: "Languages" }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        {filling ? (
          <Typography variant="pi">
            {formatMessage({ id: "newsroom.languages.filling", defaultMessage: "Copying the release…" })}
          </Typography>
        ) : null}
        {untranslated.map(({ code, fields }) => (
          <Typography key={code} variant="pi" textColor="warning700" data-newsroom-untranslated={code}>
            {formatMessage(
              { id: "newsroom.languages.untranslated", defaultMessage: "Still as in {language}: {fields}." },
              { language: nameOf(code), fields: fields.join(", ") },
            )}
          </Typography>
        ))}
        {missing.map((target) => (
          <Button
            key={target.code}
            variant="secondary"
            width="100%"
            onClick={() => {
              if (!locale) return;
              window.sessionStorage.setItem(PENDING, JSON.stringify({ documentId, source: locale, target: target.code }));
              const params = new URLSearchParams(window.location.search);
              params.set("plugins[i18n][locale]", target.code);
              navigate({ search: params.toString() });
            }}
          >
            {formatMessage({ id: "newsroom.languages.add", defaultMessage: "Add the {language} version" }, { language: target.name })}
          </Button>
        ))}
      </Flex>
    ),
  };
};
