import type { Core } from "@strapi/strapi";

/** Content the public site may read. Everything else (and every write) stays closed. */
const PUBLIC_READ = [
  "api::press-release.press-release.find",
  "api::press-release.press-release.findOne",
  "api::press-contact.press-contact.find",
  "api::press-contact.press-contact.findOne",
  "api::country.country.find",
  "api::country.country.findOne",
  "api::region.region.find",
  "api::region.region.findOne",
  "api::theme.theme.find",
  "api::theme.theme.findOne",
  "api::navigation.navigation.find",
  "api::site-setting.site-setting.find",
  // Where old addresses lead and which releases were withdrawn (public facts, shown on the site).
  "api::slug-redirect.slug-redirect.find",
  "api::slug-redirect.slug-redirect.findOne",
  "api::withdrawal-notice.withdrawal-notice.find",
  "api::withdrawal-notice.withdrawal-notice.findOne",
];

/**
 * The Public role gets exactly find/findOne on newsroom content, at every start: a write
 * permission granted by mistake in the admin is removed again (and logged).
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role: { id: number } | null = await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "public" } });
  if (!role) throw new Error("users-permissions: the Public role is missing");

  const permissions = strapi.db.query("plugin::users-permissions.permission");
  const current: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id } });

  for (const permission of current) {
    if (permission.action.startsWith("api::") && !PUBLIC_READ.includes(permission.action)) {
      strapi.log.warn(`Removing public permission ${permission.action}: the public may only read published content`);
      await permissions.delete({ where: { id: permission.id } });
    }
  }
  const granted = new Set(current.map((p) => p.action));
  for (const action of PUBLIC_READ) {
    if (!granted.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}

/** Nobody signs up through the public API: the newsroom has no reader accounts. */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" });
  const advanced: unknown = await store.get();
  if (typeof advanced === "object" && advanced !== null && "allow_register" in advanced && advanced.allow_register === false) return;
  await store.set({ value: { ...(typeof advanced === "object" ? advanced : {}), allow_register: false } });
}
