import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { z } from "zod";
import { repoRoot } from "./paths";

/**
 * A real SMTP server that keeps every message it is given instead of delivering it: `npm run
 * dev` points the CMS at it so subscriptions and alerts can be tried on a fresh clone, and the
 * test run starts one per database, so the tests read what the CMS really sent over SMTP.
 * smtp-server (the SMTP side) and mailparser (the reading side) are Nodemailer's own; what is
 * here is only the folder and the small HTTP view (MailHog or Mailpit would need a binary
 * that apt does not carry).
 *
 * Messages are .eml files in one folder, written whole (temporary name, then rename), so the
 * viewer, `npm run mail` and a restarted catcher all see the same messages.
 */

export interface CaughtMessage {
  id: string;
  /** When the catcher received it (ms since the epoch). */
  receivedAt: number;
  /** The SMTP envelope: where the CMS really sent it. */
  envelopeFrom: string;
  envelopeTo: string[];
  from: string;
  to: string[];
  subject: string;
  messageId: string | undefined;
  /** Lower-cased header names, each header's raw value (the last when repeated). */
  headers: Record<string, string>;
  text: string;
  html: string | undefined;
}

export interface MailCatcherOptions {
  smtpPort: number;
  httpPort: number;
  dir: string;
  host?: string;
  /** Test only: how long the server waits before accepting each message (a slow relay); also POST /accept-delay?ms=. */
  acceptDelayMs?: number;
}

export interface MailCatcher {
  smtpPort: number;
  httpPort: number;
  close(): Promise<void>;
}

/** Where `npm run dev` runs it, and where the CMS's development env file points SMTP_HOST/SMTP_PORT. */
export const MAIL_CATCHER_DEFAULTS = {
  smtpPort: 1025,
  httpPort: 1080,
  dir: path.join(repoRoot, "apps/cms/.tmp/mail"),
} as const;

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const ENVELOPE_HEADER = "X-Newsroom-Catcher-Envelope";
const envelopeSchema = z.object({ from: z.string().optional(), to: z.array(z.string()).optional(), at: z.number().optional() });

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? "")).filter(Boolean);
}

/** Reads one caught message (its file name is its id). */
export async function readCaughtMessage(dir: string, id: string): Promise<CaughtMessage> {
  const raw = await readFile(path.join(dir, `${id}.eml`));
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  let envelopeJson = "{}";
  for (const line of parsed.headerLines) {
    const value = line.line.slice(line.line.indexOf(":") + 1).trim();
    if (line.key === ENVELOPE_HEADER.toLowerCase()) envelopeJson = value;
    else headers[line.key] = value;
  }
  const envelope = envelopeSchema.parse(JSON.parse(envelopeJson));
  return {
    id,
    receivedAt: envelope.at ?? 0,
    envelopeFrom: envelope.from ?? "",
    envelopeTo: envelope.to ?? [],
    from: addresses(parsed.from)[0] ?? "",
    to: addresses(parsed.to),
    subject: parsed.subject ?? "",
    messageId: parsed.messageId,
    headers,
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : undefined,
  };
}

