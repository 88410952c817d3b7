import { factories } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

export default factories.createCoreService(contentTypes.region.uid);
