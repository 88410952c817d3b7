import type { Locale } from "@newsroom/config";
import { siteSettingsPopulate } from "../queries";
import { toSiteSettings } from "../reshape";
import { rawSiteSettingsSchema } from "../strapi-schemas";
import type { SiteSettings } from "../types";
import type { ContentRequester } from "./request";
import { contentTypes } from "@newsroom/contract";

export function siteSettingsReads(cms: ContentRequester) {
  return {
    /** Site name, tagline, logo, footer text, social links and organisation details. */
    getSiteSettings: async (locale: Locale): Promise<SiteSettings> => {
      const raw = await cms.readSingleType(contentTypes.siteSetting.restPath, siteSettingsPopulate, rawSiteSettingsSchema, {
        resource: "site-settings",
        locale,
      });
      return toSiteSettings(raw.data);
    },
  };
}
