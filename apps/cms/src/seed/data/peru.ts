// The reference press release, word for word from shared/seeds/000_1d07d1647ccf1b53.txt.
// The source gives no date; 18 October is the Day of Peruvians Living Abroad, and the year is an assumption.
import type { SeedPressContact, SeedPressRelease } from "../types";
import { p } from "../blocks";

export const peruPressContact: SeedPressContact = {
  email: "casantos@iom.int",
  fullName: "Carolina Santos",
  office: "IOM Peru",
  phone: "+51.1.221.7209",
  countries: ["peru"],
};

export const peruPressRelease: SeedPressRelease = {
  title: "IOM and the Government of Peru Commemorate Peruvians Living Abroad Day",
  slug: "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day",
  documentType: "press-release",
  datelinePlace: "Peru",
  datelineCountry: "peru",
  releaseDate: "2013-10-18T15:00:00Z",
  lead: "As part of the commemoration of the Day of Peruvians Living Abroad, the Ministry of Foreign Affairs and the IOM Peru held a seminar titled Advances and Challenges in Migration Governance in Peru where participants analyzed the current situation of migration governance in the country from the perspective of all sectors involved in the Inter-Sectorial Roundtable for Migration Management.",
  body: [
    p(
      'José Ivan Dávalos, IOM Chief of Mission in Peru, welcomed the efforts of the Peruvian Government to promote the strengthening of its migration policy and mentioned IOM’s contribution to this end: "IOM has been working with the Peruvian Government in strengthening its main areas of work on migration, by promoting the publication of specialized studies and research on Peruvian migration as they are a valuable input for decision makers; and also holding meetings and events that promote technical discussion and joint migration policies,” Dávalos said.',
    ),
    p(
      'The Vice minister of Foreign Affairs, Juan Fernando Rojas, thanked IOM for its support and highlighted the progress being made to improve the quality of its consular service: "In just a month and a half, since the Law of Economic and Social Reintegration of Returned Migrants was passed, more than 2,800 pre-registrations have taken place and more than 550 Returned Migrant cards have been issued,” he said.',
    ),
    p(
      "Rojas also indicated that the Ministry of Foreign Affairs has begun a process of standardization and improvement of consular management aimed at modernizing the Peruvian consular network in areas of infrastructure, equipment and customer service.",
    ),
    p(
      "According to a recent worldwide survey of Peruvian migrants carried out by IOM Peru, the Ministry of Foreign Affairs and the National Statistics Institute (INEI), 80.5 per cent of Peruvians living outside their country of birth have regular migratory status in their current country of residence. The survey of 12,274 migrants also established that 49.3 per cent of respondents have permanent residence; 16.4 per cent have acquired citizenship; 11.1 per cent have a work visa; 2.1 per cent have a student visa; and 1.6 per cent have an unexpired tourist visa. The number of Peruvians living abroad is estimated at 2.4 million, almost 10 per cent of the total population.",
    ),
    p(
      "Following todays’ seminar a final report with recommendations on migration policy will be published and shared with the Technical Secretariat of the Inter-Sectorial Roundtable for Migration Management.",
    ),
  ],
  countries: ["peru"],
  regions: ["south-america"],
  themes: ["migration-governance", "diaspora-engagement", "migration-data"],
  pressContacts: ["casantos@iom.int"],
  hero: {
    imageKey: "peru-hero",
    altText: "Abstract illustration in the colours of the newsroom, standing in for an event photo",
    caption: "Seminar on Advances and Challenges in Migration Governance in Peru (illustration).",
    credit: "Illustration / Demonstration newsroom",
  },
};
