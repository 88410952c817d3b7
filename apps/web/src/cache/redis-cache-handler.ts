/**
 * Next.js `cacheHandler` (singular: ISR pages, route handlers and the fetch Data Cache)
 * shared by every web instance through Redis, with race-free on-demand tag expiry.
 *
 * Why our own handler: @fortedigital/nextjs-cache-handler 3.x (the maintained option) does
 * round-trip Buffers and Maps, but it expires a tag by deleting the entries stored under it at
 * that moment (implicit tags: by comparing with the entry's *store* time), so a render that
 * began before a webhook and is stored after it is served as fresh, exactly the race this
 * handler exists to rule out (and its get costs up to three round trips).
 *
 * How the race is ruled out: Redis holds a global revision counter. Expiring tags increments
 * it and records the new revision for each tag. `get` reads the current revision together with
 * the entry (one Lua round trip) and remembers it; the following `set` of that key stores the
 * entry with the revision remembered *before* the render started, not with anything measured at
 * store time. An entry is expired as soon as one of its tags has a revision above the entry's:
 * a render that raced a webhook is stored already expired and the next request renders again.
 * A `set` never replaces an entry stored with a higher revision (a render that started later).
 * Which `set` belongs to which `get` is tracked per handler instance: Next.js constructs one
 * `IncrementalCache` (and so one handler) per request, and its response cache uses that same
 * instance for the lookup and for storing the render, so the bookkeeping is request-scoped.
 *
 * Redis layout (REDIS_KEY_PREFIX, default "newsroom"; BUILD_ID read from `.next/BUILD_ID`):
 * - `${prefix}:${buildId}:entry:${key}`: string `${rev}\n${tagsJson}\n${metaJson}\n${v8 body}`
 *   (v8.serialize of the value; HTML and fetch bodies beyond Latin-1 as UTF-8 bytes),
 *   with an expiry (2 × revalidate, at least 1 day, at most 14 days; 14 days when never
 *   revalidated). Build-scoped: a newer build never serves an older build's entries.
 * - `${prefix}:rev`: the global revision counter (INCR). Not build-scoped.
 * - `${prefix}:tags`: hash tag → revision of its last expiry. Not build-scoped: a publish
 *   expires the tags for every build still running. Neither key has an expiry, so Redis must
 *   not evict them: run it with `maxmemory-policy noeviction` or a `volatile-*` policy.
 *
 * Expiry durations: Next.js 16 passes `revalidateTag(tags, { expire })`; this handler treats
 * every call as immediate expiry (`{ expire: 0 }`, what the site always uses), whatever the
 * durations: the next `get` of an entry with such a tag is a miss and renders blocking.
 *
 * Failure policy: during `next build` (NEXT_PHASE=phase-production-build) the handler does
 * nothing. At run time, when Redis is unavailable `get` is a miss and `set` is dropped, each
 * logged with console.error (at most once every 10 s), while `revalidateTag`/`expireTags`
 * throw so that the webhook fails and the change is retried rather than lost.
 *
 * Bundled on its own by esbuild (dist/cache-handler.mjs): it imports nothing from Next.js at
 * run time; the value types below mirror next/dist/server/response-cache/types.d.ts (16.4)
 * with string kinds, because Next's own kinds are `const enum`s.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { OutgoingHttpHeaders } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { createClient, RESP_TYPES } from "redis";
import { isPlainRecord } from "@newsroom/contract";
import { cacheHandlerEnv } from "./env";

// ---------------------------------------------------------------------------------------------
// Types (mirroring Next.js 16.4's incremental cache contract)

export interface CacheControl {
  revalidate: number | false;
  expire: number | undefined;
}

export interface CachedAppPageValue {
  kind: "APP_PAGE";
  html: string;
  rscData: Buffer | undefined;
  headers: OutgoingHttpHeaders | undefined;
  postponed: string | undefined;
  status: number | undefined;
  segmentData: Map<string, Buffer> | undefined;
}

export interface CachedRouteValue {
  kind: "APP_ROUTE";
  body: Buffer;
  status: number;
  headers: OutgoingHttpHeaders;
}

export interface CachedFetchValue {
  kind: "FETCH";
  data: { headers: Record<string, string>; body: string; url: string; status?: number };
  tags?: string[];
  revalidate: number;
}

export interface CachedPagesValue {
  kind: "PAGES";
  html: string;
  pageData: object;
  headers: OutgoingHttpHeaders | undefined;
  status: number | undefined;
}

export interface CachedRedirectValue {
  kind: "REDIRECT";
  props: object;
}

/** Images never reach this handler (Next.js keeps them in the image optimizer's cache). */
export interface CachedImageValue {
  kind: "IMAGE";
}

