import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { cmsEnvSchema } from "../src/env";
import { testEnv } from "./env";

/**
 * The admin login's limit at its real setting (ADMIN_LOGIN_MAX_ATTEMPTS unset: Strapi's 5 in
 * 5 minutes), against a CMS started for this test alone (CMS_LOGIN_LIMIT_URL): the test stack's
 * CMS raises the limit, as its suites log in many times from one address. Strapi counts per
 * email, path and address, so a made-up email blocks no real account.
 */
const cmsUrl = testEnv.CMS_LOGIN_LIMIT_URL;
const maxAttempts = cmsEnvSchema.shape.ADMIN_LOGIN_MAX_ATTEMPTS.parse(undefined);

beforeAll(() => {
  if (!cmsUrl) throw new Error("CMS_LOGIN_LIMIT_URL must point at a running CMS with the default login limit (npm test starts one)");
});

describe("admin login", () => {
  it(`refuses attempt ${String(maxAttempts + 1)} within 5 minutes with 429`, async () => {
    const email = `guess-${randomBytes(6).toString("hex")}@newsroom.example`;
    const attempt = async () => {
      const response = await fetch(`${cmsUrl}/admin/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password: "Wrong-password-123" }),
      });
      await response.arrayBuffer();
      return response.status;
    };
    const statuses: number[] = [];
    for (let i = 0; i < maxAttempts + 1; i++) statuses.push(await attempt());
    expect(statuses).toEqual([...Array.from({ length: maxAttempts }, () => 400), 429]);
  });
});
