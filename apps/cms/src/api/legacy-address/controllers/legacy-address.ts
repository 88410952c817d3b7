import { factories } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { normalizeLegacyPath } from "../../../import/release";

const UID = "api::legacy-address.legacy-address";
const PRESS_RELEASE = "api::press-release.press-release";

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * The release's current page for an old address: `{ data: { path, locale, slug } }`, or 404
   * while the release is not published in the address's language (a draft leads nowhere yet).
   */
  async resolve(ctx) {
    const raw: unknown = ctx.query.path;
    const path = typeof raw === "string" ? normalizeLegacyPath(raw) : undefined;
    if (!path) throw new errors.ValidationError("path must be an address path such as /news/press-release/…", { errors: [{ path: ["path"], message: "Invalid path", name: "ValidationError" }] });
    const address = await strapi.documents(UID).findFirst({ filters: { path }, fields: ["path", "language", "pressReleaseDocumentId"] });
    const release = address?.pressReleaseDocumentId
      ? await strapi.documents(PRESS_RELEASE).findOne({ documentId: address.pressReleaseDocumentId, locale: address.language ?? undefined, status: "published", fields: ["slug"] })
      : null;
    if (!address || !release) throw new errors.NotFoundError("No published imported release has this address");
    ctx.body = { data: { path, locale: address.language, slug: release.slug } };
  },
}));
