import type { Core } from "@strapi/strapi";
import { contentTypes, isRecord } from "@newsroom/contract";

/**
 * What communications staff see in the admin: a help text in plain words under every field,
 * and list views with the columns they scan for. Applied at every start, so the words live
 * in code review rather than in one database. Where a model lists its edit rows, the form
 * follows them; otherwise field order and sizes stay as Strapi or an admin arranged them.
 */
interface ListView {
  columns: string[];
  sortBy: string;
  order: "ASC" | "DESC";
  mainField: string;
}

interface ModelLayout {
  help: Record<string, string>;
  /** Field names in editors' words; fields not listed get their name split into words. */
  labels?: Record<string, string>;
  /** Fields the CMS writes and editors only read (shown greyed out in the edit view). */
  readOnly?: string[];
  list?: ListView;
  /**
   * The edit form's rows, in editors' order; each field with its width in twelfths. Fields of the
   * model left out here (a field added later) follow at the end, so none disappears.
   */
  edit?: { name: string; size: number }[][];
  /** Fields a side panel of the edit view shows and edits instead of the form (never twice). */
  inPanels?: string[];
}

/** "datelinePlace" → "Dateline place". */
export function humanize(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Labels shared by every list view. */
const timestampLabels: Record<string, string> = { updatedAt: "Last update", createdAt: "Created", publishedAt: "Published" };

/** Press release fields as communications staff call them (also used in the CMS's error messages). */
export const pressReleaseLabels: Record<string, string> = {
  title: "Headline",
  slug: "Address (slug)",
  documentType: "Document type",
  datelinePlace: "Dateline place",
  datelineCountry: "Dateline country",
  releaseDate: "Release date",
  lastUpdatedAt: "Last updated",
  lead: "Lead paragraph",
  body: "Body",
  heroImage: "Main photo",
  pressContacts: "Press contacts",
  relatedPressReleases: "Related releases",
  seo: "Search and social media",
  scheduledPublishAt: "Scheduled publication",
  scheduledUnpublishAt: "Scheduled unpublication",
  scheduleError: "Schedule stopped",
  withdrawalReason: "Withdrawal reason (public)",
};

export const contentTypeLayouts: Record<string, ModelLayout> = {
  [contentTypes.pressRelease.uid]: {
    labels: pressReleaseLabels,
    readOnly: ["scheduleError"],
    // Beside Publish, in the Publishing panel (src/admin/newsroom/publishing.tsx).
    inPanels: ["scheduledPublishAt", "scheduleError"],
    list: {
      // Two columns: Strapi adds "Available in" (the languages) and Status after them, and at
      // 1440 px both must stay in view (with five here, or three, Status was scrolled off).
      columns: ["title", "updatedAt"],
      sortBy: "updatedAt",
      order: "DESC",
      mainField: "title",
    },
    // Content first, then the photo, the tags, publishing; rarely used fields last.
    edit: [
      [{ name: "title", size: 12 }],
      [
        { name: "documentType", size: 4 },
        { name: "datelinePlace", size: 4 },
        { name: "datelineCountry", size: 4 },
      ],
      [{ name: "releaseDate", size: 6 }],
      [{ name: "lead", size: 12 }],
      [{ name: "body", size: 12 }],
      [{ name: "heroImage", size: 12 }],
      [
        { name: "countries", size: 6 },
        { name: "regions", size: 6 },
      ],
      [
        { name: "themes", size: 6 },
        { name: "pressContacts", size: 6 },
      ],
      [
        { name: "withdrawalReason", size: 6 },
        { name: "scheduledUnpublishAt", size: 6 },
      ],
      [
        { name: "slug", size: 6 },
        { name: "lastUpdatedAt", size: 6 },
      ],
      [
        { name: "relatedPressReleases", size: 6 },
        { name: "attachments", size: 6 },
      ],
      [{ name: "seo", size: 12 }],
    ],
    help: {
      title: "The headline, as it appears on the site and in search results. Keep it under about 110 characters.",
      slug: "The end of the page address (…/news/this-part). Made from the title; lowercase letters, digits and hyphens. Changing it after publishing redirects the old address to the new one.",
      documentType: "What kind of text this is: press release, news story, statement or media advisory. Shown above the headline.",
      datelinePlace:
        "The city the release is issued from, e.g. Lima, written the way readers of this language write it. The site prints it before the lead (“LIMA – …”): do not repeat it in the lead.",
      datelineCountry: "The country of the dateline city. Saving adds it to Countries.",
      releaseDate:
        "The date and time of the release shown to readers (the dateline date). Not when it goes online: use Schedule for, in the Publishing panel, for that.",
      lastUpdatedAt: "Set this only when you correct a published release in substance: readers see “Last updated” with this date.",
      lead: "The opening paragraph: who, what, where, when, in two or three sentences. It appears in listings, feeds and search results.",
      body: "The rest of the release: paragraphs, quotes, headings, lists and links.",
      heroImage: "The main photo at the top, with a description for people who cannot see it, a caption and the photographer's credit.",
      countries: "Every country the release is about. Readers find it on those countries' pages and feeds.",
      regions: "The regions the release is about.",
      themes: "The topics the release is about (for example labour migration, climate).",
      pressContacts: "Who journalists should call or write to about this release, in the order they should try.",
      relatedPressReleases: "Releases to suggest at the end. Others sharing a country or topic are added automatically.",
      attachments: "Files for journalists: reports, fact sheets, photos. Readers see each file's type and size.",
      seo: "Optional: a different title, description or image for search engines and social media, or keep this release out of search engines.",
      scheduledPublishAt:
        "Embargo: the release goes live by itself at this time (checked every 10 seconds). Until then it is visible nowhere, and Publish is refused. Leave empty to publish by hand.",
      scheduledUnpublishAt: "Optional: the release is withdrawn by itself at this time. Its address then says it was withdrawn.",
      scheduleError:
        "Written by the CMS when a scheduled publication or unpublication could not be done, with the reason. The schedule is then stopped, not retried: fix the problem, then set a new time (or publish or unpublish by hand), which clears this.",
      withdrawalReason:
        "Public: shown on the page of this release after it is withdrawn (unpublished), for example “Replaced by a corrected release”. Leave empty to say nothing.",
    },
  },
  [contentTypes.pressContact.uid]: {
    list: { columns: ["fullName", "office", "email", "updatedAt"], sortBy: "fullName", order: "ASC", mainField: "fullName" },
    help: {
      fullName: "First and last name, as journalists should address the person.",
      role: "Job title, for example “Media and Communications Officer”.",
      office: "The office the person works from, for example “IOM Peru”.",
      email: "A work address journalists may write to. Shown on the site.",
      phone: "Office phone with country code, for example +51 1 633 0000.",
      mobile: "Mobile phone with country code, if the person takes press calls on it.",
      countries: "The countries this person answers for: they are listed on those countries' pages.",
    },
  },
  [contentTypes.country.uid]: {
    list: { columns: ["name", "isoCode", "region", "updatedAt"], sortBy: "name", order: "ASC", mainField: "name" },
    help: {
      name: "The country's name in this language.",
      slug: "The end of the country page's address, made from the name.",
      description: "A short introduction shown at the top of the country page.",
      isoCode: "The two-letter ISO 3166 code, for example PE for Peru.",
      region: "The region the country belongs to.",
    },
  },
  [contentTypes.region.uid]: {
    list: { columns: ["name", "slug", "updatedAt"], sortBy: "name", order: "ASC", mainField: "name" },
    help: {
      name: "The region's name in this language.",
      slug: "The end of the region page's address, made from the name.",
      description: "A short introduction shown at the top of the region page.",
    },
  },
  [contentTypes.theme.uid]: {
    list: { columns: ["name", "slug", "updatedAt"], sortBy: "name", order: "ASC", mainField: "name" },
    help: {
      name: "The topic's name in this language.",
      slug: "The end of the topic page's address, made from the name.",
      description: "A short introduction shown at the top of the topic page.",
    },
  },
  [contentTypes.navigation.uid]: {
    help: {
      header: "The main menu at the top of every page: items with up to one level of sub-items. Changes show on every page.",
      footer: "The links at the bottom of every page.",
    },
  },
  [contentTypes.siteSetting.uid]: {
    help: {
      siteName: "The newsroom's name, shown in the header, browser tabs and search results.",
      tagline: "A short line under the name.",
      logo: "The logo in the header. An SVG or a PNG at least 400 pixels wide.",
      footerText: "The text at the bottom of every page, for example the copyright line.",
      socialLinks: "The organisation's social media accounts, linked in the footer.",
      defaultShareImage: "The image social media show for pages that have no photo of their own.",
      organization: "The organisation's details for search engines: name, address, contact.",
    },
  },
  [contentTypes.slugRedirect.uid]: {
    list: {
      columns: ["fromSlug", "language", "pressReleaseDocumentId", "createdAt"],
      sortBy: "createdAt",
      order: "DESC",
      mainField: "fromSlug",
    },
    help: {
      fromSlug: "The old end of the address. Written by the CMS when a published release's slug changed.",
      language: "The language of the old address (en, es, fr).",
      pressReleaseDocumentId: "The release the old address now leads to.",
    },
  },
  [contentTypes.legacyAddress.uid]: {
    list: { columns: ["path", "language", "pressReleaseDocumentId", "importedAt"], sortBy: "importedAt", order: "DESC", mainField: "path" },
    help: {
      path: "The address the release had on the old newsroom. The site redirects it permanently (308) to the release's page.",
      source: "Where the importer read the release: its old URL, or a fingerprint of a page that had none.",
      contentHash: "A fingerprint of the imported content: the importer updates the release only when the old page changed.",
      language: "The language of the imported release (en, es, fr).",
      pressReleaseDocumentId: "The release this address leads to.",
      importedAt: "When the importer last wrote the release.",
    },
  },
  [contentTypes.withdrawalNotice.uid]: {
    list: { columns: ["title", "language", "withdrawnAt", "reason"], sortBy: "withdrawnAt", order: "DESC", mainField: "title" },
    help: {
      slug: "The address of the withdrawn release. It now answers “410 Gone” with this notice.",
      language: "The language of the withdrawn release.",
      pressReleaseDocumentId: "The withdrawn release.",
      title: "The headline it had when it was withdrawn.",
      withdrawnAt: "When it was withdrawn.",
      reason: "The public reason, from the release's “Withdrawal reason”.",
    },
  },
  [contentTypes.publicationEvent.uid]: {
    list: {
      columns: ["occurredAt", "action", "title", "language", "performedBy"],
      sortBy: "occurredAt",
      order: "DESC",
      mainField: "title",
    },
    help: {
      action: "Published (went live) or unpublished (withdrawn).",
      trigger: "By a person, or by the release's schedule.",
      performedBy: "The staff member's email, or “schedule”.",
      pressReleaseDocumentId: "The release.",
      language: "The language version that changed.",
      title: "Its headline at that moment.",
      slug: "Its address at that moment.",
      occurredAt: "When it happened.",
    },
  },
};

export const componentLayouts: Record<string, ModelLayout> = {
  "media.hero-image": {
    help: {
      image: "The photo. Landscape, at least 1600 pixels wide.",
      altText: "What the photo shows, for people who cannot see it. Required.",
      caption: "Shown under the photo: who, what, where.",
      credit: "The photographer and owner, for example “© IOM 2013/Jane Doe”.",
    },
  },
  "shared.seo": {
    help: {
      metaTitle: "The title search engines and social media show, if different from the headline. Up to about 60 characters.",
      metaDescription: "The summary search engines show, if different from the lead. Up to about 160 characters.",
      shareImage: "The image social media show, if different from the main photo.",
      canonicalUrl: "Only if this text was first published elsewhere: that page's full address.",
      noIndex: "Keep this page out of search engines (it stays on the site).",
    },
  },
  "navigation.menu-item": {
    help: {
      label: "The words in the menu.",
      description: "A short line under the label in the open menu.",
      targetType: "Where the item leads: a page of this site, a press release or another website.",
      internalPath: "For a page of this site: its address without the language, for example /news.",
      pressRelease: "For a press release: which one.",
      externalUrl: "For another website: the full address, starting with https://.",
      children: "Sub-items shown when the menu item is opened.",
    },
  },
  "navigation.menu-link": {
    help: {
      label: "The words of the link.",
      targetType: "Where the link leads: a page of this site, a press release or another website.",
      internalPath: "For a page of this site: its address without the language, for example /news.",
      pressRelease: "For a press release: which one.",
      externalUrl: "For another website: the full address, starting with https://.",
    },
  },
  "shared.organization": {
    help: {
      name: "The organisation's full name.",
      alternateName: "Its short name or acronym, for example IOM.",
      url: "Its main website, starting with https://.",
      email: "The press office's email address.",
      telephone: "The press office's phone number with country code.",
      address: "The postal address of the headquarters.",
    },
  },
  "shared.social-link": {
    help: {
      network: "Which social network.",
      label: "The link's text for screen readers, for example “IOM on LinkedIn”.",
      url: "The full address of the account, starting with https://.",
    },
  },
};

interface FieldMetadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}

