import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";
import next from "next";
import { installCacheHooks } from "./src/cache/hooks";
import { parseWebEnv } from "./src/env.schema";
import { refuseRequest, REFUSAL_CACHE_CONTROL } from "./src/lib/request-guard";
import { adjustResponse, runWithOutcome, type RequestOutcome, type ResponseContext } from "./src/lib/request-outcome";
import { secureResponse } from "./src/lib/secure-response";
import { isPreviewAnswer, type SecurityContext } from "./src/lib/security-headers";

/**
 * The site's production server: Next.js's request handler plus the rules of
 * src/lib/request-outcome.ts (503 for a CMS outage, 410 for a withdrawn release,
 * `private, no-store` for previews, shared-cache lifetimes and surrogate keys for every
 * public answer), the security headers of src/lib/security-headers.ts on every answer, and
 * src/lib/request-guard.ts's 4xx for requests Next would answer with a 500. Bundled to dist/server.mjs by `npm run build` and run with plain Node:
 * the Next.js configuration is the one serialized by `next build` (as in Next's own
 * standalone server), so nothing is compiled at run time.
 *
 * Binds LISTEN_HOST (default 0.0.0.0, whatever HOSTNAME says: in a container HOSTNAME is
 * the container's name) and PORT. SIGTERM/SIGINT stop accepting connections, let requests
 * in flight finish (at most SHUTDOWN_GRACE_MS), then exit.
 */
// dist/server.mjs lives in the app folder, next to .next (also in the standalone image).
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The .env files, as `next start` reads them (variables already set win).
nextEnv.loadEnvConfig(appDir, false, { info: () => undefined, error: console.error });
const env = parseWebEnv(process.env);
const { PORT: port, LISTEN_HOST: hostname, SHUTDOWN_GRACE_MS: shutdownGraceMs } = env;
const serverFiles: unknown = JSON.parse(readFileSync(path.join(appDir, ".next", "required-server-files.json"), "utf8"));
if (typeof serverFiles !== "object" || serverFiles === null || !("config" in serverFiles)) {
  throw new Error(`${path.join(appDir, ".next", "required-server-files.json")} has no config: run npm run build`);
}
// eslint-disable-next-line no-restricted-syntax -- a write, not a read: Next's standalone server takes its config from here
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(serverFiles.config);
installCacheHooks();
const security: SecurityContext = {
  production: env.NODE_ENV === "production",
  https: new URL(env.SITE_URL).protocol === "https:",
  previewFramer: new URL(env.CMS_ADMIN_URL ?? env.CMS_URL).origin,
};

function requestContext(req: IncomingMessage, res: ServerResponse): ResponseContext {
  const cacheControl = res.getHeader("cache-control");
  return {
    method: req.method ?? "GET",
    path: (req.url ?? "/").split("?")[0] ?? "/",
    cacheControl: typeof cacheControl === "string" ? cacheControl : undefined,
  };
}

function applyOutcome(req: IncomingMessage, res: ServerResponse, outcome: RequestOutcome): void {
  const writeHead = res.writeHead.bind(res);
  // Node calls writeHead for implicit headers too, so this sees every response status.
  Object.defineProperty(res, "writeHead", {
    configurable: true,
    writable: true,
    value(statusCode: number, ...rest: unknown[]): unknown {
      // A redirect rendered for the cache (ISR) gets its Location twice, once from the render
      // and once from the entry's headers: a list is not a valid Location, keep one.
      const location = res.getHeader("location");
      if (Array.isArray(location) && new Set(location).size === 1) res.setHeader("location", location[0] ?? "");
      const adjusted = adjustResponse(statusCode, outcome, requestContext(req, res));
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

let stopping = false;
// Next only builds URLs from hostname (this server binds LISTEN_HOST itself). Its router and
// its middleware disagree unless it is "localhost": with 127.0.0.1 a middleware rewrite to a
// route of this very site is taken for another host and proxied (Next 16.0's custom server).
const app = next({ dev: false, dir: appDir, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

/** Requests being answered: on SIGTERM the server exits once this reaches 0. */
let inFlight = 0;
function requestDone(): void {
  inFlight -= 1;
  // Whatever is still connected is idle (keep-alive): nothing is cut off by closing it.
  if (stopping && inFlight === 0) server.closeAllConnections();
}

/** The latest answer on each connection (see "clientError" below). */
const answers = new WeakMap<Duplex, ServerResponse>();

const server = createServer((req, res) => {
  answers.set(req.socket, res);
  inFlight += 1;
  res.once("close", requestDone);
  const outcome: RequestOutcome = { cmsUnavailable: false };
  // While stopping, no connection is kept for another request.
  if (stopping) res.setHeader("Connection", "close");
  applyOutcome(req, res, outcome);
  secureResponse(req, res, security, () => isPreviewAnswer(requestContext(req, res).path, outcome.draft === true));
  const refused = refuseRequest(req.method ?? "GET", req.url ?? "/");
  if (refused) {
    // A body is never read: rather than drain it, the connection goes.
    const body = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined;
    res.writeHead(refused.status, {
      ...refused.headers,
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": REFUSAL_CACHE_CONTROL,
      ...(body ? { Connection: "close" } : {}),
    });
    res.end(`${refused.message}\n`);
    return;
  }
  void runWithOutcome(outcome, () => handle(req, res));
});
// Node answers bytes it cannot parse (an unknown method, a malformed header) with a bare 400
// and destroys the socket at once: a client still sending its body then gets a reset and can
// lose the answer. Same answer, in the same cases as Node's own handler (nothing of another
// answer written yet on this connection), but what still arrives is read and dropped first.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  const answer = answers.get(socket);
  if (error.code === "ECONNRESET" || !socket.writable || (answer !== undefined && (answer.headersSent || answer.writableEnded))) {
    socket.destroy();
    return;
  }
  const status =
    error.code === "HPE_HEADER_OVERFLOW"
      ? "431 Request Header Fields Too Large"
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? "408 Request Timeout"
        : "400 Bad Request";
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.on("end", () => socket.destroy());
  socket.resume();
  setTimeout(() => socket.destroy(), 2_000).unref();
});
// Behind the proxy, connections are reused: keep them open longer than its idle timeout.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`newsroom web ready on http://${hostname}:${String(port)} (CMS ${env.CMS_URL})`);
});

function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`newsroom web: ${signal}, finishing requests in flight`);
  const force = setTimeout(() => {
    console.error(`newsroom web: requests still open after ${String(shutdownGraceMs)} ms, exiting`);
    process.exit(1);
  }, shutdownGraceMs);
  force.unref();
  server.close(() => process.exit(0));
  if (inFlight === 0) server.closeAllConnections();
  else server.closeIdleConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
