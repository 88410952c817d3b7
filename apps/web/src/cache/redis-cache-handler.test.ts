import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cacheHandlerEnv } from "./env";
import RedisCacheHandler, {
  cacheHooks,
  closeRedisConnections,
  expireTags,
  redisHealthy,
  type CachedAppPageValue,
  type CachedFetchValue,
  type CachedRouteValue,
  type GetContext,
} from "./redis-cache-handler";

// Runs against the real Redis at REDIS_URL (default redis://127.0.0.1:6379). Every test uses
// its own key prefix and build directory and deletes its keys afterwards.
const REDIS_URL = cacheHandlerEnv.redisUrl() ?? "redis://127.0.0.1:6379";
const admin = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 2000 } });
const prefixes: string[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`These tests need a Redis server at ${REDIS_URL} (set REDIS_URL)`, { cause: error });
  }
});

afterEach(async () => {
  for (const prefix of prefixes.splice(0)) {
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) {
      if (keys.length > 0) await admin.unlink(keys);
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  Reflect.deleteProperty(globalThis, "__newsroomCacheHooks");
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await closeRedisConnections();
  await admin.close();
});

function uniquePrefix(): string {
  const prefix = `test-${randomUUID()}`;
  prefixes.push(prefix);
  return prefix;
}

/** A `.next` directory with a BUILD_ID, as `next build` leaves it; returns `.next/server`. */
function buildDir(buildId: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "redis-cache-handler-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, ".next", "server"), { recursive: true });
  writeFileSync(path.join(dir, ".next", "BUILD_ID"), `${buildId}\n`);
  return path.join(dir, ".next", "server");
}

/** One handler per simulated process: each instance keeps its own get→set bookkeeping. */
function handler(keyPrefix: string, serverDistDir: string, redisUrl = REDIS_URL): RedisCacheHandler {
  return new RedisCacheHandler({ serverDistDir, keyPrefix, redisUrl, revalidatedTags: [], _requestHeaders: {} });
}

function appPage(tags: string[], html = "<html>release</html>"): CachedAppPageValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from([0, 1, 2, 0xfe, 0xff, 0x0a, 0x0d]),
    headers: {
      "x-next-cache-tags": tags.join(","),
      "content-type": "text/html; charset=utf-8",
      "x-count": 3,
      "set-cookie": ["a=1", "b=2"],
    },
    postponed: undefined,
    status: 200,
    segmentData: new Map([
      ["/_tree", Buffer.from("tree\n\u00ff")],
      ["/_full", randomBytes(64)],
    ]),
  };
}

function fetchValue(body: string, tags?: string[]): CachedFetchValue {
  const value: CachedFetchValue = {
    kind: "FETCH",
    data: { headers: { "content-type": "application/json" }, body, url: "http://cms/api/releases", status: 200 },
    revalidate: 300,
  };
  if (tags) value.tags = tags;
  return value;
}

const pageCtx: GetContext = { kind: "APP_PAGE", isFallback: false };
const pageSetCtx = { cacheControl: { revalidate: 3600, expire: 31536000 } };
const PAGE_KEY = "/route-cache/app-page/abc/$/en/releases/hello";

