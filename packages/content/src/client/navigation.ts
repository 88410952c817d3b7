import type { Locale } from "@newsroom/config";
import { CmsResponseInvalidError } from "../errors";
import { navigationPopulate } from "../queries";
import { MenuTargetError, toMenuItem } from "../reshape";
import { rawNavigationSchema } from "../strapi-schemas";
import type { Navigation } from "../types";
import type { ContentRequester } from "./request";
import { contentTypes } from "@newsroom/contract";

export function navigationReads(cms: ContentRequester) {
  return {
    /** Header and footer menus, both levels, with links resolved for the language. */
    getNavigation: async (locale: Locale): Promise<Navigation> => {
      const raw = await cms.readSingleType(contentTypes.navigation.restPath, navigationPopulate, rawNavigationSchema, {
        resource: "navigation",
        locale,
      });
      try {
        return {
          header: raw.data.header.map((item) => toMenuItem(item, locale)),
          footer: raw.data.footer.map((item) => toMenuItem(item, locale)),
        };
      } catch (error) {
        if (error instanceof MenuTargetError) {
          throw new CmsResponseInvalidError("The navigation has an incomplete link", `${cms.baseUrl}/api/navigation`, [error.message]);
        }
        throw error;
      }
    },
  };
}
