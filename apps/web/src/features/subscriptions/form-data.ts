import { isLocale, defaultLocale, type Locale } from "@newsroom/config";

/**
 * Reading the subscription forms' POSTs (route handlers in app/api/subscriptions). Pure but
 * for the Request, so the unit tests cover it.
 */

/** A form of ours is a few KB even with every country ticked. */
export const MAX_FORM_BYTES = 64 * 1024;

export const subscribeErrors = ["email", "choices", "too-many", "unavailable"] as const;
export type SubscribeError = (typeof subscribeErrors)[number];

export type FormRead = { kind: "form"; form: FormData } | { kind: "refused"; status: 413 | 415 | 400; message: string };

export async function readForm(request: Request): Promise<FormRead> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return { kind: "refused", status: 415, message: "Send the form as application/x-www-form-urlencoded or multipart/form-data." };
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_FORM_BYTES) return { kind: "refused", status: 413, message: "The form is too large." };
  const body = await request.arrayBuffer();
  if (body.byteLength > MAX_FORM_BYTES) return { kind: "refused", status: 413, message: "The form is too large." };
  try {
    return { kind: "form", form: await new Response(body, { headers: { "content-type": type } }).formData() };
  } catch {
    return { kind: "refused", status: 400, message: "The form could not be read." };
  }
}

export function pageLocale(form: FormData | undefined, fallback: Locale = defaultLocale): Locale {
  const value = form?.get("pageLocale");
  return typeof value === "string" && isLocale(value) ? value : fallback;
}

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const texts = (form: FormData, name: string): string[] => form.getAll(name).filter((v): v is string => typeof v === "string");

/** The form's choices, as the CMS's schema reads them (@newsroom/contract's subscriptionChoicesSchema). */
export function choicesOf(form: FormData): Record<string, unknown> {
  return {
    countries: texts(form, "countries"),
    regions: texts(form, "regions"),
    themes: texts(form, "themes"),
    documentTypes: texts(form, "documentTypes"),
    frequency: text(form, "frequency"),
    locale: text(form, "locale"),
  };
}

/** Which message the form shows for the CMS's refusal: the field it names decides. */
export function subscribeError(status: number, fields: string[]): SubscribeError {
  if (status === 429) return "too-many";
  if (fields.includes("email")) return "email";
  return "choices";
}

/** The choices back in the form's query after a refusal (never the address). */
export function choicesQuery(form: FormData): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ["countries", "regions", "themes", "documentTypes"]) for (const value of texts(form, name)) query.append(name, value);
  for (const name of ["frequency", "locale"]) {
    const value = text(form, name);
    if (value) query.set(name, value);
  }
  return query;
}
