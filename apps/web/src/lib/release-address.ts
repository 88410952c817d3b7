import type { Locale } from "@newsroom/config";
import { isContentNotFound, type LegacyAddress, type PressRelease, type SlugRedirect, type WithdrawalNotice } from "@newsroom/content";

/** What /{locale}/news/{slug} shows. */
export type ReleaseAddress =
  | { kind: "release"; release: PressRelease; draft: boolean }
  /**
   * The release now lives at another slug (or, for an address of the old newsroom, in
   * another language): a permanent redirect, straight to the current page.
   */
  | { kind: "moved"; slug: string; locale?: Locale }
  /** The release was withdrawn: 410 Gone with the notice. */
  | { kind: "withdrawn"; notice: WithdrawalNotice }
  | { kind: "missing" };

/** The reads it needs; errors (CMS unavailable, invalid answer) propagate, never "missing". */
export interface ReleaseAddressReads {
  draft: boolean;
  getPressReleaseDraft: (slug: string, locale: Locale) => Promise<PressRelease>;
  findPressReleaseDocumentId: (slug: string, locale: Locale) => Promise<string | null>;
  getPressReleaseByDocumentId: (documentId: string, locale: Locale) => Promise<PressRelease>;
  getPressReleaseSlug: (documentId: string, locale: Locale) => Promise<string | null>;
  findSlugRedirect: (fromSlug: string, locale: Locale) => Promise<SlugRedirect | null>;
  getWithdrawalNotice: (key: { locale: Locale; slug: string } | { locale: Locale; documentId: string }) => Promise<WithdrawalNotice | null>;
  resolveLegacyAddress: (path: string) => Promise<LegacyAddress | null>;
}

async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isContentNotFound(error)) return null;
    throw error;
  }
}

/**
 * Resolves a release address in this order:
 * 1. in draft mode, the latest draft with that slug (a preview);
 * 2. the published release with that slug. It is read by document id (tag `release:{id}`),
 *    so a slug change shows at once: if its current slug differs, it has moved;
 * 3. an old address (slug-redirect) → the release's current slug in this language (never
 *    a chain: every old slug points at the document, not at another slug);
 * 4. a withdrawal notice for the slug, or for the redirect's document → withdrawn (410);
 * 5. an address of the old newsroom with this shape (/{locale}/news/{slug}, recorded by the
 *    importer) → the imported release's page;
 * 6. otherwise missing (404).
 */
export async function resolveReleaseAddress(slug: string, locale: Locale, reads: ReleaseAddressReads): Promise<ReleaseAddress> {
  if (reads.draft) {
    const draft = await orNull(reads.getPressReleaseDraft(slug, locale));
    if (draft) return { kind: "release", release: draft, draft: true };
  }

  const documentId = await reads.findPressReleaseDocumentId(slug, locale);
  if (documentId) {
    const release = await orNull(reads.getPressReleaseByDocumentId(documentId, locale));
    if (release) return release.slug === slug ? { kind: "release", release, draft: false } : { kind: "moved", slug: release.slug };
  }

  const redirect = await reads.findSlugRedirect(slug, locale);
  if (redirect) {
    const current = await reads.getPressReleaseSlug(redirect.pressReleaseDocumentId, locale);
    if (current && current !== slug) return { kind: "moved", slug: current };
    const notice = await reads.getWithdrawalNotice({ locale, documentId: redirect.pressReleaseDocumentId });
    if (notice) return { kind: "withdrawn", notice };
  }

  const notice = await reads.getWithdrawalNotice({ locale, slug });
  if (notice) return { kind: "withdrawn", notice };
  const imported = await reads.resolveLegacyAddress(`/${locale}/news/${encodeURIComponent(slug)}`);
  if (imported) return { kind: "moved", slug: imported.slug, locale: imported.locale };
  return { kind: "missing" };
}
