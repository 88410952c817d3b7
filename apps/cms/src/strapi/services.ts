import type { UID } from "@strapi/strapi";
import { z } from "zod";
import { isRecord } from "@newsroom/contract";

/**
 * Typed edges of the Strapi services the CMS calls. Strapi types its service registry
 * (strapi.service(), strapi.plugin().service()) and strapi.db.query() results as `any`; here each
 * service is checked to have the methods called, and every result the CMS reads is parsed with
 * zod, so a Strapi upgrade that changes a shape fails at start-up with the service's name
 * instead of passing a wrong value on. Objects handed back to Strapi keep all their keys (loose).
 */

/** The part of Core.Strapi these edges use (so a unit test can hand in a plain object). */
export interface ServiceRegistry {
  service(uid: UID.Service): unknown;
  plugin(name: string): { service(name: string): unknown };
}

/** A method of an untyped service: callable, its result unknown until a schema parses it. */
type Method = (...args: unknown[]) => unknown;

function hasMethods<K extends string>(value: unknown, names: readonly K[]): value is Record<K, Method> {
  return isRecord(value) && names.every((name) => typeof value[name] === "function");
}

function methodsOf<K extends string>(value: unknown, label: string, names: readonly K[]): Record<K, Method> {
  if (!hasMethods(value, names)) throw new Error(`Strapi's ${label} has changed: expected ${names.join(", ")}`);
  return value;
}

/** Rows and entities the CMS reads by id. */
export const idRow = z.object({ id: z.number() });

// ---- admin::role -------------------------------------------------------------------------------

const roleRow = z.object({ id: z.number(), name: z.string(), description: z.string().nullish() });

/** One admin permission as assignPermissions takes it. */
export interface AdminPermissionInput {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

export function adminRoleService(strapi: ServiceRegistry) {
  const roles = methodsOf(strapi.service("admin::role"), "admin::role service", [
    "getSuperAdmin",
    "findOne",
    "create",
    "update",
    "assignPermissions",
  ]);
  return {
    async getSuperAdmin(): Promise<{ id: number } | null> {
      return idRow.nullish().parse(await roles.getSuperAdmin()) ?? null;
    },
    async findByCode(code: string): Promise<z.infer<typeof roleRow> | null> {
      return roleRow.nullish().parse(await roles.findOne({ code })) ?? null;
    },
    async create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }> {
      return idRow.parse(await roles.create(attributes));
    },
    async update(id: number, attributes: { name: string; description: string }): Promise<void> {
      await roles.update({ id }, attributes);
    },
    async assignPermissions(roleId: number, permissions: AdminPermissionInput[]): Promise<void> {
      await roles.assignPermissions(roleId, permissions);
    },
  };
}

// ---- admin::user -------------------------------------------------------------------------------

export function adminUserService(strapi: ServiceRegistry) {
  const users = methodsOf(strapi.service("admin::user"), "admin::user service", ["create"]);
  return {
    async create(attributes: {
      email: string;
      firstname: string;
      lastname: string;
      password: string;
      isActive: boolean;
      roles: number[];
    }): Promise<void> {
      await users.create(attributes);
    },
  };
}

// ---- admin::api-token-content-api, admin::encryption --------------------------------------------

export function apiTokenService(strapi: ServiceRegistry) {
  const tokens = methodsOf(strapi.service("admin::api-token-content-api"), "admin::api-token-content-api service", [
    "hash",
    "revoke",
    "create",
  ]);
  return {
    hash(accessKey: string): string {
      return z.string().parse(tokens.hash(accessKey));
    },
    async revoke(id: number): Promise<void> {
      await tokens.revoke(id);
    },
    async create(attributes: {
      name: string;
      description: string;
      type: string;
      lifespan: null;
      permissions?: string[];
    }): Promise<{ id: number }> {
      return idRow.parse(await tokens.create(attributes));
    },
  };
}

export function encryptionService(strapi: ServiceRegistry) {
  const encryption = methodsOf(strapi.service("admin::encryption"), "admin::encryption service", ["encrypt"]);
  return {
    /** null when the admin has no encryption key configured (Strapi then logs a warning). */
    encrypt(value: string): string | null {
      return z.string().nullable().parse(encryption.encrypt(value));
    },
  };
}

// ---- admin::permission, admin::content-type ---------------------------------------------------

/** An admin action as Strapi registered it; passed back to Strapi whole. */
const adminAction = z.looseObject({
  actionId: z.string(),
  subjects: z.array(z.string()).nullish(),
  options: z.looseObject({ applyToProperties: z.array(z.string()).nullish() }).nullish(),
});
export type AdminAction = z.infer<typeof adminAction>;

const nestedPermissions = z.array(z.object({ properties: z.object({ fields: z.array(z.string()).nullish() }) }));

export function adminPermissionService(strapi: ServiceRegistry) {
  const service: unknown = strapi.service("admin::permission");
  const actions = methodsOf(isRecord(service) ? service.actionProvider : undefined, "admin::permission actionProvider", ["get"]);
  const contentTypes = methodsOf(strapi.service("admin::content-type"), "admin::content-type service", ["getPermissionsWithNestedFields"]);
  return {
    action(actionId: string): AdminAction | undefined {
      return adminAction.nullish().parse(actions.get(actionId)) ?? undefined;
    },
    /** The fields (nested ones of components too) an action on these subjects covers. */
    nestedFields(actions: AdminAction[]): z.infer<typeof nestedPermissions> {
      return nestedPermissions.parse(contentTypes.getPermissionsWithNestedFields(actions));
    },
  };
}

// ---- plugin i18n: locales ----------------------------------------------------------------------

export function i18nLocaleService(strapi: ServiceRegistry) {
  const locales = methodsOf(strapi.plugin("i18n").service("locales"), "i18n locales service", [
    "find",
    "create",
    "setDefaultLocale",
    "getDefaultLocale",
  ]);
  return {
    async find(): Promise<{ code: string }[]> {
      return z.array(z.object({ code: z.string() })).parse(await locales.find());
    },
    async create(locale: { code: string; name: string }): Promise<void> {
      await locales.create(locale);
    },
    async setDefaultLocale(code: string): Promise<void> {
      await locales.setDefaultLocale({ code });
    },
    /** The default locale's code; unset only before i18n's own bootstrap has run. */
    async getDefaultLocale(): Promise<string | null | undefined> {
      return z
        .string()
        .nullish()
        .parse(await locales.getDefaultLocale());
    },
  };
}

// ---- plugin upload -----------------------------------------------------------------------------

/** An upload::file row; every column is kept, since the seed copies the file into image blocks. */
export const uploadedFile = z.looseObject({ id: z.number(), url: z.string() });
export type UploadedFile = z.infer<typeof uploadedFile>;

export interface UploadInput {
  data: { fileInfo: { name: string; alternativeText: string | null; caption: string | null } };
  files: { filepath: string; originalFilename: string; mimetype: string; size: number };
}

export function uploadService(strapi: ServiceRegistry) {
  const upload = methodsOf(strapi.plugin("upload").service("upload"), "upload service", ["upload"]);
  return {
    /** Uploads one file: Strapi's row of it, or undefined if the upload returned none. */
    async uploadOne(input: UploadInput): Promise<UploadedFile | undefined> {
      const [first] = z.array(z.unknown()).parse(await upload.upload(input));
      const file = uploadedFile.safeParse(first);
      return file.success ? file.data : undefined;
    },
  };
}
