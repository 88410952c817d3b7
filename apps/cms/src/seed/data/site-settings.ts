export const siteSettings = {
  siteName: "IOM Newsroom",
  tagline: "Press releases, statements and media advisories from the International Organization for Migration",
  footerText:
    "Journalists can reach the press contact named on each release. Content published here may be reproduced with credit to IOM unless stated otherwise. Sample releases in this demonstration newsroom are fictional.",
  socialLinks: [
    { network: "x", label: "IOM on X", url: "https://x.com/UNmigration" },
    { network: "facebook", label: "IOM on Facebook", url: "https://www.facebook.com/IOM" },
    { network: "linkedin", label: "IOM on LinkedIn", url: "https://www.linkedin.com/company/international-organization-for-migration" },
    { network: "youtube", label: "IOM on YouTube", url: "https://www.youtube.com/user/IOMMigration" },
  ],
  organization: {
    name: "International Organization for Migration",
    alternateName: "IOM",
    url: "https://www.iom.int",
    email: "media@iom.int",
    telephone: "+41 22 717 9111",
    address: "17 route des Morillons, 1211 Geneva 19, Switzerland",
  },
} as const;
