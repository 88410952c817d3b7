/**
 * The stack's control endpoint: how a test run stops and starts the CMS of a stack it did
 * not start (Playwright's `stop-cms` and `start-cms` setup projects, apps/web/playwright.config.ts).
 * `npm start` and `npm test` both serve it on 127.0.0.1 only:
 *
 *   POST /cms/stop   204 once the CMS has exited; it stays down (no restart) until /cms/start
 *   POST /cms/start  204 once the CMS answers /_health again
 *
 * Loopback HTTP rather than a signal: the caller learns when the change is done, and a failure
 * comes back as a message. Requests run one at a time. node:http is enough for two routes.
 */
import { createServer, type Server } from "node:http";
import { errorMessage } from "./log";

export interface CmsControls {
  stopCms(): Promise<void>;
  startCms(): Promise<void>;
}

export interface StackControl {
  /** e.g. http://127.0.0.1:3003, for STACK_CONTROL_URL. */
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: any free port; the URL says which). */
export async function serveStackControl(port: number, controls: CmsControls): Promise<StackControl> {
  const actions: Record<string, (() => Promise<void>) | undefined> = {
    "/cms/stop": () => controls.stopCms(),
    "/cms/start": () => controls.startCms(),
  };
  let queue: Promise<unknown> = Promise.resolve();
  const server: Server = createServer((request, response) => {
    const action = actions[request.url ?? ""];
    if (!action) {
      response
        .writeHead(404, { "Content-Type": "text/plain" })
        .end(`unknown control; use POST ${Object.keys(actions).join(" or POST ")}\n`);
      return;
    }
    if (request.method !== "POST") {
      response.writeHead(405, { Allow: "POST", "Content-Type": "text/plain" }).end("use POST\n");
      return;
    }
    const done = queue.then(action);
    queue = done.catch(() => undefined);
    done.then(
      () => response.writeHead(204).end(),
      (err: unknown) =>
        response.writeHead(500, { "Content-Type": "text/plain" }).end(`${request.url ?? ""} failed: ${errorMessage(err)}\n`),
    );
  });
  // Starting the CMS takes minutes: never time the request out on our side.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error(`the stack control listens on ${String(address)}, not a TCP port`);
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
