import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import type { SeedBlock } from "./blocks";
import { footerMenu, headerMenu } from "./data/navigation";
import { draftOnlyPressRelease } from "./data/draft";
import { peruPressContact, peruPressRelease } from "./data/peru";
import { samplePressContacts, samplePressReleases } from "./data/sample-press-releases";
import { siteSettings } from "./data/site-settings";
import { countries, regions, themes } from "./data/taxonomy";
import { sampleFiles, writeSamplePdf } from "./files";
import { drawSeedImage } from "./images";
import type { SeedPressRelease } from "./types";

/**
 * Loads the newsroom's reference and sample content. Idempotent and respectful of editors:
 * - an item that already exists (same slug/email in that language) is left exactly as it is;
 * - an item the seed created once and an editor later deleted is not created again
 *   (the keys of everything seeded are remembered in Strapi's core store).
 */
const LOCALE = "en";
const STORE = { type: "core", name: "newsroom-seed", key: "seeded" } as const;

type Uid =
  | "api::region.region"
  | "api::country.country"
  | "api::theme.theme"
  | "api::press-contact.press-contact"
  | "api::press-release.press-release";

interface UploadedFile {
  id: number;
  url: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  name: string;
  hash: string;
  ext: string;
  mime: string;
  size: number;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && "id" in value && "url" in value && typeof value.url === "string";
}

