import { connect } from "node:net";

/**
 * Is a Redis server answering at this URL? One PING over a plain socket (RESP), so the
 * scripts need no Redis client of their own. AUTH is sent first when the URL has a password.
 */
export function pingRedis(url: string, timeoutMs = 2_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, reason: `REDIS_URL "${url}" is not a URL` });
  }
  const host = parsed.hostname || "127.0.0.1";
  const port = Number(parsed.port || 6379);
  const password = decodeURIComponent(parsed.password);
  const command = (...words: string[]): string =>
    `*${String(words.length)}\r\n${words.map((w) => `$${String(Buffer.byteLength(w))}\r\n${w}\r\n`).join("")}`;
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = "";
    const done = (result: { ok: true } | { ok: false; reason: string }): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => {
      done({ ok: false, reason: `no answer from ${host}:${String(port)} within ${String(timeoutMs)} ms` });
    });
    socket.once("error", (err) => {
      done({ ok: false, reason: `${host}:${String(port)}: ${err.message}` });
    });
    socket.once("connect", () => {
      socket.write((password ? command("AUTH", password) : "") + command("PING"));
    });
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
      if (answer.includes("+PONG")) done({ ok: true });
      else if (answer.startsWith("-")) done({ ok: false, reason: `${host}:${String(port)} answered ${answer.trim()}` });
    });
  });
}
