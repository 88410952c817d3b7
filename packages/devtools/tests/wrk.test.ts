import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNoFailures, loadWithFaults, parseSsListeners } from "../src/lib/serve-load";
import { failedRequests, parseWrkOutput, runWrk, splitUrls, wrkScript } from "../src/lib/wrk";

const SAMPLE = `Running 2s test @ http://127.0.0.1:4000/a
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.20ms  300.00us   9.00ms   90.00%
  Latency Distribution
     50%    1.10ms
     99%    3.00ms
  40000 requests in 2.00s, 4.00MB read
  Non-2xx or 3xx responses: 20000
Requests/sec:  20000.00
WRK_JSON {"requests":40000,"duration_us":2000123,"bytes":4000000,"errors":{"connect":0,"read":1,"write":2,"status":20000,"timeout":3},"latency_us":{"p50":1100,"p90":2000,"p99":3000,"max":9000,"mean":1200.5},"requests_per_sec":19998.77,"non2xx":20000}
`;

describe("parseWrkOutput", () => {
  it("reads the WRK_JSON line", () => {
    const result = parseWrkOutput(SAMPLE);
    expect(result.requests).toBe(40000);
    expect(result.durationUs).toBe(2000123);
    expect(result.bytes).toBe(4000000);
    expect(result.errors).toEqual({ connect: 0, read: 1, write: 2, status: 20000, timeout: 3 });
    expect(result.latencyUs).toEqual({ p50: 1100, p90: 2000, p99: 3000, max: 9000, mean: 1200.5 });
    expect(result.requestsPerSec).toBeCloseTo(19998.77);
    expect(result.non2xx).toBe(20000);
    expect(result.output).toBe(SAMPLE);
    expect(failedRequests(result)).toBe(20006);
  });

  it("leaves non2xx undefined when statuses were not counted", () => {
    const result = parseWrkOutput(SAMPLE.replace('"non2xx":20000', '"non2xx":null'));
    expect(result.non2xx).toBeUndefined();
    expect(failedRequests(result)).toBe(20006);
  });

  it("fails clearly without a WRK_JSON line or with a malformed one", () => {
    expect(() => parseWrkOutput("Running 2s test @ http://127.0.0.1/\n")).toThrow(/no WRK_JSON line/);
    expect(() => parseWrkOutput("WRK_JSON {not json")).toThrow(/unreadable WRK_JSON line/);
    expect(() => parseWrkOutput('WRK_JSON {"requests":1}')).toThrow(/unexpected WRK_JSON line/);
  });
});

describe("splitUrls and the script", () => {
  it("keeps paths with their queries and rejects mixed hosts", () => {
    expect(splitUrls(["http://127.0.0.1:3000/en", "http://127.0.0.1:3000/en/search?q=migrants"])).toEqual({
      origin: "http://127.0.0.1:3000",
      requestPaths: ["/en", "/en/search?q=migrants"],
    });
    expect(() => splitUrls(["http://127.0.0.1:3000/a", "http://127.0.0.1:3001/b"])).toThrow(/one host:port/);
    expect(() => splitUrls(["/relative"])).toThrow(/absolute/);
    expect(() => splitUrls([])).toThrow(/no URLs/);
  });

  it("escapes paths and headers as Lua strings, and hooks response() only when counting", () => {
    const script = wrkScript(['/a"b\\c', "/é"], { "X-Test": "1" }, false);
    expect(script).toContain('"/a\\"b\\\\c"');
    expect(script).toContain('"/\\195\\169"');
    expect(script).toContain('wrk.headers["X-Test"] = "1"');
    expect(script).toContain("local count_statuses = false");
    expect(wrkScript(["/a"], {}, true)).toContain("local count_statuses = true");
  });
});

