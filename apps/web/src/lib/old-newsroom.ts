/**
 * The internal route (app/old-newsroom/route.ts) that answers for paths outside any language:
 * src/proxy.ts rewrites them there, with the address as it was asked for in these request
 * headers (always set by the proxy, so a reader cannot choose them).
 */
export const OLD_NEWSROOM_ROUTE = "/old-newsroom";
export const OLD_ADDRESS_HEADERS = { path: "x-newsroom-old-path", search: "x-newsroom-old-search" } as const;
