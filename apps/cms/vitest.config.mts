import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { environment: "node", include: ["**/*.test.ts"], exclude: ["dist/**", "node_modules/**"], testTimeout: 30_000 },
});
