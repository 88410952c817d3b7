import type { SeedPressRelease } from "../types";
import { p } from "../blocks";

/**
 * A release that exists only as a draft: nobody without draft rights may ever read it.
 * The access tests look for its slug and its marker sentence.
 */
export const draftOnlyPressRelease: SeedPressRelease = {
  title: "Draft: Embargoed Release on Regional Labour Mobility Agreement (sample)",
  slug: "draft-embargoed-release-on-regional-labour-mobility-agreement-sample",
  documentType: "press-release",
  datelinePlace: "Geneva",
  datelineCountry: "germany",
  releaseDate: "2013-10-20T09:00:00Z",
  lead: "Unpublished sample draft. DRAFT-ONLY-MARKER: this sentence must never appear on the public site or API.",
  body: [p("This is a draft held back by the editors. DRAFT-ONLY-MARKER.")],
  countries: ["germany"],
  regions: ["europe"],
  themes: ["labour-mobility"],
  pressContacts: [],
};
