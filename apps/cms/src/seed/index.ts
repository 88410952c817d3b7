import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import { uploadService, uploadedFile } from "../strapi/services";
import type { SeedBlock } from "./blocks";
import { footerMenu, headerMenu } from "./data/navigation";
import { draftOnlyPressRelease } from "./data/draft";
import { peruPressContact, peruPressRelease } from "./data/peru";
import { samplePressContacts, samplePressReleases } from "./data/sample-press-releases";
import { siteSettings } from "./data/site-settings";
import { countries, regions, themes } from "./data/taxonomy";
import { sampleFiles, writeSamplePdf } from "./files";
import { drawSeedImage } from "./images";
import { assertTranslationsMatch, translations } from "./translations";
import type { SeedPressRelease, SeedTranslation, TranslationLocale } from "./types";
import { contentTypes } from "@newsroom/contract";

/**
 * Loads the newsroom's reference and sample content. Idempotent and respectful of editors:
 * - an item that already exists (same slug/email in that language) is left exactly as it is;
 * - an item the seed created once and an editor later deleted is not created again
 *   (the keys of everything seeded are remembered in Strapi's core store).
 * The English documents come first; then their Spanish and French versions (data/translations-*.ts)
 * are added to the same documents, under the same rules, each language linking to its own versions.
 */
const LOCALE = "en";
// Prefixes of the remembered keys, as the English seed has always written them.
const kindKey = { region: "region", country: "country", theme: "theme", contact: "contact", release: "press-release" } as const;
const STORE = { type: "core", name: "newsroom-seed", key: "seeded" } as const;

type SingleUid = (typeof contentTypes)["navigation" | "siteSetting"]["uid"];
type Uid = (typeof contentTypes)["region" | "country" | "theme" | "pressContact" | "pressRelease"]["uid"];

function hasDocumentId(value: unknown): value is { documentId: string } {
  return typeof value === "object" && value !== null && "documentId" in value && typeof value.documentId === "string";
}

/** The language-specific part of a release: the English release itself, or one of its translations. */
interface ReleaseText {
  title: string;
  slug: string;
  datelinePlace: string;
  lead: string;
  body: SeedBlock[];
  hero?: { altText: string; caption?: string; credit?: string };
  seo?: { metaTitle?: string; metaDescription?: string; noIndex?: boolean };
}

/** documentIds of the documents that exist in the language being seeded, by English slug or email. */
interface Linked {
  region: Map<string, string>;
  country: Map<string, string>;
  theme: Map<string, string>;
  contact: Map<string, string>;
  release: Map<string, string>;
}
const newLinked = (): Linked => ({ region: new Map(), country: new Map(), theme: new Map(), contact: new Map(), release: new Map() });

