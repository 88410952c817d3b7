import type { Core } from "@strapi/strapi";
import localeConfig from "@newsroom/config/locales.json";
import { adminPermissionService, adminRoleService, type AdminPermissionInput } from "../strapi/services";
import { SCHEDULE_FIELDS } from "./lifecycle";
import { contentTypes } from "@newsroom/contract";

const PRESS_RELEASE = contentTypes.pressRelease.uid;
const PRESS_CONTACT = contentTypes.pressContact.uid;
const JOURNALIST = contentTypes.journalist.uid;
const TAXONOMY = [contentTypes.country.uid, contentTypes.region.uid, contentTypes.theme.uid];

const CM = "plugin::content-manager.explorer";

/** One permission of an admin role, as Strapi stores it (fields/locales filled in at boot). */
export interface RolePermission {
  action: string;
  subject: string | null;
  /** Fields of the subject left out of this permission (Strapi drops them from the role's writes). */
  exceptFields?: readonly string[];
}

/**
 * The two newsroom roles, exactly. Editors run the newsroom: they write, edit, publish and
 * unpublish press releases and keep press contacts up to date. Authors write and edit
 * drafts; they cannot publish. Only editors see the accredited journalists (their addresses). Neither may delete (withdrawing is the editorial act; deleting
 * loses the record) nor change navigation, settings, taxonomy, users or webhooks.
 * These lists are enforced at every start: a permission added by hand in Settings › Roles is
 * removed again, so the roles always mean what this file says.
 */
export const newsroomRoles = {
  editor: {
    code: "strapi-editor",
    name: "Editor",
    description:
      "Communications editors: create, edit, publish and unpublish press releases; keep press contacts and accredited journalists up to date.",
    permissions: [
      ...[`${CM}.create`, `${CM}.read`, `${CM}.update`, `${CM}.publish`].map((action) => ({ action, subject: PRESS_RELEASE })),
      ...[`${CM}.create`, `${CM}.read`, `${CM}.update`].map((action) => ({ action, subject: PRESS_CONTACT })),
      ...[`${CM}.create`, `${CM}.read`, `${CM}.update`].map((action) => ({ action, subject: JOURNALIST })),
      ...TAXONOMY.map((subject) => ({ action: `${CM}.read`, subject })),
      ...mediaLibrary(),
    ],
  },
  author: {
    code: "strapi-author",
    name: "Author",
    description: "Writers: create and edit press release drafts. An editor publishes them.",
    permissions: [
      { action: `${CM}.read`, subject: PRESS_RELEASE },
      // The schedule publishes or withdraws by itself: whoever sets it publishes. Authors may not,
      // so their saves cannot carry it (the Publishing panel shows them the time, read-only).
      ...[`${CM}.create`, `${CM}.update`].map((action) => ({ action, subject: PRESS_RELEASE, exceptFields: SCHEDULE_FIELDS })),
      { action: `${CM}.read`, subject: PRESS_CONTACT },
      ...TAXONOMY.map((subject) => ({ action: `${CM}.read`, subject })),
      ...mediaLibrary(),
    ],
  },
} satisfies Record<string, { code: string; name: string; description: string; permissions: RolePermission[] }>;

/** Photos and documents for releases: upload, edit details, download, copy links. */
function mediaLibrary(): RolePermission[] {
  return ["read", "configure-view", "assets.create", "assets.update", "assets.download", "assets.copy-link"].map((name) => ({
    action: `plugin::upload.${name}`,
    subject: null,
  }));
}

/** Every field (nested ones of components too) and every language, as the admin would grant them. */
function withProperties(strapi: Core.Strapi, permission: RolePermission): AdminPermissionInput {
  if (permission.subject === null) return { action: permission.action, subject: null, properties: {}, conditions: [] };
  const permissions = adminPermissionService(strapi);
  const action = permissions.action(permission.action);
  if (!action) throw new Error(`Unknown admin permission ${permission.action}`);
  const [nested] = permissions.nestedFields([{ ...action, subjects: [permission.subject] }]);
  const appliesTo = action.options?.applyToProperties ?? [];
  const properties: AdminPermissionInput["properties"] = {};
  const except = new Set(permission.exceptFields);
  if (nested?.properties.fields) properties.fields = nested.properties.fields.filter((field) => !except.has(field));
  if (appliesTo.includes("locales")) properties.locales = localeConfig.locales.map((l) => l.code);
  return { action: permission.action, subject: permission.subject, properties, conditions: [] };
}

async function ensureRole(strapi: Core.Strapi, role: (typeof newsroomRoles)[keyof typeof newsroomRoles]): Promise<number> {
  const roles = adminRoleService(strapi);
  const existing = await roles.findByCode(role.code);
  if (existing) {
    if (existing.name !== role.name || existing.description !== role.description) {
      await roles.update(existing.id, { name: role.name, description: role.description });
    }
    return existing.id;
  }
  const created = await roles.create({ name: role.name, code: role.code, description: role.description });
  return created.id;
}

/** Creates the Editor and Author roles if missing and sets their permissions to exactly the lists above. */
export async function ensureNewsroomRoles(strapi: Core.Strapi): Promise<{ editor: number; author: number }> {
  const editor = await ensureRole(strapi, newsroomRoles.editor);
  const author = await ensureRole(strapi, newsroomRoles.author);
  const roles = adminRoleService(strapi);
  await roles.assignPermissions(
    editor,
    newsroomRoles.editor.permissions.map((p) => withProperties(strapi, p)),
  );
  await roles.assignPermissions(
    author,
    newsroomRoles.author.permissions.map((p) => withProperties(strapi, p)),
  );
  return { editor, author };
}
