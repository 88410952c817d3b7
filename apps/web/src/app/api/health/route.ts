import { redisHealthy } from "@/cache/redis-cache-handler";
import { env } from "@/env";

// Health for the proxy's probes, load balancers and compose: the web process answers and,
// in production, reaches the shared cache (an instance without it would render every page
// and flood the CMS, so the proxy takes it out of rotation). It deliberately does not call
// the CMS: cached pages keep being served while the CMS is down.
export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

export async function GET() {
  if (env.NODE_ENV === "production" && !(await redisHealthy())) {
    return Response.json({ status: "unavailable", reason: "the shared cache (Redis) does not answer" }, { status: 503, headers });
  }
  return Response.json({ status: "ok" }, { headers });
}
