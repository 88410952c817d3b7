/**
 * Tells the caching proxies in front of the site (apps/proxy) that pages carrying these
 * cache tags changed. Soft purge: the proxy fetches them again on the next request while
 * the site is healthy, and keeps serving the old copy if the site cannot answer.
 * The contract (method PURGE, header xkey-softpurge) is documented in apps/proxy/README.md.
 */
const PURGE_TIMEOUT_MS = 3000;

export class ProxyPurgeError extends Error {
  override name = "ProxyPurgeError";
}

export async function purgeProxies(proxies: readonly string[], tags: readonly string[]): Promise<number> {
  if (proxies.length === 0 || tags.length === 0) return 0;
  const purged = await Promise.all(
    proxies.map(async (proxy) => {
      let response: Response;
      try {
        response = await fetch(proxy, {
          method: "PURGE",
          headers: { "xkey-softpurge": tags.join(" ") },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        });
      } catch (error) {
        throw new ProxyPurgeError(`the proxy at ${proxy} could not be reached to purge ${tags.join(" ")}`, { cause: error });
      }
      const body = await response.text();
      if (!response.ok)
        throw new ProxyPurgeError(`the proxy at ${proxy} answered ${String(response.status)} to a purge: ${body.slice(0, 200)}`);
      return Number(response.headers.get("x-purged") ?? 0);
    }),
  );
  return purged.reduce((sum, n) => sum + n, 0);
}
