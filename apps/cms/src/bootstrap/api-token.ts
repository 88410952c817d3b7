import type { Core } from "@strapi/strapi";

const TOKEN_NAME = "Public site (read-only)";

/**
 * Makes sure a read-only API token with the configured secret exists, so the site and the
 * CMS share one value from their env files instead of someone copying a token by hand.
 * Strapi stores only an HMAC of it (salted with API_TOKEN_SALT), as for any token.
 */
export async function ensureReadToken(strapi: Core.Strapi, accessKey: string): Promise<void> {
  const tokens = strapi.service("admin::api-token-content-api");
  const encryption = strapi.service("admin::encryption");
  const hashed: string = tokens.hash(accessKey);
  const query = strapi.db.query("admin::api-token");

  const existing: { id: number; accessKey: string; type: string } | null = await query.findOne({ where: { name: TOKEN_NAME } });
  if (existing && existing.accessKey === hashed && existing.type === "read-only") return;
  if (existing) await query.delete({ where: { id: existing.id } });

  const created: { id: number } = await tokens.create({
    name: TOKEN_NAME,
    description: "Used by the public website to read published content. Managed by the CMS bootstrap from CMS_READ_TOKEN.",
    type: "read-only",
    lifespan: null,
  });
  await query.update({ where: { id: created.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey) } });
  strapi.log.info(`API token "${TOKEN_NAME}" set from CMS_READ_TOKEN`);
}
