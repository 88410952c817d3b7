import { factories } from "@strapi/strapi";

export default factories.createCoreController("api::slug-redirect.slug-redirect");
