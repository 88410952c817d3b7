import { z } from "zod";

/**
 * Every variable the CMS reads, validated once at start-up (config/server.ts calls
 * loadCmsEnv). A missing or malformed value stops Strapi with a message naming it.
 */
const secret = (name: string) =>
  z.string({ error: `${name} is required (a random secret; see apps/cms/.env.example)` }).min(16, `${name} must be at least 16 characters`);

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
    DATABASE_CLIENT: z.enum(["sqlite", "postgres"]).default("sqlite"),
    DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// URL" }).optional(),
    DATABASE_FILENAME: z.string().default(".tmp/data.db"),
    /** The read-only API token the web app sends; the CMS makes sure it exists. */
    CMS_READ_TOKEN: z
      .string({ error: "CMS_READ_TOKEN is required (the read-only token the web app uses)" })
      .regex(/^[A-Za-z0-9_-]{32,256}$/, "CMS_READ_TOKEN must be 32-256 letters, digits, - or _"),
    /** Load the sample newsroom content (idempotent; never overwrites editors' changes). */
    SEED_CONTENT: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    ADMIN_EMAIL: z.email({ error: "ADMIN_EMAIL must be an email address" }).optional(),
    ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_CLIENT === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "DATABASE_URL is required when DATABASE_CLIENT=postgres" });
    }
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither" });
    }
  });

export type CmsEnv = z.infer<typeof cmsEnvSchema>;

/** Treats empty strings as unset, so `FOO=` in an env file means "not given". */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

export function loadCmsEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const parsed = cmsEnvSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`The CMS cannot start: invalid environment\n${lines.join("\n")}`);
  }
  return parsed.data;
}
