import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { contentManagerPath, contentTypes } from "@newsroom/contract";
import { testEnv } from "./env";

/**
 * Strapi's admin API (what the admin panel calls) for the @editorial specs: they act as the
 * seeded staff accounts on the real CMS that `npm test` started. Nothing here is mocked.
 */
export const CMS = testEnv.CMS_URL;
export const STAFF_PASSWORD = testEnv.SEED_STAFF_PASSWORD;
export const RELEASE_UID = contentTypes.pressRelease.uid;
export const RELEASES_PATH = contentManagerPath("pressRelease");

export type Staff = "editor" | "author" | "admin";

/** Reads a nested field of an unknown JSON value without casts. */
export function field(body: unknown, ...path: string[]): unknown {
  let node = body;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !(key in node)) return undefined;
    node = Object.fromEntries(Object.entries(node))[key];
  }
  return node;
}

export function requireCmsEnv(): void {
  expect(CMS, "CMS_URL must be set (npm test sets it)").not.toBe("");
  expect(STAFF_PASSWORD, "SEED_STAFF_PASSWORD must be set (npm test sets it)").not.toBe("");
}

export async function login(request: APIRequestContext, who: Staff): Promise<string> {
  const response = await request.post(`${CMS}/admin/login`, { data: { email: `${who}@newsroom.example`, password: STAFF_PASSWORD } });
  expect(response.status(), `login as ${who}`).toBe(200);
  const token = field(await response.json(), "data", "token");
  if (typeof token !== "string") throw new Error(`no admin token for ${who}`);
  return token;
}

export function admin(
  request: APIRequestContext,
  token: string,
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  data?: unknown,
): Promise<APIResponse> {
  return request.fetch(`${CMS}${path}`, { method, headers: { Authorization: `Bearer ${token}` }, ...(data === undefined ? {} : { data }) });
}

/** A complete English draft; `extra` overrides or adds fields. Returns its documentId. */
export async function createRelease(
  request: APIRequestContext,
  token: string,
  fields: { title: string; slug: string; lead: string } & Record<string, unknown>,
): Promise<string> {
  const created = await admin(request, token, "POST", `${RELEASES_PATH}?locale=en`, {
    documentType: "press-release",
    datelinePlace: "Geneva",
    releaseDate: new Date().toISOString(),
    body: [{ type: "paragraph", children: [{ type: "text", text: `Body of ${fields.title}.` }] }],
    ...fields,
  });
  expect(created.status(), await created.text()).toBeLessThan(300);
  const documentId = field(await created.json(), "data", "documentId");
  if (typeof documentId !== "string") throw new Error("the CMS returned no documentId");
  return documentId;
}

export function publishRelease(request: APIRequestContext, token: string, documentId: string): Promise<APIResponse> {
  return admin(request, token, "POST", `${RELEASES_PATH}/${documentId}/actions/publish?locale=en`, {});
}

/**
 * Polls `check` every 100 ms until it passes, failing past the deadline: `ms` from now, or
 * a deadline shared by several checks of one change (all measured from the CMS's answer).
 */
export async function within(ms: number | { deadline: number }, what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = typeof ms === "number" ? Date.now() + ms : ms.deadline;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline)
      throw new Error(`${what}: not seen by the deadline (${typeof ms === "number" ? `${String(ms)} ms` : "shared"})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
