import { z } from "zod";

/**
 * The importer's way into the CMS: Strapi's admin API, the one the admin panel uses, so every
 * write is an editor's save — the same validation, document-service middlewares (slug from the
 * headline, search index, publish rules and publication log) and revalidation of the site.
 */
export class CmsError extends Error {}

const loginSchema = z.object({ data: z.object({ token: z.string() }) });
const listSchema = z.object({
  results: z.array(z.record(z.string(), z.unknown())),
  pagination: z.object({ pageCount: z.number() }).optional(),
});
const documentSchema = z.object({ data: z.record(z.string(), z.unknown()) });
const uploadSchema = z.array(z.object({ id: z.number(), url: z.string(), name: z.string() }).loose());
const filesSchema = z.object({ results: z.array(z.object({ id: z.number(), url: z.string(), name: z.string() }).loose()) });

export type UploadedFile = z.infer<typeof uploadSchema>[number];
export type CmsDocument = Record<string, unknown> & { documentId: string };

const hasDocumentId = (value: Record<string, unknown>): value is CmsDocument => typeof value.documentId === "string";

export class AdminApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** Logs in once per run (the admin login is rate-limited). */
  static async login(baseUrl: string, email: string, password: string): Promise<AdminApi> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/admin/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
    } catch (error) {
      throw new CmsError(
        `The CMS at ${baseUrl} cannot be reached (${error instanceof Error ? error.message : String(error)}): is it running?`,
      );
    }
    if (!response.ok)
      throw new CmsError(`Logging in to ${baseUrl} as ${email} failed: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    return new AdminApi(baseUrl, loginSchema.parse(await response.json()).data.token);
  }

  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body instanceof FormData ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new CmsError(`${method} ${path.split("?")[0] ?? path}: HTTP ${response.status} ${cmsMessage(text)}`);
    return text === "" ? null : JSON.parse(text);
  }

  async find(uid: string, filters: Record<string, string>, locale?: string): Promise<CmsDocument[]> {
    const params = new URLSearchParams({ page: "1", pageSize: "100" });
    if (locale) params.set("locale", locale);
    Object.entries(filters).forEach(([field, value], i) => {
      params.set(`filters[$and][${i}][${field}][$eq]`, value);
    });
    const body = listSchema.parse(await this.request("GET", `/content-manager/collection-types/${uid}?${params}`));
    return body.results.filter(hasDocumentId);
  }

  /** Every document of a type in a language (taxonomy: a few dozen). */
  async all(uid: string, locale: string): Promise<CmsDocument[]> {
    const out: CmsDocument[] = [];
    for (let page = 1; ; page++) {
      const body = listSchema.parse(
        await this.request("GET", `/content-manager/collection-types/${uid}?page=${page}&pageSize=100&locale=${locale}`),
      );
      out.push(...body.results.filter(hasDocumentId));
      if (page >= (body.pagination?.pageCount ?? 1)) return out;
    }
  }

  /** The draft (or, with status "published", the live version), or null if there is none. */
  async get(uid: string, documentId: string, locale?: string, status: "draft" | "published" = "draft"): Promise<CmsDocument | null> {
    const params = new URLSearchParams({ status });
    if (locale) params.set("locale", locale);
    try {
      const body = documentSchema.parse(await this.request("GET", `/content-manager/collection-types/${uid}/${documentId}?${params}`));
      if (status === "published" && !body.data.publishedAt) return null;
      return hasDocumentId(body.data) ? body.data : null;
    } catch (error) {
      if (error instanceof CmsError && / HTTP 404 /.test(error.message)) return null;
      throw error;
    }
  }

  async create(uid: string, data: Record<string, unknown>, locale?: string): Promise<CmsDocument> {
    const body = documentSchema.parse(
      await this.request("POST", `/content-manager/collection-types/${uid}${locale ? `?locale=${locale}` : ""}`, data),
    );
    if (!hasDocumentId(body.data)) throw new CmsError(`${uid}: the CMS created a document without documentId`);
    return body.data;
  }

  /** Updates a draft; in a language the document lacks, Strapi creates that version. */
  async update(uid: string, documentId: string, data: Record<string, unknown>, locale?: string): Promise<void> {
    await this.request("PUT", `/content-manager/collection-types/${uid}/${documentId}${locale ? `?locale=${locale}` : ""}`, data);
  }

  async publish(uid: string, documentId: string, locale: string): Promise<void> {
    await this.request("POST", `/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`, {});
  }

  async delete(uid: string, documentId: string, locale?: string): Promise<void> {
    await this.request("DELETE", `/content-manager/collection-types/${uid}/${documentId}${locale ? `?locale=${locale}` : ""}`);
  }

  async findFile(name: string): Promise<UploadedFile | undefined> {
    const params = new URLSearchParams({ page: "1", pageSize: "1", "filters[$and][0][name][$eq]": name });
    return filesSchema.parse(await this.request("GET", `/upload/files?${params}`)).results[0];
  }

  async upload(name: string, bytes: Buffer, mime: string, info: { alternativeText: string; caption?: string }): Promise<UploadedFile> {
    const form = new FormData();
    form.append("files", new Blob([new Uint8Array(bytes)], { type: mime }), name);
    form.append("fileInfo", JSON.stringify({ name, alternativeText: info.alternativeText, caption: info.caption ?? null }));
    const [file] = uploadSchema.parse(await this.request("POST", "/upload", form));
    if (!file) throw new CmsError(`upload of ${name} returned no file`);
    return file;
  }
}

/** Strapi's error message, not its whole JSON. */
function cmsMessage(text: string): string {
  try {
    const parsed = z.object({ error: z.object({ message: z.string() }) }).safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.error.message;
  } catch {
    // not JSON
  }
  return text.slice(0, 300);
}
