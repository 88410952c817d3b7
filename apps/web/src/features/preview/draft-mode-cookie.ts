import { cookies, draftMode } from "next/headers";

/** Next.js's draft-mode cookie (COOKIE_NAME_PRERENDER_BYPASS in next/dist/server/api-utils). */
const DRAFT_MODE_COOKIE = "__prerender_bypass";

/**
 * The cookie as a partitioned (CHIPS) cookie: the CMS admin shows the preview in a frame, and
 * when the admin and the site are different sites (cms.example.org and www.example.int, or
 * 127.0.0.1 and localhost) the browser refuses an unpartitioned cookie set in that frame, so
 * the frame showed "Page not found". Partitioned, it is kept for this site inside the admin's
 * pages only. `Secure` is required by browsers for SameSite=None and Partitioned; they accept
 * it over plain http on localhost and loopback addresses, so `npm run dev` previews work too.
 */
const PARTITIONED = { httpOnly: true, secure: true, sameSite: "none", partitioned: true, path: "/" } as const;

async function partitionDraftModeCookie(expires?: Date): Promise<void> {
  const jar = await cookies();
  const value = jar.get(DRAFT_MODE_COOKIE)?.value;
  if (value === undefined) throw new Error(`Next.js no longer sets its draft-mode cookie ${DRAFT_MODE_COOKIE}: update ${import.meta.url}`);
  jar.set({ name: DRAFT_MODE_COOKIE, value, ...PARTITIONED, ...(expires ? { expires } : {}) });
}

/** Turns draft mode on for this browser, also inside the CMS admin's preview frame. */
export async function enableDraftMode(): Promise<void> {
  (await draftMode()).enable();
  await partitionDraftModeCookie();
}

/** Turns draft mode off: deletes the partitioned cookie (a deletion must name the same partition). */
export async function disableDraftMode(): Promise<void> {
  (await draftMode()).disable();
  await partitionDraftModeCookie(new Date(0));
}
