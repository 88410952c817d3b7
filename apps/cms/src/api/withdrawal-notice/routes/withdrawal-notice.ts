import { factories } from "@strapi/strapi";

// Read-only over the content API: the CMS writes these itself (see src/editorial).
export default factories.createCoreRouter("api::withdrawal-notice.withdrawal-notice", { only: ["find", "findOne"] });
