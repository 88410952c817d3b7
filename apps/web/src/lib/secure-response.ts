import type { IncomingMessage, ServerResponse } from "node:http";
import { commonSecurityHeaders, CSP_HEADER, inlineSources, pagePolicy, resourcePolicy, type SecurityContext } from "./security-headers";

/**
 * Puts the security headers of ./security-headers.ts on every answer of the server. An HTML
 * page is held until its last byte (pages do not stream anyway: their status is decided before
 * the first byte), so that its Content-Security-Policy can name the hashes of the inline
 * scripts it carries; everything else goes out as it comes.
 *
 * Installed after request-outcome's writeHead wrapper, so the headers set here go out with the
 * status and caching headers that wrapper decides.
 */
export function secureResponse(req: IncomingMessage, res: ServerResponse, context: SecurityContext, framable: () => boolean): void {
  const innerWriteHead = res.writeHead.bind(res);
  const innerWrite = res.write.bind(res);
  const innerEnd = res.end.bind(res);
  const innerFlushHeaders = res.flushHeaders.bind(res);
  let mode: "pass" | "hold" | undefined;
  let heldHead: unknown[] | undefined;
  let releasing = false;
  const held: Buffer[] = [];

  const setCommon = (): void => {
    for (const [name, value] of Object.entries(commonSecurityHeaders(context))) {
      if (!res.hasHeader(name)) res.setHeader(name, value);
    }
  };
  const decide = (headers?: unknown): "pass" | "hold" => {
    if (mode) return mode;
    const given: unknown =
      typeof headers === "object" && headers !== null && !Array.isArray(headers) ? Reflect.get(headers, "content-type") : undefined;
    const header = res.getHeader("content-type") ?? given;
    const type = typeof header === "string" ? header : "";
    mode = /^text\/html\b/i.test(type) && req.method !== "HEAD" ? "hold" : "pass";
    if (mode === "pass") {
      setCommon();
      // A route handler may set a stricter policy of its own; otherwise nothing runs here.
      if (!res.hasHeader(CSP_HEADER))
        res.setHeader(
          CSP_HEADER,
          type.startsWith("text/html") ? pagePolicy(context, { scripts: [], styleAttributes: [] }, framable()) : resourcePolicy(),
        );
    }
    return mode;
  };
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return undefined;
    if (typeof chunk === "string")
      return Buffer.from(chunk, typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8");
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw new TypeError(`secureResponse: cannot hold a ${typeof chunk} chunk`);
  };
  const release = (callback: (() => void) | undefined): void => {
    releasing = true;
    const body = Buffer.concat(held);
    setCommon();
    res.setHeader(CSP_HEADER, pagePolicy(context, inlineSources(body.toString("utf8")), framable()));
    // The body may be longer or shorter than announced by now only if we changed it: we did not.
    if (heldHead) Reflect.apply(innerWriteHead, undefined, heldHead);
    innerEnd(body, callback);
  };

  Object.defineProperties(res, {
    writeHead: {
      configurable: true,
      writable: true,
      value(...args: unknown[]): unknown {
        const headers = args.find((arg, i) => i > 0 && typeof arg === "object");
        if (releasing || decide(headers) === "pass") {
          const result: unknown = Reflect.apply(innerWriteHead, undefined, args);
          return result;
        }
        heldHead = args;
        if (typeof args[0] === "number") res.statusCode = args[0];
        return res;
      },
    },
    flushHeaders: {
      configurable: true,
      writable: true,
      value(): void {
        if (releasing || decide() === "pass") innerFlushHeaders();
      },
    },
    write: {
      configurable: true,
      writable: true,
      value(chunk: unknown, encoding?: unknown, callback?: unknown): unknown {
        if (releasing || decide() === "pass") {
          const result: unknown = Reflect.apply(
            innerWrite,
            undefined,
            [chunk, encoding, callback].filter((a) => a !== undefined),
          );
          return result;
        }
        const buffer = toBuffer(chunk, encoding);
        if (buffer) held.push(buffer);
        const done = typeof encoding === "function" ? encoding : callback;
        if (typeof done === "function") {
          process.nextTick(() => {
            Reflect.apply(done, undefined, []);
          });
        }
        return true;
      },
    },
    end: {
      configurable: true,
      writable: true,
      value(chunk?: unknown, encoding?: unknown, callback?: unknown): unknown {
        if (releasing || decide() === "pass") {
          const result: unknown = Reflect.apply(
            innerEnd,
            undefined,
            [chunk, encoding, callback].filter((a) => a !== undefined),
          );
          return result;
        }
        const buffer = toBuffer(chunk, encoding);
        if (buffer) held.push(buffer);
        const done = [chunk, encoding, callback].find((a) => typeof a === "function");
        release(
          typeof done === "function"
            ? () => {
                Reflect.apply(done, undefined, []);
              }
            : undefined,
        );
        return res;
      },
    },
  });
}
