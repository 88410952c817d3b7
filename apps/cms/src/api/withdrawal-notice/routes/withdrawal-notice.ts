import { factories } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

// Read-only over the content API: the CMS writes these itself (see src/editorial).
export default factories.createCoreRouter(contentTypes.withdrawalNotice.uid, { only: ["find", "findOne"] });
