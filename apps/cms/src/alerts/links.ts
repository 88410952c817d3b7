import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The personal links in messages: `<row id>.<HMAC-SHA256>` over the link's purpose, the row (a
 * subscriber, an embargo share) and a nonce stored with the row. Signed, so they cannot be guessed or
 * made for another subscriber; the nonce lets the CMS end them (a used confirmation link, an
 * ended subscription); the key is derived from ENCRYPTION_KEY, so no new secret is needed and
 * any CMS instance can check any link. Pure, for the unit tests.
 */
export type LinkPurpose = "confirm" | "manage" | "embargo";

export interface LinkSigner {
  sign(purpose: LinkPurpose, id: number, nonce: string): string;
  /** The row id the token names, or undefined when it is not a token of this form. */
  idOf(token: string): number | undefined;
  verify(purpose: LinkPurpose, token: string, id: number, nonce: string | null): boolean;
}

const TOKEN = /^([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;

export function newNonce(): string {
  return randomBytes(16).toString("base64url");
}

export function linkSigner(encryptionKey: string): LinkSigner {
  const key = Buffer.from(hkdfSync("sha256", encryptionKey, "newsroom", "subscription links", 32));
  const mac = (purpose: LinkPurpose, id: number, nonce: string) =>
    createHmac("sha256", key)
      .update(`${purpose}:${String(id)}:${nonce}`)
      .digest("base64url");
  return {
    sign: (purpose, id, nonce) => `${String(id)}.${mac(purpose, id, nonce)}`,
    idOf(token) {
      const match = TOKEN.exec(token);
      return match?.[1] ? Number(match[1]) : undefined;
    },
    verify(purpose, token, id, nonce) {
      const match = TOKEN.exec(token);
      if (!match?.[2] || nonce === null || Number(match[1]) !== id) return false;
      return timingSafeEqual(Buffer.from(match[2]), Buffer.from(mac(purpose, id, nonce)));
    },
  };
}
