import { AsyncLocalStorage } from "node:async_hooks";
import type { Core } from "@strapi/strapi";
import { isRecord } from "@newsroom/contract";

/** Set while the scheduler acts, so the publication log says "schedule", not a person. */
const scheduled = new AsyncLocalStorage<true>();

export function runAsSchedule<T>(fn: () => Promise<T>): Promise<T> {
  return scheduled.run(true, fn);
}

/** Who is acting: the schedule, the signed-in admin user, or an API token / server code. */
export function currentActor(strapi: Core.Strapi): { trigger: "person" | "schedule"; performedBy: string } {
  if (scheduled.getStore()) return { trigger: "schedule", performedBy: "schedule" };
  const state: unknown = strapi.requestContext.get()?.state;
  const user = isRecord(state) && isRecord(state.user) ? state.user : undefined;
  if (user && typeof user.email === "string") return { trigger: "person", performedBy: user.email };
  return { trigger: "person", performedBy: isRecord(state) && isRecord(state.auth) ? "API token" : "CMS" };
}
