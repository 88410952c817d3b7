import { legacyAddressResolutionSchema } from "../strapi-schemas";
import type { LegacyAddress } from "../types";
import type { ContentRequester } from "./request";
import { customRoutes } from "@newsroom/contract";

/** Old addresses are short; a longer path is not looked up (it stays within URL limits). */
const MAX_LEGACY_PATH = 2000;

/** Addresses of the old newsroom, recorded by the importer. */
export function legacyAddressReads(cms: ContentRequester) {
  return {
    /**
     * The page an address of the old newsroom (recorded by the importer) leads to, or null.
     * The path goes as it was asked for: the CMS normalizes it as the importer did.
     */
    resolveLegacyAddress: async (path: string): Promise<LegacyAddress | null> => {
      if (!path.startsWith("/") || path.length > MAX_LEGACY_PATH) return null;
      // The route answers 200 with null for an unknown address: a 404 is an outage (request.ts).
      const result = await cms.read(customRoutes.legacyAddressResolve.path, { path }, legacyAddressResolutionSchema, {
        resource: "legacy-address",
        path,
      });
      return result.data;
    },
  };
}
