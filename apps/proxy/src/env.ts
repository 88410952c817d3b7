/** The variables the proxy's tooling reads: where varnishd is, if not on PATH or in sbin. */
export interface ProxyEnv {
  VARNISHD?: string | undefined;
  PATH?: string | undefined;
}

export function proxyEnv(): ProxyEnv {
  return { VARNISHD: process.env.VARNISHD, PATH: process.env.PATH };
}
