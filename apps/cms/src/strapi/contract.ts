import type { UID } from "@strapi/strapi";
import { components, contentTypes } from "@newsroom/contract";

/**
 * Typecheck-time guard: every UID @newsroom/contract names exists in Strapi's generated types
 * (types/generated, rewritten by `strapi develop` from the schema files), so renaming a content
 * type or component in the CMS fails `npm run typecheck` until the contract follows.
 */
export const contractContentTypes = contentTypes satisfies Record<string, { uid: UID.ContentType }>;
export const contractComponents = components satisfies Record<string, UID.Component>;
