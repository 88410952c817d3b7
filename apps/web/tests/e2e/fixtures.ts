export const PERU_SLUG = "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day";
export const PERU_TITLE = "IOM and the Government of Peru Commemorate Peruvians Living Abroad Day";
export const DAVALOS_QUOTE = "IOM has been working with the Peruvian Government in strengthening its main areas of work on migration";
export const ROJAS_QUOTE = "In just a month and a half, since the Law of Economic and Social Reintegration of Returned Migrants was passed";
/** A release no test opens while the CMS is up: the outage tests need a page never rendered. */
export const NEVER_RENDERED_SLUG = "media-advisory-launch-of-study-on-labour-migration-from-ethiopia-and-sudan";

export const PERU_SLUGS = {
  en: PERU_SLUG,
  es: "la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
  fr: "l-oim-et-le-gouvernement-du-perou-commemorent-la-journee-des-peruviens-vivant-a-l-etranger",
} as const;

/** Country slugs differ per language. */
export const PERU_COUNTRY_SLUGS = { en: "peru", es: "peru", fr: "perou" } as const;

export const LOCALES = ["en", "es", "fr"] as const;
