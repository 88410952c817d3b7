import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import production from "@newsroom/config/production.json";
import { describe, expect, it } from "vitest";
import { loadCmsEnv } from "../../src/env";

const secret = (_name: string) => randomBytes(32).toString("base64url");
const valid = {
  APP_KEYS: `${secret("k")},${secret("l")}`,
  API_TOKEN_SALT: secret("a"),
  ADMIN_JWT_SECRET: secret("b"),
  TRANSFER_TOKEN_SALT: secret("c"),
  ENCRYPTION_KEY: secret("d"),
  JWT_SECRET: secret("e"),
  CMS_READ_TOKEN: randomBytes(32).toString("hex"),
};
const prod = { ...valid, NODE_ENV: "production" };

describe("CMS environment in production", () => {
  it("starts with long, non-example secrets and no sample content", () => {
    expect(loadCmsEnv(prod)).toMatchObject({ NODE_ENV: "production", SEED_CONTENT: false });
  });

  it("refuses a secret shorter than 32 bytes, naming it (development allows 16 characters)", () => {
    expect(() => loadCmsEnv({ ...prod, JWT_SECRET: "x".repeat(31) })).toThrow(/JWT_SECRET is shorter than 32 bytes/);
    expect(() => loadCmsEnv({ ...prod, APP_KEYS: `${secret("k")},short-key-of-20-chars` })).toThrow(
      /APP_KEYS key 2 is shorter than 32 bytes/,
    );
    expect(() => loadCmsEnv({ ...prod, ENCRYPTION_KEY: "changeme".repeat(5) })).toThrow(/ENCRYPTION_KEY is not random/);
    expect(loadCmsEnv({ ...valid, JWT_SECRET: "x".repeat(16) }).JWT_SECRET).toHaveLength(16);
  });

  it.each(production.exampleSecretValues)("refuses the example value %s", (example) => {
    expect(() => loadCmsEnv({ ...prod, ADMIN_JWT_SECRET: example })).toThrow(/ADMIN_JWT_SECRET/);
    expect(() => loadCmsEnv({ ...prod, APP_KEYS: `${secret("k")},${example.toUpperCase()}` })).toThrow(
      /APP_KEYS key 2 is an example value/,
    );
  });

  it("refuses the example database password", () => {
    expect(() =>
      loadCmsEnv({ ...prod, DATABASE_CLIENT: "postgres", DATABASE_URL: "postgres://newsroom:<password>@127.0.0.1:5432/newsroom" }),
    ).toThrow(/DATABASE_URL has the example password/);
  });

  it("refuses the sample content and staff accounts unless the test-only opt-in is set", () => {
    expect(() => loadCmsEnv({ ...prod, SEED_CONTENT: "true" })).toThrow(/SEED_CONTENT=true is refused/);
    expect(() => loadCmsEnv({ ...prod, SEED_STAFF_PASSWORD: "sample-password-1" })).toThrow(/SEED_STAFF_PASSWORD is refused/);
    const seeded = { ...prod, SEED_CONTENT: "true", SEED_STAFF_PASSWORD: "sample-password-1" };
    expect(loadCmsEnv({ ...seeded, NEWSROOM_ALLOW_SEED_IN_PRODUCTION: "true" })).toMatchObject({ SEED_CONTENT: true });
    expect(loadCmsEnv({ ...seeded, NODE_ENV: "development" })).toMatchObject({ SEED_CONTENT: true });
  });

  it("keeps the .env.example files' secrets to the known example values", () => {
    for (const file of ["../../.env.example", "../../../web/.env.example"]) {
      const text = readFileSync(new URL(file, import.meta.url), "utf8");
      for (const [, key, value] of text.matchAll(/^([A-Z0-9_]*(?:SECRET|SALT|KEY|KEYS|TOKEN|PASSWORD))=(.*)$/gm)) {
        if (value) expect(production.exampleSecretValues, `${file}: ${String(key)}`).toContain(value.toLowerCase());
      }
    }
  });
});
