import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { env } from "@/env";
import { revalidationFor, webhookPayloadSchema } from "@/lib/revalidation";
import { secretMatches } from "@/lib/secrets";

/**
 * The CMS's webhook (every create, update, delete, publish and unpublish) posts here with
 * X-Newsroom-Webhook-Secret. Each change expires exactly the cache tags it affects
 * (src/lib/revalidation.ts) with `{ expire: 0 }`: the next request reads fresh data instead
 * of being served the stale copy once ("max" would). Answers 401 / 400 / 200, never 500.
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
  let text: string;
  try {
    text = await request.text();
  } catch {
    return answer(400, { error: "The request body could not be read" });
  }
  if (text.length > MAX_BODY_BYTES) return answer(400, { error: "The request body is too large" });
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
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Never a 500 for the CMS: it would retry nothing, and the log says why.
    console.error("revalidation failed", error);
    return answer(503, { error: "Revalidation failed; cached pages expire within REVALIDATE_SECONDS", revalidated: [] });
  }
  return answer(200, { revalidated: tags, reason });
}
