import type { Core } from "@strapi/strapi";
import { adminRoleService, adminUserService } from "../strapi/services";

/**
 * Development convenience only: creates a super admin from ADMIN_EMAIL/ADMIN_PASSWORD when
 * both are set and no such user exists. Never runs in production, so production never has
 * a password that came from a file.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi, email: string, password: string): Promise<void> {
  const existing: unknown = await strapi.db.query("admin::user").findOne({ where: { email: email.toLowerCase() } });
  if (existing) return;
  const superAdmin = await adminRoleService(strapi).getSuperAdmin();
  if (!superAdmin) throw new Error("The Super Admin role is missing");
  await adminUserService(strapi).create({
    email: email.toLowerCase(),
    firstname: "Development",
    lastname: "Admin",
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Development admin ${email} created`);
}