interface StoredConfiguration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldMetadata>;
  layouts?: { list?: string[]; edit?: unknown };
}

/** Our rows, then (one per row) every field of Strapi's stored edit layout that they leave out, but those in panels. */
function editRows(stored: unknown, rows: { name: string; size: number }[][], inPanels: string[] = []): { name: string; size: number }[][] {
  const placed = new Set([...rows.flat().map((field) => field.name), ...inPanels]);
  const storedFields = Array.isArray(stored) ? stored.flat() : [];
  const rest = storedFields.filter(
    (field): field is { name: string; size: number } =>
      isRecord(field) && typeof field.name === "string" && typeof field.size === "number" && !placed.has(field.name),
  );
  return [...rows, ...rest.map((field) => [field])];
}

function withLayout(configuration: StoredConfiguration, layout: ModelLayout): StoredConfiguration {
  const metadatas: Record<string, FieldMetadata> = { ...configuration.metadatas };
  const labelOf = (field: string) => layout.labels?.[field] ?? timestampLabels[field] ?? humanize(field);
  for (const [field, description] of Object.entries(layout.help)) {
    const current = metadatas[field] ?? {};
    const label = labelOf(field);
    const editable = layout.readOnly?.includes(field) ? { editable: false } : {};
    metadatas[field] = { ...current, edit: { ...current.edit, label, description, ...editable }, list: { ...current.list, label } };
  }
  for (const column of layout.list?.columns ?? []) {
    const current = metadatas[column];
    if (current) metadatas[column] = { ...current, list: { ...current.list, label: labelOf(column) } };
  }
  const layouts = layout.edit
    ? { ...configuration.layouts, edit: editRows(configuration.layouts?.edit, layout.edit, layout.inPanels) }
    : configuration.layouts;
  if (!layout.list) return { settings: configuration.settings, metadatas, layouts };
  return {
    settings: {
      ...configuration.settings,
      defaultSortBy: layout.list.sortBy,
      defaultSortOrder: layout.list.order,
      mainField: layout.list.mainField,
    },
    metadatas,
    layouts: { ...layouts, list: layout.list.columns },
  };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<unknown>;
  updateConfiguration(model: { uid: string }, configuration: StoredConfiguration): Promise<unknown>;
}

