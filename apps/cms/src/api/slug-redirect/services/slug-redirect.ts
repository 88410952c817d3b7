import { factories } from "@strapi/strapi";

export default factories.createCoreService("api::slug-redirect.slug-redirect");
