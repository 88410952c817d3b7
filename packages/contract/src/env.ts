import production from "@newsroom/config/production.json";
import { z } from "zod";

/**
 * Env building blocks the CMS (apps/cms/src/env.ts), the site (apps/web/src/env.schema.ts)
 * and the dev tools (packages/devtools/src/lib/secrets.ts) share, so a token or secret the
 * dev tools generate is one that both apps accept.
 */

/** A Strapi API token value the site sends and the CMS makes sure exists (CMS_READ_TOKEN, CMS_PREVIEW_TOKEN). */
export const API_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,256}$/;

/** A secret the CMS and the site share (PREVIEW_SECRET, REVALIDATE_SECRET): long enough not to be guessed. */
export const MIN_SHARED_SECRET_LENGTH = 32;
export const MAX_SHARED_SECRET_LENGTH = 512;

/** `required`: what the error says when the variable is missing (what it is for). */
export function apiTokenSchema(name: string, required: string) {
  return z
    .string({ error: `${name} is required (${required})` })
    .regex(API_TOKEN_PATTERN, `${name} must be 32-256 letters, digits, - or _`);
}

export function sharedSecretSchema(name: string, required: string) {
  return z
    .string({ error: `${name} is required (${required})` })
    .min(MIN_SHARED_SECRET_LENGTH, `${name} must be at least ${String(MIN_SHARED_SECRET_LENGTH)} characters (e.g. openssl rand -hex 32)`)
    .max(MAX_SHARED_SECRET_LENGTH, `${name} must be at most ${String(MAX_SHARED_SECRET_LENGTH)} characters`);
}

/** Why a secret must not be used in production (packages/config/production.json), or undefined. */
export function unsafeSecretReason(value: string): string | undefined {
  if (production.exampleSecretValues.includes(value.toLowerCase())) return "is an example value, not a secret";
  if (new TextEncoder().encode(value).length < production.minSecretBytes)
    return `is shorter than ${String(production.minSecretBytes)} bytes`;
  if (new Set(value).size < production.minDistinctCharacters) return "is not random (too few different characters)";
  return undefined;
}
