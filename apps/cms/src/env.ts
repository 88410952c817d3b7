import { z } from "zod";

/**
 * Every variable the CMS reads, validated once at start-up (config/server.ts calls
 * loadCmsEnv). A missing or malformed value stops Strapi with a message naming it.
 */
const secret = (name: string) =>
  z.string({ error: `${name} is required (a random secret; see apps/cms/.env.example)` }).min(16, `${name} must be at least 16 characters`);

/** Which database the CMS uses; also read on its own by `npm run backup` / `npm run restore`. */
const databaseEnvShape = {
  DATABASE_CLIENT: z.enum(["sqlite", "postgres"]).default("sqlite"),
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// URL" }).optional(),
  /** Relative to apps/cms (Strapi's working directory). */
  DATABASE_FILENAME: z.string().default(".tmp/data.db"),
};

function requireUrlForPostgres(env: { DATABASE_CLIENT: string; DATABASE_URL?: string | undefined }, ctx: z.RefinementCtx): void {
  if (env.DATABASE_CLIENT === "postgres" && !env.DATABASE_URL) {
    ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "DATABASE_URL is required when DATABASE_CLIENT=postgres" });
  }
}

export const databaseEnvSchema = z.object(databaseEnvShape).superRefine(requireUrlForPostgres);
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export const cmsEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().default("0.0.0.0"),
    PORT: z.coerce.number().int().min(1).max(65535).default(1337),
    APP_KEYS: z
      .string({ error: "APP_KEYS is required (comma-separated random keys)" })
      .refine((v) => v.split(",").filter(Boolean).length >= 2, "APP_KEYS needs at least two comma-separated keys"),
    API_TOKEN_SALT: secret("API_TOKEN_SALT"),
    ADMIN_JWT_SECRET: secret("ADMIN_JWT_SECRET"),
    TRANSFER_TOKEN_SALT: secret("TRANSFER_TOKEN_SALT"),
    ENCRYPTION_KEY: secret("ENCRYPTION_KEY"),
    JWT_SECRET: secret("JWT_SECRET"),
    ...databaseEnvShape,
    /** The read-only API token the web app sends; the CMS makes sure it exists. */
    CMS_READ_TOKEN: z
      .string({ error: "CMS_READ_TOKEN is required (the read-only token the web app uses)" })
      .regex(/^[A-Za-z0-9_-]{32,256}$/, "CMS_READ_TOKEN must be 32-256 letters, digits, - or _"),
    /** Load the sample newsroom content (idempotent; never overwrites editors' changes). */
    SEED_CONTENT: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    ADMIN_EMAIL: z.email({ error: "ADMIN_EMAIL must be an email address" }).optional(),
    ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
    /**
     * Password of the sample staff accounts (admin@, editor@ and author@newsroom.example),
     * created with SEED_CONTENT=true for trying the editorial workflow and for tests.
     */
    SEED_STAFF_PASSWORD: z.string().min(12, "SEED_STAFF_PASSWORD must be at least 12 characters").optional(),
    /** Admin logins allowed per account and IP address in 5 minutes (Strapi's default: 5). */
    ADMIN_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    /** Public address of the site: the preview opens drafts there. */
    SITE_URL: z.url({ error: "SITE_URL must be the public URL of the site, e.g. https://news.example.org" }).optional(),
    /** Signs preview links; apps/web/.env holds the same value. */
    PREVIEW_SECRET: z.string().min(32, "PREVIEW_SECRET must be at least 32 characters").optional(),
    /** The API token the site's preview reads drafts with (the CMS makes sure it exists). */
    CMS_PREVIEW_TOKEN: z
      .string()
      .regex(/^[A-Za-z0-9_-]{32,256}$/, "CMS_PREVIEW_TOKEN must be 32-256 letters, digits, - or _")
      .optional(),
    /** The site's revalidation route, called by a webhook on every content change. */
    WEB_REVALIDATE_URL: z.url({ error: "WEB_REVALIDATE_URL must be a URL, e.g. http://127.0.0.1:3000/api/revalidate" }).optional(),
    /** Sent by that webhook in X-Newsroom-Webhook-Secret; apps/web/.env holds the same value. */
    REVALIDATE_SECRET: z.string().min(32, "REVALIDATE_SECRET must be at least 32 characters").optional(),
  })
  .superRefine((env, ctx) => {
    requireUrlForPostgres(env, ctx);
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither" });
    }
    const pairs = [
      ["SITE_URL", "PREVIEW_SECRET"],
      ["SITE_URL", "CMS_PREVIEW_TOKEN"],
      ["WEB_REVALIDATE_URL", "REVALIDATE_SECRET"],
    ] as const;
    for (const [a, b] of pairs) {
      if ((env[a] === undefined) !== (env[b] === undefined)) {
        ctx.addIssue({ code: "custom", path: [env[a] === undefined ? a : b], message: `${a} and ${b} go together: set both or neither` });
      }
    }
  });

export type CmsEnv = z.infer<typeof cmsEnvSchema>;

/** Treats empty strings as unset, so `FOO=` in an env file means "not given". */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv, what: string): z.infer<S> {
  const parsed = schema.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`${what}: invalid environment\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function loadCmsEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  return parseEnv(cmsEnvSchema, source, "The CMS cannot start");
}

/** Only the database variables (backup and restore need no secrets). */
export function loadDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  return parseEnv(databaseEnvSchema, source, "Backup and restore cannot run");
}