export type CacheValue = CachedAppPageValue | CachedRouteValue | CachedFetchValue | CachedPagesValue | CachedRedirectValue;

export interface CacheHandlerValue {
  lastModified: number;
  value: CacheValue | null;
  cacheControl?: CacheControl;
}

export interface GetContext {
  kind: "APP_PAGE" | "APP_ROUTE" | "PAGES" | "FETCH" | "IMAGE";
  /** FETCH only: the fetch's own tags and the page's implicit (`_N_T_`) tags. */
  tags?: string[];
  softTags?: string[];
  revalidate?: number | false;
  fetchUrl?: string;
  fetchIdx?: number;
  isFallback?: boolean;
  isRoutePPREnabled?: boolean;
}

export interface SetContext {
  fetchCache?: boolean;
  /** FETCH only. */
  tags?: string[];
  fetchUrl?: string;
  fetchIdx?: number;
  isImplicitBuildTimeCache?: boolean;
  /** Responses only. */
  cacheControl?: CacheControl;
  isRoutePPREnabled?: boolean;
  isFallback?: boolean;
  kind?: string;
}

/** What Next.js passes to the constructor (CacheHandlerContext), plus overrides for tests. */
export interface RedisCacheHandlerContext {
  serverDistDir?: string;
  dev?: boolean;
  revalidatedTags?: string[];
  _requestHeaders?: Record<string, string | string[] | undefined>;
  maxMemoryCacheSize?: number;
  fetchCacheKeyPrefix?: string;
  flushToDisk?: boolean;
  /** Overrides REDIS_URL. */
  redisUrl?: string;
  /** Overrides REDIS_KEY_PREFIX. */
  keyPrefix?: string;
  /** Overrides the build id read from `${serverDistDir}/../BUILD_ID`. */
  buildId?: string;
}

export interface RedisCacheOptions {
  redisUrl?: string;
  keyPrefix?: string;
}

/** The page value handed to `beforePageSet`: a copy of what is about to be stored. */
export type StoredPageValue = CachedAppPageValue | CachedRouteValue;

export interface CacheHooks {
  /** A `get` is answering with a cached APP_PAGE/APP_ROUTE entry; `tags` are its cache tags. */
  onPageHit?(tags: string[]): void;
  /**
   * An APP_PAGE/APP_ROUTE entry is about to be stored. The hook may change `value.status` and
   * `value.headers`: the changes apply to the stored entry (the object is a copy, with its own
   * `headers`), not to the response of the render being stored.
   */
  beforePageSet?(value: StoredPageValue): void;
}

// ---------------------------------------------------------------------------------------------
// Constants

const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
const DEFAULT_KEY_PREFIX = "newsroom";
const CONNECT_TIMEOUT_MS = 1000;
const COMMAND_TIMEOUT_MS = 1000;
const EXPIRE_COMMAND_TIMEOUT_MS = 2000;
const HEALTH_TIMEOUT_MS = 500;
const LOG_INTERVAL_MS = 10_000;
const OBSERVATION_TTL_MS = 5 * 60_000;
const OBSERVATION_SWEEP_SIZE = 500;
const DAY_S = 86_400;
const MAX_TTL_S = 14 * DAY_S;
const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";
const HOOKS_KEY = "__newsroomCacheHooks";
const CONNECTIONS_KEY = Symbol.for("newsroom.redisCacheHandler.connections");
const BUFFER_REPLIES = { [RESP_TYPES.BLOB_STRING]: Buffer };
const NEWLINE = 0x0a;