/** Every caught message, oldest first. */
export async function readCaughtMessages(dir: string): Promise<CaughtMessage[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith(".eml"))
    .map((name) => name.slice(0, -4))
    .sort();
  return Promise.all(ids.map((id) => readCaughtMessage(dir, id)));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function listPage(messages: CaughtMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(new Date(m.receivedAt).toISOString().replace("T", " ").slice(0, 19))}</td><td>${escapeHtml(m.envelopeTo.join(", "))}</td>` +
        `<td><a href="/messages/${encodeURIComponent(m.id)}/view">${escapeHtml(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caught mail (${String(messages.length)})</title>
<style>body{font:15px system-ui;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}</style></head>
<body><h1>Caught mail</h1><p>Messages the CMS sent to this development SMTP server (newest first). Nothing here was delivered.
JSON: <a href="/messages">/messages</a>.</p><form method="post" action="/messages/delete"><button>Delete all</button></form>
<table><thead><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">None yet.</td></tr>'}</tbody></table></body></html>`;
}

function messagePage(m: CaughtMessage): string {
  const headers = Object.entries(m.headers)
    .map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  // The message's HTML in a sandboxed frame: it runs no script and reaches nothing of this page.
  const html = m.html
    ? `<h2>HTML</h2><iframe sandbox title="HTML part" style="width:100%;height:40rem;border:1px solid #ccc" srcdoc="${escapeHtml(m.html)}"></iframe>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title>
<style>body{font:15px system-ui;margin:2rem}th{text-align:left;padding-right:1rem;vertical-align:top}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style></head>
<body><p><a href="/">All messages</a></p><h1>${escapeHtml(m.subject)}</h1><table>${headers}</table>
<h2>Plain text</h2><pre>${escapeHtml(m.text)}</pre>${html}</body></html>`;
}

/** Listens and resolves with the port (0 picks a free one). */
function listen(server: Server, start: (done: () => void) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    start(() => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1";
  const { dir } = options;
  await mkdir(dir, { recursive: true });

  let acceptDelayMs = options.acceptDelayMs ?? 0;
  // Sessions whose client went away: like a relay that commits a message with its "250", the
  // catcher keeps nothing the sender was not told it accepted (the crash test counts on it).
  const closed = new Set<string>();
  const smtp = new SMTPServer({
    onClose(session) {
      closed.add(session.id);
    },
    // Development and tests only, on loopback: no TLS, any or no login.
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "catcher" });
    },
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message too big"), { responseCode: 552 }));
          return;
        }
        const store = async () => {
          if (acceptDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, acceptDelayMs));
          if (closed.has(session.id)) throw new Error("the sender left before the message was accepted");
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            at: Date.now(),
          };
          const id = `${String(envelope.at).padStart(15, "0")}-${randomBytes(4).toString("hex")}`;
          const temporary = path.join(dir, `.${id}.tmp`);
          await writeFile(temporary, Buffer.concat([Buffer.from(`${ENVELOPE_HEADER}: ${JSON.stringify(envelope)}\r\n`), ...chunks]));
          await rename(temporary, path.join(dir, `${id}.eml`));
        };
        store().then(
          () => {
            callback(null, "Caught");
          },
          (error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  });

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://catcher");
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store" });
      res.end(body);
    };
    const handle = async (): Promise<void> => {
      if (req.method === "GET" && url.pathname === "/") {
        send(200, "text/html", listPage(await readCaughtMessages(dir)));
        return;
      }
      if (req.method === "GET" && url.pathname === "/messages") {
        send(200, "application/json", JSON.stringify(await readCaughtMessages(dir)));
        return;
      }
      if (req.method === "POST" && url.pathname === "/accept-delay") {
        // Tests only: a slow relay, so a sender can be stopped in the middle of a batch.
        acceptDelayMs = Math.max(0, Math.min(10_000, Number(url.searchParams.get("ms") ?? "0") || 0));
        send(200, "application/json", JSON.stringify({ acceptDelayMs }));
        return;
      }
      if ((req.method === "DELETE" && url.pathname === "/messages") || (req.method === "POST" && url.pathname === "/messages/delete")) {
        for (const name of await readdir(dir)) if (name.endsWith(".eml")) await rm(path.join(dir, name), { force: true });
        if (req.method === "POST") {
          res.writeHead(303, { Location: "/" });
          res.end();
        } else send(200, "application/json", "{}");
        return;
      }
      const match = /^\/messages\/([0-9a-f-]+)(\/view)?$/.exec(url.pathname);
      if (req.method === "GET" && match?.[1]) {
        let message: CaughtMessage;
        try {
          message = await readCaughtMessage(dir, match[1]);
        } catch {
          send(404, "text/plain", "No such message.");
          return;
        }
        if (match[2]) send(200, "text/html", messagePage(message));
        else send(200, "application/json", JSON.stringify(message));
        return;
      }
      send(404, "text/plain", "Not found: / lists the messages, /messages gives them as JSON.");
    };
    handle().catch((error: unknown) => {
      send(500, "text/plain", `The catcher could not read its folder: ${String(error)}`);
    });
  });

  const smtpPort = await listen(smtp.server, (done) => smtp.listen(options.smtpPort, host, done));
  const httpPort = await listen(http, (done) => http.listen(options.httpPort, host, done));
  return {
    smtpPort,
    httpPort,
    close: async () => {
      await Promise.all([
        new Promise<void>((resolve) => {
          smtp.close(() => {
            resolve();
          });
        }),
        new Promise<void>((resolve) => {
          http.close(() => {
            resolve();
          });
          http.closeAllConnections();
        }),
      ]);
    },
  };
}
