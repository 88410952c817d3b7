import { factories } from "@strapi/strapi";

export default factories.createCoreService("api::withdrawal-notice.withdrawal-notice");
