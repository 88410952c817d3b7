import { Agent, request } from "node:http";

/**
 * Shows that a web instance finishes the requests in flight when it gets SIGTERM (a deploy or
 * docker stop must not cut readers off): opens `count` keep-alive connections, sends one slow
 * request on each (a search never asked before: rendered per request, with CMS reads), sends
 * SIGTERM while they are being answered, and reports every status it got back.
 */
export async function requestsDuringShutdown(options: {
  baseUrl: string;
  count: number;
  path: (i: number) => string;
  sigterm: () => void;
}): Promise<{ statuses: number[]; errors: string[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.count });
  const get = (path: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(new URL(path, options.baseUrl), { agent, headers: { "Accept-Encoding": "gzip" } }, (res) => {
        res.resume();
        res.on("end", () => {
          resolve(res.statusCode ?? 0);
        });
      });
      req.setTimeout(30_000, () => req.destroy(new Error("timed out")));
      req.on("error", reject);
      req.end();
    });
  try {
    // Every connection is open and idle before the slow requests go out on them.
    await Promise.all(Array.from({ length: options.count }, () => get("/api/health")));
    const pending = Array.from({ length: options.count }, (_, i) => get(options.path(i)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    options.sigterm();
    const settled = await Promise.allSettled(pending);
    return {
      statuses: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
      errors: settled.flatMap((s) => (s.status === "rejected" ? [s.reason instanceof Error ? s.reason.message : String(s.reason)] : [])),
    };
  } finally {
    agent.destroy();
  }
}