function isConfigurationService(value: unknown): value is ConfigurationService {
  return isRecord(value) && typeof value.findConfiguration === "function" && typeof value.updateConfiguration === "function";
}

async function apply(service: unknown, uid: string, layout: ModelLayout, strapi: Core.Strapi): Promise<void> {
  if (!isConfigurationService(service)) throw new Error("content-manager configuration service has changed");
  const found: unknown = await service.findConfiguration({ uid });
  if (!isRecord(found)) return;
  const current: StoredConfiguration = {
    settings: isRecord(found.settings) ? found.settings : {},
    metadatas: isRecord(found.metadatas)
      ? Object.fromEntries(Object.entries(found.metadatas).filter((e): e is [string, FieldMetadata] => isRecord(e[1])))
      : {},
    layouts: isRecord(found.layouts)
      ? {
          list: Array.isArray(found.layouts.list) ? found.layouts.list.filter((c): c is string => typeof c === "string") : [],
          edit: found.layouts.edit,
        }
      : {},
  };
  const next = withLayout(current, layout);
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  await service.updateConfiguration({ uid }, next);
  strapi.log.info(`admin layout of ${uid} updated`);
}

export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin("content-manager");
  for (const [uid, layout] of Object.entries(contentTypeLayouts)) await apply(contentManager.service("content-types"), uid, layout, strapi);
  for (const [uid, layout] of Object.entries(componentLayouts)) await apply(contentManager.service("components"), uid, layout, strapi);
}
