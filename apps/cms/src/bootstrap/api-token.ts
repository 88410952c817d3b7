import type { Core } from "@strapi/strapi";
import { z } from "zod";
import { apiTokenService, encryptionService } from "../strapi/services";
import { contentTypes, embargoRoutes, subscriptionRoutes } from "@newsroom/contract";

/** The columns of an admin::api-token row this file compares. */
const storedToken = z.object({
  id: z.number(),
  accessKey: z.string(),
  type: z.string(),
  permissions: z.array(z.object({ action: z.string() })).optional(),
});

interface TokenSpec {
  name: string;
  description: string;
  type: "read-only" | "custom";
  /** Content API actions of a custom token. */
  permissions?: string[];
  /** The env variable the value comes from, for the log line. */
  source: string;
}

/** What the site reads in preview: every newsroom type, drafts included (see draft-guard.ts). */
const PREVIEW_READS = (["pressRelease", "pressContact", "country", "region", "theme", "slugRedirect", "withdrawalNotice"] as const)
  .flatMap((name) => [`${contentTypes[name].uid}.find`, `${contentTypes[name].uid}.findOne`])
  .concat([`${contentTypes.navigation.uid}.find`, `${contentTypes.siteSetting.uid}.find`]);

/**
 * Makes sure an API token with the configured secret exists, so the site and the CMS share
 * one value from their env files instead of someone copying a token by hand. Strapi stores
 * only an HMAC of it (salted with API_TOKEN_SALT), as for any token.
 */
async function ensureApiToken(strapi: Core.Strapi, spec: TokenSpec, accessKey: string): Promise<void> {
  const tokens = apiTokenService(strapi);
  const hashed = tokens.hash(accessKey);
  const query = strapi.db.query("admin::api-token");

  const existing = storedToken.nullable().parse(await query.findOne({ where: { name: spec.name }, populate: ["permissions"] }));
  const samePermissions =
    spec.permissions === undefined ||
    JSON.stringify((existing?.permissions ?? []).map((p) => p.action).sort()) === JSON.stringify([...spec.permissions].sort());
  if (existing && existing.accessKey === hashed && existing.type === spec.type && samePermissions) return;
  if (existing) await tokens.revoke(existing.id);

  const created = await tokens.create({
    name: spec.name,
    description: spec.description,
    type: spec.type,
    lifespan: null,
    ...(spec.permissions ? { permissions: spec.permissions } : {}),
  });
  await query.update({
    where: { id: created.id },
    data: { accessKey: hashed, encryptedKey: encryptionService(strapi).encrypt(accessKey) },
  });
  strapi.log.info(`API token "${spec.name}" set from ${spec.source}`);
}

/** The site's token for published content. Read-only tokens never get drafts. */
export function ensureReadToken(strapi: Core.Strapi, accessKey: string): Promise<void> {
  return ensureApiToken(
    strapi,
    {
      name: "Public site (read-only)",
      description: "Used by the public website to read published content. Managed by the CMS bootstrap from CMS_READ_TOKEN.",
      type: "read-only",
      source: "CMS_READ_TOKEN",
    },
    accessKey,
  );
}

/** The site's token for draft preview: reads only, drafts included. */
export function ensurePreviewToken(strapi: Core.Strapi, accessKey: string): Promise<void> {
  return ensureApiToken(
    strapi,
    {
      name: "Site preview (drafts, read-only)",
      description: "Used by the website's preview to read drafts for editors. Managed by the CMS bootstrap from CMS_PREVIEW_TOKEN.",
      type: "custom",
      permissions: PREVIEW_READS,
      source: "CMS_PREVIEW_TOKEN",
    },
    accessKey,
  );
}

/** The site's token for personal links (subscriptions, embargoes): those actions, nothing else (no content). */
export function ensureSubscriptionsToken(strapi: Core.Strapi, accessKey: string): Promise<void> {
  return ensureApiToken(
    strapi,
    {
      name: "Site subscriptions",
      description:
        "Used by the website's subscribe, confirm and unsubscribe pages and journalists' embargoed links. Managed by the CMS bootstrap from CMS_SUBSCRIPTIONS_TOKEN.",
      type: "custom",
      permissions: [...Object.values(subscriptionRoutes), ...Object.values(embargoRoutes)].map((route) => route.scope),
      source: "CMS_SUBSCRIPTIONS_TOKEN",
    },
    accessKey,
  );
}
