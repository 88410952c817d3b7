import { embargoRoutes, embargoViewSchema, type EmbargoRequest, type EmbargoView } from "@newsroom/contract";
import { callPersonalCms, type CmsAnswer } from "@/lib/personal-cms";

/** The CMS's embargo routes (apps/cms/src/api/embargo): every look at a link is checked and logged there. */
export const embargoCms = {
  view: (request: EmbargoRequest): Promise<CmsAnswer<EmbargoView>> =>
    callPersonalCms(embargoRoutes.view.path, { body: request }, embargoViewSchema),
  open: (request: EmbargoRequest): Promise<CmsAnswer<EmbargoView>> =>
    callPersonalCms(embargoRoutes.open.path, { body: request }, embargoViewSchema),
};
