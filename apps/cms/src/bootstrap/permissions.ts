import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { idRow } from "../strapi/services";

const permissionRows = z.array(z.object({ id: z.number(), action: z.string() }));

/**
 * The Public role gets nothing from the content API, at every start: the site reads with its
 * own token (CMS_READ_TOKEN), so an open API would only serve scrapers, and deep `populate=*`
 * queries are Strapi's slow path. A permission granted in the admin is removed again (and
 * logged). Uploads (/uploads/…) are static files, not the content API, and stay readable.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = idRow.nullable().parse(await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "public" } }));
  if (!role) throw new Error("users-permissions: the Public role is missing");

  const permissions = strapi.db.query("plugin::users-permissions.permission");
  const current = permissionRows.parse(await permissions.findMany({ where: { role: role.id } }));
  for (const permission of current) {
    if (permission.action.startsWith("api::")) {
      strapi.log.warn(`Removing public permission ${permission.action}: the site reads with its API token; the public gets nothing`);
      await permissions.delete({ where: { id: permission.id } });
    }
  }
}

/** Nobody signs up through the public API: the newsroom has no reader accounts. */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" });
  const advanced: unknown = await store.get();
  if (typeof advanced === "object" && advanced !== null && "allow_register" in advanced && advanced.allow_register === false) return;
  await store.set({ value: { ...(typeof advanced === "object" ? advanced : {}), allow_register: false } });
}
