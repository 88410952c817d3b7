import { expect, test } from "@playwright/test";

/**
 * The stop-cms and start-cms setup projects (playwright.config.ts): they ask the stack that
 * npm start or npm test runs to stop or start its CMS through its control endpoint
 * (packages/devtools/src/lib/control.ts), which answers once that is done.
 */
export function controlCms(action: "stop" | "start"): void {
  test(`${action} the CMS`, async () => {
    // Starting the CMS (Strapi's boot, then its health check) can take minutes.
    test.setTimeout(240_000);
    // From the config (the project's metadata), which reads STACK_CONTROL_URL or its default.
    const control = String(test.info().project.metadata.stackControlUrl ?? "");
    const response = await fetch(`${control}/cms/${action}`, { method: "POST", signal: AbortSignal.timeout(230_000) }).catch(
      (err: unknown) => {
        throw new Error(
          `no stack control at "${control}" (STACK_CONTROL_URL; npm start and npm test serve it). Without one, run --project reader only.`,
          { cause: err },
        );
      },
    );
    expect(response.status, await response.text()).toBe(204);
  });
}
