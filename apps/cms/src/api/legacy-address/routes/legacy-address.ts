import { factories } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

// Read-only over the content API: the importer writes these through the admin API.
export default factories.createCoreRouter(contentTypes.legacyAddress.uid, { only: ["find", "findOne"] });
