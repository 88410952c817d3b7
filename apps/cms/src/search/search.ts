import type { Core } from "@strapi/strapi";
import type { SearchParams } from "./query";
import { type Candidate, makeExcerpt, rank } from "./rank";
import {
  contentTypes,
  isRecord,
  pressReleaseFacetFilters,
  pressReleaseSummaryFields,
  pressReleaseSummaryPopulate,
} from "@newsroom/contract";

const UID = contentTypes.pressRelease.uid;

/** Most documents ranked per query: the newest 1,000 matches. */
export const MAX_CANDIDATES = 1000;

export interface SearchHit {
  document: Record<string, unknown>;
  excerpt: string;
}

export interface SearchResult {
  hits: SearchHit[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  terms: string[];
}

function toCandidate(value: unknown): Candidate[] {
  if (!isRecord(value)) return [];
  const { documentId, searchText, releaseDate } = value;
  if (typeof documentId !== "string" || typeof searchText !== "string") return [];
  const published = typeof releaseDate === "string" ? releaseDate : releaseDate instanceof Date ? releaseDate.toISOString() : "";
  return [{ documentId, searchText, releaseDate: published }];
}

/** The listing's facet filters (shared with the content client), one $and condition each. */
function facetConditions(params: SearchParams): Record<string, unknown>[] {
  return Object.entries(pressReleaseFacetFilters(params)).map(([field, condition]) => ({ [field]: condition }));
}

/**
 * Published releases of one language containing every term. The database only filters
 * (LIKE on the normalized index, the same on SQLite and PostgreSQL); ranking is done here.
 */
export async function searchPressReleases(strapi: Core.Strapi, params: SearchParams): Promise<SearchResult> {
  const { page, pageSize, terms, phrase, locale } = params;
  if (terms.length === 0) return { hits: [], pagination: { page, pageSize, pageCount: 0, total: 0 }, terms };

  const documents = strapi.documents(UID);
  const found: unknown[] = await documents.findMany({
    locale,
    status: "published",
    filters: { $and: [...terms.map((term) => ({ searchText: { $contains: term } })), ...facetConditions(params)] },
    fields: ["documentId", "searchText", "releaseDate"],
    // The cap keeps the newest matches.
    sort: { releaseDate: "desc" },
    limit: MAX_CANDIDATES,
  });
  const ranked = rank(found.flatMap(toCandidate), terms, phrase);
  const total = ranked.length;
  const pagination = { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
  const pageIds = ranked.slice((page - 1) * pageSize, page * pageSize).map((c) => c.documentId);
  if (pageIds.length === 0) return { hits: [], pagination, terms };

  // Strapi's filter types leave out documentId, which the document service does accept.
  const onPage: Record<string, unknown> = { documentId: { $in: pageIds } };
  const loaded: unknown[] = await documents.findMany({
    locale,
    status: "published",
    filters: { $and: [onPage] },
    // The summary the website validates (packages/content: rawSearchResponseSchema), plus body for the excerpt.
    fields: ["documentId", ...pressReleaseSummaryFields, "body"],
    populate: pressReleaseSummaryPopulate,
  });
  const byId = new Map<string, Record<string, unknown>>();
  for (const doc of loaded) if (isRecord(doc) && typeof doc.documentId === "string") byId.set(doc.documentId, doc);

  const hits = pageIds.flatMap((id) => {
    const doc = byId.get(id);
    if (!doc) return []; // unpublished between the two queries
    const { body, ...document } = doc;
    return [{ document, excerpt: makeExcerpt(body, typeof document.lead === "string" ? document.lead : "", terms) }];
  });
  return { hits, pagination, terms };
}
