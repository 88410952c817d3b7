import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { adminRoleService, adminUserService } from "../strapi/services";

/** The sample staff accounts: for trying the editorial workflow and for the end-to-end tests. */
export const seedStaff = [
  { email: "admin@newsroom.example", firstname: "Ana", lastname: "Admin", role: "super-admin" },
  { email: "editor@newsroom.example", firstname: "Elena", lastname: "Editor", role: "editor" },
  { email: "author@newsroom.example", firstname: "Omar", lastname: "Author", role: "author" },
] as const;

/**
 * Creates the sample staff accounts that do not exist yet (never changes an existing
 * account or its password). Only with SEED_CONTENT=true and SEED_STAFF_PASSWORD set: a real
 * newsroom invites its people from Settings › Users instead.
 */
export async function ensureSeedStaff(strapi: Core.Strapi, password: string, roleIds: { editor: number; author: number }): Promise<void> {
  const users = strapi.db.query("admin::user");
  const superAdmin = await adminRoleService(strapi).getSuperAdmin();
  if (!superAdmin) throw new Error("The Super Admin role is missing");
  const roleOf = { "super-admin": superAdmin.id, editor: roleIds.editor, author: roleIds.author } as const;
  for (const person of seedStaff) {
    const existing: unknown = await users.findOne({ where: { email: person.email } });
    if (existing) continue;
    await adminUserService(strapi).create({
      email: person.email,
      firstname: person.firstname,
      lastname: person.lastname,
      password,
      isActive: true,
      roles: [roleOf[person.role]],
    });
    strapi.log.info(`Sample staff account ${person.email} (${person.role}) created`);
  }
}

/**
 * Production refuses to start while a sample staff account exists (seeded in development,
 * then the database promoted): its email is public and its password sits in a dev .env.
 */
export async function refuseSeedStaffInProduction(strapi: Core.Strapi): Promise<void> {
  const rows: unknown = await strapi.db
    .query("admin::user")
    .findMany({ where: { email: { $in: seedStaff.map((p) => p.email) } }, select: ["email"] });
  const found = z.array(z.object({ email: z.string() })).parse(rows);
  if (found.length > 0) {
    throw new Error(
      `The CMS refuses to start in production: sample staff accounts exist (${found.map((u) => u.email).join(", ")}). ` +
        "Delete them in Settings › Users (or from the admin_users table) and invite real staff.",
    );
  }
}
