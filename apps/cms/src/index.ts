import type { Core } from "@strapi/strapi";
import { ensureDevelopmentAdmin } from "./bootstrap/admin-user";
import { ensureReadToken } from "./bootstrap/api-token";
import { registerDraftGuard } from "./bootstrap/draft-guard";
import { ensureLocales } from "./bootstrap/locales";
import { closePublicRegistration, ensurePublicPermissions } from "./bootstrap/permissions";
import { backfillSearchText, registerSearchIndex } from "./bootstrap/search-index";
import { loadCmsEnv } from "./env";
import { seedNewsroom } from "./seed";

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDraftGuard(strapi);
    registerSearchIndex(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const env = loadCmsEnv();
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await closePublicRegistration(strapi);
    await ensureReadToken(strapi, env.CMS_READ_TOKEN);
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      if (env.NODE_ENV === "production") {
        strapi.log.warn("ADMIN_EMAIL/ADMIN_PASSWORD are ignored in production: create the first admin in the admin panel");
      } else {
        await ensureDevelopmentAdmin(strapi, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
      }
    }
    await backfillSearchText(strapi);
    if (env.SEED_CONTENT) await seedNewsroom(strapi);
  },
};
