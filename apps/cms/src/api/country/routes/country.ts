import { factories } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

export default factories.createCoreRouter(contentTypes.country.uid);
