/**
 * `npm run mail`: the messages the development SMTP catcher (lib/mail-catcher.ts) caught,
 * newest last: `npm run mail` lists them, `npm run mail -- --last` prints the newest in full,
 * `npm run mail -- --serve` runs the catcher alone (npm run dev starts it with the stack).
 * The same messages are at http://127.0.0.1:1080 while the catcher runs.
 */
import { parseArgs } from "node:util";
import { bold, dim, error, errorMessage, info } from "./lib/log";
import { MAIL_CATCHER_DEFAULTS, readCaughtMessages, startMailCatcher } from "./lib/mail-catcher";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { last: { type: "boolean" }, serve: { type: "boolean" }, help: { type: "boolean" } } });
  if (values.help) {
    info("npm run mail [-- --last | --serve]: list the caught messages, print the newest, or run the catcher");
    return;
  }
  const { dir, smtpPort, httpPort } = MAIL_CATCHER_DEFAULTS;
  if (values.serve) {
    const catcher = await startMailCatcher({ dir, smtpPort, httpPort });
    info(`Mail catcher: SMTP on 127.0.0.1:${String(catcher.smtpPort)}, messages at http://127.0.0.1:${String(catcher.httpPort)}`);
    return;
  }
  const messages = await readCaughtMessages(dir);
  if (messages.length === 0) {
    info(`No messages caught yet (in ${dir}).`);
    return;
  }
  if (values.last) {
    const m = messages.at(-1);
    if (!m) return;
    info(`${bold(m.subject)}\n${dim(`To: ${m.envelopeTo.join(", ")}   From: ${m.from}   ${new Date(m.receivedAt).toISOString()}`)}`);
    for (const [name, value] of Object.entries(m.headers)) if (name.startsWith("list-")) info(dim(`${name}: ${value}`));
    info(`\n${m.text}`);
    return;
  }
  for (const m of messages)
    info(`${new Date(m.receivedAt).toISOString().slice(0, 19).replace("T", " ")}  ${m.envelopeTo.join(", ")}  ${bold(m.subject)}`);
  info(
    dim(
      `\n${String(messages.length)} message(s); npm run mail -- --last prints the newest; http://127.0.0.1:${String(httpPort)} while npm run dev runs`,
    ),
  );
}

main().catch((err: unknown) => {
  error(errorMessage(err));
  process.exit(1);
});
