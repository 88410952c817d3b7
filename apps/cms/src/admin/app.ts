import type { StrapiApp } from "@strapi/strapi/admin";

export default {
  config: {
    locales: ["es", "fr"],
    // Strapi's own tutorials and release notes call out to the network.
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
