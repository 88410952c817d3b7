import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startMailCatcher, type MailCatcher } from "../src/lib/mail-catcher";

describe("the development mail catcher", () => {
  let dir: string;
  let catcher: MailCatcher;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "catcher-"));
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0, dir });
  });
  afterAll(async () => {
    await catcher.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps what it is sent over SMTP, with its envelope and headers, and shows it over HTTP", async () => {
    const transport = createTransport({ host: "127.0.0.1", port: catcher.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: "Newsroom <newsroom@example.org>",
      to: "reader@example.com",
      subject: "Á subject",
      text: "Plain ünïcode",
      html: "<p>HTML <b>part</b></p>",
      headers: { "List-Unsubscribe": "<https://example.org/u?t=1>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    const base = `http://127.0.0.1:${String(catcher.httpPort)}`;
    const messages = z
      .array(z.object({ id: z.string(), headers: z.record(z.string(), z.string()) }).loose())
      .parse(await (await fetch(`${base}/messages`)).json());
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m).toMatchObject({
      envelopeTo: ["reader@example.com"],
      envelopeFrom: "newsroom@example.org",
      subject: "Á subject",
      text: "Plain ünïcode",
      html: "<p>HTML <b>part</b></p>",
    });
    expect(m?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const page = await (await fetch(`${base}/messages/${m?.id ?? ""}/view`)).text();
    expect(page).toContain("Á subject");
    expect((await fetch(`${base}/messages/nope`)).status).toBe(404);
    await fetch(`${base}/messages`, { method: "DELETE" });
    expect(await (await fetch(`${base}/messages`)).json()).toEqual([]);
  });
});
