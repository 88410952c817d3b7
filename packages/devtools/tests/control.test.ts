import { afterEach, describe, expect, it } from "vitest";
import { serveStackControl, type StackControl } from "../src/lib/control";
import { startProcess } from "../src/lib/process";
import { supervise, type Supervised } from "../src/lib/stack";

/**
 * The stack control that Playwright's stop-cms and start-cms setup projects call, and the
 * supervisor's pause/resume behind it in npm start.
 */
describe("the stack control", () => {
  let control: StackControl | undefined;
  afterEach(async () => {
    await control?.close();
  });

  it("answers 204 once the action is done, one request at a time, 500 with the reason on failure", async () => {
    const events: string[] = [];
    let failNext = false;
    control = await serveStackControl(0, {
      stopCms: async () => {
        events.push("stop begins");
        await new Promise((resolve) => setTimeout(resolve, 200));
        events.push("stop done");
      },
      startCms: () => {
        events.push("start");
        if (failNext) return Promise.reject(new Error("the CMS did not answer"));
        return Promise.resolve();
      },
    });
    const post = (action: string) => fetch(`${control?.url ?? ""}${action}`, { method: "POST" });
    const [stopped, started] = await Promise.all([post("/cms/stop"), post("/cms/start")]);
    expect([stopped.status, started.status]).toEqual([204, 204]);
    expect(events).toEqual(["stop begins", "stop done", "start"]);

    failNext = true;
    const failed = await post("/cms/start");
    expect(failed.status).toBe(500);
    expect(await failed.text()).toContain("the CMS did not answer");
  });

  it("refuses unknown routes (404) and other methods (405)", async () => {
    control = await serveStackControl(0, { stopCms: () => Promise.resolve(), startCms: () => Promise.resolve() });
    expect((await fetch(`${control.url}/web/stop`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${control.url}/cms/stop`)).status).toBe(405);
  });
});

describe("supervise", () => {
  let service: Supervised | undefined;
  afterEach(async () => {
    await service?.stop();
  });

  it("keeps a paused process down until resume(), then starts it again at once", async () => {
    let starts = 0;
    const exits: string[] = [];
    service = supervise(
      "sleeper",
      () => {
        starts += 1;
        return startProcess(`sleeper-${String(starts)}`, process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
      },
      (_name, description) => exits.push(description),
    );
    const first = service.current();
    await service.pause();
    expect(first.running()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(starts).toBe(1);
    service.resume();
    await expect.poll(() => starts).toBe(2);
    expect(service.current().running()).toBe(true);
    // A pause is not a crash: nothing reported, no back-off.
    expect(exits).toEqual([]);
  });
});