export async function seedNewsroom(strapi: Core.Strapi): Promise<void> {
  const stored: unknown = await strapi.store.get(STORE);
  const seeded = new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === "string") : []);
  const remember = async (key: string) => {
    if (seeded.has(key)) return;
    seeded.add(key);
    await strapi.store.set({ ...STORE, value: [...seeded] });
  };
  const workDir = await mkdtemp(path.join(tmpdir(), "newsroom-seed-"));
  let created = 0;

  /** Returns the documentId of the existing or newly created document, or null if an editor deleted it. */
  async function ensureDocument(uid: Uid, key: string, filters: Record<string, string>, data: () => Record<string, unknown> | Promise<Record<string, unknown>>, publish = false) {
    const documents = strapi.documents(uid);
    const existing = await documents.findFirst({ locale: LOCALE, filters, fields: ["documentId"] });
    if (existing) {
      await remember(key);
      return existing.documentId;
    }
    if (seeded.has(key)) return null;
    const doc = await documents.create({ locale: LOCALE, data: await data(), ...(publish ? { status: "published" as const } : {}) });
    created += 1;
    await remember(key);
    return doc.documentId;
  }

  async function uploadFile(key: string, fileName: string, mime: string, buffer: () => Promise<Buffer>, info: { alt?: string; caption?: string }) {
    const files = strapi.db.query("plugin::upload.file");
    const existing: unknown = await files.findOne({ where: { name: fileName } });
    if (isUploadedFile(existing)) return existing;
    const filepath = path.join(workDir, fileName);
    const bytes = await buffer();
    await writeFile(filepath, bytes);
    const [uploaded]: unknown[] = await strapi
      .plugin("upload")
      .service("upload")
      .upload({
        data: { fileInfo: { name: fileName, alternativeText: info.alt ?? null, caption: info.caption ?? null } },
        files: { filepath, originalFilename: fileName, mimetype: mime, size: bytes.length },
      });
    if (!isUploadedFile(uploaded)) throw new Error(`Seed upload of ${key} returned no file`);
    await remember(`file:${key}`);
    return uploaded;
  }

  const seedImage = (key: string, alt: string, caption?: string) =>
    uploadFile(key, `${key}.jpg`, "image/jpeg", () => drawSeedImage(key), caption === undefined ? { alt } : { alt, caption });

  try {
    const ids = { region: new Map<string, string>(), country: new Map<string, string>(), theme: new Map<string, string>(), contact: new Map<string, string>(), release: new Map<string, string>() };
    const connect = (map: Map<string, string>, keys: readonly string[]) =>
      keys.flatMap((k) => {
        const documentId = map.get(k);
        return documentId ? [{ documentId, locale: LOCALE }] : [];
      });

    for (const region of regions) {
      const id = await ensureDocument("api::region.region", `region:${LOCALE}:${region.slug}`, { slug: region.slug }, () => ({ ...region }));
      if (id) ids.region.set(region.slug, id);
    }
    for (const theme of themes) {
      const id = await ensureDocument("api::theme.theme", `theme:${LOCALE}:${theme.slug}`, { slug: theme.slug }, () => ({ ...theme }));
      if (id) ids.theme.set(theme.slug, id);
    }
    for (const { region, ...country } of countries) {
      const id = await ensureDocument("api::country.country", `country:${LOCALE}:${country.slug}`, { slug: country.slug }, () => ({
        ...country,
        region: { set: connect(ids.region, [region]) },
      }));
      if (id) ids.country.set(country.slug, id);
    }
    for (const contact of [peruPressContact, ...samplePressContacts]) {
      const id = await ensureDocument("api::press-contact.press-contact", `contact:${LOCALE}:${contact.email}`, { email: contact.email }, () => ({ ...contact }));
      if (id) ids.contact.set(contact.email, id);
    }

    const toBlocks = async (body: SeedBlock[]) =>
      Promise.all(
        body.map(async (block) => {
          if (block.type !== "image-ref") return block;
          const file = await seedImage(block.imageKey, block.alt, block.caption);
          return { type: "image", image: file, children: [{ type: "text", text: "" }] };
        }),
      );

    const releaseData = async (release: SeedPressRelease, withRelated: boolean) => {
      const hero = release.hero;
      const heroFile = hero ? await seedImage(hero.imageKey, hero.altText, hero.caption) : null;
      const attachments = await Promise.all(
        (release.attachments ?? []).map((key) => {
          const spec = sampleFiles[key];
          if (!spec) throw new Error(`Seed release ${release.slug} names an unknown file "${key}"`);
          return uploadFile(key, spec.fileName, "application/pdf", () => Promise.resolve(writeSamplePdf(spec.title, spec.lines)), {});
        }),
      );
      return {
        title: release.title,
        slug: release.slug,
        documentType: release.documentType,
        datelinePlace: release.datelinePlace,
        datelineCountry: { set: connect(ids.country, [release.datelineCountry]) },
        firstPublishedAt: release.firstPublishedAt,
        lastUpdatedAt: release.lastUpdatedAt ?? null,
        lead: release.lead,
        body: await toBlocks(release.body),
        heroImage: hero && heroFile ? { image: heroFile.id, altText: hero.altText, caption: hero.caption ?? null, credit: hero.credit ?? null } : null,
        countries: { set: connect(ids.country, release.countries) },
        regions: { set: connect(ids.region, release.regions) },
        themes: { set: connect(ids.theme, release.themes) },
        pressContacts: { set: connect(ids.contact, release.pressContacts) },
        relatedPressReleases: { set: withRelated ? connect(ids.release, release.related ?? []) : [] },
        attachments: attachments.map((file) => file.id),
        seo: { noIndex: false, ...release.seo },
      };
    };

    const releases = [...samplePressReleases, peruPressRelease, draftOnlyPressRelease];
    const createdNow = new Set<string>();
    for (const release of releases) {
      const before = created;
      const id = await ensureDocument(
        "api::press-release.press-release",
        `press-release:${LOCALE}:${release.slug}`,
        { slug: release.slug },
        () => releaseData(release, false),
        release !== draftOnlyPressRelease,
      );
      if (id) ids.release.set(release.slug, id);
      if (id && created > before) createdNow.add(release.slug);
    }
    // Related releases point at each other, so they are linked once all exist.
    for (const release of releases) {
      const documentId = ids.release.get(release.slug);
      if (!documentId || !createdNow.has(release.slug) || !release.related?.length) continue;
      const documents = strapi.documents("api::press-release.press-release");
      await documents.update({ documentId, locale: LOCALE, data: { relatedPressReleases: { set: connect(ids.release, release.related) } } });
      await documents.publish({ documentId, locale: LOCALE });
    }

    const toMenu = (items: typeof headerMenu) =>
      items.map(({ children, ...item }) => ({ ...item, children: children ?? [] }));
    const navigation = strapi.documents("api::navigation.navigation");
    if (!(await navigation.findFirst({ locale: LOCALE })) && !seeded.has(`navigation:${LOCALE}`)) {
      await navigation.create({ locale: LOCALE, data: { header: toMenu(headerMenu), footer: toMenu(footerMenu) } });
      created += 1;
    }
    await remember(`navigation:${LOCALE}`);

    const settings = strapi.documents("api::site-setting.site-setting");
    if (!(await settings.findFirst({ locale: LOCALE })) && !seeded.has(`site-setting:${LOCALE}`)) {
      const shareImage = await seedImage("default-share-image", "The newsroom's default sharing picture: an abstract composition");
      await settings.create({
        locale: LOCALE,
        data: { ...siteSettings, socialLinks: [...siteSettings.socialLinks], organization: { ...siteSettings.organization }, defaultShareImage: shareImage.id },
      });
      created += 1;
    }
    await remember(`site-setting:${LOCALE}`);

    strapi.log.info(created ? `Seed: created ${created} documents` : "Seed: content already present, nothing changed");
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
