/**
 * The CMS's admin API as an editor uses it (log in, write a press release draft, publish)
 * and plain page reads of the site: shared by the publish-to-live benchmark and the
 * lost-change check of `npm test`.
 */
import { contentManagerPath } from "@newsroom/contract";
import { z } from "zod";
import { errorMessage } from "./log";

const REQUEST_TIMEOUT_MS = 10_000;
export const EDITOR_EMAIL = "editor@newsroom.example";

/** A failure the caller explains in one line (no stack trace needed). */
export class AdminApiError extends Error {}

const strapiErrorSchema = z.object({ error: z.object({ message: z.string() }) });

/** fetch's "fetch failed" says nothing: its cause (ECONNREFUSED, timeout) does. */
export function describeFailure(err: unknown): string {
  return err instanceof Error && err.cause instanceof Error ? err.cause.message : errorMessage(err);
}

/** JSON from the admin API, parsed with `schema`; a Strapi error message on failure. */
async function adminJson<T>(schema: z.ZodType<T>, url: string, init: { method: string; token?: string; body?: unknown }): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method: init.method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AdminApiError(`${init.method} ${url}: HTTP ${String(response.status)}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const parsed = strapiErrorSchema.safeParse(json);
    throw new AdminApiError(
      `${init.method} ${url}: HTTP ${String(response.status)}${parsed.success ? ` – ${parsed.data.error.message}` : ""}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AdminApiError(`${init.method} ${url}: unexpected answer: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const loginSchema = z.object({ data: z.object({ token: z.string().min(1) }) });
const documentSchema = z.object({ documentId: z.string().min(1), slug: z.string().min(1) });
const documentAnswerSchema = z.object({ data: documentSchema });
const listAnswerSchema = z.object({ results: z.array(documentSchema) });

export type Release = z.infer<typeof documentSchema>;

/** An English press release, edited and published through the admin API as an editor. */
export class Admin {
  private constructor(
    private readonly cmsUrl: string,
    private readonly token: string,
  ) {}

  static async login(cmsUrl: string, email: string, password: string): Promise<Admin> {
    const answer = await adminJson(loginSchema, `${cmsUrl}/admin/login`, { method: "POST", body: { email, password } });
    return new Admin(cmsUrl, answer.data.token);
  }

  private url(path: string): string {
    return `${this.cmsUrl}${contentManagerPath("pressRelease")}${path}`;
  }

  /** The release an earlier run created, if there is one. */
  async findBySlug(slug: string): Promise<Release | undefined> {
    const query = new URLSearchParams({ locale: "en", page: "1", pageSize: "10", "filters[$and][0][slug][$eq]": slug });
    const answer = await adminJson(listAnswerSchema, this.url(`?${query.toString()}`), { method: "GET", token: this.token });
    return answer.results.find((r) => r.slug === slug);
  }

  /** A complete draft (every field publishing requires); `purpose` becomes its lead. */
  async create(title: string, slug: string, purpose: string, documentType = "news-story"): Promise<Release> {
    const data = {
      title,
      slug,
      documentType,
      datelinePlace: "Geneva",
      releaseDate: new Date().toISOString(),
      lead: purpose,
      body: [
        { type: "paragraph", children: [{ type: "text", text: "This release exists for a test of how published changes reach readers." }] },
      ],
    };
    const answer = await adminJson(documentAnswerSchema, this.url("?locale=en"), { method: "POST", token: this.token, body: data });
    return answer.data;
  }

  async setTitle(documentId: string, title: string): Promise<void> {
    await adminJson(documentAnswerSchema, this.url(`/${documentId}?locale=en`), { method: "PUT", token: this.token, body: { title } });
  }

  async publish(documentId: string): Promise<void> {
    await adminJson(documentAnswerSchema, this.url(`/${documentId}/actions/publish?locale=en`), {
      method: "POST",
      token: this.token,
      body: {},
    });
  }
}

/** One fresh GET, the body as text. Node's fetch keeps no HTTP cache, so each poll reaches the site. */
export async function getPage(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: response.status, html: await response.text() };
}