describe("RedisCacheHandler", () => {
  it("round-trips an APP_PAGE value exactly, with lastModified and cacheControl", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const value = appPage(["release:1", "_N_T_/en/releases/hello"]);
    expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    const before = Date.now();
    await h.set(PAGE_KEY, value, pageSetCtx);
    const after = Date.now();
    const hit = await h.get(PAGE_KEY, pageCtx);
    expect(hit?.value).toStrictEqual(value);
    expect(hit?.cacheControl).toStrictEqual(pageSetCtx.cacheControl);
    expect(hit?.lastModified).toBeGreaterThanOrEqual(before);
    expect(hit?.lastModified).toBeLessThanOrEqual(after);
    const page = hit?.value;
    expect(page?.kind === "APP_PAGE" && Buffer.isBuffer(page.rscData) && page.segmentData instanceof Map && "postponed" in page).toBe(true);
  });

  it("round-trips an APP_ROUTE value and an APP_PAGE without optional parts", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const route: CachedRouteValue = {
      kind: "APP_ROUTE",
      body: Buffer.from('{"a":1}\n\u0000'),
      status: 201,
      headers: { "content-type": "application/json", "x-next-cache-tags": "feed" },
    };
    const bare: CachedAppPageValue = {
      kind: "APP_PAGE",
      html: "",
      rscData: undefined,
      headers: undefined,
      postponed: "p",
      status: undefined,
      segmentData: undefined,
    };
    await h.get("/route", { kind: "APP_ROUTE", isFallback: false });
    await h.set("/route", route, { cacheControl: { revalidate: false, expire: undefined } });
    await h.get("/bare", pageCtx);
    await h.set("/bare", bare, pageSetCtx);
    const routeHit = await h.get("/route", { kind: "APP_ROUTE", isFallback: false });
    expect(routeHit?.value).toStrictEqual(route);
    expect(routeHit?.cacheControl).toStrictEqual({ revalidate: false, expire: undefined });
    expect((await h.get("/bare", pageCtx))?.value).toStrictEqual(bare);
  });

  it("round-trips non-ASCII HTML and fetch bodies", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const page = appPage(["a"], "<p>„Zitat“ – Öl, 日本語, emoji 📰, lone surrogate-free</p>");
    const fetched = fetchValue('{"title":"Übernahme – 合併 📰"}', ["a"]);
    const latin1 = appPage(["a"], "<p>Über Öl, café</p>");
    await h.set("p", page, pageSetCtx);
    await h.set("p-latin1", latin1, pageSetCtx);
    await h.set("f", fetched, { fetchCache: true, tags: ["a"] });
    expect((await h.get("p", pageCtx))?.value).toStrictEqual(page);
    expect((await h.get("p-latin1", pageCtx))?.value).toStrictEqual(latin1);
    expect((await h.get("f", { kind: "FETCH" }))?.value).toStrictEqual(fetched);
  });

  it("stores and serves FETCH entries, expired by the tags given at set time", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const ctx: GetContext = {
      kind: "FETCH",
      tags: ["releases"],
      softTags: ["_N_T_/layout"],
      revalidate: 300,
      fetchUrl: "http://cms/api/releases",
    };
    expect(await h.get("f1", ctx)).toBeNull();
    const value = fetchValue('{"data":[1,2,3]}');
    await h.set("f1", value, { fetchCache: true, tags: ["releases"], fetchUrl: "http://cms/api/releases" });
    const hit = await h.get("f1", { kind: "FETCH" });
    expect(hit?.value).toStrictEqual(value);
    expect(hit?.cacheControl).toBeUndefined();
    await h.revalidateTag("releases");
    expect(await h.get("f1", { kind: "FETCH" })).toBeNull();
  });

  it("honours FETCH tags and soft tags given only to get", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const store = async (key: string) => {
      await h.get(key, { kind: "FETCH" });
      await h.set(key, fetchValue("x"), { fetchCache: true });
    };
    await store("f-tag");
    await store("f-soft");
    expect(await h.get("f-tag", { kind: "FETCH", tags: ["t1"] })).not.toBeNull();
    await h.revalidateTag(["t1"], { expire: 0 });
    expect(await h.get("f-tag", { kind: "FETCH", tags: ["t1"] })).toBeNull();
    expect(await h.get("f-soft", { kind: "FETCH", softTags: ["_N_T_/en/releases"] })).not.toBeNull();
    await h.revalidateTag("_N_T_/en/releases");
    expect(await h.get("f-soft", { kind: "FETCH", tags: [], softTags: ["_N_T_/layout", "_N_T_/en/releases"] })).toBeNull();
  });

  it("shares entries and tag expiry between two instances (two processes)", async () => {
    const prefix = uniquePrefix();
    const dist = buildDir("b1");
    const a = handler(prefix, dist);
    const b = handler(prefix, dist);
    const value = appPage(["release:1"]);
    await a.get(PAGE_KEY, pageCtx);
    await a.set(PAGE_KEY, value, pageSetCtx);
    expect((await b.get(PAGE_KEY, pageCtx))?.value).toStrictEqual(value);
    await a.revalidateTag(["release:1"], { expire: 0 });
    expect(await b.get(PAGE_KEY, pageCtx)).toBeNull();
    expect(await a.get(PAGE_KEY, pageCtx)).toBeNull();
  });

  it("expires a page through its implicit _N_T_ path tag (revalidatePath)", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    await h.get(PAGE_KEY, pageCtx);
    await h.set(PAGE_KEY, appPage(["release:1", "_N_T_/layout", "_N_T_/en/releases/hello"]), pageSetCtx);
    await h.revalidateTag(["release:2", "_N_T_/en/releases/other"]);
    expect(await h.get(PAGE_KEY, pageCtx)).not.toBeNull();
    await h.revalidateTag(["_N_T_/en/releases/hello"]);
    expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
  });

  it("THE RACE: a render that began before an expiry and stored after it is not served", async () => {
    const prefix = uniquePrefix();
    const dist = buildDir("b1");
    const a = handler(prefix, dist); // the instance receiving the webhook
    const b = handler(prefix, dist); // the instance rendering the page
    expect(await b.get(PAGE_KEY, pageCtx)).toBeNull(); // miss: B starts rendering (old data)
    await a.revalidateTag(["release:1"], { expire: 0 }); // the CMS publishes meanwhile
    await b.set(PAGE_KEY, appPage(["release:1"], "<html>OLD</html>"), pageSetCtx); // B stores the old render
    expect(await b.get(PAGE_KEY, pageCtx)).toBeNull(); // ...which is never served
    expect(await a.get(PAGE_KEY, pageCtx)).toBeNull();
    // A clean get → set → get afterwards is a hit.
    expect(await b.get(PAGE_KEY, pageCtx)).toBeNull();
    await b.set(PAGE_KEY, appPage(["release:1"], "<html>NEW</html>"), pageSetCtx);
    const hit = await a.get(PAGE_KEY, pageCtx);
    expect(hit?.value?.kind === "APP_PAGE" && hit.value.html).toBe("<html>NEW</html>");
  });

  it("THE RACE for fetches: a fetch that began before an expiry is stored expired", async () => {
    const prefix = uniquePrefix();
    const dist = buildDir("b1");
    const a = handler(prefix, dist);
    const b = handler(prefix, dist);
    const ctx: GetContext = { kind: "FETCH", tags: ["release:1"], softTags: ["_N_T_/layout"] };
    expect(await b.get("f", ctx)).toBeNull();
    await expireTags(["release:1"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    await b.set("f", fetchValue("old"), { fetchCache: true, tags: ["release:1"] });
    expect(await a.get("f", ctx)).toBeNull();
    expect(await b.get("f", ctx)).toBeNull();
    await b.set("f", fetchValue("new"), { fetchCache: true, tags: ["release:1"] });
    const hit = await a.get("f", ctx);
    expect(hit?.value?.kind === "FETCH" && hit.value.data.body).toBe("new");
  });

  it("keeps a newer render when an older, slower render stores after it", async () => {
    const prefix = uniquePrefix();
    const dist = buildDir("b1");
    const slow = handler(prefix, dist);
    const fast = handler(prefix, dist);
    await slow.get(PAGE_KEY, pageCtx);
    await expireTags(["release:1"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    await fast.get(PAGE_KEY, pageCtx);
    await fast.set(PAGE_KEY, appPage(["release:1"], "<html>NEW</html>"), pageSetCtx);
    await slow.set(PAGE_KEY, appPage(["release:1"], "<html>OLD</html>"), pageSetCtx);
    const hit = await handler(prefix, dist).get(PAGE_KEY, pageCtx);
    expect(hit?.value?.kind === "APP_PAGE" && hit.value.html).toBe("<html>NEW</html>");
  });

  it("stores with the current revision when set was not preceded by get", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    await expireTags(["release:1"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    await h.set(PAGE_KEY, appPage(["release:1"]), pageSetCtx);
    expect(await h.get(PAGE_KEY, pageCtx)).not.toBeNull();
    const [rev] = await admin.hmGet(`${prefix}:tags`, ["release:1"]);
    expect(rev).toBe(await admin.get(`${prefix}:rev`));
  });

  it("isolates builds by BUILD_ID but shares tag expiry across builds", async () => {
    const prefix = uniquePrefix();
    const oldBuild = handler(prefix, buildDir("build-old"));
    const newBuild = handler(prefix, buildDir("build-new"));
    await oldBuild.get(PAGE_KEY, pageCtx);
    await oldBuild.set(PAGE_KEY, appPage(["release:1"], "old build"), pageSetCtx);
    expect(await newBuild.get(PAGE_KEY, pageCtx)).toBeNull();
    await newBuild.set(PAGE_KEY, appPage(["release:1"], "new build"), pageSetCtx);
    const oldHit = await oldBuild.get(PAGE_KEY, pageCtx);
    expect(oldHit?.value?.kind === "APP_PAGE" && oldHit.value.html).toBe("old build");
    expect(await admin.exists([`${prefix}:build-old:entry:${PAGE_KEY}`, `${prefix}:build-new:entry:${PAGE_KEY}`])).toBe(2);
    await newBuild.revalidateTag("release:1");
    expect(await oldBuild.get(PAGE_KEY, pageCtx)).toBeNull();
    expect(await newBuild.get(PAGE_KEY, pageCtx)).toBeNull();
  });

  it("sets an expiry on every entry key", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const entryKey = (key: string) => `${prefix}:b1:entry:${key}`;
    await h.set("p-60", appPage([]), { cacheControl: { revalidate: 60, expire: undefined } });
    await h.set("p-never", appPage([]), { cacheControl: { revalidate: false, expire: undefined } });
    await h.set("p-week", appPage([]), { cacheControl: { revalidate: 7 * 86400, expire: undefined } });
    await h.set("p-none", appPage([]), {});
    await h.set("f-300", fetchValue("x"), { fetchCache: true });
    const ttl = async (key: string) => admin.ttl(entryKey(key));
    expect(await ttl("p-60")).toBeGreaterThan(86400 - 10);
    expect(await ttl("p-60")).toBeLessThanOrEqual(86400);
    expect(await ttl("p-never")).toBeGreaterThan(14 * 86400 - 10);
    expect(await ttl("p-week")).toBeGreaterThan(14 * 86400 - 10);
    expect(await ttl("p-none")).toBeGreaterThan(0);
    expect(await ttl("f-300")).toBeGreaterThan(0);
    expect(await admin.ttl(`${prefix}:tags`)).toBe(-2); // no tag expired yet: no hash
  });

  it("calls onPageHit with the page's tags and lets beforePageSet change what is stored", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const onPageHit = vi.fn();
    cacheHooks().onPageHit = onPageHit;
    cacheHooks().beforePageSet = (value) => {
      value.status = 410;
      if (value.headers) value.headers["x-withdrawn"] = "1";
    };
    const value = appPage(["release:1", "_N_T_/en/releases/hello"]);
    await h.get(PAGE_KEY, pageCtx);
    await h.set(PAGE_KEY, value, pageSetCtx);
    expect(value.status).toBe(200); // the render being stored is untouched
    expect(value.headers?.["x-withdrawn"]).toBeUndefined();
    const hit = await h.get(PAGE_KEY, pageCtx);
    expect(hit?.value?.kind === "APP_PAGE" && hit.value.status).toBe(410);
    expect(hit?.value?.kind === "APP_PAGE" && hit.value.headers?.["x-withdrawn"]).toBe("1");
    expect(onPageHit).toHaveBeenCalledTimes(1);
    expect(onPageHit).toHaveBeenCalledWith(["release:1", "_N_T_/en/releases/hello"]);
    await h.set("f", fetchValue("x"), { fetchCache: true, tags: ["t"] });
    await h.get("f", { kind: "FETCH" });
    expect(onPageHit).toHaveBeenCalledTimes(1); // not for fetches
  });

  it("survives throwing hooks and uses a registry set directly on globalThis", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    Reflect.set(globalThis, "__newsroomCacheHooks", {
      onPageHit: () => {
        throw new Error("boom");
      },
    });
    await h.set(PAGE_KEY, appPage(["a"]), pageSetCtx);
    expect(await h.get(PAGE_KEY, pageCtx)).not.toBeNull();
    expect(errors).toHaveBeenCalled();
  });

  it("does nothing during next build", async () => {
    const prefix = uniquePrefix();
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const errors = vi.spyOn(console, "error");
    const h = new RedisCacheHandler({ keyPrefix: prefix, redisUrl: "redis://127.0.0.1:1" }); // no Redis, no BUILD_ID
    expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    await h.set(PAGE_KEY, appPage(["a"]), pageSetCtx);
    await h.revalidateTag("a");
    expect(errors).not.toHaveBeenCalled();
    expect(await admin.keys(`${prefix}:*`)).toEqual([]);
  });

  it("moves a lost revision counter past the recorded tag revisions", async () => {
    const prefix = uniquePrefix();
    const h = handler(prefix, buildDir("b1"));
    await expireTags(["a", "b"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    await expireTags(["a"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    await admin.del(`${prefix}:rev`);
    await expireTags(["a"], { keyPrefix: prefix, redisUrl: REDIS_URL });
    expect(await admin.get(`${prefix}:rev`)).toBe("3");
    await h.get(PAGE_KEY, pageCtx);
    await h.set(PAGE_KEY, appPage(["a"]), pageSetCtx);
    expect(await h.get(PAGE_KEY, pageCtx)).not.toBeNull();
  });

  it("serves many concurrent first requests of a process over one connection", async () => {
    const prefix = uniquePrefix();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const dist = buildDir("b1");
    const writer = handler(prefix, dist);
    await writer.set(PAGE_KEY, appPage(["a"]), pageSetCtx);
    const freshUrl = `${REDIS_URL.replace(/\/\d*$/, "")}/0`; // same server, a connection not made yet
    const hits = await Promise.all(Array.from({ length: 50 }, () => handler(prefix, dist, freshUrl).get(PAGE_KEY, pageCtx)));
    process.off("warning", onWarning);
    expect(hits.every((hit) => hit !== null)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("reports Redis health", async () => {
    expect(await redisHealthy({ redisUrl: REDIS_URL })).toBe(true);
  });

  it.each([
    ["non-Latin-1", "<p>Pressemitteilung – „Zitat“ über Öl & Gas.</p>\n"],
    ["ASCII", "<p>Press release: the quick brown fox jumps.</p>\n"],
  ])(
    "stores a 150 KB page (%s HTML) compactly and reads it back whole",
    async (_name, paragraph) => {
      // Speed is measured by npm run bench:serve (against a baseline in the same run), not here.
      const prefix = uniquePrefix();
      const h = handler(prefix, buildDir("b1"));
      const html = `<html>${paragraph.repeat(2_000)}</html>`; // ~100 KB
      const page = appPage(["release:1", "release-list", "_N_T_/layout", "_N_T_/en/releases/hello"], html);
      page.rscData = randomBytes(40_000);
      page.segmentData = new Map([
        ["/_tree", randomBytes(2_000)],
        ["/_full", randomBytes(8_000)],
      ]);
      await h.set(PAGE_KEY, page, pageSetCtx);
      const reader = handler(prefix, buildDir("b1"));
      const hit = await reader.get(PAGE_KEY, pageCtx);
      if (hit?.value?.kind !== "APP_PAGE") throw new Error("expected the page back");
      expect(hit.value.html).toBe(html);
      expect(hit.value.rscData?.equals(page.rscData)).toBe(true);
      expect([...(hit.value.segmentData?.keys() ?? [])]).toEqual(["/_tree", "/_full"]);
      const bytes = await admin.strLen(`${prefix}:b1:entry:${PAGE_KEY}`);
      expect(bytes).toBeLessThan(Buffer.byteLength(html) + 60_000); // HTML stored as UTF-8, not UTF-16
    },
    30_000,
  );
});

/** A port that was free a moment ago: nothing listens there. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 1;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

describe("RedisCacheHandler with Redis unavailable", () => {
  let deadUrl = "";

  beforeAll(async () => {
    deadUrl = `redis://127.0.0.1:${await freePort()}`;
  });

  it("answers get with a miss, drops set, logs (rate-limited), and fails expiry and health", async () => {
    const prefix = uniquePrefix();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const h = handler(prefix, buildDir("b1"), deadUrl);
    const start = Date.now();
    expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    await expect(h.set(PAGE_KEY, appPage(["a"]), pageSetCtx)).resolves.toBeUndefined();
    expect(Date.now() - start).toBeLessThan(1500);
    const logged = errors.mock.calls.map((args) => String(args[0]));
    expect(logged.some((line) => line.includes("answered as a miss") && line.includes(deadUrl))).toBe(true);
    expect(logged.some((line) => line.includes("dropped"))).toBe(true);
    const count = errors.mock.calls.length;
    const again = Date.now();
    for (let i = 0; i < 20; i++) expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    expect(Date.now() - again).toBeLessThan(200); // fails fast during an outage
    expect(errors.mock.calls.length).toBeLessThanOrEqual(count + 1); // at most the connection's own line
    await expect(h.revalidateTag(["a"], { expire: 0 })).rejects.toThrow(/unavailable/);
    await expect(expireTags(["a"], { keyPrefix: prefix, redisUrl: deadUrl })).rejects.toThrow(/unavailable/);
    expect(await redisHealthy({ redisUrl: deadUrl })).toBe(false);
  });

  it("reconnects when Redis comes back", async () => {
    const prefix = uniquePrefix();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const port = await freePort();
    const h = handler(prefix, buildDir("b1"), `redis://127.0.0.1:${port}`);
    expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    await expect(h.revalidateTag("a")).rejects.toThrow(/unavailable/);
    // Redis "comes back" on that port: a TCP relay to the real server.
    const target = new URL(REDIS_URL);
    const relay = createServer((socket) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on("error", () => upstream.destroy());
      upstream.on("error", () => socket.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(port, "127.0.0.1", resolve));
    try {
      const deadline = Date.now() + 8000;
      while (!(await redisHealthy({ redisUrl: `redis://127.0.0.1:${port}` })) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      await h.set(PAGE_KEY, appPage(["a"]), pageSetCtx);
      expect(await h.get(PAGE_KEY, pageCtx)).not.toBeNull();
      await h.revalidateTag("a");
      expect(await h.get(PAGE_KEY, pageCtx)).toBeNull();
    } finally {
      await closeRedisConnections();
      await new Promise<void>((resolve) =>
        relay.close(() => {
          resolve();
        }),
      );
    }
  }, 15_000);
});