// ---------------------------------------------------------------------------------------------
// Lua scripts (each one round trip, atomic)

/**
 * KEYS: rev, entry, tags. ARGV: the caller's tags (FETCH ctx.tags + ctx.softTags).
 * Returns {rev} for a miss, {rev, 0} for a tag-expired entry (deleted), {rev, 1, entry} for a hit.
 */
const GET_SCRIPT = `
local rev = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local entry = redis.call('GET', KEYS[2])
if not entry then return {rev} end
local nl1 = string.find(entry, '\\n', 1, true)
local nl2 = nl1 and string.find(entry, '\\n', nl1 + 1, true)
local entryRev = nl1 and tonumber(string.sub(entry, 1, nl1 - 1))
if not nl2 or not entryRev then
  redis.call('UNLINK', KEYS[2])
  return {rev}
end
local tags = cjson.decode(string.sub(entry, nl1 + 1, nl2 - 1))
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
local n = #tags
for first = 1, n, 500 do
  local last = math.min(first + 499, n)
  local revs = redis.call('HMGET', KEYS[3], unpack(tags, first, last))
  for i = 1, #revs do
    local tagRev = revs[i] and tonumber(revs[i])
    if tagRev and tagRev > entryRev then
      redis.call('UNLINK', KEYS[2])
      return {rev, 0}
    end
  end
end
return {rev, 1, entry}
`;

/**
 * KEYS: entry, rev. ARGV: entry rev ('' = the current revision), payload, ttl seconds.
 * Keeps an existing entry that was stored with a higher revision (its render started later).
 * Returns 1 when stored, 0 when kept.
 */
const SET_SCRIPT = `
local rev = ARGV[1]
if rev == '' then rev = redis.call('GET', KEYS[2]) or '0' end
local head = redis.call('GETRANGE', KEYS[1], 0, 24)
if head ~= '' then
  local nl = string.find(head, '\\n', 1, true)
  local current = nl and tonumber(string.sub(head, 1, nl - 1))
  if current and current > tonumber(rev) then return 0 end
end
redis.call('SET', KEYS[1], rev .. '\\n' .. ARGV[2], 'EX', ARGV[3])
return 1
`;

/**
 * KEYS: rev, tags. ARGV: tags to expire. Returns the new revision. If the counter was lost
 * while the tags hash survived, it is moved past every recorded revision so that new entries
 * are not born expired.
 */
const EXPIRE_SCRIPT = `
local rev = redis.call('INCR', KEYS[1])
local highest = 0
local n = #ARGV
for first = 1, n, 500 do
  local last = math.min(first + 499, n)
  local revs = redis.call('HMGET', KEYS[2], unpack(ARGV, first, last))
  for i = 1, #revs do
    local tagRev = revs[i] and tonumber(revs[i])
    if tagRev and tagRev > highest then highest = tagRev end
  end
end
if highest >= rev then
  rev = highest + 1
  redis.call('SET', KEYS[1], rev)
end
for i = 1, n do redis.call('HSET', KEYS[2], ARGV[i], rev) end
return rev
`;

interface Script {
  source: string;
  sha: string;
}

function script(source: string): Script {
  return { source, sha: createHash("sha1").update(source).digest("hex") };
}

const getScript = script(GET_SCRIPT);
const setScript = script(SET_SCRIPT);
const expireScript = script(EXPIRE_SCRIPT);

// ---------------------------------------------------------------------------------------------
// Logging: never silent, never noisy

const lastLogged = new Map<string, { at: number; suppressed: number }>();

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(describe).join("; ");
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function logRateLimited(topic: string, message: string): void {
  const now = Date.now();
  const last = lastLogged.get(topic);
  if (last && now - last.at < LOG_INTERVAL_MS) {
    last.suppressed++;
    return;
  }
  const suppressed = last?.suppressed ? ` (${last.suppressed} similar messages suppressed)` : "";
  lastLogged.set(topic, { at: now, suppressed: 0 });
  console.error(`[redis-cache-handler] ${message}${suppressed}`);
}

