import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { adjustResponse, runWithOutcome, type RequestOutcome } from "./src/lib/request-outcome";

/**
 * `next start` plus the status rules of src/lib/request-outcome.ts: a 500 caused by the CMS
 * being unavailable goes out as 503 with Retry-After; a withdrawn release's page as 410 Gone;
 * a page rendered in draft mode (preview) as `Cache-Control: private, no-store`.
 */
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

function applyOutcome(res: ServerResponse, outcome: RequestOutcome): void {
  const writeHead = res.writeHead.bind(res);
  // Node calls writeHead for implicit headers too, so this sees every response status.
  Object.defineProperty(res, "writeHead", {
    configurable: true,
    writable: true,
    value(statusCode: number, ...rest: unknown[]): unknown {
      const adjusted = adjustResponse(statusCode, outcome);
      if (adjusted) {
        for (const [name, value] of Object.entries(adjusted.headers)) res.setHeader(name, value);
      }
      // An explicit status message would name the old status: let Node choose the new one.
      const args = adjusted && adjusted.status !== statusCode && typeof rest[0] === "string" ? rest.slice(1) : rest;
      const result: unknown = Reflect.apply(writeHead, undefined, [adjusted?.status ?? statusCode, ...args]);
      return result;
    },
  });
}

const app = next({ dev: false, dir: path.dirname(new URL(import.meta.url).pathname), hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
createServer((req, res) => {
  const outcome: RequestOutcome = { cmsUnavailable: false };
  applyOutcome(res, outcome);
  void runWithOutcome(outcome, () => handle(req, res));
}).listen(port, hostname, () => {
  console.log(`newsroom web ready on http://${hostname}:${port}`);
});