describe("runWrk against a local server", () => {
  let server: Server;
  let base = "";
  const seen = new Map<string, number>();
  const encodings = new Set<string>();
  /** Set by a fault: /a answers 503 too. */
  let broken = false;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "";
      seen.set(url, (seen.get(url) ?? 0) + 1);
      encodings.add(String(req.headers["accept-encoding"]));
      res.writeHead(url === "/a" && !broken ? 200 : 503, { "Content-Type": "text/plain" });
      res.end(url === "/a" ? "ok" : "unavailable");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    base = `http://127.0.0.1:${String((address satisfies AddressInfo).port)}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  });

  it("counts non-2xx responses when /b (503) is in the rotation", async () => {
    seen.clear();
    const result = await runWrk({ urls: [`${base}/a`, `${base}/b`], connections: 50, durationSeconds: 2, countStatuses: true });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.non2xx).toBeGreaterThan(0);
    // Every 503 is > 399 too, so the hook and wrk's own count agree.
    expect(result.non2xx).toBe(result.errors.status);
    // Round-robin: both paths get load, about evenly.
    const a = seen.get("/a") ?? 0;
    const b = seen.get("/b") ?? 0;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(Math.abs(a - b) / (a + b)).toBeLessThan(0.1);
    expect(encodings).toContain("gzip");
  }, 40_000);

  it("counts no non-2xx when only /a (200) is requested", async () => {
    const result = await runWrk({ urls: [`${base}/a`], connections: 50, durationSeconds: 2, countStatuses: true });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.non2xx).toBe(0);
    expect(failedRequests(result)).toBe(0);
    expect(result.latencyUs.p99).toBeGreaterThanOrEqual(result.latencyUs.p50);
    expect(result.requestsPerSec).toBeGreaterThan(0);
  }, 40_000);

  it("without countStatuses, non2xx is undefined and wrk's status count still sees the 503s", async () => {
    const result = await runWrk({ urls: [`${base}/b`], connections: 10, durationSeconds: 1 });
    expect(result.non2xx).toBeUndefined();
    expect(result.errors.status).toBeGreaterThan(0);
  }, 40_000);

  it("loadWithFaults runs the faults at their times and assertNoFailures sees what they broke", async () => {
    await expect(loadWithFaults({ baseUrl: base, paths: ["/a", "/b"], connections: 10, durationSeconds: 2, faults: [] })).rejects.toThrow(
      /warming .*\/b: HTTP 503/,
    );

    const healthy = await loadWithFaults({
      baseUrl: base,
      paths: ["/a"],
      connections: 20,
      durationSeconds: 2,
      faults: [{ atSeconds: 1, name: "nothing", action: () => Promise.resolve() }],
    });
    expect(() => {
      assertNoFailures(healthy);
    }).not.toThrow();
    const startedAt = healthy.faultLog.map((line) => /^\[t=(\d+\.\d) s\] nothing: start$/.exec(line)?.[1]).find((t) => t !== undefined);
    expect(Number(startedAt)).toBeGreaterThanOrEqual(1);
    expect(healthy.faultLog.some((line) => line.includes("nothing: done"))).toBe(true);

    try {
      const faulty = await loadWithFaults({
        baseUrl: base,
        paths: ["/a"],
        connections: 20,
        durationSeconds: 2,
        faults: [
          {
            atSeconds: 1,
            name: "break /a",
            action: () => {
              broken = true;
              return Promise.resolve();
            },
          },
          { atSeconds: 1.5, name: "a fault that fails", action: () => Promise.reject(new Error("no such PID")) },
        ],
      });
      expect(faulty.wrk.non2xx).toBeGreaterThan(0);
      expect(faulty.failedFaults).toEqual(["a fault that fails"]);
      expect(faulty.faultLog.join("\n")).toContain("a fault that fails: FAILED after");
      expect(() => {
        assertNoFailures(faulty);
      }).toThrow(/responses with a status outside 200–299.*fault actions failed: a fault that fails/);
    } finally {
      broken = false;
    }
  }, 60_000);
});

describe("parseSsListeners", () => {
  it("finds the processes listening on a port", () => {
    const output = [
      'LISTEN 0      511    127.0.0.1:6379  0.0.0.0:* users:(("redis-server",pid=2218,fd=6))',
      'LISTEN 0      511      0.0.0.0:1337  0.0.0.0:* users:(("node",pid=4100,fd=21))',
      'LISTEN 0      511         [::]:1337     [::]:* users:(("node",pid=4100,fd=22))',
      'LISTEN 0      511    127.0.0.1:3001  0.0.0.0:* users:(("node",pid=4200,fd=20),("node",pid=4201,fd=20))',
      'LISTEN 0      511    127.0.0.1:13001 0.0.0.0:* users:(("node",pid=9999,fd=20))',
      "LISTEN 0      128      0.0.0.0:2024  0.0.0.0:*",
    ].join("\n");
    expect(parseSsListeners(output, 1337)).toEqual([{ pid: 4100, command: "node" }]);
    expect(parseSsListeners(output, 3001)).toEqual([
      { pid: 4200, command: "node" },
      { pid: 4201, command: "node" },
    ]);
    expect(parseSsListeners(output, 2024)).toEqual([]);
    expect(parseSsListeners(output, 80)).toEqual([]);
  });
});