// ---------------------------------------------------------------------------------------------
// Connections: one lazily connected client per Redis URL and process

type RedisClient = ReturnType<typeof createClient>;

interface Connection {
  url: string;
  client: RedisClient;
  startedAt: number;
  everReady: boolean;
  lastError: unknown;
  /** Settles at the next 'ready' event (shared by all waiters: no listener per request). */
  nextReady: Signal;
  /** Settles at the next 'ready' or 'error' event. */
  nextAttempt: Signal;
}

interface Signal {
  promise: Promise<void>;
  fire: () => void;
}

function signal(): Signal {
  let fire = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

function connections(): Map<string, Connection> {
  // On globalThis: Next.js loads this file as the cache handler and, separately, as part of the
  // app's bundles (expireTags/redisHealthy); both copies share the process's connections.
  const existing: unknown = Reflect.get(globalThis, CONNECTIONS_KEY);
  if (isConnectionMap(existing)) return existing;
  const created = new Map<string, Connection>();
  Reflect.set(globalThis, CONNECTIONS_KEY, created);
  return created;
}

function isConnectionMap(value: unknown): value is Map<string, Connection> {
  return value instanceof Map;
}

function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    parsed.username = "";
    return parsed.toString();
  } catch {
    return "(invalid REDIS_URL)";
  }
}

function connection(url: string): Connection {
  const pool = connections();
  const existing = pool.get(url);
  if (existing) return existing;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 6), 5000) + Math.floor(Math.random() * 100),
    },
  });
  const created: Connection = {
    url,
    client,
    startedAt: Date.now(),
    everReady: false,
    lastError: undefined,
    nextReady: signal(),
    nextAttempt: signal(),
  };
  const fireAttempt = (): void => {
    const fired = created.nextAttempt;
    created.nextAttempt = signal();
    fired.fire();
  };
  client.on("error", (error: unknown) => {
    created.lastError = error;
    logRateLimited(`connection:${url}`, `Redis at ${safeUrl(url)}: ${describe(error)}`);
    fireAttempt();
  });
  client.on("ready", () => {
    created.everReady = true;
    created.lastError = undefined;
    const fired = created.nextReady;
    created.nextReady = signal();
    fired.fire();
    fireAttempt();
  });
  pool.set(url, created);
  client.connect().catch((error: unknown) => {
    created.lastError = error;
  });
  return created;
}

class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`Redis at ${safeUrl(url)} is unavailable${cause === undefined ? "" : `: ${describe(cause)}`}`, { cause });
    this.name = "RedisUnavailableError";
  }
}

/**
 * The connected client, waiting at most `waitMs` for a connection in progress (and, with
 * `untilError`, no longer than the next failed attempt). Page requests wait only for the
 * process's first connection attempt (at most CONNECT_TIMEOUT_MS after it started); once an
 * attempt has failed, and during any later outage, they fail at once. Tag expiry waits up to
 * CONNECT_TIMEOUT_MS through reconnection attempts, then fails.
 */
async function readyClient(conn: Connection, waitMs: number, untilError = true): Promise<RedisClient> {
  if (isReady(conn)) return conn.client;
  if (waitMs > 0) await waitForReady(conn, waitMs, untilError);
  if (!isReady(conn)) throw new RedisUnavailableError(conn.url, conn.lastError);
  return conn.client;
}

