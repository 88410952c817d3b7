/**
 * The subscription routes' answers: a 303 to the next page for browsers' form posts (so a
 * reload never posts again), plain text with a 4xx status for a request no form of ours sends.
 */
export function seeOther(path: string): Response {
  // Relative (RFC 9110 allows it): the reader stays on the address they used, which CSP's form-action ('self') requires.
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * The reader's address for the CMS's per-reader limit: the proxy appends the address it saw
 * to X-Forwarded-For, so the last entry is the one a client cannot forge.
 */
export function clientAddress(request: Request): string | undefined {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : undefined;
}
