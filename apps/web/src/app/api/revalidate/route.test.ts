import { beforeEach, describe, expect, it, vi } from "vitest";
import { contentTypes } from "@newsroom/contract";

const revalidated: { tag: string; profile: unknown }[] = [];
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    revalidated.push({ tag, profile });
  },
}));
vi.mock("@/env", () => ({ env: { REVALIDATE_SECRET: "r".repeat(40), NODE_ENV: "test", PROXY_PURGE_URL: [] } }));

const { POST } = await import("./route");
const { NextRequest } = await import("next/server");

const SECRET = "r".repeat(40);
function post(body: string, secret: string | null = SECRET) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (secret !== null) headers.set("X-Newsroom-Webhook-Secret", secret);
  return POST(new NextRequest("http://site.test/api/revalidate", { method: "POST", headers, body }));
}
const publish = JSON.stringify({
  event: "entry.publish",
  createdAt: "2026-11-28T10:00:00.000Z",
  model: "press-release",
  uid: contentTypes.pressRelease.uid,
  entry: { id: 3, documentId: "doc1", locale: "en", slug: "a-release", publishedAt: "2026-11-28T10:00:00.000Z" },
});

describe("POST /api/revalidate", () => {
  beforeEach(() => {
    revalidated.length = 0;
  });

  it.each([null, "", "wrong", `${SECRET}x`])("401 for the secret %j, revalidating nothing", async (secret) => {
    const response = await post(publish, secret);
    expect(response.status).toBe(401);
    expect(revalidated).toEqual([]);
  });

  it.each([
    "",
    "{",
    "null",
    "[]",
    '"text"',
    JSON.stringify({ event: "entry.publish" }),
    JSON.stringify({ event: "entry.nope", model: "m", uid: "u", entry: {} }),
  ])("400 with a message for the body %j", async (body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toHaveProperty("error");
    expect(revalidated).toEqual([]);
  });

  it("200 with the tags it expired, each with expire: 0", async () => {
    const response = await post(publish);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    const tags = revalidated.map((call) => call.tag);
    expect(tags).toEqual(expect.arrayContaining<string>(["release:doc1", "release-address:en:a-release", "release-lists:en"]));
    expect(body).toMatchObject({ revalidated: tags });
    expect(revalidated.length).toBeGreaterThan(0);
    for (const call of revalidated) expect(call.profile).toEqual({ expire: 0 });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("200 and nothing expired for a draft-only change", async () => {
    const response = await post(
      publish.replace('"entry.publish"', '"entry.update"').replace('"publishedAt":"2026-11-28T10:00:00.000Z"', '"publishedAt":null'),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revalidated: [] });
    expect(revalidated).toEqual([]);
  });
});
