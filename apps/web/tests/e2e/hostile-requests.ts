import fc from "fast-check";
import { LOCALES, PERU_SLUG } from "./fixtures";
import { testEnv } from "./env";

/**
 * What a hostile reader sends (fast-check arbitraries for hostile-input.spec.ts): malformed
 * percent-encodings, markup, CR/LF, overlong values in every kind of path segment and query
 * value; unknown locales; odd methods; junk bodies and headers.
 */
const REVALIDATE_SECRET = testEnv.REVALIDATE_SECRET;

/** Markup that must never come back unescaped; `alert(7)` marks ours. */
export const MARKUP = [
  "<script>alert(7)</script>",
  "<img src=x onerror=alert(7)>",
  '"><svg/onload=alert(7)>',
  "'><iframe src=javascript:alert(7)>",
];
export const INJECTED_HEADER = "x-newsroom-injected";
const MALFORMED = ["%", "%f", "%zz", "%ff%fe", "%E0%A4%A", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%%32%65", "%u0041"];
const SMUGGLED = [
  `%0d%0a${INJECTED_HEADER}:%201`,
  `%0aSet-Cookie:%20${INJECTED_HEADER}=1`,
  "%00",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..",
  "%2f%2fevil.example",
  "\\evil.example",
  "//evil.example",
  "https:%2f%2fevil.example",
  "javascript:alert(7)",
];

/** Spaces and the characters node:http refuses in a request line are encoded; markup stays raw. */
function raw(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u0020\u007f-\uffff]/gu, (c) => encodeURIComponent(c));
}

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/);
const hostileText = fc.oneof(
  fc.constantFrom(...MARKUP).map(raw),
  fc.constantFrom(...MARKUP).map((m) => encodeURIComponent(m)),
  fc.constantFrom(...MALFORMED),
  fc.constantFrom(...SMUGGLED),
  fc.tuple(slug, fc.constantFrom(...MALFORMED, ...SMUGGLED), slug).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")),
  fc.integer({ min: 1025, max: 5000 }).map((n) => "a".repeat(n)),
  fc.constantFrom("-1", "0", "99999999999999999999", "1e309", "NaN", "[]", "{}", "null", "true"),
);
/** Well-formed but hostile: gets past the server's guard to Next, which must not echo it. */
const wellEncoded = fc
  .oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }))
  .map((s) => encodeURIComponent(s));
const segment = fc.oneof({ weight: 2, arbitrary: slug }, { weight: 2, arbitrary: wellEncoded }, { weight: 3, arbitrary: hostileText });
const locale = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LOCALES) },
  { weight: 1, arbitrary: fc.constantFrom("xx", "EN", "en-US", "%65n", "zh", "..", "e%n", "en%00") },
  { weight: 1, arbitrary: hostileText },
);

const path = fc.oneof(
  fc.tuple(locale).map(([l]) => `/${l}`),
  fc.tuple(locale, segment).map(([l, s]) => `/${l}/news/${s}`),
  fc.tuple(locale).map(([l]) => `/${l}/news/${PERU_SLUG}`),
  fc
    .tuple(locale, fc.constantFrom("news", "search", "countries", "regions", "themes", "feeds"), segment)
    .map(([l, section, s]) => `/${l}/${section}/${s}`),
  fc
    .tuple(locale, fc.constantFrom("countries", "themes"), segment, fc.constantFrom("rss.xml", "atom.xml", "feed.json"))
    .map(([l, k, s, f]) => `/${l}/feeds/${k}/${s}/${f}`),
  fc.tuple(segment).map(([s]) => `/sitemaps/${s}`),
  fc.tuple(segment).map(([s]) => `/uploads/${s}`),
  fc.tuple(segment).map(([s]) => `/${s}`),
  fc.tuple(segment, segment).map(([a, b]) => `/${a}/${b}/`),
  fc.constantFrom(
    "/",
    "/en/search",
    "/en/news",
    "/api/preview",
    "/api/preview/exit",
    "/api/revalidate",
    "/api/health",
    "/_next/image",
    "/robots.txt",
    "/sitemap.xml",
  ),
);

const queryKey = fc.oneof(
  fc.constantFrom(
    "q",
    "page",
    "country",
    "region",
    "theme",
    "type",
    "year",
    "path",
    "expires",
    "signature",
    "url",
    "w",
    "utm_source",
    "_rsc",
  ),
  hostileText,
);
const query = fc
  .array(
    fc.tuple(
      queryKey,
      fc.oneof(
        { weight: 1, arbitrary: hostileText },
        { weight: 2, arbitrary: wellEncoded },
        { weight: 2, arbitrary: slug },
        { weight: 1, arbitrary: fc.constant("") },
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`));

const printable = fc.string({ minLength: 0, maxLength: 200 }).map((s) => s.replace(/[^\u0020-\u007e]/g, "x"));
const headers = fc.record(
  {
    "accept-language": fc.oneof(printable, fc.constantFrom("*", "xx", "en;q=abc", "es-ES,es;q=0.9,fr;q=0.8", ",,,;;;", MARKUP[0] ?? "")),
    rsc: fc.constant("1"),
    "next-router-state-tree": fc.oneof(printable, hostileText),
    "content-type": fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "text/html",
    ),
    "x-newsroom-webhook-secret": fc.oneof(fc.constant(REVALIDATE_SECRET), printable),
    cookie: fc.oneof(
      fc.constant("__prerender_bypass=forged"),
      printable.map((s) => `a=${s.replace(/;/g, "")}`),
    ),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    '{"event":"entry.update","model":"<script>","uid":"api::x.x","entry":{"id":"<b>"}}',
    "{",
    "[",
    "null",
    '{"__proto__":{"admin":true}}',
    MARKUP[0] ?? "",
  ),
  fc.string({ unit: "binary", maxLength: 500 }),
  fc.integer({ min: 10_000, max: 60_000 }).map((n) => `{"a":"${"x".repeat(n)}"}`),
);

export interface HostileRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc
  .record({
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("GET", "HEAD") },
      { weight: 3, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE", "FOO") },
    ),
    target: fc.tuple(path, query).map(([p, q]) => `${p}${q}`),
    headers,
    body,
  })
  // A GET or HEAD with a body is left to the odd methods' share: Node refuses nothing else.
  .map((r) => ({ ...r, body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body }));
