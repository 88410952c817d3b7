import { factories } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { normalizeLegacyPath } from "../../../import/release";
import { contentTypes } from "@newsroom/contract";

const UID = contentTypes.legacyAddress.uid;
const PRESS_RELEASE = contentTypes.pressRelease.uid;

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * The release's current page for an old address: `{ data: { path, locale, slug } }`, or
   * `{ data: null }` when no published release has it (a draft leads nowhere yet). Never 404:
   * the site reads a 404 as "the CMS is not there" (an outage), not as "no such address".
   * The normalization (case, trailing slash, percent-encoding) is the importer's, so the site
   * passes the path as it was asked for.
   */
  async resolve(ctx) {
    const raw: unknown = ctx.query.path;
    if (typeof raw !== "string" || raw === "") {
      throw new errors.ValidationError("path is required: the address path, such as /news/press-release/…", {
        errors: [{ path: ["path"], message: "Required", name: "ValidationError" }],
      });
    }
    // What cannot be normalized cannot have been recorded by the importer.
    const path = normalizeLegacyPath(raw);
    const address = path
      ? await strapi.documents(UID).findFirst({ filters: { path }, fields: ["path", "language", "pressReleaseDocumentId"] })
      : null;
    const release = address?.pressReleaseDocumentId
      ? await strapi.documents(PRESS_RELEASE).findOne({
          documentId: address.pressReleaseDocumentId,
          locale: address.language ?? undefined,
          status: "published",
          fields: ["slug"],
        })
      : null;
    ctx.body = { data: path && address && release ? { path, locale: address.language, slug: release.slug } : null };
  },
}));
