// Liveness for load balancers and compose: the web process answers. It deliberately does
// not call the CMS: cached pages keep being served while the CMS is down.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
