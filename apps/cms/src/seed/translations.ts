import { headerMenu, footerMenu, type SeedMenuItem } from "./data/navigation";
import { es } from "./data/translations-es";
import { fr } from "./data/translations-fr";
import type { SeedPressContact, SeedPressRelease, SeedTranslation } from "./types";

/** Every language the seed adds to the English content. */
export const translations: SeedTranslation[] = [es, fr];

const sameMenuShape = (a: SeedMenuItem[], b: SeedMenuItem[]) =>
  a.length === b.length && a.every((item, i) => (item.children?.length ?? 0) === (b[i]?.children?.length ?? 0));

/**
 * Translations are data written by hand next to the English: a release whose blocks no longer
 * line up, or a key that names nothing, is a mistake to fix in the seed, so it stops the seed
 * with a message instead of publishing a half-translated document.
 */
export function assertTranslationsMatch(releases: SeedPressRelease[], contacts: SeedPressContact[]): void {
  const problems: string[] = [];
  const emails = new Set(contacts.map((c) => c.email));
  for (const t of translations) {
    for (const email of Object.keys(t.pressContacts)) {
      if (!emails.has(email)) problems.push(`${t.locale}: no press contact ${email}`);
    }
    for (const tr of t.pressReleases) {
      const source = releases.find((r) => r.slug === tr.source);
      if (!source) {
        problems.push(`${t.locale}: no English release ${tr.source}`);
        continue;
      }
      const shape = (body: SeedPressRelease["body"]) =>
        body.map((b) => (b.type === "list" ? `list:${b.children.length}` : b.type)).join(",");
      if (shape(source.body) !== shape(tr.body)) problems.push(`${t.locale}: the body of ${tr.slug} does not match the English blocks`);
      if (Boolean(source.hero) !== Boolean(tr.hero))
        problems.push(`${t.locale}: ${tr.slug} and the English release differ on the hero image`);
    }
    if (!sameMenuShape(headerMenu, t.navigation.header) || !sameMenuShape(footerMenu, t.navigation.footer)) {
      problems.push(`${t.locale}: the navigation does not have the English menu's items`);
    }
  }
  if (problems.length) throw new Error(`Seed translations do not match the English content:\n- ${problems.join("\n- ")}`);
}
