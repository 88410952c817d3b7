import type { Core } from "@strapi/strapi";
import { createPreviewHandler } from "../src/editorial/preview";
import { loadCmsEnv } from "../src/env";

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const env = loadCmsEnv();
  const preview =
    env.SITE_URL && env.PREVIEW_SECRET
      ? {
          enabled: true,
          config: {
            // Lets the admin frame the site (CSP frame-src) for the preview pane.
            allowedOrigins: [new URL(env.SITE_URL).origin],
            handler: createPreviewHandler(() => strapi, { siteUrl: env.SITE_URL, secret: env.PREVIEW_SECRET }),
          },
        }
      : undefined;
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    // No marketing prompts or surveys for editors.
    flags: { nps: false, promoteEE: false },
    // Password guessing: Strapi's limiter per account and IP (the test stack raises it, as its
    // many logins come from one address).
    rateLimit: { enabled: true, interval: 5 * 60_000, max: env.ADMIN_LOGIN_MAX_ATTEMPTS },
    ...(preview ? { preview } : {}),
  };
};

export default config;
