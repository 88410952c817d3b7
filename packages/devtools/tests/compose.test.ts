import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import draft07MetaSchema from "ajv/dist/refs/json-schema-draft-07.json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { isPlainRecord } from "@newsroom/contract";
import { cmsEnvSchema } from "../../../apps/cms/src/env";
import { webEnvSchema } from "../../../apps/web/src/env.schema";
import composeSpec from "../schemas/compose-spec.json";

/**
 * Checks the container deployment description (docker-compose.yml at the repository root):
 * valid Compose, every variable the apps require is provided, health-gated start-up order,
 * persistent volumes, and no secret written into the file.
 */

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const readRepoFile = (relativePath: string): string => readFileSync(path.join(repoRoot, relativePath), "utf8");

const composeText = readRepoFile("docker-compose.yml");
const composeDoc: unknown = parse(composeText);

// The spec declares "$schema": "https://json-schema.org/draft-07/schema", while Ajv registers
// draft-07 under its historical http://...# id. Same meta-schema, so register it under the
// spec's id too; Ajv then checks the vendored schema itself before compiling it.
// strictTypes is off because the spec puts a few keywords on schemas of another type (its
// "gpus" array carries "additionalProperties"); JSON Schema ignores those, Ajv's strict
// mode would refuse to compile. Unknown keywords are still an error (strictSchema).
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
ajv.addMetaSchema({ ...draft07MetaSchema, $id: composeSpec.$schema });
const validateCompose = ajv.compile(composeSpec);

// --- The parts of the Compose model these checks read (the JSON schema covers the rest). ---

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const serviceSchema = z.object({
  image: z.string().optional(),
  build: z
    .union([z.string(), z.object({ context: z.string().optional(), dockerfile: z.string().optional(), target: z.string().optional() })])
    .optional(),
  restart: z.string().optional(),
  environment: z.union([z.record(z.string(), scalar), z.array(z.string())]).optional(),
  env_file: z.union([z.string(), z.array(z.union([z.string(), z.object({ path: z.string() })]))]).optional(),
  healthcheck: z
    .object({ test: z.union([z.string(), z.array(z.string())]), disable: z.union([z.boolean(), z.string()]).optional() })
    .optional(),
  depends_on: z.union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string() }))]).optional(),
  ports: z.array(z.union([z.string(), z.number(), z.record(z.string(), z.unknown())])).optional(),
  volumes: z
    .array(z.union([z.string(), z.object({ type: z.string(), source: z.string().optional(), target: z.string().optional() })]))
    .optional(),
});
type Service = z.infer<typeof serviceSchema>;
const composeModel = z
  .object({
    services: z.record(z.string(), serviceSchema),
    volumes: z.record(z.string(), z.unknown()).optional(),
  })
  .parse(composeDoc);

