import { PRESS_RELEASE_UID } from "@newsroom/contract";

export { isRecord } from "@newsroom/contract";

/** The press-release content type, as the admin names its model. */
export const PRESS_RELEASE = PRESS_RELEASE_UID;

/** Strapi's role code of the super admin: the only one who changes models and views. */
export const SUPER_ADMIN = "strapi-super-admin";

/** One field of the edit form's values (Strapi types them as `object`). */
export function formValue(values: object, name: string): unknown {
  const value: unknown = Reflect.get(values, name);
  return value;
}

/**
 * Whether the edit view's document is the saved version of the language being edited: for a new
 * translation Strapi hands over another language's version (and for a new release none).
 */
export function isSavedVersion(document: object | undefined, locale: string | undefined): document is object {
  if (document === undefined) return false;
  const documentLocale: unknown = Reflect.get(document, "locale");
  return locale === undefined || documentLocale === locale;
}
