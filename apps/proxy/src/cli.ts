// Command line for the proxy:
//   tsx src/cli.ts render-backends --backend HOST:PORT [--backend …] [--purger CIDR …]
//       [--grace SECONDS] [--no-probe] [--first-byte-timeout S] [--connect-timeout S] [--out FILE]
//   tsx src/cli.ts render-compose [--out FILE]      (vcl/compose/backends.vcl)
//   tsx src/cli.ts start --listen 127.0.0.1:8080 --work-dir DIR --backend HOST:PORT … (same options)
// The varnishtest files use render-backends to write the backends.vcl they test with.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { composeBackendsOptions, renderBackendsVcl, startVarnish, type Backend, type BackendsVclOptions } from "./index";

function parseBackend(value: string): Backend {
  const m = /^(?:([A-Za-z][A-Za-z0-9_]*)=)?(\[[^\]]+\]|[^:]+):(\d+)$/.exec(value);
  const host = m?.[2];
  const port = m?.[3];
  if (!m || host === undefined || port === undefined) throw new Error(`--backend wants [name=]host:port, got ${JSON.stringify(value)}`);
  const backend: Backend = { host, port: Number(port) };
  if (m[1] !== undefined) backend.name = m[1];
  return backend;
}

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${flag} wants a number, got ${JSON.stringify(value)}`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      backend: { type: "string", multiple: true },
      purger: { type: "string", multiple: true },
      grace: { type: "string" },
      "no-probe": { type: "boolean" },
      "probe-interval": { type: "string" },
      "connect-timeout": { type: "string" },
      "first-byte-timeout": { type: "string" },
      "between-bytes-timeout": { type: "string" },
      out: { type: "string" },
      listen: { type: "string" },
      "work-dir": { type: "string" },
      storage: { type: "string" },
    },
  });
  const options: BackendsVclOptions = {
    backends: (values.backend ?? []).map(parseBackend),
    purgers: values.purger ?? ["127.0.0.1", "::1"],
    graceSeconds: number(values.grace, "--grace") ?? 86_400,
  };
  const interval = number(values["probe-interval"], "--probe-interval");
  if (values["no-probe"]) options.probe = false;
  else if (interval !== undefined) options.probe = { intervalSeconds: interval };
  const connect = number(values["connect-timeout"], "--connect-timeout");
  if (connect !== undefined) options.connectTimeoutSeconds = connect;
  const firstByte = number(values["first-byte-timeout"], "--first-byte-timeout");
  if (firstByte !== undefined) options.firstByteTimeoutSeconds = firstByte;
  const betweenBytes = number(values["between-bytes-timeout"], "--between-bytes-timeout");
  if (betweenBytes !== undefined) options.betweenBytesTimeoutSeconds = betweenBytes;

  if (command === "render-compose") {
    const vcl = renderBackendsVcl(composeBackendsOptions);
    if (values.out) writeFileSync(values.out, vcl);
    else process.stdout.write(vcl);
    return;
  }
  if (command === "render-backends") {
    const vcl = renderBackendsVcl(options);
    if (values.out) writeFileSync(values.out, vcl);
    else process.stdout.write(vcl);
    return;
  }
  if (command === "start") {
    if (!values.listen || !values["work-dir"]) throw new Error("start needs --listen and --work-dir");
    const varnish = await startVarnish({
      ...options,
      listen: values.listen,
      workDir: values["work-dir"],
      ...(values.storage ? { storage: values.storage } : {}),
    });
    console.log(`varnishd ${String(varnish.pid)} serving on ${varnish.url}`);
    const stop = (): void => {
      void varnish.stop().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return;
  }
  throw new Error(`usage: cli.ts render-backends|render-compose|start [options] (got ${JSON.stringify(command)})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
