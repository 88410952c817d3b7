import { createHash } from "node:crypto";

/**
 * What a journalist's embargo link leads to, decided from its share and the release's state
 * on the database's clock. Pure, so every rule is unit-tested (tests/unit/embargo.test.ts).
 */
export interface ShareState {
  revokedAt: number | null;
  expiresAt: number;
  /** sha256 of the key of the browser that opened it first; null until then. */
  browserHash: string | null;
  /** The journalist is still on the list and active. */
  journalistActive: boolean;
  /** The languages the link was sent for. */
  locales: string[];
}

export interface VersionState {
  /** The live version's slug, once the language is published. */
  publishedSlug: string | null;
  /** The draft's scheduled publication time, if it has one. */
  scheduledAt: number | null;
}

export type Refusal = { refused: 403 | 404 | 410; reason: string; message: string };
export type Access =
  | { status: "live"; slug: string }
  | { status: "ending" | "unopened"; embargoedUntil: number }
  | { status: "embargoed"; embargoedUntil: number }
  | Refusal;

export const EMBARGO_MESSAGES = {
  notValid: "This link is not valid: check that it was copied whole from the message.",
  otherBrowser:
    "This link was opened in another browser: it works only in the first browser that opens it. Ask the press office for a new link for this one.",
  revoked: "The press office has withdrawn this link.",
  expired: "This link has expired. Ask the press office for a new one.",
  inactive: "This link is no longer active. Ask the press office if you think this is a mistake.",
  notScheduled:
    "This press release is no longer scheduled, so its embargoed link has ended. The press office will send a new link if it is scheduled again.",
} as const;

export const refuse = (refused: Refusal["refused"], reason: keyof typeof EMBARGO_MESSAGES): Refusal => ({
  refused,
  reason,
  message: EMBARGO_MESSAGES[reason],
});

export function browserHash(browserKey: string): string {
  return createHash("sha256").update(browserKey).digest("base64url");
}

/**
 * In order: a withdrawn link is dead; a live release is public, so the link leads to it; an
 * expired link, a journalist taken off the list, a language not shared or no longer scheduled
 * show nothing; past its time the release is being published (shown nowhere until it is);
 * then only the first browser sees it.
 */
export function decideAccess(
  share: ShareState,
  locale: string,
  version: VersionState | undefined,
  browserKey: string | undefined,
  now: number,
): Access {
  if (share.revokedAt !== null) return refuse(410, "revoked");
  if (!share.locales.includes(locale) || !version) return refuse(404, "notValid");
  if (version.publishedSlug !== null) return { status: "live", slug: version.publishedSlug };
  if (now >= share.expiresAt) return refuse(410, "expired");
  if (!share.journalistActive) return refuse(410, "inactive");
  if (version.scheduledAt === null) return refuse(410, "notScheduled");
  if (now >= version.scheduledAt) return { status: "ending", embargoedUntil: version.scheduledAt };
  if (share.browserHash === null) return { status: "unopened", embargoedUntil: version.scheduledAt };
  if (browserKey === undefined || browserHash(browserKey) !== share.browserHash) return refuse(403, "otherBrowser");
  return { status: "embargoed", embargoedUntil: version.scheduledAt };
}
