import { subscriptionRoutes, subscriptionViewSchema, type SubscriptionView } from "@newsroom/contract";
import { z } from "zod";
import { callPersonalCms, personalLinksConfigured, type CmsAnswer } from "@/lib/personal-cms";

/** The CMS's subscription routes (apps/cms/src/api/subscription), through src/lib/personal-cms.ts. */
export const subscriptionsConfigured = personalLinksConfigured;

const call = <T>(name: keyof typeof subscriptionRoutes, init: { query?: Record<string, string>; body?: unknown }, schema: z.ZodType<T>) =>
  callPersonalCms(subscriptionRoutes[name].path, init, schema);

const localeAnswer = z.object({ locale: z.string() });

export const subscriptionsCms = {
  subscribe: (body: Record<string, unknown>) => call("subscribe", { body }, z.object({ status: z.string() })),
  confirmation: (token: string) => call("confirmation", { query: { token } }, localeAnswer),
  confirm: (token: string) => call("confirm", { body: { token } }, z.object({ locale: z.string(), manageToken: z.string() })),
  manage: (token: string): Promise<CmsAnswer<SubscriptionView>> => call("manage", { query: { token } }, subscriptionViewSchema),
  update: (body: Record<string, unknown>): Promise<CmsAnswer<SubscriptionView>> => call("update", { body }, subscriptionViewSchema),
  unsubscribe: (token: string) => call("unsubscribe", { body: { token } }, localeAnswer),
};
