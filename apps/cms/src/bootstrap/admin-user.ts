import type { Core } from "@strapi/strapi";

/**
 * Development convenience only: creates a super admin from ADMIN_EMAIL/ADMIN_PASSWORD when
 * both are set and no such user exists. Never runs in production, so production never has
 * a password that came from a file.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi, email: string, password: string): Promise<void> {
  const users = strapi.db.query("admin::user");
  if (await users.findOne({ where: { email: email.toLowerCase() } })) return;
  const superAdmin: { id: number } | null = await strapi.service("admin::role").getSuperAdmin();
  if (!superAdmin) throw new Error("The Super Admin role is missing");
  await strapi.service("admin::user").create({
    email: email.toLowerCase(),
    firstname: "Development",
    lastname: "Admin",
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Development admin ${email} created`);
}
