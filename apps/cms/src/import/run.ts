import { AdminApi, CmsError, type UploadedFile } from "./cms";
import { parseFeedItems } from "./feed";
import { parsePage } from "./page";
import {
  contentHash,
  legacyPath,
  sha256,
  slugFor,
  sourceKey,
  type ImportBlock,
  type ImportedRelease,
  type Skipped,
  type SourceImage,
} from "./release";
import { imageType, loadSources, readBytes } from "./sources";
import { parseTextPage } from "./text-page";
import { contentTypes } from "@newsroom/contract";

const PRESS_RELEASE = contentTypes.pressRelease.uid;
const PRESS_CONTACT = contentTypes.pressContact.uid;
const LEGACY_ADDRESS = contentTypes.legacyAddress.uid;
const COUNTRY = contentTypes.country.uid;
const THEME = contentTypes.theme.uid;

export interface ImportOptions {
  sources: string[];
  cmsUrl: string;
  email: string;
  password: string;
  publish: boolean;
  dryRun: boolean;
  /** Release date for sources that give none (ISO 8601). */
  defaultDate?: string;
  /** Follow summary-only feed items to their page. */
  follow: boolean;
  log: (line: string) => void;
}

export interface ReportLine {
  origin: string;
  title: string;
  language: string;
  slug: string;
  documentId?: string;
  path?: string;
  warnings: string[];
}

export interface ImportReport {
  created: ReportLine[];
  updated: ReportLine[];
  unchanged: ReportLine[];
  skipped: Skipped[];
  /** Releases the CMS refused (a field it rejects): reported, and the run goes on. */
  failed: (Skipped & { error: string })[];
}

/** Reads every source into releases, the fullest version winning when two give the same release. */
export async function collectReleases(
  options: Pick<ImportOptions, "sources" | "defaultDate" | "follow">,
): Promise<{ releases: ImportedRelease[]; skipped: Skipped[] }> {
  const skippedList: Skipped[] = [];
  const byKey = new Map<string, ImportedRelease>();
  const add = (release: ImportedRelease) => {
    const key = sourceKey(release);
    const known = byKey.get(key);
    const fullness = (r: ImportedRelease) => r.body.length * 10 - r.warnings.length;
    if (!known) byKey.set(key, release);
    else {
      const [keep, drop] = fullness(release) > fullness(known) ? [release, known] : [known, release];
      byKey.set(key, keep);
      skippedList.push({ origin: drop.origin, reason: "duplicate", detail: `the same release as ${keep.origin}` });
    }
  };
  for (const loaded of await loadSources(options.sources)) {
    if ("error" in loaded) {
      skippedList.push({ origin: loaded.location, reason: "unreadable", detail: loaded.error });
      continue;
    }
    if (loaded.kind === "feed") {
      for (const entry of parseFeedItems(loaded.text, loaded.location, options.defaultDate)) {
        let result = entry.result;
        if (entry.follow && options.follow) {
          try {
            const { bytes } = await readBytes(entry.follow.url);
            const page = parsePage({
              html: bytes.toString("utf8"),
              location: entry.follow.url,
              fallback: entry.follow,
              ...(options.defaultDate ? { defaultDate: options.defaultDate } : {}),
            });
            if (page.kind === "release") result = page;
          } catch (error) {
            if (result.kind === "release")
              result.release.warnings.push(
                `its page could not be read (${error instanceof Error ? error.message : String(error)}): imported from the feed's summary`,
              );
          }
        }
        if (result.kind === "release") add(result.release);
        else skippedList.push(result);
      }
      continue;
    }
    const result =
      loaded.kind === "page"
        ? parsePage({ html: loaded.text, location: loaded.location, ...(options.defaultDate ? { defaultDate: options.defaultDate } : {}) })
        : parseTextPage(loaded.text, loaded.location, options.defaultDate);
    if (result.kind === "release") add(result.release);
    else skippedList.push(result);
  }
  return { releases: [...byKey.values()], skipped: skippedList };
}

/**
 * Matches an old feed's tags to taxonomy names. Deliberately not @newsroom/contract's
 * foldForSearch: \p{Diacritic} also drops the spacing accents (´ ¨ ` ^) old pages typed for
 * apostrophes and quotes, which search keeps as they are.
 */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

