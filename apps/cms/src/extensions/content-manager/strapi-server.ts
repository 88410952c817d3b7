import type { Core, UID } from "@strapi/strapi";
import { z } from "zod";
import { withPlainNumbers } from "../../editorial/slug-text";

/**
 * Strapi's plugin extension point for the content manager: its uid service, which makes slugs
 * from headlines (the admin's slug field, its regenerate button, the newsroom's live slug in
 * src/admin/newsroom/live-slug.tsx, and src/editorial/lifecycle.ts):
 * - first removes thousands separators, so "20,000" gives `20000`;
 * - does not count the document's own versions as taken when the admin names it (`data.id`, as
 *   Strapi's slug field sends it): Strapi's made a saved draft's own headline `…-1`.
 */
type Service = Record<string, unknown>;
type ServiceFactory = (context: { strapi: Core.Strapi }) => Service;

interface ContentManagerPlugin {
  services: Record<string, ServiceFactory | undefined>;
}

interface GenerateArgs {
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

const findArgs = z.object({ contentTypeUID: z.string(), field: z.string(), value: z.string(), locale: z.string().optional() });

export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  const original = plugin.services.uid;
  if (!original) throw new Error("Strapi's content manager has no uid service any more: update src/extensions/content-manager");
  plugin.services.uid = (context) => {
    const service = original(context);
    const generate = service.generateUIDField;
    if (typeof generate !== "function") throw new Error("Strapi's uid service has no generateUIDField any more");
    if (typeof service.findUniqueUID !== "function") throw new Error("Strapi's uid service has no findUniqueUID any more");

    /** Strapi's findUniqueUID (the first of value, value-1, value-2… no draft has), other documents only. */
    const findUniqueExcept = (documentId: string) => async (args: unknown) => {
      const { contentTypeUID, field, value, locale } = findArgs.parse(args);
      // The content manager only calls this for the content types it manages: their UIDs.
      const uid = z
        .custom<UID.ContentType>((candidate) => typeof candidate === "string" && candidate in context.strapi.contentTypes)
        .parse(contentTypeUID);
      const others = await context.strapi.documents(uid).findMany({
        filters: { [field]: { $startsWith: value }, documentId: { $ne: documentId } },
        ...(locale ? { locale } : {}),
        status: "draft",
      });
      const taken = new Set<unknown>(others.map((document): unknown => Reflect.get(document, field)));
      let candidate = value;
      for (let i = 1; taken.has(candidate); i += 1) candidate = `${value}-${String(i)}`;
      return candidate;
    };

    service.generateUIDField = (args: GenerateArgs) => {
      const data = Object.fromEntries(
        Object.entries(args.data ?? {}).map(([key, value]) => [key, typeof value === "string" ? withPlainNumbers(value) : value]),
      );
      const own = typeof data.id === "string" && data.id !== "" ? data.id : undefined;
      // Strapi's own method uses `this` (findUniqueUID), so it is called on the service.
      const self = own ? { ...service, findUniqueUID: findUniqueExcept(own) } : service;
      const slug: unknown = Reflect.apply(generate, self, [{ ...args, data }]);
      return slug;
    };
    return service;
  };
  return plugin;
};
