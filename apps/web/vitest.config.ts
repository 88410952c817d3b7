import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  // A watchdog, not a speed check: CI runs every workspace's lint, typecheck and tests at once on two
  // cores, and the XML-schema tests compile libxml2 (WebAssembly) per validation.
  test: { environment: "node", include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
