import { factories } from "@strapi/strapi";

// Read-only over the content API: the importer writes these through the admin API.
export default factories.createCoreRouter("api::legacy-address.legacy-address", { only: ["find", "findOne"] });
