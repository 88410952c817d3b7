/** The seeded Strapi the contract test runs against, set by `npm test`: the only place it reads process.env. */
export const contractEnv = {
  CMS_URL: process.env.CMS_URL ?? "",
  CMS_READ_TOKEN: process.env.CMS_READ_TOKEN ?? "",
  /** Optional: the preview token, to check drafts can be read with it. */
  CMS_PREVIEW_TOKEN: process.env.CMS_PREVIEW_TOKEN,
  /**
   * Set by npm test when the CMS also holds a synthetic archive (npm run seed:synthetic: the
   * 25 years before the seeded releases): the facts about the seed's years are then about more years.
   */
  SYNTHETIC_ARCHIVE: process.env.CONTRACT_SYNTHETIC_ARCHIVE === "true",
};
