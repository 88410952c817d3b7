/** The seeded Strapi the contract test runs against, set by `npm test`: the only place it reads process.env. */
export const contractEnv = {
  CMS_URL: process.env.CMS_URL ?? "",
  CMS_READ_TOKEN: process.env.CMS_READ_TOKEN ?? "",
  /** Optional: the preview token, to check drafts can be read with it. */
  CMS_PREVIEW_TOKEN: process.env.CMS_PREVIEW_TOKEN,
};
