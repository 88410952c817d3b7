/**
 * The words of synthetic releases, per language: sentence templates with slots that the
 * generator fills ({country}, {theme}, {n}…). Written for the newsroom's subject (migration),
 * so search, excerpts and stemming are exercised on plausible prose, not lorem ipsum.
 */
export type SyntheticLocale = "en" | "es" | "fr";

export interface Corpus {
  /** The note every synthetic body starts with (see DISCLAIMER_PREFIX). */
  disclaimer: string;
  titles: readonly string[];
  leads: readonly string[];
  sentences: readonly string[];
  headings: readonly string[];
  quotes: readonly string[];
  listIntros: readonly string[];
  listItems: readonly string[];
  officials: readonly string[];
  partners: readonly string[];
  /** Rare words, each put in about one release in a thousand (search benchmarks look them up). */
  rare: readonly string[];
  /** A phrase common enough to find (search benchmarks look it up). */
  phrase: string;
  /** A word found in most releases. */
  common: string;
  withdrawalReasons: readonly string[];
  months: readonly string[];
  roles: readonly string[];
  offices: readonly string[];
  heroAlt: string;
  heroCredit: string;
  /** Description of a country the generator adds. */
  countryDescription: string;
}

/**
 * How every synthetic body begins, in each language: an italic paragraph whose text starts
 * with this marker. Excerpt code can recognise (and skip) it; readers see it first.
 */
export const DISCLAIMER_PREFIX: Record<SyntheticLocale, string> = {
  en: "Synthetic sample release:",
  es: "Comunicado de muestra sintético:",
  fr: "Communiqué d'exemple synthétique :",
};

