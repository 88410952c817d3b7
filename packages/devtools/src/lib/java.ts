import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { canAptInstall } from "./chromium";
import { childEnv } from "./env";
import { info } from "./log";
import { run } from "./run";

/** The Nu Html Checker (vnu-jar) in the end-to-end tests needs a Java runtime. */
function hasJava(): boolean {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

export async function ensureJava(): Promise<string> {
  if (hasJava()) return "java found on PATH";
  if (!canAptInstall()) {
    const command = existsSync("/etc/debian_version")
      ? "sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless"
      : "install a Java runtime (11 or newer) so that `java` is on PATH";
    throw new Error(`Java not found (the HTML validity tests run the Nu Html Checker). Install it with:\n  ${command}`);
  }
  info("Java not found; installing the Debian package (apt-get install default-jre-headless).");
  const env = childEnv({ DEBIAN_FRONTEND: "noninteractive" });
  await run("apt-get", ["update"], { step: "apt-get update", env });
  await run("apt-get", ["install", "-y", "default-jre-headless"], { step: "apt-get install default-jre-headless", env });
  if (!hasJava()) throw new Error("apt-get installed default-jre-headless but `java -version` still fails");
  return "system package (just installed)";
}
