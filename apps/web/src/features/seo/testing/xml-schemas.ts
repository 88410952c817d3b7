import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

/**
 * For tests only: validates XML against the official sitemap schemas kept in
 * packages/devtools/schemas (see the README there), with libxml2's xmllint compiled to
 * WebAssembly, so no system package or network is needed.
 */
// Tests run from apps/web (vitest and Playwright alike); import.meta would make Playwright load this as ESM.
const schemaDir = path.resolve(process.cwd(), "../../packages/devtools/schemas");

async function file(name: string) {
  return { fileName: name, contents: await readFile(path.join(schemaDir, name), "utf8") };
}

export type SitemapSchema = "urlset" | "sitemapindex";

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export async function validateSitemap(xml: string, kind: SitemapSchema): Promise<SchemaResult> {
  const schema = kind === "sitemapindex" ? await file("siteindex.xsd") : await file("urlset-with-extensions.xsd");
  const preload = kind === "sitemapindex" ? [] : await Promise.all(["sitemap.xsd", "sitemap-news.xsd", "xhtml-link.xsd"].map(file));
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