async function waitForReady(conn: Connection, waitMs: number, untilError: boolean): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  try {
    await Promise.race([untilError ? conn.nextAttempt.promise : conn.nextReady.promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isReady(conn: Connection): boolean {
  return conn.client.isReady;
}

function pageWaitMs(conn: Connection): number {
  if (conn.everReady || conn.lastError !== undefined) return 0;
  return Math.max(0, conn.startedAt + CONNECT_TIMEOUT_MS - Date.now());
}

async function evalScript(
  client: RedisClient,
  s: Script,
  keys: string[],
  args: (string | Buffer)[],
  timeout: number,
  buffers: boolean,
): Promise<unknown> {
  const options = buffers ? { timeout, typeMapping: BUFFER_REPLIES } : { timeout };
  const tail = [String(keys.length), ...keys, ...args];
  try {
    return await client.sendCommand(["EVALSHA", s.sha, ...tail], options);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return await client.sendCommand(["EVAL", s.source, ...tail], options);
  }
}

/** Closes every Redis connection of this process (graceful shutdown, tests). */
export async function closeRedisConnections(): Promise<void> {
  const pool = connections();
  const all = [...pool.values()];
  pool.clear();
  await Promise.all(
    all.map(async ({ client }) => {
      try {
        if (client.isOpen) await client.close();
        else client.destroy();
      } catch {
        client.destroy();
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Keys

function keyPrefixOf(options: RedisCacheOptions): string {
  return options.keyPrefix ?? cacheHandlerEnv.keyPrefix() ?? DEFAULT_KEY_PREFIX;
}

function redisUrlOf(options: RedisCacheOptions): string {
  return options.redisUrl ?? cacheHandlerEnv.redisUrl() ?? DEFAULT_REDIS_URL;
}

const buildIds = new Map<string, string>();

/**
 * Next.js passes serverDistDir to most handlers it constructs, not to all (route handlers'
 * fetches come without it): then the build is the one this bundle sits beside
 * (dist/cache-handler.mjs next to .next/, in the repository and in the standalone image).
 */
const BESIDE_THIS_BUNDLE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".next", "server");

function readBuildId(serverDistDirGiven: string | undefined): string {
  const serverDistDir = serverDistDirGiven ?? BESIDE_THIS_BUNDLE;
  const cached = buildIds.get(serverDistDir);
  if (cached !== undefined) return cached;
  const file = path.join(serverDistDir, "..", "BUILD_ID");
  let buildId: string;
  try {
    buildId = readFileSync(file, "utf8").trim() || "unknown";
  } catch (error) {
    logRateLimited("build-id", `cannot read ${file} (${describe(error)}): entries are stored under build id 'unknown'`);
    buildId = "unknown";
  }
  buildIds.set(serverDistDir, buildId);
  return buildId;
}

// ---------------------------------------------------------------------------------------------
// Tag expiry (shared by revalidateTag and expireTags)

async function expireTagsWith(options: RedisCacheOptions, tags: readonly string[]): Promise<number | undefined> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return undefined;
  const prefix = keyPrefixOf(options);
  const conn = connection(redisUrlOf(options));
  const client = await readyClient(conn, CONNECT_TIMEOUT_MS, false);
  const reply = await evalScript(client, expireScript, [`${prefix}:rev`, `${prefix}:tags`], unique, EXPIRE_COMMAND_TIMEOUT_MS, false);
  if (typeof reply !== "number") throw new Error(`Unexpected reply from Redis while expiring tags: ${String(reply)}`);
  return reply;
}

/**
 * Expires the tags for every instance and build sharing REDIS_URL/REDIS_KEY_PREFIX: the next
 * `get` of any entry with one of them is a miss. Throws when Redis cannot be told.
 */
export async function expireTags(tags: string[], options: RedisCacheOptions = {}): Promise<void> {
  if (cacheHandlerEnv.isBuild()) return;
  await expireTagsWith(options, tags);
}

/** True when Redis answers PING within 500 ms. Never throws. */
export async function redisHealthy(options: RedisCacheOptions = {}): Promise<boolean> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  try {
    const conn = connection(redisUrlOf(options));
    const client = await readyClient(conn, HEALTH_TIMEOUT_MS);
    const reply: unknown = await client.sendCommand(["PING"], { timeout: Math.max(1, deadline - Date.now()) });
    return reply === "PONG";
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Hooks

function registeredHooks(): CacheHooks | undefined {
  const hooks: unknown = Reflect.get(globalThis, HOOKS_KEY);
  return isHooks(hooks) ? hooks : undefined;
}

function isHooks(value: unknown): value is CacheHooks {
  return typeof value === "object" && value !== null;
}

/**
 * The process-wide hook registry (`globalThis.__newsroomCacheHooks`, created when missing):
 * `cacheHooks().onPageHit = (tags) => …`. Both hooks are optional; errors they throw are
 * logged and ignored.
 */
export function cacheHooks(): CacheHooks {
  const existing = registeredHooks();
  if (existing) return existing;
  const created: CacheHooks = {};
  Reflect.set(globalThis, HOOKS_KEY, created);
  return created;
}

function callHook(name: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    logRateLimited(`hook:${name}`, `cache hook ${name} threw: ${describe(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Serialization: `${rev}\n` (added by SET_SCRIPT) `${tagsJson}\n${metaJson}\n${v8.serialize(value)}`

interface EntryMeta {
  lastModified: number;
  cacheControl?: CacheControl;
}

function isOptional<T>(value: unknown, guard: (v: unknown) => v is T): value is T | undefined {
  return value === undefined || guard(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isNumber(value: unknown): value is number {
  return typeof value === "number";
}

function isBuffer(value: unknown): value is Buffer {
  return Buffer.isBuffer(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isHeaders(value: unknown): value is OutgoingHttpHeaders {
  return isPlainRecord(value) && Object.values(value).every((v) => v === undefined || isString(v) || isNumber(v) || isStringArray(v));
}

function isSegmentData(value: unknown): value is Map<string, Buffer> {
  if (!(value instanceof Map)) return false;
  for (const [k, v] of value) if (!isString(k) || !isBuffer(v)) return false;
  return true;
}

function isCacheControl(value: unknown): value is CacheControl {
  return isPlainRecord(value) && (value.revalidate === false || isNumber(value.revalidate)) && isOptional(value.expire, isNumber);
}

function isFetchData(value: unknown): value is CachedFetchValue["data"] {
  return (
    isPlainRecord(value) &&
    isString(value.body) &&
    isString(value.url) &&
    isPlainRecord(value.headers) &&
    isOptional(value.status, isNumber)
  );
}

function isCacheValue(value: unknown): value is CacheValue {
  if (!isPlainRecord(value)) return false;
  switch (value.kind) {
    case "APP_PAGE":
      return (
        isString(value.html) &&
        isOptional(value.rscData, isBuffer) &&
        isOptional(value.headers, isHeaders) &&
        isOptional(value.postponed, isString) &&
        isOptional(value.status, isNumber) &&
        isOptional(value.segmentData, isSegmentData)
      );
    case "APP_ROUTE":
      return isBuffer(value.body) && isNumber(value.status) && isHeaders(value.headers);
    case "FETCH":
      return isFetchData(value.data) && isNumber(value.revalidate) && isOptional(value.tags, isStringArray);
    case "PAGES":
      return (
        isString(value.html) && isPlainRecord(value.pageData) && isOptional(value.headers, isHeaders) && isOptional(value.status, isNumber)
      );
    case "REDIRECT":
      return isPlainRecord(value.props);
    default:
      return false;
  }
}

function isEntryMeta(value: unknown): value is EntryMeta {
  return isPlainRecord(value) && isNumber(value.lastModified) && isOptional(value.cacheControl, isCacheControl);
}

function headerTags(headers: OutgoingHttpHeaders | undefined): string[] {
  const header = headers?.[NEXT_CACHE_TAGS_HEADER];
  const joined = Array.isArray(header) ? header.join(",") : typeof header === "string" ? header : "";
  return joined.split(",").filter((tag) => tag.length > 0);
}

/**
 * The large strings (page HTML, fetch bodies) are stored as UTF-8 bytes when they contain a
 * character beyond U+00FF (typographic quotes, dashes…): V8 would store them as UTF-16, twice
 * the size in Redis and on the wire. Latin-1 strings stay V8 strings (one byte per character,
 * and the fastest to read back).
 */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

function compact(text: string): string | Buffer {
  return BEYOND_LATIN1.test(text) ? Buffer.from(text, "utf8") : text;
}

function toStored(value: CacheValue | null): unknown {
  if (value?.kind === "APP_PAGE" || value?.kind === "PAGES") return { ...value, html: compact(value.html) };
  if (value?.kind === "FETCH") return { ...value, data: { ...value.data, body: compact(value.data.body) } };
  return value;
}

function fromStored(stored: unknown): unknown {
  if (!isPlainRecord(stored)) return stored;
  if ((stored.kind === "APP_PAGE" || stored.kind === "PAGES") && isBuffer(stored.html))
    return { ...stored, html: stored.html.toString("utf8") };
  if (stored.kind === "FETCH" && isPlainRecord(stored.data) && isBuffer(stored.data.body))
    return { ...stored, data: { ...stored.data, body: stored.data.body.toString("utf8") } };
  return stored;
}

function encodePayload(tags: string[], meta: EntryMeta, value: CacheValue | null): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(tags)}\n${JSON.stringify(meta)}\n`), serialize(toStored(value))]);
}

interface DecodedEntry {
  tags: string[];
  meta: EntryMeta;
  value: CacheValue | null;
}

function decodeEntry(entry: Buffer): DecodedEntry {
  const nl1 = entry.indexOf(NEWLINE);
  const nl2 = nl1 < 0 ? -1 : entry.indexOf(NEWLINE, nl1 + 1);
  const nl3 = nl2 < 0 ? -1 : entry.indexOf(NEWLINE, nl2 + 1);
  if (nl3 < 0) throw new Error("malformed cache entry");
  const tags: unknown = JSON.parse(entry.toString("utf8", nl1 + 1, nl2));
  const meta: unknown = JSON.parse(entry.toString("utf8", nl2 + 1, nl3));
  const value = fromStored(deserialize(entry.subarray(nl3 + 1)));
  if (!isStringArray(tags) || !isEntryMeta(meta) || !(value === null || isCacheValue(value))) throw new Error("malformed cache entry");
  return { tags, meta, value };
}

function isGetReply(reply: unknown): reply is [number] | [number, 0] | [number, 1, Buffer] {
  if (!Array.isArray(reply) || !isNumber(reply[0])) return false;
  if (reply.length === 1) return true;
  if (reply.length === 2) return reply[1] === 0;
  return reply.length === 3 && reply[1] === 1 && isBuffer(reply[2]);
}

function ttlSeconds(revalidate: number | false | undefined): number {
  if (revalidate === false) return MAX_TTL_S;
  if (revalidate === undefined || !Number.isFinite(revalidate) || revalidate <= 0) return DAY_S;
  return Math.min(Math.max(Math.ceil(2 * revalidate), DAY_S), MAX_TTL_S);
}

// ---------------------------------------------------------------------------------------------
// The handler

export default class RedisCacheHandler {
  /** Revision seen by this instance's latest `get` of each key (minimum, while unsaved). */
  readonly #observed = new Map<string, { rev: number; at: number }>();
  readonly #disabled: boolean;
  readonly #options: Required<RedisCacheOptions>;
  readonly #entryPrefix: string;

  constructor(ctx: RedisCacheHandlerContext = {}) {
    this.#disabled = cacheHandlerEnv.isBuild();
    this.#options = { redisUrl: redisUrlOf(ctx), keyPrefix: keyPrefixOf(ctx) };
    const buildId = this.#disabled ? "build" : (ctx.buildId ?? readBuildId(ctx.serverDistDir));
    this.#entryPrefix = `${this.#options.keyPrefix}:${buildId}:entry:`;
  }

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    if (this.#disabled || ctx.kind === "IMAGE") return null;
    const { redisUrl, keyPrefix } = this.#options;
    try {
      const conn = connection(redisUrl);
      const client = await readyClient(conn, pageWaitMs(conn));
      const callerTags = ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const keys = [`${keyPrefix}:rev`, this.#entryPrefix + key, `${keyPrefix}:tags`];
      const reply = await evalScript(client, getScript, keys, callerTags, COMMAND_TIMEOUT_MS, true);
      if (!isGetReply(reply)) throw new Error("unexpected reply from Redis");
      this.#observe(key, reply[0]);
      if (reply.length !== 3) return null;
      const { tags, meta, value } = decodeEntry(reply[2]);
      if (value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE") {
        const hooks = registeredHooks();
        if (hooks?.onPageHit) {
          callHook("onPageHit", () => {
            hooks.onPageHit?.(tags);
          });
        }
      }
      const result: CacheHandlerValue = { lastModified: meta.lastModified, value };
      // JSON drops `expire: undefined`; Next's CacheControl always has the key.
      if (meta.cacheControl) result.cacheControl = { revalidate: meta.cacheControl.revalidate, expire: meta.cacheControl.expire };
      return result;
    } catch (error) {
      logRateLimited(`get:${redisUrl}`, `get ${key} answered as a miss: ${describe(error)}`);
      return null;
    }
  }

  async set(key: string, data: CacheValue | CachedImageValue | null, ctx: SetContext = {}): Promise<void> {
    if (this.#disabled || data?.kind === "IMAGE") return;
    const observed = this.#observed.get(key);
    this.#observed.delete(key);
    const { redisUrl, keyPrefix } = this.#options;
    try {
      let value: CacheValue | null = data;
      let tags: string[] = [];
      let revalidate: number | false | undefined = ctx.cacheControl?.revalidate;
      if (data?.kind === "APP_PAGE" || data?.kind === "APP_ROUTE") {
        const copy: StoredPageValue =
          data.kind === "APP_PAGE" ? { ...data, headers: data.headers && { ...data.headers } } : { ...data, headers: { ...data.headers } };
        const hooks = registeredHooks();
        if (hooks?.beforePageSet) {
          callHook("beforePageSet", () => {
            hooks.beforePageSet?.(copy);
          });
        }
        value = copy;
        tags = headerTags(copy.headers);
      } else if (data?.kind === "PAGES") {
        tags = headerTags(data.headers);
      } else if (data?.kind === "FETCH") {
        tags = [...new Set([...(ctx.tags ?? []), ...(data.tags ?? [])])];
        revalidate = data.revalidate;
      }
      const meta: EntryMeta = { lastModified: Date.now() };
      if (ctx.cacheControl && !ctx.fetchCache) meta.cacheControl = ctx.cacheControl;
      const payload = encodePayload(tags, meta, value);
      const conn = connection(redisUrl);
      const client = await readyClient(conn, pageWaitMs(conn));
      const args = [observed === undefined ? "" : String(observed.rev), payload, String(ttlSeconds(revalidate))];
      await evalScript(client, setScript, [this.#entryPrefix + key, `${keyPrefix}:rev`], args, COMMAND_TIMEOUT_MS, false);
    } catch (error) {
      logRateLimited(`set:${redisUrl}`, `set ${key} dropped: ${describe(error)}`);
    }
  }

  /** Immediate expiry of `tags`, whatever `durations` says (see the header). Throws when Redis cannot be told. */
  async revalidateTag(tags: string | string[], _durations?: { expire?: number }): Promise<void> {
    if (this.#disabled) return;
    await expireTagsWith(this.#options, typeof tags === "string" ? [tags] : tags);
  }

  /** Nothing is kept per request besides the `get`→`set` revisions, which must survive this. */
  resetRequestCache(): void {
    // Intentionally empty.
  }

  #observe(key: string, rev: number): void {
    const now = Date.now();
    const previous = this.#observed.get(key);
    if (previous && now - previous.at < OBSERVATION_TTL_MS) {
      if (rev < previous.rev) previous.rev = rev;
    } else {
      this.#observed.set(key, { rev, at: now });
    }
    if (this.#observed.size > OBSERVATION_SWEEP_SIZE) {
      for (const [k, o] of this.#observed) if (now - o.at >= OBSERVATION_TTL_MS) this.#observed.delete(k);
    }
  }
}