export async function seedNewsroom(strapi: Core.Strapi): Promise<void> {
  const releases = [...samplePressReleases, peruPressRelease, draftOnlyPressRelease];
  const contacts = [peruPressContact, ...samplePressContacts];
  assertTranslationsMatch(releases, contacts);
  const stored: unknown = await strapi.store.get(STORE);
  const seeded = new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === "string") : []);
  const remember = async (key: string) => {
    if (seeded.has(key)) return;
    seeded.add(key);
    await strapi.store.set({ ...STORE, value: [...seeded] });
  };
  const workDir = await mkdtemp(path.join(tmpdir(), "newsroom-seed-"));
  let created = 0;
  let translated = 0;

  /** Returns the documentId of the existing or newly created document, or null if an editor deleted it. */
  async function ensureDocument(
    uid: Uid,
    key: string,
    filters: Record<string, string>,
    data: () => Record<string, unknown> | Promise<Record<string, unknown>>,
    publish = false,
  ) {
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

  /**
   * Adds the `locale` version to an English document the seed knows, unless that version exists
   * (left as it is) or an editor deleted it after an earlier seed. Returns whether the version
   * exists now and whether it was just created.
   */
  async function ensureLocalization(
    uid: Uid,
    key: string,
    documentId: string,
    locale: TranslationLocale,
    sameSlug: Record<string, string> | null,
    data: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): Promise<"existing" | "created" | null> {
    const documents = strapi.documents(uid);
    if (await documents.findOne({ documentId, locale, fields: ["documentId"] })) {
      await remember(key);
      return "existing";
    }
    if (seeded.has(key)) return null;
    if (sameSlug && (await documents.findFirst({ locale, filters: sameSlug, fields: ["documentId"] }))) {
      strapi.log.warn(`Seed: ${key} not added, another ${locale} document already has the slug ${JSON.stringify(sameSlug)}`);
      return null;
    }
    // In Strapi 5, updating a document in a language it does not have yet creates that version.
    await documents.update({ documentId, locale, data: await data() });
    translated += 1;
    await remember(key);
    return "created";
  }

  /** The same for a single type, which is one document in every language. */
  async function ensureSingleLocalization(uid: SingleUid, key: string, locale: TranslationLocale, data: Record<string, unknown>) {
    const documents = strapi.documents(uid);
    if (await documents.findFirst({ locale, fields: ["documentId"] })) {
      await remember(key);
      return;
    }
    if (seeded.has(key)) return;
    // Like Strapi's own single-type service: add the language to the document, whichever languages it has.
    const existing: unknown = await strapi.db.query(uid).findOne({ select: ["documentId"] });
    if (hasDocumentId(existing)) await documents.update({ documentId: existing.documentId, locale, data });
    else await documents.create({ locale, data });
    translated += 1;
    await remember(key);
  }

  async function uploadFile(
    key: string,
    fileName: string,
    mime: string,
    buffer: () => Promise<Buffer>,
    info: { alt?: string; caption?: string },
  ) {
    const files = strapi.db.query("plugin::upload.file");
    const existing = uploadedFile.safeParse(await files.findOne({ where: { name: fileName } }));
    if (existing.success) return existing.data;
    const filepath = path.join(workDir, fileName);
    const bytes = await buffer();
    await writeFile(filepath, bytes);
    const uploaded = await uploadService(strapi).uploadOne({
      data: { fileInfo: { name: fileName, alternativeText: info.alt ?? null, caption: info.caption ?? null } },
      files: { filepath, originalFilename: fileName, mimetype: mime, size: bytes.length },
    });
    if (!uploaded) throw new Error(`Seed upload of ${key} returned no file`);
    await remember(`file:${key}`);
    return uploaded;
  }

  const seedImage = (key: string, alt: string, caption?: string) =>
    uploadFile(key, `${key}.jpg`, "image/jpeg", () => drawSeedImage(key), caption === undefined ? { alt } : { alt, caption });

  try {
    const ids = newLinked();
    const connect = (map: Map<string, string>, keys: readonly string[], locale: string = LOCALE) =>
      keys.flatMap((k) => {
        const documentId = map.get(k);
        return documentId ? [{ documentId, locale }] : [];
      });

    for (const region of regions) {
      const id = await ensureDocument(contentTypes.region.uid, `region:${LOCALE}:${region.slug}`, { slug: region.slug }, () => ({
        ...region,
      }));
      if (id) ids.region.set(region.slug, id);
    }
    for (const theme of themes) {
      const id = await ensureDocument(contentTypes.theme.uid, `theme:${LOCALE}:${theme.slug}`, { slug: theme.slug }, () => ({ ...theme }));
      if (id) ids.theme.set(theme.slug, id);
    }
    for (const { region, ...country } of countries) {
      const id = await ensureDocument(contentTypes.country.uid, `country:${LOCALE}:${country.slug}`, { slug: country.slug }, () => ({
        ...country,
        region: { set: connect(ids.region, [region]) },
      }));
      if (id) ids.country.set(country.slug, id);
    }
    for (const { countries: covered, ...contact } of contacts) {
      const id = await ensureDocument(
        contentTypes.pressContact.uid,
        `contact:${LOCALE}:${contact.email}`,
        { email: contact.email },
        () => ({
          ...contact,
          countries: { set: connect(ids.country, covered ?? []) },
        }),
      );
      if (id) ids.contact.set(contact.email, id);
    }

    // The file is shared by every language; the block keeps its own alt text and caption.
    const toBlocks = async (body: SeedBlock[]) =>
      Promise.all(
        body.map(async (block) => {
          if (block.type !== "image-ref") return block;
          const file = await seedImage(block.imageKey, block.alt, block.caption);
          return {
            type: "image",
            image: { ...file, alternativeText: block.alt, caption: block.caption ?? null },
            children: [{ type: "text", text: "" }],
          };
        }),
      );

    /** A release's data in one language: `text` in that language, relations to that language's versions, shared media. */
    const releaseData = async (release: SeedPressRelease, text: ReleaseText, locale: string, linked: Linked) => {
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
        title: text.title,
        slug: text.slug,
        documentType: release.documentType,
        datelinePlace: text.datelinePlace,
        datelineCountry: { set: connect(linked.country, [release.datelineCountry], locale) },
        releaseDate: release.releaseDate,
        lastUpdatedAt: release.lastUpdatedAt ?? null,
        lead: text.lead,
        body: await toBlocks(text.body),
        heroImage:
          text.hero && heroFile
            ? { image: heroFile.id, altText: text.hero.altText, caption: text.hero.caption ?? null, credit: text.hero.credit ?? null }
            : null,
        countries: { set: connect(linked.country, release.countries, locale) },
        regions: { set: connect(linked.region, release.regions, locale) },
        themes: { set: connect(linked.theme, release.themes, locale) },
        pressContacts: { set: connect(linked.contact, release.pressContacts, locale) },
        // Related releases point at each other, so they are linked once all exist (below).
        relatedPressReleases: { set: [] },
        attachments: attachments.map((file) => file.id),
        seo: { noIndex: release.seo?.noIndex ?? false, ...text.seo },
      };
    };

    const createdNow = new Set<string>();
    for (const release of releases) {
      const before = created;
      const id = await ensureDocument(
        contentTypes.pressRelease.uid,
        `press-release:${LOCALE}:${release.slug}`,
        { slug: release.slug },
        () => releaseData(release, release, LOCALE, ids),
        release !== draftOnlyPressRelease,
      );
      if (id) ids.release.set(release.slug, id);
      if (id && created > before) createdNow.add(release.slug);
    }
    // Related releases point at each other, so they are linked once all exist.
    for (const release of releases) {
      const documentId = ids.release.get(release.slug);
      if (!documentId || !createdNow.has(release.slug) || !release.related?.length) continue;
      const documents = strapi.documents(contentTypes.pressRelease.uid);
      await documents.update({
        documentId,
        locale: LOCALE,
        data: { relatedPressReleases: { set: connect(ids.release, release.related) } },
      });
      await documents.publish({ documentId, locale: LOCALE });
    }

    const toMenu = (items: typeof headerMenu) => items.map(({ children, ...item }) => ({ ...item, children: children ?? [] }));
    const navigation = strapi.documents(contentTypes.navigation.uid);
    if (!(await navigation.findFirst({ locale: LOCALE })) && !seeded.has(`navigation:${LOCALE}`)) {
      await navigation.create({ locale: LOCALE, data: { header: toMenu(headerMenu), footer: toMenu(footerMenu) } });
      created += 1;
    }
    await remember(`navigation:${LOCALE}`);

    const settings = strapi.documents(contentTypes.siteSetting.uid);
    if (!(await settings.findFirst({ locale: LOCALE })) && !seeded.has(`site-setting:${LOCALE}`)) {
      const shareImage = await seedImage("default-share-image", "The newsroom's default sharing picture: an abstract composition");
      await settings.create({
        locale: LOCALE,
        data: {
          ...siteSettings,
          socialLinks: [...siteSettings.socialLinks],
          organization: { ...siteSettings.organization },
          defaultShareImage: shareImage.id,
        },
      });
      created += 1;
    }
    await remember(`site-setting:${LOCALE}`);

    /** Adds one language to the English documents above; keys are `<kind>:<locale>:<English slug or email>`. */
    const seedTranslation = async (t: SeedTranslation) => {
      const { locale } = t;
      const linked = newLinked();
      const localize = async (
        kind: keyof Linked,
        uid: Uid,
        sourceKey: string,
        sameSlug: Record<string, string> | null,
        data: () => Record<string, unknown> | Promise<Record<string, unknown>>,
      ) => {
        const documentId = ids[kind].get(sourceKey);
        if (!documentId) return null; // no English document (deleted by an editor): nothing to translate
        const result = await ensureLocalization(uid, `${kindKey[kind]}:${locale}:${sourceKey}`, documentId, locale, sameSlug, data);
        if (result) linked[kind].set(sourceKey, documentId);
        return result === "created" ? documentId : null;
      };

      for (const region of regions) {
        const text = t.regions[region.slug];
        await localize("region", contentTypes.region.uid, region.slug, { slug: text.slug }, () => ({ ...text }));
      }
      for (const theme of themes) {
        const text = t.themes[theme.slug];
        await localize("theme", contentTypes.theme.uid, theme.slug, { slug: text.slug }, () => ({ ...text }));
      }
      for (const country of countries) {
        const text = t.countries[country.slug];
        await localize("country", contentTypes.country.uid, country.slug, { slug: text.slug }, () => ({
          ...text,
          region: { set: connect(linked.region, [country.region], locale) },
        }));
      }
      // fullName, email and phones are the same in every language (email and phones are copied by Strapi).
      for (const contact of contacts) {
        const text = t.pressContacts[contact.email];
        if (!text) continue;
        await localize("contact", contentTypes.pressContact.uid, contact.email, null, () => ({
          fullName: contact.fullName,
          ...text,
          countries: { set: connect(linked.country, contact.countries ?? [], locale) },
        }));
      }

      const releaseUid = contentTypes.pressRelease.uid;
      const createdReleases: SeedPressRelease[] = [];
      for (const text of t.pressReleases) {
        const release = releases.find((r) => r.slug === text.source);
        if (!release) continue; // assertTranslationsMatch has already refused this
        const documentId = await localize("release", releaseUid, release.slug, { slug: text.slug }, () =>
          releaseData(release, text, locale, linked),
        );
        if (!documentId) continue;
        await strapi.documents(releaseUid).publish({ documentId, locale });
        createdReleases.push(release);
      }
      for (const release of createdReleases) {
        const documentId = linked.release.get(release.slug);
        const related = connect(linked.release, release.related ?? [], locale);
        if (!documentId || !related.length) continue;
        await strapi.documents(releaseUid).update({ documentId, locale, data: { relatedPressReleases: { set: related } } });
        await strapi.documents(releaseUid).publish({ documentId, locale });
      }

      await ensureSingleLocalization(contentTypes.navigation.uid, `navigation:${locale}`, locale, {
        header: toMenu(t.navigation.header),
        footer: toMenu(t.navigation.footer),
      });
      await ensureSingleLocalization(contentTypes.siteSetting.uid, `site-setting:${locale}`, locale, {
        siteName: t.siteSettings.siteName,
        tagline: t.siteSettings.tagline,
        footerText: t.siteSettings.footerText,
        organization: { ...siteSettings.organization, ...t.siteSettings.organization },
      });
    };
    for (const t of translations) await seedTranslation(t);

    strapi.log.info(
      created || translated
        ? `Seed: created ${created} documents and ${translated} translations`
        : "Seed: content already present, nothing changed",
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
