import { existsSync } from "node:fs";
import { canAptInstall } from "./chromium";
import { childEnv } from "./env";
import { info } from "./log";
import { run } from "./run";
import { which } from "./which";

export interface DebianTool {
  /** The executable that must exist (looked up on PATH and in /usr/sbin), or a name for `file`. */
  command: string;
  /** Files of which one must exist, instead of an executable (e.g. a Varnish module). */
  files?: readonly string[];
  /** The Debian packages that provide it. */
  packages: readonly string[];
  why: string;
}

function present(tool: DebianTool): boolean {
  if (tool.files) return tool.files.some((file) => existsSync(file));
  return which(tool.command) !== undefined || existsSync(`/usr/sbin/${tool.command}`) || existsSync(`/usr/bin/${tool.command}`);
}

/**
 * Installs the Debian packages of the tools that are missing, in one apt-get call, when
 * running as root on Debian (CI, these machines); otherwise fails with the command to run.
 */
export async function ensureDebianTools(tools: readonly DebianTool[]): Promise<string> {
  const missing = tools.filter((tool) => !present(tool));
  if (missing.length === 0) return `found: ${tools.map((t) => t.command).join(", ")}`;
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
  const reasons = missing.map((tool) => `${tool.command} (${tool.why})`).join(", ");
  if (!canAptInstall()) {
    throw new Error(
      `Missing: ${reasons}. Install with:\n  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`,
    );
  }
  info(`Missing ${reasons}; installing the Debian packages ${packages.join(" ")}.`);
  const env = childEnv({ DEBIAN_FRONTEND: "noninteractive" });
  await run("apt-get", ["update"], { step: "apt-get update", env });
  await run("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { step: `apt-get install ${packages.join(" ")}`, env });
  const still = missing.filter((tool) => !present(tool));
  if (still.length > 0)
    throw new Error(`apt-get installed ${packages.join(" ")} but ${still.map((t) => t.command).join(", ")} still missing`);
  return `installed ${packages.join(" ")}`;
}

/** What the production stack and its load tests need besides Node. */
export const STACK_TOOLS: readonly DebianTool[] = [
  { command: "varnishd", packages: ["varnish", "varnish-modules"], why: "the caching proxy" },
  { command: "varnishtest", packages: ["varnish"], why: "the proxy's tests" },
  {
    command: "vmod_xkey",
    files: ["x86_64-linux-gnu", "aarch64-linux-gnu"].map((arch) => `/usr/lib/${arch}/varnish/vmods/libvmod_xkey.so`),
    packages: ["varnish-modules"],
    why: "surrogate keys at the proxy",
  },
  { command: "wrk", packages: ["wrk"], why: "the load tests" },
  { command: "nginx", packages: ["nginx"], why: "the serving benchmark's baseline" },
];
