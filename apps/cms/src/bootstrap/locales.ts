import type { Core } from "@strapi/strapi";
import localeConfig from "@newsroom/config/locales.json";

/** Creates the newsroom's languages (shared with the site) and makes English the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin("i18n").service("locales");
  const existing: unknown = await service.find();
  const codes = new Set(Array.isArray(existing) ? existing.map((l: { code?: unknown }) => l.code) : []);
  for (const { code, name } of localeConfig.locales) {
    if (!codes.has(code)) await service.create({ code, name: `${name} (${code})` });
  }
  await service.setDefaultLocale({ code: localeConfig.defaultLocale });
}