function service(name: string): Service {
  const found = composeModel.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** The service's `environment:` as a map; list entries `KEY` without `=` come from the host. */
function environmentOf(svc: Service): Map<string, string | null> {
  const env = new Map<string, string | null>();
  if (Array.isArray(svc.environment)) {
    for (const entry of svc.environment) {
      const eq = entry.indexOf("=");
      if (eq === -1) env.set(entry, null);
      else env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
  } else if (svc.environment) {
    for (const [key, value] of Object.entries(svc.environment)) env.set(key, value === null ? null : String(value));
  }
  return env;
}

function envFilesOf(svc: Service): string[] {
  if (svc.env_file === undefined) return [];
  const entries = typeof svc.env_file === "string" ? [svc.env_file] : svc.env_file;
  return entries.map((entry) => path.posix.normalize(typeof entry === "string" ? entry : entry.path));
}

/** The health check as one string (the list form joined with spaces). */
function healthcheckCommand(svc: Service): string {
  const test = svc.healthcheck?.test ?? "";
  return Array.isArray(test) ? test.join(" ") : test;
}

function dependencyCondition(svc: Service, dependency: string): string | undefined {
  if (svc.depends_on === undefined) return undefined;
  if (Array.isArray(svc.depends_on)) return svc.depends_on.includes(dependency) ? "service_started" : undefined;
  return svc.depends_on[dependency]?.condition;
}

/** [volume name, mount target] for every named-volume mount of the service. */
function namedVolumeMounts(svc: Service): [string, string][] {
  const mounts: [string, string][] = [];
  for (const volume of svc.volumes ?? []) {
    if (typeof volume === "string") {
      const [source, target] = volume.split(":");
      if (source !== undefined && target !== undefined && !source.startsWith(".") && !source.startsWith("/")) mounts.push([source, target]);
    } else if (volume.type === "volume" && volume.source !== undefined && volume.target !== undefined) {
      mounts.push([volume.source, volume.target]);
    }
  }
  return mounts;
}

// --- .env files ---

const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/** Variables an env file sets (commented-out lines excluded), with their raw values. */
function envFileAssignments(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = ASSIGNMENT.exec(line.trim());
    if (match?.[1] !== undefined) vars.set(match[1], (match[2] ?? "").trim());
  }
  return vars;
}

/** Variables an env file mentions at all, including commented-out `# KEY=default` lines. */
function envFileMentions(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const match = ASSIGNMENT.exec(line.trim().replace(/^#\s*/, ""));
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return names;
}

/** Keys of a zod object shape whose field rejects `undefined`: not optional and no default. */
function requiredKeys(shape: Record<string, z.core.$ZodType>): string[] {
  return Object.entries(shape)
    .filter(([, field]) => !z.safeParse(field, undefined).success)
    .map(([key]) => key);
}

const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|SALT|KEYS?)(_|$)/;
/** `${NAME:?message}`: Compose refuses to start when NAME is unset or empty. */
const REQUIRED_INTERPOLATION = /^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}$/;

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification JSON schema", () => {
    const valid = validateCompose(composeDoc);
    expect(ajv.errorsText(validateCompose.errors), "schema errors").toBe("No errors");
    expect(valid).toBe(true);
  });

  it.each([
    {
      field: "services.web-1.ports",
      path: "/services/web-1/ports",
      breakIt: (web: Record<string, unknown>) => {
        web.ports = 3000;
      },
    },
    {
      field: "services.web-1.healtcheck (typo)",
      path: "/services/web-1",
      breakIt: (web: Record<string, unknown>) => {
        web.healtcheck = { test: ["NONE"] };
      },
    },
  ])("rejects a copy with a wrong $field", ({ path: instancePath, breakIt }) => {
    const broken = structuredClone(composeDoc);
    const services = isPlainRecord(broken) ? broken.services : undefined;
    const web = isPlainRecord(services) ? services["web-1"] : undefined;
    if (!isPlainRecord(web)) throw new Error("services.web-1 is missing from docker-compose.yml");
    breakIt(web);

    expect(validateCompose(broken)).toBe(false);
    expect(validateCompose.errors?.map((e) => e.instancePath)).toContain(instancePath);
    // The original document is untouched and still valid.
    expect(validateCompose(composeDoc)).toBe(true);
  });

  it("defines postgres, cms, redis, two web instances and the proxy, each with a health check and restart: unless-stopped", () => {
    expect(Object.keys(composeModel.services).sort()).toEqual(["cms", "postgres", "proxy", "redis", "web-1", "web-2"]);
    for (const name of ["postgres", "cms", "redis", "web-1", "web-2", "proxy"]) {
      const svc = service(name);
      expect(svc.healthcheck, `${name} healthcheck`).toBeDefined();
      expect(svc.healthcheck?.disable, `${name} healthcheck disabled`).toBeUndefined();
      const test = svc.healthcheck?.test ?? [];
      expect(Array.isArray(test) ? test[0] : "CMD-SHELL", `${name} healthcheck test`).not.toBe("NONE");
      expect(svc.restart, `${name} restart`).toBe("unless-stopped");
    }
    expect(healthcheckCommand(service("postgres"))).toContain("pg_isready");
    expect(healthcheckCommand(service("cms"))).toContain("http://127.0.0.1:1337/_health");
    expect(healthcheckCommand(service("web-1"))).toContain("http://127.0.0.1:3000/api/health");
    expect(healthcheckCommand(service("redis"))).toContain("redis-cli ping");
  });

  it("starts cms once postgres is healthy, the web instances once cms and redis are, the proxy once both instances are", () => {
    expect(dependencyCondition(service("cms"), "postgres")).toBe("service_healthy");
    for (const web of ["web-1", "web-2"]) {
      expect(dependencyCondition(service(web), "cms")).toBe("service_healthy");
      expect(dependencyCondition(service(web), "redis")).toBe("service_healthy");
      expect(dependencyCondition(service("proxy"), web)).toBe("service_healthy");
    }
  });

  it("runs two identical web instances, reached only through the proxy, sharing Redis and purging the proxy", () => {
    expect(service("web-2")).toEqual(service("web-1"));
    const env = environmentOf(service("web-1"));
    expect(env.get("REDIS_URL")).toBe("redis://redis:6379");
    expect(env.get("PROXY_PURGE_URL")).toBe("http://proxy");
    expect(env.get("LISTEN_HOST")).toBe("0.0.0.0");
    const published = Object.entries(composeModel.services)
      .filter(([, svc]) => (svc.ports ?? []).length > 0)
      .map(([name]) => name)
      .sort();
    expect(published).toEqual(["cms", "proxy"]);
    expect(service("proxy").ports).toEqual(["3000:80"]);
    expect(service("proxy").volumes).toContain("./apps/proxy/vcl:/etc/varnish:ro");
    for (const file of ["apps/proxy/vcl/newsroom.vcl", "apps/proxy/vcl/compose/backends.vcl"])
      expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
    expect(environmentOf(service("cms")).get("WEB_REVALIDATE_URL")).toBe("http://proxy/api/revalidate");
  });

  it("builds the CMS and the site from stages of one Dockerfile that exist in it", () => {
    const builds = ["cms", "web-1"].map((name) => {
      const build = service(name).build;
      expect(typeof build, `${name} build`).toBe("object");
      return typeof build === "object" ? build : {};
    });
    expect(new Set(builds.map((b) => b.dockerfile))).toEqual(new Set(["apps/Dockerfile"]));
    const stages = [...readRepoFile("apps/Dockerfile").matchAll(/^FROM\s+\S+\s+AS\s+(\S+)\s*$/gim)].map((m) => m[1]);
    expect(builds.map((b) => b.target)).toEqual(["cms", "web"]);
    for (const b of builds) expect(stages, `stage ${String(b.target)}`).toContain(b.target);
  });

  it("keeps database data and CMS uploads in declared named volumes", () => {
    const declared = Object.keys(composeModel.volumes ?? {});
    expect(declared).toEqual(expect.arrayContaining(["db-data", "cms-uploads"]));
    expect(namedVolumeMounts(service("postgres"))).toContainEqual(["db-data", "/var/lib/postgresql/data"]);
    expect(namedVolumeMounts(service("cms"))).toContainEqual(["cms-uploads", "/app/apps/cms/public/uploads"]);
    for (const name of Object.keys(composeModel.services)) {
      for (const [volume] of namedVolumeMounts(service(name))) expect(declared, `${name} mounts ${volume}`).toContain(volume);
    }
  });

  it("contains no literal password or secret", () => {
    for (const [name, svc] of Object.entries(composeModel.services)) {
      for (const [key, value] of environmentOf(svc)) {
        if (value === null) continue;
        if (SECRET_NAME.test(key)) expect(value, `${name}.environment.${key}`).toMatch(REQUIRED_INTERPOLATION);
        const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/:@]*:([^@]*)@/i.exec(value);
        if (credentials) expect(credentials[1], `password in ${name}.environment.${key}`).toMatch(REQUIRED_INTERPOLATION);
      }
    }
    // No fallback values for secrets anywhere: ${POSTGRES_PASSWORD:-changeme} or ${X-default}.
    expect(composeText).not.toMatch(/\$\{[A-Za-z0-9_]*(PASSWORD|SECRET|TOKEN|SALT|KEY)[A-Za-z0-9_]*:?[-=]/);
  });
});