export const corpora: Record<SyntheticLocale, Corpus> = {
  en: {
    disclaimer: `${DISCLAIMER_PREFIX.en} generated to test the newsroom at scale (npm run seed:synthetic). The people, figures and events it describes are fictional.`,
    titles: [
      "IOM Scales Up Support for Displaced Families in {country}",
      "{country}: New Partnership to Strengthen {theme}",
      "IOM and the Government of {country} Launch Programme on {theme}",
      "Thousands of Migrants Receive Assistance in {country} After Floods",
      "IOM Calls for Safe and Regular Pathways as Arrivals Rise in {country}",
      "Returning Migrants in {country} Find New Livelihoods",
      "Regional Dialogue on {theme} Opens in {country}",
      "IOM Report Shows Rising Climate Change Displacement in {country}",
      "Health Workers Trained to Support Migrants at the Border of {country}",
      "{country} Adopts National Strategy on {theme}",
      "IOM Statement on the Situation of Migrants in {country}",
      "Media Advisory: Launch of the {year} Migration Profile of {country}",
    ],
    leads: [
      "IOM, the UN Migration Agency, and its partners in {country} have reached {n} migrants and host community members with assistance this {month}, as needs continue to grow.",
      "A new programme launched today in {country} will support {n} people over the next three years, with a focus on {theme}.",
      "Authorities in {country} and IOM agreed today on joint measures to protect migrants and to improve data on mobility in the region.",
      "Climate change and economic hardship continue to push families to move, according to new figures released by IOM in {country}.",
    ],
    sentences: [
      "Since the beginning of the year, IOM teams in {country} have registered {n} new arrivals, most of them women and children.",
      "The programme provides shelter, health care and psychosocial support to migrants in transit and to the communities that host them.",
      "{official} said the partnership would help the authorities plan for the needs of migrants and returnees.",
      "Field teams report that many families arrive with few belongings after travelling for weeks.",
      "The assessment found that {pct} per cent of respondents had lost their main source of income during the past year.",
      "IOM works closely with local authorities, civil society and the private sector to find lasting solutions.",
      "Data collected through the Displacement Tracking Matrix show that movements increased sharply in {month}.",
      "Community leaders stressed the importance of including migrants in local development plans.",
      "The initiative is funded by {partner} and will run until {year2}.",
      "Migrants interviewed by IOM said that access to documentation remains their first concern.",
      "Training sessions on {theme} were held for {n} government officials and frontline workers.",
      "Mobile health units visited remote communities, where many people had not seen a doctor in months.",
      "Remittances sent home by migrants account for a significant share of household income in the region.",
      "The findings will inform national policy on {theme} and the country's preparedness for future crises.",
      "IOM continues to call for safe, orderly and regular migration, in line with the Global Compact for Migration.",
      "Returnees received reintegration support, including vocational training and small business grants.",
      "Water, sanitation and hygiene services were expanded in the sites hosting displaced families.",
      "Partners agreed to share data so that assistance reaches those most in need without delay.",
      "Many of the young people who take part in the programme hope to find work close to home.",
      "Local authorities in {country} have set up a coordination group to respond to the growing needs.",
    ],
    headings: ["Background", "Assistance on the ground", "A regional response", "Looking ahead", "Key figures", "About the programme"],
    quotes: [
      "“Every migrant has the right to safety and dignity, wherever they are,” said {official}.",
      "“This partnership shows what governments and communities can achieve together,” said {official}.",
      "“We arrived with nothing, and today my children go to school again,” said a mother who returned to {country} last year.",
    ],
    listIntros: ["The programme includes:", "Over the past months, IOM and its partners have:", "The report recommends:"],
    listItems: [
      "emergency shelter and relief items for {n} families",
      "health screenings and vaccination for migrants in transit",
      "legal counselling and help with identity documents",
      "cash assistance for the most vulnerable households",
      "training for border officials on protection and human rights",
      "psychosocial support for children and their caregivers",
      "better data on human mobility and climate change",
      "livelihood support for returning migrants",
    ],
    officials: [
      "the IOM Chief of Mission in {country}",
      "the Minister of Foreign Affairs of {country}",
      "IOM's Regional Director",
      "the Director General of IOM",
      "the Mayor of the host municipality",
    ],
    partners: ["the European Union", "the Government of Japan", "the United States", "the Government of Canada", "the World Bank"],
    rare: ["desalination", "cartographers", "beekeeping"],
    phrase: "climate change",
    common: "migrants",
    withdrawalReasons: [
      "Withdrawn at the request of the partner organisation.",
      "Superseded by an updated release.",
      "Figures under review.",
    ],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    roles: ["Media and Communications Officer", "Public Information Officer", "Spokesperson"],
    offices: ["IOM {country} (sample)", "IOM Regional Office (sample)"],
    heroAlt: "An abstract sample picture in the newsroom's colours",
    heroCredit: "© Sample image / Synthetic archive",
    countryDescription: "News and updates on migration in and from {country}.",
  },
  es: {
    disclaimer: `${DISCLAIMER_PREFIX.es} generado para probar la sala de prensa a gran escala (npm run seed:synthetic). Las personas, cifras y hechos que describe son ficticios.`,
    titles: [
      "La OIM amplía el apoyo a las familias desplazadas en {country}",
      "{country}: nueva alianza para fortalecer {theme}",
      "La OIM y el Gobierno de {country} lanzan un programa sobre {theme}",
      "Miles de migrantes reciben asistencia en {country} tras las inundaciones",
      "La OIM pide vías seguras y regulares ante el aumento de llegadas a {country}",
      "Los migrantes que regresan a {country} encuentran nuevos medios de vida",
      "Se inaugura en {country} un diálogo regional sobre {theme}",
      "Un informe de la OIM muestra el aumento del desplazamiento por el cambio climático en {country}",
      "{country} adopta una estrategia nacional sobre {theme}",
      "Declaración de la OIM sobre la situación de los migrantes en {country}",
    ],
    leads: [
      "La OIM, la Agencia de la ONU para la Migración, y sus socios en {country} han llegado este mes de {month} a {n} migrantes y miembros de las comunidades de acogida, mientras las necesidades siguen creciendo.",
      "Un nuevo programa lanzado hoy en {country} apoyará a {n} personas durante los próximos tres años, con especial atención a {theme}.",
      "Las autoridades de {country} y la OIM acordaron hoy medidas conjuntas para proteger a los migrantes y mejorar los datos sobre movilidad en la región.",
    ],
    sentences: [
      "Desde principios de año, los equipos de la OIM en {country} han registrado {n} nuevas llegadas, en su mayoría mujeres y niños.",
      "El programa ofrece alojamiento, atención sanitaria y apoyo psicosocial a los migrantes en tránsito y a las comunidades que los acogen.",
      "Según {official}, la alianza ayudará a las autoridades a planificar las necesidades de los migrantes y retornados.",
      "Los equipos sobre el terreno informan de que muchas familias llegan con pocas pertenencias tras semanas de viaje.",
      "La evaluación constató que el {pct} por ciento de los encuestados había perdido su principal fuente de ingresos durante el último año.",
      "La OIM trabaja estrechamente con las autoridades locales, la sociedad civil y el sector privado para encontrar soluciones duraderas.",
      "Los datos de la Matriz de Seguimiento del Desplazamiento muestran que los movimientos aumentaron considerablemente en {month}.",
      "Los líderes comunitarios subrayaron la importancia de incluir a los migrantes en los planes de desarrollo local.",
      "La iniciativa está financiada por {partner} y se extenderá hasta {year2}.",
      "Los migrantes entrevistados por la OIM afirmaron que el acceso a la documentación sigue siendo su principal preocupación.",
      "Se impartieron sesiones de formación sobre {theme} a {n} funcionarios y trabajadores de primera línea.",
      "Las unidades sanitarias móviles visitaron comunidades remotas, donde muchas personas llevaban meses sin ver a un médico.",
      "Las remesas enviadas por los migrantes representan una parte importante de los ingresos de los hogares de la región.",
      "Los resultados servirán de base para la política nacional sobre {theme} y para la preparación ante futuras crisis.",
      "La OIM sigue abogando por una migración segura, ordenada y regular, en consonancia con el Pacto Mundial para la Migración.",
      "Las personas retornadas recibieron apoyo para su reintegración, incluida formación profesional y subvenciones para pequeños negocios.",
      "Se ampliaron los servicios de agua, saneamiento e higiene en los lugares que acogen a familias desplazadas.",
      "Las autoridades locales de {country} han creado un grupo de coordinación para responder a las crecientes necesidades.",
    ],
    headings: ["Antecedentes", "Asistencia sobre el terreno", "Una respuesta regional", "Próximos pasos", "Cifras clave"],
    quotes: [
      "«Toda persona migrante tiene derecho a la seguridad y a la dignidad, dondequiera que esté», afirmó {official}.",
      "«Esta alianza demuestra lo que los gobiernos y las comunidades pueden lograr juntos», señaló {official}.",
      "«Llegamos sin nada y hoy mis hijos vuelven a ir a la escuela», dijo una madre que regresó a {country} el año pasado.",
    ],
    listIntros: ["El programa incluye:", "En los últimos meses, la OIM y sus socios han:", "El informe recomienda:"],
    listItems: [
      "alojamiento de emergencia y artículos de socorro para {n} familias",
      "controles de salud y vacunación para migrantes en tránsito",
      "asesoramiento jurídico y ayuda con los documentos de identidad",
      "asistencia en efectivo para los hogares más vulnerables",
      "formación de funcionarios de fronteras en protección y derechos humanos",
      "apoyo psicosocial para niños y sus cuidadores",
      "mejores datos sobre movilidad humana y cambio climático",
    ],
    officials: [
      "el Jefe de Misión de la OIM en {country}",
      "la Ministra de Relaciones Exteriores de {country}",
      "la Directora Regional de la OIM",
      "la Directora General de la OIM",
    ],
    partners: ["la Unión Europea", "el Gobierno del Japón", "los Estados Unidos", "el Gobierno del Canadá", "el Banco Mundial"],
    rare: ["desalinización", "cartógrafos", "apicultura"],
    phrase: "cambio climático",
    common: "migrantes",
    withdrawalReasons: ["Retirado a petición de la organización asociada.", "Sustituido por un comunicado actualizado."],
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    roles: ["Oficial de Medios y Comunicación", "Oficial de Información Pública", "Portavoz"],
    offices: ["OIM {country} (muestra)", "Oficina Regional de la OIM (muestra)"],
    heroAlt: "Una imagen abstracta de muestra con los colores de la sala de prensa",
    heroCredit: "© Imagen de muestra / Archivo sintético",
    countryDescription: "Noticias y novedades sobre la migración en {country} y desde allí.",
  },
  fr: {
    disclaimer: `${DISCLAIMER_PREFIX.fr} généré pour tester la salle de presse à grande échelle (npm run seed:synthetic). Les personnes, chiffres et événements décrits sont fictifs.`,
    titles: [
      "L'OIM renforce son soutien aux familles déplacées en {country}",
      "{country} : un nouveau partenariat pour renforcer {theme}",
      "L'OIM et le Gouvernement de {country} lancent un programme sur {theme}",
      "Des milliers de migrants reçoivent une aide en {country} après les inondations",
      "L'OIM appelle à des voies sûres et régulières face à la hausse des arrivées en {country}",
      "Les migrants de retour en {country} trouvent de nouveaux moyens de subsistance",
      "Ouverture en {country} d'un dialogue régional sur {theme}",
      "Un rapport de l'OIM montre la hausse des déplacements liés au changement climatique en {country}",
      "{country} adopte une stratégie nationale sur {theme}",
      "Déclaration de l'OIM sur la situation des migrants en {country}",
    ],
    leads: [
      "L'OIM, l'Agence des Nations Unies pour les migrations, et ses partenaires en {country} ont aidé {n} migrants et membres des communautés d'accueil en {month}, alors que les besoins continuent de croître.",
      "Un nouveau programme lancé aujourd'hui en {country} soutiendra {n} personnes au cours des trois prochaines années, en mettant l'accent sur {theme}.",
      "Les autorités de {country} et l'OIM ont convenu aujourd'hui de mesures communes pour protéger les migrants et améliorer les données sur la mobilité dans la région.",
    ],
    sentences: [
      "Depuis le début de l'année, les équipes de l'OIM en {country} ont enregistré {n} nouvelles arrivées, pour la plupart des femmes et des enfants.",
      "Le programme offre un hébergement, des soins de santé et un soutien psychosocial aux migrants en transit et aux communautés qui les accueillent.",
      "Selon {official}, le partenariat aidera les autorités à planifier les besoins des migrants et des personnes de retour.",
      "Les équipes sur le terrain signalent que de nombreuses familles arrivent avec peu d'affaires après des semaines de voyage.",
      "L'évaluation a révélé que {pct} pour cent des personnes interrogées avaient perdu leur principale source de revenus au cours de l'année écoulée.",
      "L'OIM travaille en étroite collaboration avec les autorités locales, la société civile et le secteur privé pour trouver des solutions durables.",
      "Les données de la Matrice de suivi des déplacements montrent que les mouvements ont fortement augmenté en {month}.",
      "Les responsables communautaires ont souligné l'importance d'inclure les migrants dans les plans de développement local.",
      "L'initiative est financée par {partner} et se poursuivra jusqu'en {year2}.",
      "Les migrants interrogés par l'OIM ont déclaré que l'accès aux documents d'identité reste leur première préoccupation.",
      "Des formations sur {theme} ont été organisées pour {n} fonctionnaires et travailleurs de première ligne.",
      "Des unités de santé mobiles se sont rendues dans des communautés isolées, où beaucoup n'avaient pas vu de médecin depuis des mois.",
      "Les fonds envoyés par les migrants représentent une part importante des revenus des ménages de la région.",
      "Les conclusions éclaireront la politique nationale sur {theme} et la préparation du pays aux crises futures.",
      "L'OIM continue de plaider pour des migrations sûres, ordonnées et régulières, conformément au Pacte mondial sur les migrations.",
      "Les personnes de retour ont bénéficié d'un soutien à la réintégration, notamment d'une formation professionnelle et de subventions pour de petites entreprises.",
      "Les services d'eau, d'assainissement et d'hygiène ont été étendus dans les sites qui accueillent des familles déplacées.",
      "Les autorités locales de {country} ont mis en place un groupe de coordination pour répondre aux besoins croissants.",
    ],
    headings: ["Contexte", "L'aide sur le terrain", "Une réponse régionale", "Perspectives", "Chiffres clés"],
    quotes: [
      "« Chaque migrant a droit à la sécurité et à la dignité, où qu'il se trouve », a déclaré {official}.",
      "« Ce partenariat montre ce que les gouvernements et les communautés peuvent accomplir ensemble », a souligné {official}.",
      "« Nous sommes arrivés sans rien, et aujourd'hui mes enfants retournent à l'école », a raconté une mère rentrée en {country} l'an dernier.",
    ],
    listIntros: ["Le programme comprend :", "Au cours des derniers mois, l'OIM et ses partenaires ont fourni :", "Le rapport recommande :"],
    listItems: [
      "des abris d'urgence et des articles de secours pour {n} familles",
      "des examens de santé et des vaccinations pour les migrants en transit",
      "des conseils juridiques et une aide pour les documents d'identité",
      "une aide en espèces pour les ménages les plus vulnérables",
      "une formation des agents aux frontières sur la protection et les droits humains",
      "un soutien psychosocial pour les enfants et leurs proches",
      "de meilleures données sur la mobilité humaine et le changement climatique",
    ],
    officials: [
      "le Chef de mission de l'OIM en {country}",
      "la Ministre des Affaires étrangères de {country}",
      "la Directrice régionale de l'OIM",
      "la Directrice générale de l'OIM",
    ],
    partners: ["l'Union européenne", "le Gouvernement du Japon", "les États-Unis", "le Gouvernement du Canada", "la Banque mondiale"],
    rare: ["dessalement", "cartographes", "apiculture"],
    phrase: "changement climatique",
    common: "migrants",
    withdrawalReasons: ["Retiré à la demande de l'organisation partenaire.", "Remplacé par un communiqué mis à jour."],
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    roles: ["Chargée de communication", "Chargé de l'information", "Porte-parole"],
    offices: ["OIM {country} (exemple)", "Bureau régional de l'OIM (exemple)"],
    heroAlt: "Une image abstraite d'exemple aux couleurs de la salle de presse",
    heroCredit: "© Image d'exemple / Archive synthétique",
    countryDescription: "Actualités et informations sur les migrations dans le pays et depuis le pays : {country}.",
  },
};

/** Sentences that carry a rare word, per language (one rare word in each). */
export const rareSentences: Record<SyntheticLocale, string> = {
  en: "A pilot project on {rare} was presented to the community as part of the response.",
  es: "Se presentó a la comunidad un proyecto piloto de {rare} como parte de la respuesta.",
  fr: "Un projet pilote de {rare} a été présenté à la communauté dans le cadre de la réponse.",
};
