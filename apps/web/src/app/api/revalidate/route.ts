import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { env } from "@/env";
import { expireTags } from "@/cache/redis-cache-handler";
import { purgeProxies } from "@/lib/proxy-purge";
import { revalidationFor, webhookPayloadSchema } from "@/lib/revalidation";
import { secretMatches } from "@/lib/secrets";

/**
 * The CMS's revalidation outbox (every create, update, delete, publish and unpublish, retried
 * until it gets a 2xx; a 400 or 413 is never retried) posts here with
 * X-Newsroom-Webhook-Secret. Each change expires exactly the cache tags it affects
 * (src/lib/revalidation.ts) with `{ expire: 0 }`: the next request reads fresh data instead
 * of being served the stale copy once ("max" would). In production the tags are expired
 * in the cache shared by every web instance (Redis), awaited, then the same tags are
 * purged at the proxy: in that order, a proxy refetch can only find fresh pages.
 * Answers 401 / 400 / 413 / 200, or 503 when a cache could not be told (the CMS tries again).
 */
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1_000_000;
const headers = { "Cache-Control": "no-store" };

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers });
}

export async function POST(request: NextRequest): Promise<Response> {
  if (!secretMatches(request.headers.get("x-newsroom-webhook-secret"), env.REVALIDATE_SECRET)) {
    return answer(401, { error: "Missing or wrong X-Newsroom-Webhook-Secret" });
  }
  // Announced too large: refused before a byte of it is read.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return answer(413, { error: "The request body is too large" });
  let text: string;
  try {
    text = await request.text();
  } catch {
    return answer(400, { error: "The request body could not be read" });
  }
  if (text.length > MAX_BODY_BYTES) return answer(413, { error: "The request body is too large" });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400, { error: "The request body is not JSON" });
  }
  const parsed = webhookPayloadSchema.safeParse(body);
  if (!parsed.success) {
    return answer(400, { error: "Not a Strapi webhook payload", issues: z.prettifyError(parsed.error) });
  }
  const { tags, reason } = revalidationFor(parsed.data);
  if (tags.length === 0) return answer(200, { revalidated: tags, reason });
  try {
    // Production: the shared cache directly, awaited (revalidateTag would reach the same
    // handler once more, after the response). Development: Next's own cache.
    if (env.NODE_ENV === "production") await expireTags(tags);
    else for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Never a 500 for the CMS, and the log says why.
    console.error("revalidation failed", error);
    return answer(503, { error: "The shared cache could not be told; cached pages expire within their lifetime", revalidated: [] });
  }
  let purged: number;
  try {
    purged = await purgeProxies(env.PROXY_PURGE_URL, tags);
  } catch (error) {
    console.error("proxy purge failed", error);
    return answer(503, { error: "The caching proxy could not be purged; its pages expire within their lifetime", revalidated: tags });
  }
  return answer(200, { revalidated: tags, purged, reason });
}
