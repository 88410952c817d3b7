/**
 * Spanish versions of the seeded content, keyed by the English slug (or email).
 * Names follow IOM/UN Spanish usage; numbers follow Spanish conventions (12.274; 80,5 por ciento).
 * The Peru release is a complete, faithful translation of data/peru.ts; the two sample releases
 * translate data/sample-press-releases.ts and stay marked as fictional.
 */
import { h2, link, p, quote, ul, sampleNote } from "../blocks";
import type { SeedTranslation } from "../types";

const site = "https://www.iom.int";
const SAMPLE_NOTE =
  "Este es un contenido de ejemplo redactado para la sala de prensa de demostración; las personas, cifras y hechos que describe son ficticios.";
const SAMPLE_CREDIT = "© Foto de ejemplo / Sala de prensa de demostración";

export const es: SeedTranslation = {
  locale: "es",

  regions: {
    "south-america": {
      slug: "america-del-sur",
      name: "América del Sur",
      description: "Noticias y operaciones sobre migración en los países de América del Sur.",
    },
    "central-north-america-caribbean": {
      slug: "centroamerica-norteamerica-y-el-caribe",
      name: "Centroamérica, Norteamérica y el Caribe",
      description: "Noticias y operaciones sobre migración en Centroamérica, Norteamérica y el Caribe.",
    },
    "west-central-africa": {
      slug: "africa-occidental-y-central",
      name: "África Occidental y Central",
      description: "Noticias y operaciones sobre migración en los países de África Occidental y Central.",
    },
    "east-horn-africa": {
      slug: "africa-oriental-y-el-cuerno-de-africa",
      name: "África Oriental y el Cuerno de África",
      description: "Noticias y operaciones sobre migración en los países de África Oriental y el Cuerno de África.",
    },
    "middle-east-north-africa": {
      slug: "oriente-medio-y-africa-del-norte",
      name: "Oriente Medio y África del Norte",
      description: "Noticias y operaciones sobre migración en los países de Oriente Medio y África del Norte.",
    },
    "asia-pacific": {
      slug: "asia-y-el-pacifico",
      name: "Asia y el Pacífico",
      description: "Noticias y operaciones sobre migración en los países de Asia y el Pacífico.",
    },
    europe: {
      slug: "europa",
      name: "Europa",
      description: "Noticias y operaciones sobre migración en los países de Europa.",
    },
  },

  countries: {
    peru: { slug: "peru", name: "Perú", description: "Noticias y novedades sobre la migración en el Perú y desde el Perú." },
    colombia: { slug: "colombia", name: "Colombia", description: "Noticias y novedades sobre la migración en Colombia y desde Colombia." },
    ecuador: { slug: "ecuador", name: "Ecuador", description: "Noticias y novedades sobre la migración en el Ecuador y desde el Ecuador." },
    chile: { slug: "chile", name: "Chile", description: "Noticias y novedades sobre la migración en Chile y desde Chile." },
    mexico: { slug: "mexico", name: "México", description: "Noticias y novedades sobre la migración en México y desde México." },
    guatemala: {
      slug: "guatemala",
      name: "Guatemala",
      description: "Noticias y novedades sobre la migración en Guatemala y desde Guatemala.",
    },
    niger: { slug: "niger", name: "Níger", description: "Noticias y novedades sobre la migración en el Níger y desde el Níger." },
    nigeria: { slug: "nigeria", name: "Nigeria", description: "Noticias y novedades sobre la migración en Nigeria y desde Nigeria." },
    ethiopia: { slug: "etiopia", name: "Etiopía", description: "Noticias y novedades sobre la migración en Etiopía y desde Etiopía." },
    sudan: { slug: "sudan", name: "Sudán", description: "Noticias y novedades sobre la migración en el Sudán y desde el Sudán." },
    yemen: { slug: "yemen", name: "Yemen", description: "Noticias y novedades sobre la migración en el Yemen y desde el Yemen." },
    bangladesh: {
      slug: "bangladesh",
      name: "Bangladesh",
      description: "Noticias y novedades sobre la migración en Bangladesh y desde Bangladesh.",
    },
    philippines: {
      slug: "filipinas",
      name: "Filipinas",
      description: "Noticias y novedades sobre la migración en Filipinas y desde Filipinas.",
    },
    ukraine: { slug: "ucrania", name: "Ucrania", description: "Noticias y novedades sobre la migración en Ucrania y desde Ucrania." },
    germany: { slug: "alemania", name: "Alemania", description: "Noticias y novedades sobre la migración en Alemania y desde Alemania." },
  },

  themes: {
    "migration-governance": {
      slug: "gobernanza-de-la-migracion",
      name: "Gobernanza de la migración",
      description: "Políticas, leyes e instituciones que los Estados utilizan para gestionar la migración.",
    },
    "diaspora-engagement": {
      slug: "diaspora-y-comunidades-transnacionales",
      name: "Diáspora y comunidades transnacionales",
      description: "Los vínculos que los migrantes y sus descendientes mantienen con sus países de origen.",
    },
    "labour-mobility": {
      slug: "movilidad-laboral",
      name: "Movilidad laboral",
      description: "La circulación de trabajadores a través de las fronteras y las condiciones en que son contratados y empleados.",
    },
    "return-reintegration": {
      slug: "retorno-y-reintegracion",
      name: "Retorno y reintegración",
      description: "Apoyo a los migrantes que regresan a sus países de origen y rehacen allí su vida.",
    },
    "climate-migration": {
      slug: "cambio-climatico-y-migracion",
      name: "Cambio climático y migración",
      description: "Cómo los cambios ambientales y los desastres influyen en adónde y por qué se desplazan las personas.",
    },
    "emergency-response": {
      slug: "respuesta-a-emergencias",
      name: "Respuesta a emergencias",
      description: "Asistencia a las personas desplazadas o afectadas por conflictos, desastres y otras crisis.",
    },
    "counter-trafficking": {
      slug: "lucha-contra-la-trata-de-personas",
      name: "Lucha contra la trata de personas",
      description: "Iniciativas para prevenir la trata de personas, proteger a los sobrevivientes y enjuiciar a los tratantes.",
    },
    "migration-data": {
      slug: "datos-e-investigacion-sobre-migracion",
      name: "Datos e investigación sobre migración",
      description: "La recopilación, el análisis y el intercambio de datos empíricos sobre la migración.",
    },
    "migration-health": {
      slug: "migracion-y-salud",
      name: "Migración y salud",
      description: "La salud física y mental de los migrantes y de las comunidades en las que viven.",
    },
  },

  pressContacts: {
    "casantos@iom.int": { office: "OIM Perú" },
    "alex.sample@example.org": { role: "Oficial de Medios y Comunicación", office: "Oficina Regional para América del Sur (ejemplo)" },
    "dana.placeholder@example.org": {
      role: "Oficial Superior de Prensa",
      office: "División de Medios y Comunicación de la Sede (ejemplo)",
    },
    "rui.example@example.org": {
      role: "Oficial de Información Pública",
      office: "Oficina Regional para África Occidental y Central (ejemplo)",
    },
    "noor.demo@example.org": { role: "Oficial de Comunicación", office: "Oficina Regional para Asia y el Pacífico (ejemplo)" },
  },

  pressReleases: [
    {
      source: "iom-and-the-government-of-peru-commemorate-peruvians-living-abroad-day",
      title: "La OIM y el Gobierno del Perú conmemoran el Día de los Peruanos que Residen en el Exterior",
      slug: "la-oim-y-el-gobierno-del-peru-conmemoran-el-dia-de-los-peruanos-que-residen-en-el-exterior",
      datelinePlace: "Perú",
      lead: "En el marco de la conmemoración del Día de los Peruanos que Residen en el Exterior, el Ministerio de Relaciones Exteriores y la OIM Perú realizaron el seminario titulado Avances y Desafíos de la Gobernanza Migratoria en el Perú, en el que los participantes analizaron la situación actual de la gobernanza migratoria en el país desde la perspectiva de todos los sectores que integran la Mesa de Trabajo Intersectorial para la Gestión Migratoria.",
      body: [
        p(
          "José Ivan Dávalos, Jefe de Misión de la OIM en el Perú, saludó los esfuerzos del Gobierno peruano por promover el fortalecimiento de su política migratoria y mencionó la contribución de la OIM a este fin: “La OIM ha venido trabajando con el Gobierno peruano en el fortalecimiento de sus principales áreas de trabajo en materia migratoria, promoviendo la publicación de estudios e investigaciones especializados sobre la migración peruana, ya que constituyen un valioso insumo para los tomadores de decisiones; y realizando además reuniones y eventos que promueven la discusión técnica y políticas migratorias conjuntas”, afirmó Dávalos.",
        ),
        p(
          "El Viceministro de Relaciones Exteriores, Juan Fernando Rojas, agradeció a la OIM por su apoyo y destacó los avances que se vienen logrando para mejorar la calidad de su servicio consular: “En apenas un mes y medio, desde que se aprobó la Ley de Reinserción Económica y Social para el Migrante Retornado, se han realizado más de 2.800 preinscripciones y se han emitido más de 550 tarjetas de Migrante Retornado”, señaló.",
        ),
        p(
          "Rojas indicó además que el Ministerio de Relaciones Exteriores ha iniciado un proceso de estandarización y mejora de la gestión consular orientado a modernizar la red consular peruana en materia de infraestructura, equipamiento y atención al usuario.",
        ),
        p(
          "Según una reciente encuesta mundial a migrantes peruanos realizada por la OIM Perú, el Ministerio de Relaciones Exteriores y el Instituto Nacional de Estadística e Informática (INEI), el 80,5 por ciento de los peruanos que viven fuera de su país de nacimiento tiene una situación migratoria regular en su actual país de residencia. La encuesta, aplicada a 12.274 migrantes, también determinó que el 49,3 por ciento de los encuestados tiene residencia permanente; el 16,4 por ciento ha adquirido la ciudadanía; el 11,1 por ciento tiene visa de trabajo; el 2,1 por ciento tiene visa de estudiante; y el 1,6 por ciento tiene una visa de turista vigente. Se estima que el número de peruanos que viven en el exterior asciende a 2,4 millones, casi el 10 por ciento de la población total.",
        ),
        p(
          "Tras el seminario de hoy, se publicará un informe final con recomendaciones sobre política migratoria, que será compartido con la Secretaría Técnica de la Mesa de Trabajo Intersectorial para la Gestión Migratoria.",
        ),
      ],
      hero: {
        altText: "Ilustración abstracta con los colores de la sala de prensa, en lugar de una fotografía del evento",
        caption: "Seminario Avances y Desafíos de la Gobernanza Migratoria en el Perú (ilustración).",
        credit: "Ilustración / Sala de prensa de demostración",
      },
    },
    {
      source: "new-online-portal-brings-together-migration-data-from-peru-and-chile",
      title: "Nuevo portal en línea reúne datos migratorios del Perú y Chile",
      slug: "nuevo-portal-en-linea-reune-datos-migratorios-del-peru-y-chile",
      datelinePlace: "Lima",
      lead: "Un nuevo portal en línea presentado hoy en Lima ofrece a responsables de políticas, investigadores y periodistas acceso gratuito a estadísticas armonizadas sobre la migración entre el Perú y Chile, elaboradas a partir de registros censales, fronterizos y consulares.",
      body: [
        p(
          "El portal, desarrollado por la OIM junto con las oficinas nacionales de estadística y universidades de ambos países, reúne más de 40 indicadores, desde las entradas y salidas en los pasos fronterizos hasta los flujos de remesas y la edad y ocupación de los migrantes. Entre sus principales funciones figuran:",
        ),
        ul(
          "Mapas interactivos de los desplazamientos a través de la frontera común",
          "Tablas descargables en formatos abiertos",
          "Breves notas metodológicas para cada indicador",
        ),
        h2("Subsanar las lagunas de información"),
        p(
          "Hasta ahora, las cifras sobre los desplazamientos transfronterizos estaban dispersas entre distintas instituciones y se publicaban en formatos y años diferentes. La primera versión abarca el período 2005–2012 y se actualizará dos veces al año. María Muestra, oficial de datos de la OIM en Lima, explicó que el objetivo es práctico:",
        ),
        quote(
          "Una buena política empieza por saber quién se desplaza, adónde y por qué. Queremos que un planificador municipal en Tacna y un investigador en Santiago puedan consultar las mismas cifras.",
        ),
        p(
          "El portal está disponible en ",
          link("https://www.example.org/data/peru-chile-migration-portal", "www.example.org/data/peru-chile-migration-portal"),
          ". Este comunicado incluye como anexo un kit de prensa con gráficos y notas informativas.",
        ),
        sampleNote(SAMPLE_NOTE),
      ],
      hero: {
        altText:
          "Pantalla de una computadora portátil con un mapa de América del Sur y líneas de colores que representan flujos migratorios",
        caption: "Mapa interactivo del portal sobre los desplazamientos entre el Perú y Chile. (Imagen de ejemplo)",
        credit: SAMPLE_CREDIT,
      },
      seo: {
        metaTitle: "Portal de datos migratorios Perú–Chile | Sala de prensa de ejemplo",
        metaDescription:
          "Un nuevo portal en línea reúne estadísticas armonizadas sobre la migración entre el Perú y Chile, desde los pasos fronterizos hasta las remesas.",
      },
    },
    {
      source: "mobile-health-teams-reach-8400-migrants-along-the-guatemala-mexico-border",
      title: "Equipos móviles de salud atienden a 8.400 migrantes en la frontera entre Guatemala y México",
      slug: "equipos-moviles-de-salud-atienden-a-8400-migrantes-en-la-frontera-entre-guatemala-y-mexico",
      datelinePlace: "Ciudad de Guatemala",
      lead: "Los equipos móviles de salud que trabajan a ambos lados de la frontera entre Guatemala y México han brindado consultas, vacunas y primeros auxilios psicológicos a 8.400 migrantes desde enero, informó hoy la OIM.",
      body: [
        p(
          "Cuatro equipos de médicos, enfermeras y psicólogos recorren albergues, terminales de autobuses y ciudades fronterizas para llegar a personas que rara vez acuden a un centro de salud mientras están en tránsito. Entre enero y mayo, los equipos brindaron:",
        ),
        ul(
          "5.900 consultas de medicina general",
          "2.300 vacunas, principalmente contra el tétanos y el sarampión",
          "1.100 sesiones de primeros auxilios psicológicos",
          "240 derivaciones a hospitales para recibir atención adicional",
        ),
        p(
          "La doctora Ana Ejemplo, que dirige uno de los equipos, explicó que muchos pacientes postergan la atención hasta que los problemas se agravan:",
        ),
        quote(
          "La gente teme que detenerse en un centro de salud signifique perder su lugar en el viaje. Cuando vamos a su encuentro, nos hablan de lesiones e infecciones, y también del miedo y del insomnio.",
        ),
        p(
          "Los equipos trabajan con las autoridades sanitarias de ambos países y con albergues gestionados por organizaciones de la sociedad civil. Este comunicado se actualizó el 21 de junio de 2013 para incluir las cifras de derivaciones hospitalarias.",
        ),
        sampleNote(SAMPLE_NOTE),
      ],
      hero: {
        altText: "Una enfermera toma la presión arterial a un hombre sentado frente a un albergue",
        caption: "Un integrante de un equipo móvil examina a un paciente en un albergue para migrantes. (Imagen de ejemplo)",
        credit: SAMPLE_CREDIT,
      },
    },
  ],

  // Labels and descriptions as on IOM's Spanish site; the links lead to the same pages as in English.
  navigation: {
    header: [
      {
        label: "Quiénes somos",
        description:
          "La Organización Internacional para las Migraciones (OIM) forma parte del Sistema de las Naciones Unidas y es la organización intergubernamental líder que desde 1951 promueve una migración humana y ordenada para beneficio de todos, con 175 Estados Miembros y presencia en 171 países.",
        targetType: "external",
        externalUrl: `${site}/who-we-are`,
      },
      {
        label: "Nuestro trabajo",
        description:
          "Como organización intergubernamental líder que desde 1951 promueve una migración humana y ordenada, la OIM juega un rol clave apoyando el logro de la Agenda 2030 por medio de diferentes áreas de intervención que conectan la asistencia humanitaria con el desarrollo sostenible.",
        targetType: "none",
        children: [
          { label: "Qué hacemos", targetType: "external", externalUrl: `${site}/what-we-do` },
          { label: "Alianzas", targetType: "external", externalUrl: `${site}/partnerships` },
          { label: "Destacados", targetType: "external", externalUrl: `${site}/highlights` },
        ],
      },
      { label: "Dónde trabajamos", targetType: "external", externalUrl: `${site}/where-we-work` },
      {
        label: "Actúe",
        targetType: "none",
        children: [
          { label: "Trabaje con nosotros", targetType: "external", externalUrl: `${site}/work-with-us` },
          { label: "Participe", targetType: "external", externalUrl: `${site}/get-involved` },
        ],
      },
      { label: "Datos e investigación", targetType: "external", externalUrl: `${site}/data-and-research` },
      { label: "Agenda 2030", targetType: "external", externalUrl: `${site}/2030-agenda` },
    ],
    footer: [
      { label: "Sala de prensa", targetType: "list", internalPath: "/" },
      { label: "Quiénes somos", targetType: "external", externalUrl: `${site}/who-we-are` },
      { label: "Dónde trabajamos", targetType: "external", externalUrl: `${site}/where-we-work` },
      { label: "Datos e investigación", targetType: "external", externalUrl: `${site}/data-and-research` },
    ],
  },

  siteSettings: {
    siteName: "Sala de prensa de la OIM",
    tagline: "Comunicados de prensa, declaraciones y avisos a los medios de la Organización Internacional para las Migraciones",
    footerText:
      "Los periodistas pueden comunicarse con el contacto de prensa indicado en cada comunicado. Salvo indicación en contrario, el contenido publicado aquí puede reproducirse citando a la OIM. Los comunicados de ejemplo de esta sala de prensa de demostración son ficticios.",
    organization: {
      name: "Organización Internacional para las Migraciones",
      alternateName: "OIM",
      address: "17 route des Morillons, 1211 Ginebra 19, Suiza",
    },
  },
};
