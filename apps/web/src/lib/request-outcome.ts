import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What happened while answering one request, shared between the custom server (server.ts)
 * and the rendering code. The App Router can only answer 500 for a thrown error; the server
 * turns that into 503 + Retry-After when the cause was the CMS being unavailable, so
 * caches, crawlers and monitors see "temporarily unavailable", not "broken".
 * Kept on globalThis because the server and the bundled app load separate module copies.
 */
export interface RequestOutcome {
  cmsUnavailable: boolean;
}

declare global {
  var __newsroomRequestOutcome: AsyncLocalStorage<RequestOutcome> | undefined;
}

function storage(): AsyncLocalStorage<RequestOutcome> {
  globalThis.__newsroomRequestOutcome ??= new AsyncLocalStorage<RequestOutcome>();
  return globalThis.__newsroomRequestOutcome;
}

export function runWithOutcome<T>(outcome: RequestOutcome, fn: () => T): T {
  return storage().run(outcome, fn);
}

export function markCmsUnavailable(): void {
  const outcome = storage().getStore();
  if (outcome) outcome.cmsUnavailable = true;
}
