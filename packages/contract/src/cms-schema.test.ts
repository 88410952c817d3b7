import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import localeConfig from "@newsroom/config/locales.json";
import { components, contentTypes } from "./content-types";
import { journalistLanguageAttributes } from "./embargo";
import { documentTypes, facetFields, pressReleaseSummaryFields, pressReleaseSummaryPopulate } from "./press-releases";

/**
 * The CMS schema files are the source of truth: every UID, REST path and field name the
 * contract states must be there. Renaming a content type, a field or an enumeration value in
 * apps/cms/src fails here, before anything runs.
 */
const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../apps/cms/src");

const attribute = z.looseObject({
  type: z.string(),
  enum: z.array(z.string()).optional(),
  target: z.string().optional(),
  component: z.string().optional(),
});
const schemaFile = z.looseObject({
  kind: z.enum(["collectionType", "singleType"]),
  info: z.looseObject({ singularName: z.string(), pluralName: z.string() }),
  attributes: z.record(z.string(), attribute),
});

function cmsContentType(name: string) {
  return schemaFile.parse(JSON.parse(readFileSync(path.join(cmsRoot, "api", name, "content-types", name, "schema.json"), "utf8")));
}

const pressRelease = cmsContentType("press-release").attributes;

describe("the contract matches the CMS schema files", () => {
  /** APIs with a content type (src/api/subscription has routes and a controller only). */
  const contentTypeFolders = () =>
    readdirSync(path.join(cmsRoot, "api"))
      .filter((name) => existsSync(path.join(cmsRoot, "api", name, "content-types", name, "schema.json")))
      .sort();

  it("names every content type of the CMS, with Strapi's UID, kind and REST path", () => {
    const fromCms = contentTypeFolders();
    const fromContract = Object.values(contentTypes)
      .map((type) => type.uid.replace(/^api::([^.]+)\..*$/, "$1"))
      .sort();
    expect(fromContract).toEqual(fromCms);
    for (const type of Object.values(contentTypes)) {
      const [, name = ""] = /^api::([^.]+)\./.exec(type.uid) ?? [];
      const schema = cmsContentType(name);
      expect(type.uid, "uid").toBe(`api::${name}.${schema.info.singularName}`);
      expect(type.kind, `${type.uid} kind`).toBe(schema.kind);
      // Strapi serves a collection type at its pluralName, a single type at its singularName.
      expect(type.restPath, `${type.uid} REST path`).toBe(
        schema.kind === "collectionType" ? schema.info.pluralName : schema.info.singularName,
      );
    }
  });

  it("names existing components", () => {
    for (const uid of Object.values(components)) {
      const [category = "", name = ""] = uid.split(".");
      const file = path.join(cmsRoot, "components", category, `${name}.json`);
      expect(() => readFileSync(file), `${uid}: ${file}`).not.toThrow();
    }
    expect(pressRelease.heroImage?.component).toBe(components.heroImage);
    expect(pressRelease.seo?.component).toBe(components.seo);
  });

  it("document types are the documentType enumeration", () => {
    expect(pressRelease.documentType?.enum).toEqual([...documentTypes]);
  });

  it("the summary fields and populate of a release exist", () => {
    for (const field of pressReleaseSummaryFields.filter((f) => f !== "locale")) expect(pressRelease, field).toHaveProperty(field);
    for (const field of Object.keys(pressReleaseSummaryPopulate)) expect(pressRelease, field).toHaveProperty(field);
  });

  it("facet filters name relations to taxonomy (matched by slug), the document type and the release date", () => {
    const taxonomy = [
      [facetFields.country, contentTypes.country.uid],
      [facetFields.region, contentTypes.region.uid],
      [facetFields.theme, contentTypes.theme.uid],
    ] as const;
    for (const [field, target] of taxonomy) {
      expect(pressRelease[field]?.type, field).toBe("relation");
      expect(pressRelease[field]?.target, field).toBe(target);
    }
    for (const name of ["country", "region", "theme"]) expect(cmsContentType(name).attributes.slug?.type).toBe("uid");
    expect(pressRelease[facetFields.type]?.type).toBe("enumeration");
    expect(pressRelease[facetFields.year]?.type).toBe("datetime");
  });

  it("relations between content types and in components name contract UIDs", () => {
    const uids: string[] = Object.values(contentTypes).map((type) => type.uid);
    const files = contentTypeFolders().map((name) => path.join(cmsRoot, "api", name, "content-types", name, "schema.json"));
    for (const category of readdirSync(path.join(cmsRoot, "components"))) {
      for (const file of readdirSync(path.join(cmsRoot, "components", category)))
        files.push(path.join(cmsRoot, "components", category, file));
    }
    const attributes = z.looseObject({ attributes: z.record(z.string(), attribute) });
    for (const file of files) {
      for (const [field, value] of Object.entries(attributes.parse(JSON.parse(readFileSync(file, "utf8"))).attributes)) {
        if (value.target?.startsWith("api::")) expect(uids, `${path.relative(cmsRoot, file)}: ${field}`).toContain(value.target);
      }
    }
  });

  it("a journalist has one boolean per newsroom language, and an email no API serves", () => {
    const journalist = cmsContentType("journalist").attributes;
    expect(Object.keys(journalistLanguageAttributes).sort()).toEqual(localeConfig.locales.map((l) => l.code).sort());
    for (const name of Object.values(journalistLanguageAttributes)) expect(journalist[name]?.type, name).toBe("boolean");
    expect(journalist.email).toMatchObject({ type: "email", private: true });
    // No content API routes: no token, read-only ones included, can list journalists.
    expect(existsSync(path.join(cmsRoot, "api", "journalist", "routes"))).toBe(false);
  });
});
