import { describe, expect, it } from "vitest";
import { adminPermissionService, adminRoleService, i18nLocaleService, uploadService, type ServiceRegistry } from "./services";

/** A registry holding plain objects in place of Strapi's services. */
function registry(services: Record<string, unknown>, plugins: Record<string, Record<string, unknown>> = {}): ServiceRegistry {
  return {
    service: (uid) => services[uid],
    plugin: (name) => ({ service: (service) => plugins[name]?.[service] }),
  };
}

describe("Strapi service edges", () => {
  it("names the service and the methods when Strapi's service has changed", () => {
    expect(() => adminRoleService(registry({ "admin::role": { getSuperAdmin: () => null } }))).toThrow(
      "Strapi's admin::role service has changed: expected getSuperAdmin, findOne, create, update, assignPermissions",
    );
  });

  it("calls the service's methods on the service itself and parses what they return", async () => {
    const role = {
      rows: [{ id: 1, code: "strapi-super-admin", name: "Super Admin", description: null, extra: "dropped" }],
      getSuperAdmin() {
        return Promise.resolve(this.rows[0]);
      },
      findOne: ({ code }: { code: string }) => Promise.resolve(code === "strapi-editor" ? { id: "3" } : null),
      create: () => Promise.resolve({ id: 4 }),
      update: () => Promise.resolve(),
      assignPermissions: () => Promise.resolve([]),
    };
    const roles = adminRoleService(registry({ "admin::role": role }));
    await expect(roles.getSuperAdmin()).resolves.toEqual({ id: 1 });
    await expect(roles.findByCode("strapi-author")).resolves.toBeNull();
    // An id that is not a number is Strapi changing shape, not a role to use.
    await expect(roles.findByCode("strapi-editor")).rejects.toThrow();
  });

  it("hands an admin action back to Strapi with every key it had", () => {
    const action = {
      actionId: "plugin::content-manager.explorer.read",
      section: "contentTypes",
      subjects: ["api::x.x"],
      options: { applyToProperties: ["fields", "locales"] },
    };
    const permissions = adminPermissionService(
      registry({
        "admin::permission": { actionProvider: { get: (id: string) => (id === action.actionId ? action : undefined) } },
        "admin::content-type": {
          getPermissionsWithNestedFields: () => [{ action: action.actionId, subject: "api::x.x", properties: { fields: ["title"] } }],
        },
      }),
    );
    expect(permissions.action(action.actionId)).toEqual(action);
    expect(permissions.action("unknown")).toBeUndefined();
    expect(permissions.nestedFields([action])).toEqual([{ properties: { fields: ["title"] } }]);
  });

  it("reads locale codes and refuses a locale list of another shape", async () => {
    const service = (found: unknown) =>
      i18nLocaleService(
        registry(
          {},
          {
            i18n: {
              locales: {
                find: () => Promise.resolve(found),
                create: () => Promise.resolve(),
                setDefaultLocale: () => Promise.resolve(),
                getDefaultLocale: () => Promise.resolve("en"),
              },
            },
          },
        ),
      );
    await expect(service([{ id: 1, code: "en", name: "English (en)" }]).find()).resolves.toEqual([{ code: "en" }]);
    await expect(service({ code: "en" }).find()).rejects.toThrow();
    await expect(service([]).getDefaultLocale()).resolves.toBe("en");
  });

  it("keeps every column of an uploaded file, and returns nothing when the upload gave no file", async () => {
    const file = { id: 7, url: "/uploads/a.jpg", name: "a.jpg", width: 1600 };
    const upload = (result: unknown) => uploadService(registry({}, { upload: { upload: { upload: () => Promise.resolve(result) } } }));
    const input = {
      data: { fileInfo: { name: "a.jpg", alternativeText: null, caption: null } },
      files: { filepath: "/tmp/a.jpg", originalFilename: "a.jpg", mimetype: "image/jpeg", size: 1 },
    };
    await expect(upload([file]).uploadOne(input)).resolves.toEqual(file);
    await expect(upload([]).uploadOne(input)).resolves.toBeUndefined();
  });
});