/** Countries and themes of a language, by folded name and slug. */
class Taxonomy {
  private readonly cache = new Map<string, Map<string, string>>();
  constructor(private readonly api: AdminApi) {}
  async lookup(uid: string, locale: string): Promise<Map<string, string>> {
    const key = `${uid} ${locale}`;
    const known = this.cache.get(key);
    if (known) return known;
    const map = new Map<string, string>();
    for (const doc of await this.api.all(uid, locale)) {
      if (typeof doc.name === "string") map.set(fold(doc.name), doc.documentId);
      if (typeof doc.slug === "string") map.set(fold(doc.slug), doc.documentId);
    }
    this.cache.set(key, map);
    return map;
  }
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], skipped: [], failed: [] };
  const { releases, skipped } = await collectReleases(options);
  report.skipped.push(...skipped);
  const api = await AdminApi.login(options.cmsUrl, options.email, options.password);
  const taxonomy = new Taxonomy(api);
  const uploaded = new Map<string, UploadedFile | null>();

  /** Downloads an image into the media library once (named by its bytes' hash); null if it is not a picture. */
  const uploadImage = async (image: SourceImage, warnings: string[]): Promise<UploadedFile | null> => {
    const known = uploaded.get(image.src);
    if (known !== undefined) return known;
    let file: UploadedFile | null = null;
    try {
      const { bytes } = await readBytes(image.src);
      const type = imageType(bytes);
      if (!type) throw new Error("not a JPEG, PNG, GIF or WebP picture");
      const name = `imported-${sha256(bytes).slice(0, 20)}${type.ext}`;
      file =
        (await api.findFile(name)) ??
        (options.dryRun
          ? null
          : await api.upload(name, bytes, type.mime, { alternativeText: image.alt, ...(image.caption ? { caption: image.caption } : {}) }));
    } catch (error) {
      warnings.push(`image ${image.src.slice(0, 120)} left out: ${error instanceof Error ? error.message : String(error)}`);
    }
    uploaded.set(image.src, file);
    return file;
  };

  for (const release of releases) {
    const line: ReportLine = {
      origin: release.origin,
      title: release.title,
      language: release.language,
      slug: "",
      warnings: release.warnings,
    };
    try {
      const key = sourceKey(release);
      const hash = contentHash(release);
      const path = release.sourceUrl ? legacyPath(release.sourceUrl) : undefined;
      if (path) line.path = path;
      const [address] = await api.find(LEGACY_ADDRESS, { source: key });
      const existing =
        address && typeof address.pressReleaseDocumentId === "string"
          ? await api.get(PRESS_RELEASE, address.pressReleaseDocumentId, release.language)
          : null;
      if (existing && address?.contentHash === hash) {
        line.slug = typeof existing.slug === "string" ? existing.slug : "";
        line.documentId = existing.documentId;
        if (options.publish && !(await api.get(PRESS_RELEASE, existing.documentId, release.language, "published"))) {
          if (!options.dryRun) await api.publish(PRESS_RELEASE, existing.documentId, release.language);
          report.updated.push({ ...line, warnings: [...line.warnings, "published"] });
        } else report.unchanged.push(line);
        continue;
      }
      const slug = existing && typeof existing.slug === "string" ? existing.slug : await freeSlug(api, slugFor(release), release.language);
      line.slug = slug;
      if (options.dryRun) {
        options.log(
          `${existing ? "would update" : "would create"}: ${release.language} /${release.language}/news/${slug} ← ${release.origin}`,
        );
        (existing ? report.updated : report.created).push(line);
        continue;
      }
      const data = await releaseData(release, slug, api, taxonomy, (image) => uploadImage(image, line.warnings));
      let documentId: string;
      if (existing) {
        await api.update(PRESS_RELEASE, existing.documentId, data, release.language);
        documentId = existing.documentId;
      } else {
        documentId = (await api.create(PRESS_RELEASE, data, release.language)).documentId;
      }
      line.documentId = documentId;
      const addressData = {
        path: path ?? null,
        source: key,
        contentHash: hash,
        language: release.language,
        pressReleaseDocumentId: documentId,
        importedAt: new Date().toISOString(),
      };
      if (address) await api.update(LEGACY_ADDRESS, address.documentId, addressData);
      else await api.create(LEGACY_ADDRESS, addressData);
      if (options.publish) await api.publish(PRESS_RELEASE, documentId, release.language);
      (existing ? report.updated : report.created).push(line);
    } catch (error) {
      if (error instanceof CmsError && /cannot be reached/.test(error.message)) throw error;
      report.failed.push({ origin: release.origin, reason: "unreadable", error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** The slug, or slug-2, slug-3…: an import never takes the address of a release it did not write. */
async function freeSlug(api: AdminApi, slug: string, locale: string): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? slug : `${slug.slice(0, 195)}-${n}`;
    if ((await api.find(PRESS_RELEASE, { slug: candidate }, locale)).length === 0) return candidate;
  }
  throw new CmsError(`no free slug for ${slug}`);
}

/** The press contact with this email in the release's language: found, added as a translation, or created. */
async function pressContactId(api: AdminApi, release: ImportedRelease): Promise<string | undefined> {
  const contact = release.pressContact;
  if (!contact) return undefined;
  const [same] = await api.find(PRESS_CONTACT, { email: contact.email }, release.language);
  if (same) return same.documentId;
  const data = {
    fullName: contact.fullName,
    office: contact.office,
    email: contact.email,
    ...(contact.role ? { role: contact.role } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.mobile ? { mobile: contact.mobile } : {}),
  };
  for (const other of ["en", "es", "fr"].filter((l) => l !== release.language)) {
    const [found] = await api.find(PRESS_CONTACT, { email: contact.email }, other);
    if (found) {
      await api.update(PRESS_CONTACT, found.documentId, data, release.language);
      return found.documentId;
    }
  }
  return (await api.create(PRESS_CONTACT, data, release.language)).documentId;
}

async function releaseData(
  release: ImportedRelease,
  slug: string,
  api: AdminApi,
  taxonomy: Taxonomy,
  upload: (image: SourceImage) => Promise<UploadedFile | null>,
): Promise<Record<string, unknown>> {
  const locale = release.language;
  const countries = await taxonomy.lookup(COUNTRY, locale);
  const themes = await taxonomy.lookup(THEME, locale);
  const datelineCountry = release.datelineCandidates.map((c) => countries.get(fold(c))).find((id) => id !== undefined);
  const countryIds = [
    ...new Set([datelineCountry, ...release.tags.map((t) => countries.get(fold(t)))].filter((id): id is string => id !== undefined)),
  ];
  const themeIds = [...new Set(release.tags.map((t) => themes.get(fold(t))).filter((id): id is string => id !== undefined))];
  const contactId = await pressContactId(api, release);
  const connect = (ids: string[]) => ({ set: ids.map((documentId) => ({ documentId, locale })) });

  const heroFile = release.heroImage ? await upload(release.heroImage) : null;
  const body: unknown[] = [];
  for (const block of release.body) body.push(...(await toStrapiBlock(block, upload)));
  return {
    title: release.title,
    slug,
    documentType: release.documentType,
    datelinePlace: release.datelinePlace,
    datelineCountry: connect(datelineCountry ? [datelineCountry] : []),
    releaseDate: release.releaseDate,
    lead: release.lead,
    body,
    heroImage:
      heroFile && release.heroImage
        ? {
            image: heroFile.id,
            altText: release.heroImage.alt,
            caption: release.heroImage.caption ?? null,
            credit: release.heroImage.credit ?? null,
          }
        : null,
    countries: connect(countryIds),
    themes: connect(themeIds),
    pressContacts: connect(contactId ? [contactId] : []),
  };
}

/** Strapi's blocks, as the seed writes them: an image block holds the uploaded file. */
async function toStrapiBlock(block: ImportBlock, upload: (image: SourceImage) => Promise<UploadedFile | null>): Promise<unknown[]> {
  if (block.type !== "source-image") return [block];
  const file = await upload(block.image);
  if (!file) return [];
  return [
    {
      type: "image",
      image: { ...file, alternativeText: block.image.alt, caption: block.image.caption ?? null },
      children: [{ type: "text", text: "" }],
    },
  ];
}

export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const section = (label: string, items: ReportLine[]) => {
    for (const item of items) {
      lines.push(
        `${label.padEnd(9)} ${item.language} /${item.language}/news/${item.slug}${item.path ? ` (old address ${item.path})` : ""} ← ${item.origin}`,
      );
      for (const warning of item.warnings) lines.push(`          note: ${warning}`);
    }
  };
  section("created", report.created);
  section("updated", report.updated);
  section("unchanged", report.unchanged);
  for (const s of report.skipped) lines.push(`skipped   ${s.origin}: ${s.reason}${s.detail ? ` (${s.detail})` : ""}`);
  for (const f of report.failed) lines.push(`failed    ${f.origin}: ${f.error}`);
  lines.push(
    `${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped, ${report.failed.length} failed`,
  );
  return lines.join("\n");
}
