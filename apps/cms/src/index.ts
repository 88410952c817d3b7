import type { Core } from "@strapi/strapi";
import { ensureDevelopmentAdmin } from "./bootstrap/admin-user";
import { startAlerts, stopAlerts } from "./alerts";
import { registerAlertsAdminRoutes } from "./alerts/admin-routes";
import { registerEmbargoAdminRoutes } from "./embargo/admin-routes";
import { ensurePreviewToken, ensureReadToken, ensureSubscriptionsToken } from "./bootstrap/api-token";
import { registerDraftGuard } from "./bootstrap/draft-guard";
import { ensureLocales } from "./bootstrap/locales";
import { closePublicRegistration, ensurePublicPermissions } from "./bootstrap/permissions";
import { backfillSearchText, registerSearchIndex } from "./bootstrap/search-index";
import { applyAdminLayouts } from "./editorial/admin-layout";
import { skewProcessClock } from "./editorial/clock";
import { registerEditorialLifecycle } from "./editorial/lifecycle";
import { ensureNewsroomRoles } from "./editorial/roles";
import { ensureSeedStaff, refuseSeedStaffInProduction } from "./editorial/staff";
import { retireRevalidationWebhook } from "./editorial/webhook";
import { loadCmsEnv } from "./env";
import { startRevalidationOutbox, stopRevalidationOutbox } from "./revalidation";
import { registerSchemaExtensions } from "./schema-extensions";
import { seedNewsroom } from "./seed";

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const offset = loadCmsEnv().NEWSROOM_TEST_CLOCK_OFFSET_MS;
    if (offset) {
      skewProcessClock(offset);
      strapi.log.warn(`NEWSROOM_TEST_CLOCK_OFFSET_MS: this process's clock runs ${String(offset)} ms off (test only)`);
    }
    registerSchemaExtensions(strapi);
    registerDraftGuard(strapi);
    registerSearchIndex(strapi);
    registerEditorialLifecycle(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const env = loadCmsEnv();
    // First: Strapi's cron (the scheduler) already runs while the bootstrap does.
    await retireRevalidationWebhook(strapi);
    if (env.WEB_REVALIDATE_URL && env.REVALIDATE_SECRET)
      await startRevalidationOutbox(strapi, env.WEB_REVALIDATE_URL, env.REVALIDATE_SECRET);
    else
      strapi.log.warn(
        "The site is not told about changes: set WEB_REVALIDATE_URL and REVALIDATE_SECRET; pages then refresh only on their timer",
      );
    await startAlerts(strapi, env);
    registerAlertsAdminRoutes(strapi);
    registerEmbargoAdminRoutes(strapi);
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await closePublicRegistration(strapi);
    await ensureReadToken(strapi, env.CMS_READ_TOKEN);
    if (env.CMS_PREVIEW_TOKEN) await ensurePreviewToken(strapi, env.CMS_PREVIEW_TOKEN);
    else strapi.log.warn("Preview is off: set SITE_URL, PREVIEW_SECRET and CMS_PREVIEW_TOKEN (see apps/cms/.env.example)");
    if (env.CMS_SUBSCRIPTIONS_TOKEN) await ensureSubscriptionsToken(strapi, env.CMS_SUBSCRIPTIONS_TOKEN);
    const roles = await ensureNewsroomRoles(strapi);
    await applyAdminLayouts(strapi);
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      if (env.NODE_ENV === "production") {
        strapi.log.warn("ADMIN_EMAIL/ADMIN_PASSWORD are ignored in production: create the first admin in the admin panel");
      } else {
        await ensureDevelopmentAdmin(strapi, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
      }
    }
    await backfillSearchText(strapi);
    // env.ts already refused SEED_CONTENT and SEED_STAFF_PASSWORD in production.
    if (env.NODE_ENV === "production" && !env.NEWSROOM_ALLOW_SEED_IN_PRODUCTION) await refuseSeedStaffInProduction(strapi);
    if (env.SEED_CONTENT) {
      await seedNewsroom(strapi);
      if (env.SEED_STAFF_PASSWORD) await ensureSeedStaff(strapi, env.SEED_STAFF_PASSWORD, roles);
    }
  },

  async destroy() {
    await stopAlerts();
    await stopRevalidationOutbox();
  },
};
