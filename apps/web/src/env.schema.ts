import { apiTokenSchema, sharedSecretSchema, unsafeSecretReason } from "@newsroom/contract";
import { z } from "zod";

/**
 * Every variable the site reads. Parsed once in env.ts, which next.config.ts imports, so
 * `next build`/`next start` stop with a message naming a missing or invalid variable.
 */
export const webEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Where the server reaches Strapi (never sent to browsers). */
    CMS_URL: z.url({ error: "CMS_URL must be the Strapi base URL, e.g. http://127.0.0.1:1337" }),
    /**
     * Where editors open the Strapi admin in their browser, if not at CMS_URL (which may be a
     * private address): the only origin allowed to frame previews (CSP frame-ancestors).
     */
    CMS_ADMIN_URL: z
      .url({ error: "CMS_ADMIN_URL must be the address of the Strapi admin as editors open it, e.g. https://cms.example.org" })
      .optional(),
    /** Read-only Strapi API token, server-side only. */
    CMS_READ_TOKEN: apiTokenSchema("CMS_READ_TOKEN", "the read-only Strapi API token"),
    /** Strapi API token that may read drafts (status=draft), used only in draft mode (previews). */
    CMS_PREVIEW_TOKEN: apiTokenSchema("CMS_PREVIEW_TOKEN", "the Strapi API token that reads drafts for previews"),
    /** Key of the HMAC that signs the CMS's preview links (same value as in the CMS). */
    PREVIEW_SECRET: sharedSecretSchema("PREVIEW_SECRET", "the key that signs preview links, same value as in the CMS"),
    /** Secret the CMS webhook sends in X-Newsroom-Webhook-Secret (same value as in the CMS). */
    REVALIDATE_SECRET: sharedSecretSchema("REVALIDATE_SECRET", "the secret of the CMS's revalidation webhook, same value as in the CMS"),
    /**
     * Strapi API token of the subscription routes (email alerts; same value as in the CMS).
     * Unset: the subscribe page says alerts are not available.
     */
    CMS_SUBSCRIPTIONS_TOKEN: apiTokenSchema("CMS_SUBSCRIPTIONS_TOKEN", "the Strapi API token of the subscription routes").optional(),
    /** Public address of the site, used for absolute links (canonical, feeds, mail links). */
    SITE_URL: z.url({ error: "SITE_URL must be the public URL of the site, e.g. https://news.example.org" }),
    /** Seconds a cached page is served before it is refreshed in the background. */
    REVALIDATE_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
    /**
     * The Redis server holding the cache shared by every web instance (production builds;
     * read by src/cache/redis-cache-handler.ts, which Next.js loads as a separate module).
     */
    REDIS_URL: z.url({ error: "REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379" }).default("redis://127.0.0.1:6379"),
    /**
     * The caching proxies to purge when the CMS publishes (comma-separated URLs, e.g.
     * http://127.0.0.1:3000): each gets `PURGE` with the changed cache tags as surrogate keys.
     * Unset: no proxy in front (development).
     */
    PROXY_PURGE_URL: z
      .string()
      .transform((value, ctx) => {
        const urls = value
          .split(",")
          .map((u) => u.trim())
          .filter((u) => u !== "");
        for (const url of urls) {
          if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
            ctx.addIssue({ code: "custom", message: `PROXY_PURGE_URL: "${url}" is not an http(s) URL` });
        }
        return urls;
      })
      .default([]),
    /** The production server (server.mts): the port and address it listens on. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** 0.0.0.0 in containers (whatever HOSTNAME says); npm start uses 127.0.0.1 behind the proxy. */
    LISTEN_HOST: z.string().min(1).default("0.0.0.0"),
    /** On SIGTERM, how long requests in flight may take before the process exits. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),
    /** Milliseconds before a CMS request counts as failed. */
    CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(8000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    for (const name of ["CMS_READ_TOKEN", "CMS_PREVIEW_TOKEN", "PREVIEW_SECRET", "REVALIDATE_SECRET", "CMS_SUBSCRIPTIONS_TOKEN"] as const) {
      const value = env[name];
      const reason = value === undefined ? undefined : unsafeSecretReason(value);
      if (reason) ctx.addIssue({ code: "custom", path: [name], message: `${name} ${reason} (NODE_ENV=production): openssl rand -hex 32` });
    }
  });

export type WebEnv = z.infer<typeof webEnvSchema>;

/** Empty strings count as unset, so `FOO=` in an env file means "not given". */
export function parseWebEnv(source: Record<string, string | undefined>): WebEnv {
  const given = Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const parsed = webEnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`The site cannot start: invalid environment\n${lines.join("\n")}`);
  }
  return parsed.data;
}
