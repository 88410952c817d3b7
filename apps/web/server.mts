import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { runWithOutcome, type RequestOutcome } from "./src/lib/request-outcome";

/**
 * `next start` plus one rule: a 500 caused by the CMS being unavailable goes out as
 * 503 Service Unavailable with Retry-After (see src/lib/request-outcome.ts).
 */
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const RETRY_AFTER_SECONDS = "30";

function answerOutageAs503(res: ServerResponse, outcome: RequestOutcome): void {
  const writeHead = res.writeHead.bind(res);
  // Node calls writeHead for implicit headers too, so this sees every response status.
  Object.defineProperty(res, "writeHead", {
    configurable: true,
    writable: true,
    value(statusCode: number, ...rest: unknown[]): unknown {
      const outage = statusCode === 500 && outcome.cmsUnavailable;
      if (outage) {
        res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        res.setHeader("Cache-Control", "no-store");
      }
      const result: unknown = Reflect.apply(writeHead, undefined, [outage ? 503 : statusCode, ...rest]);
      return result;
    },
  });
}

const app = next({ dev: false, dir: path.dirname(new URL(import.meta.url).pathname), hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
createServer((req, res) => {
  const outcome: RequestOutcome = { cmsUnavailable: false };
  answerOutageAs503(res, outcome);
  void runWithOutcome(outcome, () => handle(req, res));
}).listen(port, hostname, () => {
  console.log(`newsroom web ready on http://${hostname}:${port}`);
});
