// The two-level navigation exactly as the reference page shows it (shared/seeds), with the
// descriptions that page shows for "Who we are" and "Our Work". The items lead to the
// organisation's main site; the newsroom itself is reached from the footer and the logo.
export interface SeedMenuLink {
  label: string;
  targetType: "page" | "list" | "external";
  internalPath?: string;
  externalUrl?: string;
}
export interface SeedMenuItem {
  label: string;
  description?: string;
  targetType: "page" | "list" | "external" | "none";
  internalPath?: string;
  externalUrl?: string;
  children?: SeedMenuLink[];
}

const site = "https://www.iom.int";

export const headerMenu: SeedMenuItem[] = [
  {
    label: "Who we are",
    description:
      "The International Organization for Migration (IOM) is part of the United Nations System as the leading inter-governmental organization promoting since 1951 humane and orderly migration for the benefit of all, with 175 member states and a presence in 171 countries.",
    targetType: "external",
    externalUrl: `${site}/who-we-are`,
  },
  {
    label: "Our Work",
    description:
      "As the leading inter-governmental organization promoting since 1951 humane and orderly migration, IOM plays a key role to support the achievement of the 2030 Agenda through different areas of intervention that connect both humanitarian assistance and sustainable development.",
    targetType: "none",
    children: [
      { label: "What We Do", targetType: "external", externalUrl: `${site}/what-we-do` },
      { label: "Partnerships", targetType: "external", externalUrl: `${site}/partnerships` },
      { label: "Highlights", targetType: "external", externalUrl: `${site}/highlights` },
    ],
  },
  { label: "Where we work", targetType: "external", externalUrl: `${site}/where-we-work` },
  {
    label: "Take Action",
    targetType: "none",
    children: [
      { label: "Work with us", targetType: "external", externalUrl: `${site}/work-with-us` },
      { label: "Get involved", targetType: "external", externalUrl: `${site}/get-involved` },
    ],
  },
  { label: "Data and Research", targetType: "external", externalUrl: `${site}/data-and-research` },
  { label: "2030 Agenda", targetType: "external", externalUrl: `${site}/2030-agenda` },
];

export const footerMenu: SeedMenuItem[] = [
  { label: "Newsroom", targetType: "list", internalPath: "/" },
  { label: "Who we are", targetType: "external", externalUrl: `${site}/who-we-are` },
  { label: "Where we work", targetType: "external", externalUrl: `${site}/where-we-work` },
  { label: "Data and Research", targetType: "external", externalUrl: `${site}/data-and-research` },
];
