import { z } from "zod";
import { contentManagerPath } from "@newsroom/contract";
import { testEnv } from "./env";

/**
 * A small client for Strapi's admin API (what the admin panel itself calls), used by the
 * editorial tests to act as the seeded staff accounts against a real, running CMS.
 */
export const cmsUrl = testEnv.CMS_URL;
export const staffPassword = testEnv.SEED_STAFF_PASSWORD;
export const readToken = testEnv.CMS_READ_TOKEN;

export const staff = {
  admin: "admin@newsroom.example",
  editor: "editor@newsroom.example",
  author: "author@newsroom.example",
} as const;
export type StaffMember = keyof typeof staff;

export const PRESS_RELEASES = contentManagerPath("pressRelease");

export function requireCms(): void {
  if (!cmsUrl || !staffPassword || !readToken) {
    throw new Error("CMS_URL, CMS_READ_TOKEN and SEED_STAFF_PASSWORD must point at a running, seeded Strapi (npm test sets them)");
  }
}

const loginSchema = z.object({ data: z.object({ token: z.string() }) });
const tokens = new Map<string, string>();

export async function login(who: StaffMember, baseUrl = cmsUrl): Promise<string> {
  const key = `${baseUrl} ${who}`;
  const known = tokens.get(key);
  if (known) return known;
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: staff[who], password: staffPassword }),
  });
  if (!response.ok) throw new Error(`login as ${staff[who]} failed: HTTP ${response.status} ${await response.text()}`);
  const token = loginSchema.parse(await response.json()).data.token;
  tokens.set(key, token);
  return token;
}

export interface AdminResponse {
  status: number;
  body: unknown;
  text: string;
}

export async function admin(who: StaffMember, method: string, path: string, body?: unknown, baseUrl = cmsUrl): Promise<AdminResponse> {
  const token = await login(who, baseUrl);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

const documentSchema = z.object({ data: z.object({ documentId: z.string() }) });

/** A unique, valid draft press release (English). */
export function draftRelease(runId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `Editorial test ${runId}`,
    slug: `editorial-test-${runId}`,
    documentType: "press-release",
    datelinePlace: "Geneva",
    releaseDate: new Date().toISOString(),
    lead: `Lead of the editorial test ${runId}.`,
    body: [{ type: "paragraph", children: [{ type: "text", text: `Body ${runId}.` }] }],
    ...extra,
  };
}

export async function createDraft(who: StaffMember, data: Record<string, unknown>, locale = "en"): Promise<string> {
  const response = await admin(who, "POST", `${PRESS_RELEASES}?locale=${locale}`, data);
  if (response.status !== 201 && response.status !== 200) throw new Error(`create failed: HTTP ${response.status} ${response.text}`);
  return documentSchema.parse(response.body).data.documentId;
}

export function publish(who: StaffMember, documentId: string, locale = "en"): Promise<AdminResponse> {
  return admin(who, "POST", `${PRESS_RELEASES}/${documentId}/actions/publish?locale=${locale}`, {});
}

export function unpublish(who: StaffMember, documentId: string, locale = "en"): Promise<AdminResponse> {
  return admin(who, "POST", `${PRESS_RELEASES}/${documentId}/actions/unpublish?locale=${locale}`, {});
}

export function updateDraft(who: StaffMember, documentId: string, data: Record<string, unknown>, locale = "en"): Promise<AdminResponse> {
  return admin(who, "PUT", `${PRESS_RELEASES}/${documentId}?locale=${locale}`, data);
}

/** The content API as the site reads it (read-only token) or as the public. */
export async function contentApi(
  path: string,
  auth: "token" | "public" = "token",
): Promise<{ status: number; text: string; body: unknown }> {
  const response = await fetch(`${cmsUrl}${path}`, { headers: auth === "token" ? { Authorization: `Bearer ${readToken}` } : {} });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

export function runId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns true or the time is up; returns whether it did. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 1000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(intervalMs);
  }
}
