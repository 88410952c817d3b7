/**
 * Where Strapi keeps what: table and column names of the press release and the tables its
 * relations, components and media use, read from Strapi's own database metadata (not
 * hard-coded), so the bulk writer puts rows exactly where the document service would. Each
 * shape is checked: a Strapi upgrade that changes one stops the generator with its name.
 */
import type { Core } from "@strapi/strapi";
import { z } from "zod";

const column = z.object({ name: z.string() });

const joinTableSchema = z.object({
  name: z.string(),
  joinColumn: column,
  inverseJoinColumn: column,
  orderColumnName: z.string().optional(),
  inverseOrderColumnName: z.string().optional(),
});
export type JoinTable = z.infer<typeof joinTableSchema>;

const componentJoinSchema = joinTableSchema.extend({
  on: z.object({ field: z.string() }),
  orderColumnName: z.string(),
  pivotColumns: z.array(z.string()),
});

const morphJoinSchema = z.object({
  name: z.string(),
  joinColumn: column,
  morphColumn: z.object({ typeColumn: column, idColumn: column }),
  orderColumnName: z.string().optional(),
  pivotColumns: z.array(z.string()),
});

const metadataSchema = z.object({
  tableName: z.string(),
  attributes: z.record(z.string(), z.looseObject({ type: z.string(), columnName: z.string().optional() })),
});

function metadataOf(strapi: Core.Strapi, uid: string) {
  const found: unknown = strapi.db.metadata.get(uid);
  return metadataSchema.parse(found);
}

function attributeOf(strapi: Core.Strapi, uid: string, name: string): Record<string, unknown> {
  const attribute = metadataOf(strapi, uid).attributes[name];
  if (!attribute) throw new Error(`Strapi's metadata of ${uid} has no attribute ${name}`);
  return attribute;
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Strapi's database metadata has changed (${what}): ${parsed.error.message}`);
  return parsed.data;
}

export function joinTableOf(strapi: Core.Strapi, uid: string, relation: string): JoinTable {
  return parseOr(joinTableSchema, attributeOf(strapi, uid, relation).joinTable, `${uid}.${relation}`);
}

export function componentJoinOf(strapi: Core.Strapi, uid: string, field: string) {
  return parseOr(componentJoinSchema, attributeOf(strapi, uid, field).joinTable, `${uid}.${field} (component)`);
}

/** The morph table that links upload files to what uses them (files_related_mph). */
export function fileMorphJoin(strapi: Core.Strapi) {
  return parseOr(morphJoinSchema, attributeOf(strapi, "plugin::upload.file", "related").joinTable, "plugin::upload.file.related");
}

export function tableOf(strapi: Core.Strapi, uid: string): string {
  return metadataOf(strapi, uid).tableName;
}

/** Whether a content type has this attribute in this Strapi version (firstPublishedAt came late in 5.x). */
export function hasAttribute(strapi: Core.Strapi, uid: string, name: string): boolean {
  return name in metadataOf(strapi, uid).attributes;
}