describe.each([
  { name: "cms", shape: cmsEnvSchema.shape, envFile: "apps/cms/.env" },
  { name: "web-1", shape: webEnvSchema.shape, envFile: "apps/web/.env" },
])("environment of the $name service", ({ name, shape, envFile }) => {
  const exampleFile = `${envFile}.example`;
  const exampleText = existsSync(path.join(repoRoot, exampleFile)) ? readRepoFile(exampleFile) : "";

  it(`reads ${envFile}, documented by ${exampleFile}`, () => {
    expect(envFilesOf(service(name))).toContain(envFile);
    expect(exampleText, `${exampleFile} exists and is not empty`).not.toBe("");
  });

  it("provides every required variable of the env schema", () => {
    const required = requiredKeys(shape);
    expect(required.length).toBeGreaterThan(0);
    const environment = environmentOf(service(name));
    const fromExample = envFileAssignments(exampleText);
    const missing = required.filter((key) => !environment.has(key) && !fromExample.has(key));
    expect(missing, `required by the ${name} env schema but neither in environment: nor in ${exampleFile}`).toEqual([]);
  });

  it("lists exactly the variables of the env schema in the example file", () => {
    const schemaKeys = Object.keys(shape).sort();
    expect(
      [...envFileAssignments(exampleText).keys()].filter((key) => !schemaKeys.includes(key)),
      "unknown variables",
    ).toEqual([]);
    expect([...envFileMentions(exampleText)].sort(), "variables mentioned, set or commented out").toEqual(schemaKeys);
  });

  it("leaves secrets empty in the example file", () => {
    for (const [key, value] of envFileAssignments(exampleText)) {
      if (SECRET_NAME.test(key)) expect(value, `${exampleFile}: ${key}`).toBe("");
    }
  });
});
