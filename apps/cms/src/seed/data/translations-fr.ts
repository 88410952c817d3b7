/**
 * French versions of the seeded content, keyed by the English slug (or email).
 * Names follow IOM/UN French usage; numbers and punctuation follow French conventions, with
 * no-break spaces (U+00A0) as thousands separator and before : ; % and inside « » (12 274; 80,5 %).
 * The Peru release is a complete, faithful translation of data/peru.ts; the two sample releases
 * translate data/sample-press-releases.ts and stay marked as fictional.
 */
import { h2, link, p, quote, ul, sampleNote } from "../blocks";
import type { SeedTranslation } from "../types";

const site = "https://www.iom.int";
const SAMPLE_NOTE =
  "Ceci est un contenu d’exemple rédigé pour la salle de presse de démonstration ; les personnes, les chiffres et les événements qu’il décrit sont fictifs.";
const SAMPLE_CREDIT = "© Photo d’exemple / Salle de presse de démonstration";

export const fr: SeedTranslation = {
  locale: "fr",

  regions: {
    "south-america": {
      slug: "amerique-du-sud",
      name: "Amérique du Sud",
      description: "Actualités et opérations liées aux migrations dans les pays d’Amérique du Sud.",
    },
    "central-north-america-caribbean": {
      slug: "amerique-centrale-amerique-du-nord-et-caraibes",
      name: "Amérique centrale, Amérique du Nord et Caraïbes",
      description: "Actualités et opérations liées aux migrations en Amérique centrale, en Amérique du Nord et dans les Caraïbes.",
    },
    "west-central-africa": {
      slug: "afrique-de-l-ouest-et-du-centre",
      name: "Afrique de l’Ouest et du Centre",
      description: "Actualités et opérations liées aux migrations dans les pays d’Afrique de l’Ouest et du Centre.",
    },
    "east-horn-africa": {
      slug: "afrique-de-l-est-et-corne-de-l-afrique",
      name: "Afrique de l’Est et Corne de l’Afrique",
      description: "Actualités et opérations liées aux migrations dans les pays d’Afrique de l’Est et de la Corne de l’Afrique.",
    },
    "middle-east-north-africa": {
      slug: "moyen-orient-et-afrique-du-nord",
      name: "Moyen-Orient et Afrique du Nord",
      description: "Actualités et opérations liées aux migrations dans les pays du Moyen-Orient et d’Afrique du Nord.",
    },
    "asia-pacific": {
      slug: "asie-et-pacifique",
      name: "Asie et Pacifique",
      description: "Actualités et opérations liées aux migrations dans les pays d’Asie et du Pacifique.",
    },
    europe: {
      slug: "europe",
      name: "Europe",
      description: "Actualités et opérations liées aux migrations dans les pays d’Europe.",
    },
  },

  countries: {
    peru: { slug: "perou", name: "Pérou", description: "Actualités et informations sur les migrations au Pérou et depuis le Pérou." },
    colombia: {
      slug: "colombie",
      name: "Colombie",
      description: "Actualités et informations sur les migrations en Colombie et depuis la Colombie.",
    },
    ecuador: {
      slug: "equateur",
      name: "Équateur",
      description: "Actualités et informations sur les migrations en Équateur et depuis l’Équateur.",
    },
    chile: { slug: "chili", name: "Chili", description: "Actualités et informations sur les migrations au Chili et depuis le Chili." },
    mexico: {
      slug: "mexique",
      name: "Mexique",
      description: "Actualités et informations sur les migrations au Mexique et depuis le Mexique.",
    },
    guatemala: {
      slug: "guatemala",
      name: "Guatemala",
      description: "Actualités et informations sur les migrations au Guatemala et depuis le Guatemala.",
    },
    niger: { slug: "niger", name: "Niger", description: "Actualités et informations sur les migrations au Niger et depuis le Niger." },
    nigeria: {
      slug: "nigeria",
      name: "Nigéria",
      description: "Actualités et informations sur les migrations au Nigéria et depuis le Nigéria.",
    },
    ethiopia: {
      slug: "ethiopie",
      name: "Éthiopie",
      description: "Actualités et informations sur les migrations en Éthiopie et depuis l’Éthiopie.",
    },
    sudan: { slug: "soudan", name: "Soudan", description: "Actualités et informations sur les migrations au Soudan et depuis le Soudan." },
    yemen: { slug: "yemen", name: "Yémen", description: "Actualités et informations sur les migrations au Yémen et depuis le Yémen." },
    bangladesh: {
      slug: "bangladesh",
      name: "Bangladesh",
      description: "Actualités et informations sur les migrations au Bangladesh et depuis le Bangladesh.",
    },
    philippines: {
      slug: "philippines",
      name: "Philippines",
      description: "Actualités et informations sur les migrations aux Philippines et depuis les Philippines.",
    },
    ukraine: {
      slug: "ukraine",
      name: "Ukraine",
      description: "Actualités et informations sur les migrations en Ukraine et depuis l’Ukraine.",
    },
    germany: {
      slug: "allemagne",
      name: "Allemagne",
      description: "Actualités et informations sur les migrations en Allemagne et depuis l’Allemagne.",
    },
  },

  themes: {
    "migration-governance": {
      slug: "gouvernance-des-migrations",
      name: "Gouvernance des migrations",
      description: "Les politiques, les lois et les institutions dont les États se dotent pour gérer les migrations.",
    },
    "diaspora-engagement": {
      slug: "diaspora-et-communautes-transnationales",
      name: "Diaspora et communautés transnationales",
      description: "Les liens que les migrants et leurs descendants entretiennent avec leur pays d’origine.",
    },
    "labour-mobility": {
      slug: "mobilite-de-la-main-d-oeuvre",
      name: "Mobilité de la main-d’œuvre",
      description:
        "La circulation des travailleurs par-delà les frontières et les conditions dans lesquelles ils sont recrutés et employés.",
    },
    "return-reintegration": {
      slug: "retour-et-reintegration",
      name: "Retour et réintégration",
      description: "L’aide aux migrants qui rentrent dans leur pays d’origine et y reconstruisent leur vie.",
    },
    "climate-migration": {
      slug: "changement-climatique-et-migration",
      name: "Changement climatique et migration",
      description:
        "La façon dont les changements environnementaux et les catastrophes déterminent où et pourquoi les personnes se déplacent.",
    },
    "emergency-response": {
      slug: "interventions-d-urgence",
      name: "Interventions d’urgence",
      description: "L’assistance aux personnes déplacées ou touchées par des conflits, des catastrophes et d’autres crises.",
    },
    "counter-trafficking": {
      slug: "lutte-contre-la-traite-des-personnes",
      name: "Lutte contre la traite des personnes",
      description: "Les efforts visant à prévenir la traite des personnes, à protéger les survivants et à poursuivre les trafiquants.",
    },
    "migration-data": {
      slug: "donnees-et-recherche-sur-les-migrations",
      name: "Données et recherche sur les migrations",
      description: "La collecte, l’analyse et le partage de données factuelles sur les migrations.",
    },
    "migration-health": {
      slug: "migration-et-sante",
      name: "Migration et santé",
      description: "La santé physique et mentale des migrants et des communautés dans lesquelles ils vivent.",
    },
  },

  pressContacts: {
    "casantos@iom.int": { office: "OIM Pérou" },
    "alex.sample@example.org": {
      role: "Responsable des médias et de la communication",
      office: "Bureau régional pour l’Amérique du Sud (exemple)",
    },
    "dana.placeholder@example.org": {
      role: "Responsable de presse senior",
      office: "Division des médias et de la communication du Siège (exemple)",
    },
    "rui.example@example.org": {
      role: "Responsable de l’information publique",
      office: "Bureau régional pour l’Afrique de l’Ouest et du Centre (exemple)",
    },
    "noor.demo@example.org": { role: "Responsable de la communication", office: "Bureau régional pour l’Asie et le Pacifique (exemple)" },
  },

  pressReleases: [
    {
      source: "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day",
      title: "L’OIM et le Gouvernement du Pérou commémorent la Journée des Péruviens vivant à l’étranger",
      slug: "l-oim-et-le-gouvernement-du-perou-commemorent-la-journee-des-peruviens-vivant-a-l-etranger",
      datelinePlace: "Pérou",
      lead: "Dans le cadre de la commémoration de la Journée des Péruviens vivant à l’étranger, le ministère des Affaires étrangères et l’OIM Pérou ont organisé un séminaire intitulé Avancées et défis de la gouvernance des migrations au Pérou, au cours duquel les participants ont analysé la situation actuelle de la gouvernance des migrations dans le pays du point de vue de tous les secteurs qui participent à la Table ronde intersectorielle pour la gestion des migrations.",
      body: [
        p(
          "José Ivan Dávalos, Chef de mission de l’OIM au Pérou, a salué les efforts du Gouvernement péruvien pour promouvoir le renforcement de sa politique migratoire et a évoqué la contribution de l’OIM à cet égard : « L’OIM travaille avec le Gouvernement péruvien au renforcement de ses principaux domaines d’action en matière de migration, en encourageant la publication d’études et de recherches spécialisées sur la migration péruvienne, qui constituent une contribution précieuse pour les décideurs ; et en organisant également des réunions et des manifestations qui favorisent le débat technique et des politiques migratoires conjointes », a déclaré M. Dávalos.",
        ),
        p(
          "Le Vice-Ministre des Affaires étrangères, Juan Fernando Rojas, a remercié l’OIM pour son soutien et a souligné les progrès réalisés pour améliorer la qualité de son service consulaire : « En à peine un mois et demi, depuis l’adoption de la loi sur la réinsertion économique et sociale des migrants de retour, plus de 2 800 préinscriptions ont été enregistrées et plus de 550 cartes de migrant de retour ont été délivrées », a-t-il déclaré.",
        ),
        p(
          "M. Rojas a également indiqué que le ministère des Affaires étrangères a engagé un processus de normalisation et d’amélioration de la gestion consulaire visant à moderniser le réseau consulaire péruvien en matière d’infrastructures, d’équipement et de service aux usagers.",
        ),
        p(
          "Selon une récente enquête mondiale auprès des migrants péruviens menée par l’OIM Pérou, le ministère des Affaires étrangères et l’Institut national de la statistique et de l’informatique (INEI), 80,5 % des Péruviens vivant hors de leur pays de naissance sont en situation migratoire régulière dans leur pays de résidence actuel. L’enquête, menée auprès de 12 274 migrants, a également établi que 49,3 % des personnes interrogées ont la résidence permanente ; 16,4 % ont acquis la nationalité ; 11,1 % ont un visa de travail ; 2,1 % ont un visa d’étudiant ; et 1,6 % ont un visa de touriste en cours de validité. Le nombre de Péruviens vivant à l’étranger est estimé à 2,4 millions, soit près de 10 % de la population totale.",
        ),
        p(
          "À l’issue du séminaire d’aujourd’hui, un rapport final assorti de recommandations sur la politique migratoire sera publié et transmis au Secrétariat technique de la Table ronde intersectorielle pour la gestion des migrations.",
        ),
      ],
      hero: {
        altText: "Illustration abstraite aux couleurs de la salle de presse, à la place d’une photo de l’événement",
        caption: "Séminaire Avancées et défis de la gouvernance des migrations au Pérou (illustration).",
        credit: "Illustration / Salle de presse de démonstration",
      },
    },
    {
      source: "new-online-portal-brings-together-migration-data-from-peru-and-chile",
      title: "Un nouveau portail en ligne rassemble les données migratoires du Pérou et du Chili",
      slug: "un-nouveau-portail-en-ligne-rassemble-les-donnees-migratoires-du-perou-et-du-chili",
      datelinePlace: "Lima",
      lead: "Un nouveau portail en ligne lancé aujourd’hui à Lima offre aux décideurs, aux chercheurs et aux journalistes un accès gratuit à des statistiques harmonisées sur les migrations entre le Pérou et le Chili, établies à partir des recensements et des registres frontaliers et consulaires.",
      body: [
        p(
          "Le portail, mis au point par l’OIM avec les instituts nationaux de statistique et des universités des deux pays, rassemble plus de 40 indicateurs, des entrées et sorties aux points de passage frontaliers aux envois de fonds, en passant par l’âge et la profession des migrants. Ses principales fonctionnalités sont les suivantes :",
        ),
        ul(
          "Des cartes interactives des déplacements de part et d’autre de la frontière commune",
          "Des tableaux téléchargeables dans des formats ouverts",
          "De courtes notes méthodologiques pour chaque indicateur",
        ),
        h2("Combler les lacunes des données"),
        p(
          "Jusqu’à présent, les chiffres sur les mouvements transfrontaliers étaient dispersés entre plusieurs institutions et publiés dans des formats et pour des années différents. La première version couvre la période 2005–2012 et sera mise à jour deux fois par an. María Muestra, chargée des données de l’OIM à Lima, explique que l’objectif est concret :",
        ),
        quote(
          "Une bonne politique commence par savoir qui se déplace, où et pourquoi. Nous voulons qu’un urbaniste municipal à Tacna et un chercheur à Santiago puissent consulter les mêmes chiffres.",
        ),
        p(
          "Le portail est accessible à l’adresse ",
          link("https://www.example.org/data/peru-chile-migration-portal", "www.example.org/data/peru-chile-migration-portal"),
          ". Un dossier de presse comprenant des graphiques et des notes d’information est joint au présent communiqué.",
        ),
        sampleNote(SAMPLE_NOTE),
      ],
      hero: {
        altText:
          "Écran d’ordinateur portable affichant une carte de l’Amérique du Sud avec des lignes de couleur représentant des flux migratoires",
        caption: "La carte interactive du portail sur les déplacements entre le Pérou et le Chili. (Image d’exemple)",
        credit: SAMPLE_CREDIT,
      },
      seo: {
        metaTitle: "Portail de données migratoires Pérou–Chili | Salle de presse d’exemple",
        metaDescription:
          "Un nouveau portail rassemble des statistiques harmonisées sur les migrations entre le Pérou et le Chili, des passages frontaliers aux envois de fonds.",
      },
    },
    {
      source: "mobile-health-teams-reach-8400-migrants-along-the-guatemala-mexico-border",
      title: "Des équipes de santé mobiles viennent en aide à 8 400 migrants le long de la frontière entre le Guatemala et le Mexique",
      slug: "des-equipes-de-sante-mobiles-viennent-en-aide-a-8400-migrants-le-long-de-la-frontiere-entre-le-guatemala-et-le-mexique",
      datelinePlace: "Guatemala",
      lead: "Les équipes de santé mobiles qui interviennent des deux côtés de la frontière entre le Guatemala et le Mexique ont assuré des consultations, des vaccinations et des premiers secours psychologiques à 8 400 migrants depuis janvier, a annoncé l’OIM aujourd’hui.",
      body: [
        p(
          "Quatre équipes de médecins, d’infirmiers et de psychologues se rendent dans les foyers d’accueil, les gares routières et les villes frontalières pour atteindre des personnes qui consultent rarement pendant leur parcours. Entre janvier et mai, les équipes ont assuré :",
        ),
        ul(
          "5 900 consultations de médecine générale",
          "2 300 vaccinations, principalement contre le tétanos et la rougeole",
          "1 100 séances de premiers secours psychologiques",
          "240 orientations vers des hôpitaux pour des soins complémentaires",
        ),
        p(
          "La docteure Ana Ejemplo, qui dirige l’une des équipes, explique que de nombreux patients repoussent les soins jusqu’à ce que leurs problèmes deviennent graves :",
        ),
        quote(
          "Les gens craignent qu’un arrêt dans un centre de soins leur fasse perdre leur place dans le voyage. Quand nous venons à eux, ils nous parlent de blessures et d’infections, mais aussi de peur et d’insomnie.",
        ),
        p(
          "Les équipes travaillent avec les autorités sanitaires des deux pays et avec des foyers d’accueil gérés par des organisations de la société civile. Ce communiqué a été mis à jour le 21 juin 2013 afin d’inclure les chiffres relatifs aux orientations vers les hôpitaux.",
        ),
        sampleNote(SAMPLE_NOTE),
      ],
      hero: {
        altText: "Une infirmière prend la tension artérielle d’un homme assis devant un foyer d’accueil",
        caption: "Un membre d’une équipe mobile examine un patient dans un foyer pour migrants. (Image d’exemple)",
        credit: SAMPLE_CREDIT,
      },
    },
  ],

  // Labels and descriptions as on IOM's French site; the links lead to the same pages as in English.
  navigation: {
    header: [
      {
        label: "Qui sommes-nous",
        description:
          "L’Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 États membres et présente dans 171 pays.",
        targetType: "external",
        externalUrl: `${site}/who-we-are`,
      },
      {
        label: "Notre action",
        description:
          "En tant que principale organisation intergouvernementale qui promeut depuis 1951 une migration humaine et ordonnée, l’OIM joue un rôle clé pour soutenir la réalisation du Programme 2030 à travers différents domaines d’intervention qui relient à la fois l’aide humanitaire et le développement durable.",
        targetType: "none",
        children: [
          { label: "Ce que nous faisons", targetType: "external", externalUrl: `${site}/what-we-do` },
          { label: "Partenariats", targetType: "external", externalUrl: `${site}/partnerships` },
          { label: "Faits marquants", targetType: "external", externalUrl: `${site}/highlights` },
        ],
      },
      { label: "Où travaillons-nous", targetType: "external", externalUrl: `${site}/where-we-work` },
      {
        label: "Agir",
        targetType: "none",
        children: [
          { label: "Travailler avec nous", targetType: "external", externalUrl: `${site}/work-with-us` },
          { label: "Engagez-vous", targetType: "external", externalUrl: `${site}/get-involved` },
        ],
      },
      { label: "Données et recherche", targetType: "external", externalUrl: `${site}/data-and-research` },
      { label: "Programme 2030", targetType: "external", externalUrl: `${site}/2030-agenda` },
    ],
    footer: [
      { label: "Salle de presse", targetType: "list", internalPath: "/" },
      { label: "Qui sommes-nous", targetType: "external", externalUrl: `${site}/who-we-are` },
      { label: "Où travaillons-nous", targetType: "external", externalUrl: `${site}/where-we-work` },
      { label: "Données et recherche", targetType: "external", externalUrl: `${site}/data-and-research` },
    ],
  },

  siteSettings: {
    siteName: "Salle de presse de l’OIM",
    tagline: "Communiqués de presse, déclarations et avis aux médias de l’Organisation internationale pour les migrations",
    footerText:
      "Les journalistes peuvent joindre le contact presse indiqué sur chaque communiqué. Sauf mention contraire, les contenus publiés ici peuvent être reproduits avec mention de l’OIM. Les communiqués d’exemple de cette salle de presse de démonstration sont fictifs.",
    organization: {
      name: "Organisation internationale pour les migrations",
      alternateName: "OIM",
      address: "17 route des Morillons, 1211 Genève 19, Suisse",
    },
  },
};
