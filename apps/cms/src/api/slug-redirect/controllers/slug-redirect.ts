import { factories } from "@strapi/strapi";
import { contentTypes } from "@newsroom/contract";

export default factories.createCoreController(contentTypes.slugRedirect.uid);
