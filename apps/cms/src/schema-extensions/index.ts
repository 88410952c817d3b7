import type { Core } from "@strapi/strapi";
import { adminIndexes } from "./admin-indexes";
import { searchExtension } from "./search";

/**
 * Database objects the newsroom adds to Strapi's own tables (indexes, full-text search), which a
 * content-type schema cannot declare. Strapi's migrations (database/migrations) run before its
 * schema sync, when a fresh database has no tables yet, so these run right after each sync
 * instead (Strapi's `content-types.afterSync` hook). Every step is idempotent (IF NOT EXISTS,
 * CREATE OR REPLACE) and is re-applied at each start: Strapi leaves objects it did not create
 * alone, but SQLite drops a table's indexes and triggers when Strapi rebuilds that table.
 */
export interface SchemaExtension {
  /** Shown in the log when the step fails. */
  name: string;
  apply(strapi: Core.Strapi): Promise<void>;
}

/** In order: a step may rely on the ones before it. */
const EXTENSIONS: readonly SchemaExtension[] = [searchExtension, adminIndexes];

/** Strapi types its hooks as `any`: this is the one method used, checked at start-up. */
function afterSyncHook(strapi: Core.Strapi): { register(handler: () => Promise<void>): void } {
  const hook: unknown = strapi.hook("strapi::content-types.afterSync");
  if (typeof hook !== "object" || hook === null || !("register" in hook) || typeof hook.register !== "function")
    throw new Error("Strapi's content-types.afterSync hook has changed: expected register()");
  const register = hook.register;
  return {
    register(handler) {
      Reflect.apply(register, hook, [handler]);
    },
  };
}

export function registerSchemaExtensions(strapi: Core.Strapi): void {
  afterSyncHook(strapi).register(async () => {
    for (const extension of EXTENSIONS) {
      try {
        await extension.apply(strapi);
      } catch (error) {
        throw new Error(`Database extension "${extension.name}" failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
  });
}
