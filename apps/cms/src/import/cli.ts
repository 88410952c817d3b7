import { parseArgs } from "node:util";
import { z } from "zod";
import { CmsError } from "./cms";
import { parseDate } from "./text";
import { formatReport, runImport } from "./run";

const USAGE = `npm run import -- [--publish] [--dry-run] [--date YYYY-MM-DD] [--no-follow] [--cms URL] <source>…

A source is an RSS/Atom feed, an HTML page of a press release, a text page like the
reference release (file or URL), or a folder of them. Drafts unless --publish.
Signs in as IMPORT_EMAIL / IMPORT_PASSWORD (a Super Admin: it writes imported addresses);
the CMS is CMS_URL (default http://localhost:1337).`;

const envSchema = z.object({
  IMPORT_EMAIL: z.email({ error: "IMPORT_EMAIL must be the email of a CMS Super Admin" }),
  IMPORT_PASSWORD: z.string({ error: "IMPORT_PASSWORD must be set" }).min(1, { error: "IMPORT_PASSWORD must be set" }),
  CMS_URL: z.url().default("http://localhost:1337"),
});

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        publish: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        date: { type: "string" },
        "no-follow": { type: "boolean", default: false },
        cms: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const env = envSchema.safeParse(process.env);
  if (!env.success) {
    console.error(env.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
    return 2;
  }
  const defaultDate = values.date ? parseDate(values.date) : undefined;
  if (values.date && !defaultDate) {
    console.error(`--date ${values.date} is not a date (use YYYY-MM-DD or an ISO 8601 time)`);
    return 2;
  }
  try {
    const report = await runImport({
      sources: positionals,
      cmsUrl: (values.cms ?? env.data.CMS_URL).replace(/\/+$/, ""),
      email: env.data.IMPORT_EMAIL,
      password: env.data.IMPORT_PASSWORD,
      publish: values.publish,
      dryRun: values["dry-run"],
      follow: !values["no-follow"],
      ...(defaultDate ? { defaultDate } : {}),
      log: (line) => {
        console.log(line);
      },
    });
    console.log(`${values["dry-run"] ? "Dry run, nothing written.\n" : ""}${formatReport(report)}`);
    return report.failed.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof CmsError ? error.message : error);
    return 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
