import { withPlainNumbers } from "../../editorial/slug-text";

/**
 * Strapi's plugin extension point for the content manager: its uid service, which makes slugs
 * from headlines (the admin's slug field as the headline is typed, its regenerate button, and
 * src/editorial/lifecycle.ts), first removes thousands separators, so "20,000" gives `20000`.
 */
type Service = Record<string, unknown>;
type ServiceFactory = (context: { strapi: unknown }) => Service;

interface ContentManagerPlugin {
  services: Record<string, ServiceFactory | undefined>;
}

interface GenerateArgs {
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  const original = plugin.services.uid;
  if (!original) throw new Error("Strapi's content manager has no uid service any more: update src/extensions/content-manager");
  plugin.services.uid = (context) => {
    const service = original(context);
    const generate = service.generateUIDField;
    if (typeof generate !== "function") throw new Error("Strapi's uid service has no generateUIDField any more");
    service.generateUIDField = (args: GenerateArgs) => {
      const data = Object.fromEntries(
        Object.entries(args.data ?? {}).map(([key, value]) => [key, typeof value === "string" ? withPlainNumbers(value) : value]),
      );
      // Strapi's own method uses `this` (findUniqueUID), so it is called on the service.
      const slug: unknown = Reflect.apply(generate, service, [{ ...args, data }]);
      return slug;
    };
    return service;
  };
  return plugin;
};
