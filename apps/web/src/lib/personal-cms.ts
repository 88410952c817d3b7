import { z } from "zod";
import { EMBARGO_REFUSAL_ERROR } from "@newsroom/contract";
import { env } from "@/env";

/**
 * The CMS's routes for personal links (subscriptions, embargoes), called only from the
 * server with CMS_SUBSCRIPTIONS_TOKEN. Each answer is one of: done, refused with the CMS's
 * message (4xx: the reader's input or link), or unavailable (no token here, the CMS down or
 * without mail): the pages say which, and never "not valid" for an outage.
 */
export type CmsAnswer<T> =
  | { kind: "ok"; data: T }
  | { kind: "refused"; status: number; message: string; fields: string[] }
  | { kind: "unavailable"; reason: string };

export const personalLinksConfigured = () => env.CMS_SUBSCRIPTIONS_TOKEN !== undefined;

const errorBody = z.object({
  error: z.object({
    name: z.string().optional(),
    message: z.string(),
    details: z.object({ errors: z.array(z.object({ path: z.array(z.string()) })).optional() }).optional(),
  }),
});

export async function callPersonalCms<T>(
  path: string,
  init: { query?: Record<string, string>; body?: unknown },
  schema: z.ZodType<T>,
): Promise<CmsAnswer<T>> {
  const token = env.CMS_SUBSCRIPTIONS_TOKEN;
  if (!token) return { kind: "unavailable", reason: "CMS_SUBSCRIPTIONS_TOKEN is not set" };
  const url = new URL(`/api/${path}`, env.CMS_URL);
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.body === undefined ? "GET" : "POST",
      headers: { Authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: "unavailable", reason: `the CMS did not answer: ${String(error)}` };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = z.object({ data: schema }).safeParse(json);
    return parsed.success
      ? { kind: "ok", data: parsed.data.data }
      : { kind: "unavailable", reason: `unexpected answer from the CMS: ${parsed.error.message}` };
  }
  const parsed = errorBody.safeParse(json);
  // 401, and Strapi's own 403: this site's token is wrong, not the reader's input. A link's own
  // 403 (an embargoed link opened in another browser) is the reader's answer.
  const tokenRefused =
    response.status === 401 || (response.status === 403 && (!parsed.success || parsed.data.error.name !== EMBARGO_REFUSAL_ERROR));
  if (response.status >= 400 && response.status < 500 && !tokenRefused) {
    return {
      kind: "refused",
      status: response.status,
      message: parsed.success ? parsed.data.error.message : `HTTP ${String(response.status)}`,
      fields: parsed.success ? (parsed.data.error.details?.errors ?? []).map((e) => e.path[0] ?? "").filter(Boolean) : [],
    };
  }
  return { kind: "unavailable", reason: `the CMS answered HTTP ${String(response.status)}` };
}
