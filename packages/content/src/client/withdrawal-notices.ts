import { z } from "zod";
import type { Locale } from "@newsroom/config";
import { withdrawalNoticeFields } from "../queries";
import { rawWithdrawalNoticeSchema } from "../strapi-schemas";
import type { WithdrawalNotice } from "../types";
import { DOCUMENT_ID_PATTERN, SLUG_PATTERN, type ContentRequest, type ContentRequester } from "./request";
import { contentTypes } from "@newsroom/contract";

/** What readers of a withdrawn (unpublished) release see instead of it. */
export function withdrawalNoticeReads(cms: ContentRequester) {
  return {
    /**
     * The notice of a withdrawn (unpublished) release in a language, by the slug it had or by
     * its document id, or null if there is none.
     */
    getWithdrawalNotice: async (
      key: { locale: Locale; slug: string } | { locale: Locale; documentId: string },
    ): Promise<WithdrawalNotice | null> => {
      const bySlug = "slug" in key;
      if (bySlug ? !SLUG_PATTERN.test(key.slug) : !DOCUMENT_ID_PATTERN.test(key.documentId)) return null;
      const filters = bySlug
        ? { slug: { $eq: key.slug }, language: { $eq: key.locale } }
        : { pressReleaseDocumentId: { $eq: key.documentId }, language: { $eq: key.locale } };
      const request: ContentRequest = bySlug
        ? { resource: "withdrawal-notice", locale: key.locale, slug: key.slug }
        : { resource: "withdrawal-notice", locale: key.locale, documentId: key.documentId };
      const result = await cms.read(
        contentTypes.withdrawalNotice.restPath,
        {
          filters,
          fields: [...withdrawalNoticeFields],
          sort: ["withdrawnAt:desc", "id:desc"],
          pagination: { pageSize: 1, withCount: false },
        },
        z.object({ data: z.array(rawWithdrawalNoticeSchema) }),
        request,
      );
      const raw = result.data[0];
      return raw
        ? {
            slug: raw.slug,
            locale: raw.language,
            pressReleaseDocumentId: raw.pressReleaseDocumentId,
            title: raw.title,
            withdrawnAt: raw.withdrawnAt,
            reason: raw.reason,
          }
        : null;
    },
  };
}
