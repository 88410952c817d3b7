import type { Core } from "@strapi/strapi";
import localeConfig from "@newsroom/config/locales.json";
import { i18nLocaleService } from "../strapi/services";

/** Creates the newsroom's languages (shared with the site) and makes English the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = i18nLocaleService(strapi);
  const codes = new Set((await service.find()).map((l) => l.code));
  for (const { code, name } of localeConfig.locales) {
    if (!codes.has(code)) await service.create({ code, name: `${name} (${code})` });
  }
  await service.setDefaultLocale(localeConfig.defaultLocale);
}
