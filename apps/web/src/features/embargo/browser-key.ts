import { randomBytes } from "node:crypto";
import { EMBARGO_BROWSER_COOKIE, embargoBrowserKeySchema } from "@newsroom/contract";

/** This browser's key for embargoed links (the CMS stores only its hash), if it has a valid one. */
export function browserKeyOf(value: string | undefined): string | undefined {
  const parsed = embargoBrowserKeySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const newBrowserKey = () => randomBytes(32).toString("base64url");

/** HttpOnly (no script reads it), Lax (sent when the journalist follows the link from their mail), a year. */
export function browserKeyCookie(key: string, secure: boolean): string {
  return `${EMBARGO_BROWSER_COOKIE}=${key}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
