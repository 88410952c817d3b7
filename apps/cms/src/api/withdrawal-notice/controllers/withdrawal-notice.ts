import { factories } from "@strapi/strapi";

export default factories.createCoreController("api::withdrawal-notice.withdrawal-notice");
