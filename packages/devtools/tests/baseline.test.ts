import { request } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginxBaseline } from "../src/lib/baseline";
import type { ProcessHandle } from "../src/lib/process";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") reject(new Error("no TCP address"));
        else resolve(address.port);
      });
    });
  });
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET with Accept-Encoding: gzip, returning the bytes as sent (no decompression). */
function getRaw(url: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": "gzip" }, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

const HTML = gzipSync(Buffer.from("<!doctype html><title>Home</title><p>home page</p>"));
const SEARCH = gzipSync(Buffer.from("<!doctype html><title>Search</title><p>migrants</p>"));
const JSON_BODY = gzipSync(Buffer.from('{"ok":true}'));
/** Longer than nginx's default map hash bucket (64 bytes). */
const LONG_PATH = `/en/news/${"iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day-".repeat(4)}`;

describe("startNginxBaseline", () => {
  let workDir = "";
  let base = "";
  let nginx: ProcessHandle | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "nginx-baseline-test-"));
    const port = await freePort();
    base = `http://127.0.0.1:${String(port)}`;
    nginx = await startNginxBaseline({
      port,
      workDir: path.join(workDir, "nginx"),
      name: "nginx-baseline-test",
      files: [
        { path: "/en", gzipBody: HTML, contentType: "text/html; charset=utf-8" },
        { path: "/en/search?q=migrants", gzipBody: SEARCH, contentType: "text/html; charset=utf-8" },
        { path: "/data.json", gzipBody: JSON_BODY, contentType: "application/json" },
        { path: LONG_PATH, gzipBody: HTML, contentType: "text/html; charset=utf-8" },
      ],
    });
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop();
    await rm(workDir, { recursive: true, force: true });
  }, 30_000);

  it("serves each file's gzip bytes unchanged with its headers", async () => {
    const home = await getRaw(`${base}/en`);
    expect(home.status).toBe(200);
    expect(home.headers["content-encoding"]).toBe("gzip");
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.body.equals(HTML)).toBe(true);
    expect(gunzipSync(home.body).toString()).toContain("home page");

    const json = await getRaw(`${base}/data.json`);
    expect(json.status).toBe(200);
    expect(json.headers["content-type"]).toBe("application/json");
    expect(json.headers["content-encoding"]).toBe("gzip");
    expect(json.body.equals(JSON_BODY)).toBe(true);

    const long = await getRaw(`${base}${LONG_PATH}`);
    expect(long.status).toBe(200);
    expect(long.body.equals(HTML)).toBe(true);
  });

  it("matches the request URI exactly, query string included", async () => {
    const search = await getRaw(`${base}/en/search?q=migrants`);
    expect(search.status).toBe(200);
    expect(search.body.equals(SEARCH)).toBe(true);
    expect((await getRaw(`${base}/en/search`)).status).toBe(404);
    expect((await getRaw(`${base}/en/search?q=other`)).status).toBe(404);
    expect((await getRaw(`${base}/en/`)).status).toBe(404);
    expect((await getRaw(`${base}/f0.t0`)).status).toBe(404);
  });

  it("stops", async () => {
    const handle = nginx;
    if (!handle) throw new Error("nginx did not start");
    await handle.stop();
    expect(handle.running()).toBe(false);
    await expect(getRaw(`${base}/en`)).rejects.toThrow();
  }, 30_000);
});
