/**
 * Sample newsroom content for the demonstration site.
 *
 * Everything in this file is fictional: the press officers, the people quoted, the figures and the
 * events are invented for demonstration purposes and must not be read as real announcements.
 * Dates are kept between 10 January and 15 October 2013 so that real releases stay the newest.
 */
import type { SeedPressContact, SeedPressRelease } from "../types";
import { bold, h2, image, link, ol, p, quote, ul, sampleNote } from "../blocks";

const SAMPLE_CREDIT = "© Sample photo / Demonstration newsroom";

// Each contact covers the countries of the releases they are the contact for.
export const samplePressContacts: SeedPressContact[] = [
  {
    email: "alex.sample@example.org",
    fullName: "Alex Sample",
    role: "Media and Communications Officer",
    office: "Regional Office for South America (sample)",
    phone: "+54 11 555 0101",
    mobile: "+54 9 11 555 0102",
    countries: ["colombia", "ecuador", "peru", "chile"],
  },
  {
    email: "dana.placeholder@example.org",
    fullName: "Dana Placeholder",
    role: "Senior Press Officer",
    office: "Headquarters Media and Communications Division (sample)",
    phone: "+41 22 555 0100",
    mobile: "+41 79 555 0101",
    countries: ["germany", "peru", "chile", "ethiopia", "sudan", "guatemala", "mexico", "yemen", "ukraine", "nigeria"],
  },
  {
    email: "rui.example@example.org",
    fullName: "Rui Example",
    role: "Public Information Officer",
    office: "Regional Office for West and Central Africa (sample)",
    phone: "+221 33 555 0120",
    countries: ["niger", "nigeria", "germany"],
  },
  {
    email: "noor.demo@example.org",
    fullName: "Noor Demo",
    role: "Communications Officer",
    office: "Regional Office for Asia and the Pacific (sample)",
    phone: "+66 2 555 0130",
    mobile: "+66 81 555 0131",
    countries: ["bangladesh", "philippines"],
  },
];

export const samplePressReleases: SeedPressRelease[] = [
  {
    title: "Media Advisory: Berlin Dialogue on Diaspora Engagement Opens 22 January",
    slug: "media-advisory-berlin-dialogue-on-diaspora-engagement-opens-22-january",
    documentType: "media-advisory",
    datelinePlace: "Berlin",
    datelineCountry: "germany",
    releaseDate: "2013-01-15T10:00:00Z",
    lead: "Diaspora organisations, researchers and officials from 14 countries will meet in Berlin on 22–23 January to discuss how migrants living in Europe contribute to development in their countries of origin. Journalists are invited to the opening session.",
    body: [
      p(
        "The two-day dialogue, hosted by IOM with partner foundations, will bring together around 120 participants, including representatives of diaspora associations from West Africa, South America and Asia now based in Germany and neighbouring countries.",
      ),
      ol(
        "09:30 – Registration and media accreditation",
        "10:00 – Opening remarks by IOM and the host foundations",
        "10:45 – Panel discussion: diaspora investment and skills transfer",
        "12:30 – Press availability with panellists",
      ),
      p(
        "Journalists wishing to attend should register by 18 January through the ",
        link("https://www.example.org/events/berlin-diaspora-dialogue-2013", "event accreditation page"),
        ". Interviews with participants can be arranged on request.",
      ),
      p(
        bold("Venue: "),
        "Conference Centre (sample), Berlin-Mitte. Photo and video opportunities will be available during the opening session only.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["germany"],
    regions: ["europe"],
    themes: ["diaspora-engagement", "migration-governance"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-1",
      altText: "Participants seated around a long conference table listen to a speaker",
      caption: "Participants at an earlier session of the dialogue series. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "Bangladesh Pilot Trains 1,200 Prospective Migrant Workers on Safe Recruitment",
    slug: "bangladesh-pilot-trains-1200-prospective-migrant-workers-on-safe-recruitment",
    documentType: "press-release",
    datelinePlace: "Dhaka",
    datelineCountry: "bangladesh",
    releaseDate: "2013-02-05T09:30:00Z",
    lead: "A six-month pilot in three districts of Bangladesh has trained 1,200 prospective migrant workers to recognise fraudulent job offers, understand their contracts and know where to seek help abroad, IOM said today.",
    body: [
      p(
        "The pre-departure sessions, run with local training centres in districts with high rates of labour migration, reached mostly men aged 20 to 35 heading for construction and service jobs in the Gulf and South-East Asia. Each participant attended four days of classes on recruitment fees, workers’ rights and sending money home.",
      ),
      p("Rahim Namuna, who coordinates the pilot for IOM in Dhaka, said the sessions respond directly to what workers report:"),
      quote(
        "Many workers told us they had paid a broker before they had even seen a contract. Knowing which questions to ask before departure is the first protection they have.",
      ),
      p(
        "Follow-up calls with 300 participants who have since left for work abroad found that nine in ten had received a written contract before departure, compared with roughly half in a comparison group. The curriculum covers:",
      ),
      ul(
        "Identifying licensed recruitment agencies and checking job offers",
        "Understanding employment contracts, wages and working hours",
        "Sending money home safely and at lower cost",
        "Contacting embassies and support hotlines in destination countries",
      ),
      p(
        "A summary of the pilot’s results is available in the ",
        link("https://www.example.org/bangladesh/safe-recruitment-pilot", "project fact sheet"),
        ". IOM plans to extend the training to five more districts later this year, subject to funding.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["bangladesh"],
    regions: ["asia-pacific"],
    themes: ["labour-mobility", "counter-trafficking"],
    pressContacts: ["noor.demo@example.org"],
    hero: {
      imageKey: "sample-hero-2",
      altText: "A trainer points to a poster about recruitment fees in front of a class of young men",
      caption: "A pre-departure training session in one of the pilot districts. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
    attachments: ["fact-sheet-pdf"],
  },
  {
    title: "In Agadez, Returning Migrants Find a Second Start Through Small Business Grants",
    slug: "in-agadez-returning-migrants-find-a-second-start-through-small-business-grants",
    documentType: "news-story",
    datelinePlace: "Niger",
    datelineCountry: "niger",
    releaseDate: "2013-02-26T08:00:00Z",
    lastUpdatedAt: "2013-03-01T14:20:00Z",
    lead: "For young men who came back to Niger after failed journeys north, a reintegration programme offering training and small grants is helping to turn skills picked up on the road into livelihoods at home.",
    body: [
      p(
        "When Ibrahim Exemple returned to Agadez last year after 14 months on building sites in North Africa, he had little more than the clothes he travelled in. Today he runs a motorcycle repair stall near the central market and employs two apprentices. He remembers why the support mattered:",
      ),
      quote(
        "I learned mechanics on the road because I had to. The grant meant I could buy my own tools instead of borrowing them, and now the young ones learn from me.",
      ),
      h2("From training to a first income"),
      p(
        "Since mid-2012 the programme has supported 86 returnees in Agadez and Zinder with business training, mentoring and grants of up to 400,000 CFA francs (about USD 800). Most have opened small shops, tailoring workshops or livestock businesses, and several trade goods across the border with Nigeria, where many had worked before heading north.",
      ),
      image(
        "sample-inline-1",
        "A young man repairs a motorcycle engine at a roadside stall",
        "A programme participant at work in his repair stall. (Sample image)",
      ),
      p("This story was updated on 1 March 2013 to correct the value of the grants."),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["niger", "nigeria"],
    regions: ["west-central-africa"],
    themes: ["return-reintegration", "labour-mobility"],
    pressContacts: ["rui.example@example.org"],
    hero: {
      imageKey: "sample-hero-3",
      altText: "A busy market street in a desert town with stalls under awnings",
      caption: "The central market area where several programme participants have set up businesses. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "Statement by the Regional Director on Protection for Migrants Moving Through the Andean Region",
    slug: "statement-by-the-regional-director-on-protection-for-migrants-moving-through-the-andean-region",
    documentType: "statement",
    datelinePlace: "Bogotá",
    datelineCountry: "colombia",
    releaseDate: "2013-03-14T09:30:00Z",
    lead: "IOM’s Regional Director for South America calls on governments in the Andean region to strengthen cooperation so that migrants travelling overland, including families with children, can reach assistance and protection along the way.",
    body: [
      p(
        "Over recent months, our teams and partners have recorded a growing number of people travelling overland through Colombia, Ecuador and Peru, often in irregular situations and with limited resources. Many arrive at border points tired, short of food and unsure where to find reliable information.",
      ),
      p(
        "No one should have to choose between a safe route and an affordable one. Shared information, coordinated border services and access to basic care are within reach when countries work together. We encourage the governments of the region to:",
      ),
      ul(
        "Keep border services and information points open and adequately staffed",
        "Ensure migrants can access emergency health care regardless of their status",
        "Share data on movements so that assistance can be planned where it is needed most",
        "Give particular attention to unaccompanied children and survivors of violence",
      ),
      p(
        "IOM stands ready to support national authorities, civil society and host communities in this effort. – Carla Ejemplo, Regional Director for South America (sample)",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["colombia", "ecuador", "peru"],
    regions: ["south-america"],
    themes: ["migration-governance", "emergency-response"],
    pressContacts: ["alex.sample@example.org"],
  },
  {
    title: "New Online Portal Brings Together Migration Data from Peru and Chile",
    slug: "new-online-portal-brings-together-migration-data-from-peru-and-chile",
    documentType: "press-release",
    datelinePlace: "Lima",
    datelineCountry: "peru",
    releaseDate: "2013-04-09T11:00:00Z",
    lead: "A new online portal launched today in Lima gives policymakers, researchers and journalists free access to harmonised statistics on migration between Peru and Chile, drawing on census, border and consular records.",
    body: [
      p(
        "The portal, developed by IOM with national statistics offices and universities in both countries, brings together more than 40 indicators, from arrivals and departures at border crossings to remittance flows and the age and occupation of migrants. Key features include:",
      ),
      ul(
        "Interactive maps of movement across the shared border",
        "Downloadable tables in open formats",
        "Short methodological notes for each indicator",
      ),
      h2("Filling gaps in the evidence"),
      p(
        "Until now, figures on cross-border movement were scattered across institutions and published in different formats and years. The first release covers 2005–2012 and will be updated twice a year. María Muestra, IOM’s data officer in Lima, said the aim is practical:",
      ),
      quote(
        "Good policy starts with knowing who is moving, where and why. We want a municipal planner in Tacna and a researcher in Santiago to be able to look at the same numbers.",
      ),
      p(
        "The portal is available at ",
        link("https://www.example.org/data/peru-chile-migration-portal", "www.example.org/data/peru-chile-migration-portal"),
        ". A media kit with charts and background notes is attached to this release.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["peru", "chile"],
    regions: ["south-america"],
    themes: ["migration-data", "migration-governance"],
    pressContacts: ["alex.sample@example.org", "dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-4",
      altText: "A laptop screen showing a map of South America with coloured migration flow lines",
      caption: "The portal’s interactive map of movement between Peru and Chile. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
    attachments: ["media-kit-pdf"],
    related: ["statement-by-the-regional-director-on-protection-for-migrants-moving-through-the-andean-region"],
    seo: {
      metaTitle: "Peru–Chile migration data portal launched | Sample newsroom",
      metaDescription:
        "A new online portal brings together harmonised statistics on migration between Peru and Chile, from border crossings to remittances.",
    },
  },
  {
    title: "Media Advisory: Launch of Study on Labour Migration from Ethiopia and Sudan",
    slug: "media-advisory-launch-of-study-on-labour-migration-from-ethiopia-and-sudan",
    documentType: "media-advisory",
    datelinePlace: "Addis Ababa",
    datelineCountry: "ethiopia",
    releaseDate: "2013-04-30T07:45:00Z",
    lead: "IOM will present the findings of a new study on the recruitment, journeys and working conditions of labour migrants from Ethiopia and Sudan at a press briefing in Addis Ababa on 7 May.",
    body: [
      p(
        "The study draws on interviews with more than 1,500 migrants, returnees and family members, as well as recruitment agencies and officials. It examines how workers find jobs abroad, what they pay to get there and what happens when things go wrong.",
      ),
      ul(
        "Date: Tuesday, 7 May 2013",
        "Time: 10:00–11:30 (local time)",
        "Venue: Conference hall (sample), Bole district, Addis Ababa",
        "Speakers: the study’s lead researcher and IOM’s Chief of Mission in Ethiopia (sample)",
      ),
      p(
        "Copies of the executive summary will be shared under embargo with registered journalists on 6 May. Interviews in Amharic, Arabic and English can be arranged.",
      ),
      p("Media representatives are asked to confirm attendance by 3 May with the press contact below."),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["ethiopia", "sudan"],
    regions: ["east-horn-africa", "middle-east-north-africa"],
    themes: ["labour-mobility", "migration-data"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-5",
      altText: "Two researchers review interview notes and questionnaires at a wooden table",
      caption: "Researchers reviewing interview records for the study. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "Coastal Villages in the Philippines Rehearse Evacuation Ahead of Typhoon Season",
    slug: "coastal-villages-in-the-philippines-rehearse-evacuation-ahead-of-typhoon-season",
    documentType: "news-story",
    datelinePlace: "Manila",
    datelineCountry: "philippines",
    releaseDate: "2013-05-21T10:15:00Z",
    lead: "Before the first storms of the season, residents of 18 coastal villages in the central Philippines walked their evacuation routes, tested warning systems and practised registering displaced families in drills supported by IOM and local authorities.",
    body: [
      p(
        "At dawn on a Saturday, a siren sent some 600 residents of one fishing village up a hillside path to the local school, which doubles as an evacuation centre. Volunteers timed the walk, noted where the path flooded and registered each household as it arrived.",
      ),
      image(
        "sample-inline-2",
        "Residents carrying bags walk along a coastal path towards a school building during an evacuation drill",
        "Residents walk to an evacuation centre during a community drill. (Sample image)",
      ),
      h2("Knowing who is where"),
      p(
        "Registration is one of the lessons of past storms: when families scatter to relatives’ homes, schools and churches, aid can miss those who are hardest to find. The drills use a simple paper form that village officials later enter into a shared database. Jose Halimbawa, a village disaster officer, said the exercise had already changed local plans:",
      ),
      quote(
        "We found that our elderly residents could not reach the school in time on the old route. We have moved them to a closer building, and now everyone knows it.",
      ),
      p("IOM plans to support drills in a further 30 villages before the peak of the typhoon season."),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["philippines"],
    regions: ["asia-pacific"],
    themes: ["climate-migration", "emergency-response"],
    pressContacts: ["noor.demo@example.org"],
    hero: {
      imageKey: "sample-hero-6",
      altText: "Villagers gather outside a school building on a hillside above the sea",
      caption: "Residents assemble at an evacuation centre at the end of a drill. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "Mobile Health Teams Reach 8,400 Migrants Along the Guatemala–Mexico Border",
    slug: "mobile-health-teams-reach-8400-migrants-along-the-guatemala-mexico-border",
    documentType: "press-release",
    datelinePlace: "Guatemala City",
    datelineCountry: "guatemala",
    releaseDate: "2013-06-18T09:00:00Z",
    lastUpdatedAt: "2013-06-21T16:00:00Z",
    lead: "Mobile health teams working on both sides of the border between Guatemala and Mexico have provided consultations, vaccinations and psychological first aid to 8,400 migrants since January, IOM said today.",
    body: [
      p(
        "Four teams of doctors, nurses and psychologists travel between shelters, bus terminals and border towns, reaching people who rarely visit a clinic while on the move. Between January and May the teams provided:",
      ),
      ul(
        "5,900 general medical consultations",
        "2,300 vaccinations, mainly against tetanus and measles",
        "1,100 sessions of psychological first aid",
        "240 referrals to hospitals for further care",
      ),
      p("Dr Ana Ejemplo, who leads one of the teams, said many patients put off care until problems become serious:"),
      quote(
        "People are afraid that stopping at a clinic will mean losing their place on the journey. When we come to them, they talk to us about injuries and infections, and also about fear and sleeplessness.",
      ),
      p(
        "The teams work with the health authorities of both countries and with shelters run by civil society organisations. This release was updated on 21 June 2013 to include hospital referral figures.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["guatemala", "mexico"],
    regions: ["central-north-america-caribbean"],
    themes: ["migration-health"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-7",
      altText: "A nurse takes the blood pressure of a man seated outside a shelter",
      caption: "A mobile team member examines a patient at a migrant shelter. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "IOM Saddened by Deaths of Migrants at Sea Off the Coast of Yemen",
    slug: "iom-saddened-by-deaths-of-migrants-at-sea-off-the-coast-of-yemen",
    documentType: "statement",
    datelinePlace: "Aden",
    datelineCountry: "yemen",
    releaseDate: "2013-07-11T08:30:00Z",
    lead: "IOM is deeply saddened by reports that at least 11 migrants drowned when their boat capsized off Yemen’s southern coast this week, and urges renewed efforts to protect people making the crossing from the Horn of Africa.",
    body: [
      p(
        "According to survivors interviewed by IOM staff at a reception point near the coast, around 70 people, most of them young Ethiopian men, were on board when the boat overturned in rough seas. Survivors have received food, water, medical care and clothing.",
      ),
      p("Omar Mithal, IOM’s Chief of Mission in Yemen (sample), said:"),
      quote(
        "Each of these deaths is a tragedy for a family on the other side of the sea. Smugglers continue to put lives at risk, and people need accurate information about the dangers before they set out.",
      ),
      p(
        "IOM continues to work with the authorities in Yemen and Ethiopia on information campaigns in communities of origin, on assistance for stranded migrants and on efforts to hold to account those who abuse people on the move.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["yemen", "ethiopia"],
    regions: ["middle-east-north-africa", "east-horn-africa"],
    themes: ["emergency-response", "counter-trafficking"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-8",
      altText: "Empty wooden fishing boats pulled up on a sandy beach under a grey sky",
      caption: "A stretch of coastline where many migrants land after the crossing. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
  },
  {
    title: "Ukraine Hotline Helps More Than 3,000 Callers Check Job Offers Abroad",
    slug: "ukraine-hotline-helps-more-than-3000-callers-check-job-offers-abroad",
    documentType: "press-release",
    datelinePlace: "Kyiv",
    datelineCountry: "ukraine",
    releaseDate: "2013-08-06T10:00:00Z",
    lead: "A free hotline for Ukrainians considering work abroad has answered more than 3,000 calls in its first six months, helping callers verify recruitment agencies and spot the warning signs of trafficking, IOM said today.",
    body: [
      p(
        "The hotline, run with a Kyiv-based non-governmental partner, receives calls from across Ukraine, most often from people aged 18 to 40 considering seasonal agriculture, care work or construction jobs in Germany, Poland and other European Union countries. Almost a third of callers asked to check an agency or job advertisement; in 140 cases consultants found signs of possible fraud or exploitation.",
      ),
      h2("How the hotline works"),
      ol(
        "The caller describes the job offer and the agency or person behind it.",
        "Consultants check the agency against the official register of licensed recruiters.",
        "They explain the caller’s rights and the documents a legal job requires.",
        "If there are signs of trafficking, the case is referred to specialised partners and, with the caller’s consent, to the police.",
      ),
      p("Ivan Zrazok, who manages counter-trafficking work for IOM in Kyiv, said the calls show how quickly offers spread online:"),
      quote(
        "A job advert can look perfectly normal. A five-minute call to check it costs nothing and can save someone from months of debt and abuse.",
      ),
      p(
        "Figures from the first six months are summarised in the attached fact sheet. More information is available on the ",
        link("https://www.example.org/ukraine/safe-migration-hotline", "hotline’s project page"),
        ".",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["ukraine", "germany"],
    regions: ["europe"],
    themes: ["counter-trafficking", "labour-mobility"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-9",
      altText: "A hotline consultant wearing a headset takes notes while speaking on the phone",
      caption: "A consultant answers a call on the safe migration hotline. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
    attachments: ["fact-sheet-pdf"],
    related: ["bangladesh-pilot-trains-1200-prospective-migrant-workers-on-safe-recruitment"],
  },
  {
    title: "Media Advisory: Regional Conference on Migrant Health Opens in Mexico City on 10 September",
    slug: "media-advisory-regional-conference-on-migrant-health-opens-in-mexico-city-on-10-september",
    documentType: "media-advisory",
    datelinePlace: "Mexico City",
    datelineCountry: "mexico",
    releaseDate: "2013-09-03T09:45:00Z",
    lead: "Health officials, researchers and civil society groups from nine countries of Central and North America will meet in Mexico City on 10–11 September to discuss access to health care for migrants in transit and on return.",
    body: [
      p(
        "The conference, co-organised by IOM and regional health partners, will review experience from border health projects, including mobile teams working in Guatemala and Mexico, and agree on shared priorities for the next two years.",
      ),
      ul(
        "Opening session and press briefing: 10 September, 09:00–10:30",
        "Visit to a health post at a migrant shelter (pool coverage only): 11 September, 08:00",
        "Closing press conference: 11 September, 16:00",
      ),
      p(
        "Accredited journalists may attend the opening and closing sessions; working sessions are closed to the media. Spanish–English interpretation will be provided.",
      ),
      p(
        "To request accreditation, please contact the press officer listed below by 6 September with the name of your media outlet and a copy of your press card.",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["mexico", "guatemala"],
    regions: ["central-north-america-caribbean"],
    themes: ["migration-health", "migration-governance"],
    pressContacts: ["dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-10",
      altText: "Rows of empty chairs facing a stage with a banner in a conference hall",
      caption: "The conference hall ahead of the opening session. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
    related: ["mobile-health-teams-reach-8400-migrants-along-the-guatemala-mexico-border"],
  },
  {
    title: "Nigerian Doctors in the Diaspora Return for Short Assignments in Home Hospitals",
    slug: "nigerian-doctors-in-the-diaspora-return-for-short-assignments-in-home-hospitals",
    documentType: "news-story",
    datelinePlace: "Lagos",
    datelineCountry: "nigeria",
    releaseDate: "2013-10-08T09:00:00Z",
    lead: "Twenty-five Nigerian doctors and nurses living in Germany and other European countries have completed short volunteer assignments in teaching hospitals in Nigeria, sharing specialist skills from neonatal care to emergency medicine.",
    body: [
      p(
        "The assignments, lasting between two and six weeks, are part of a diaspora engagement scheme that matches health professionals abroad with hospitals that have asked for support. Volunteers keep their jobs abroad and receive travel costs and a modest allowance.",
      ),
      p(
        "Dr Ngozi Sample, a paediatrician based in Hamburg, spent a month at a teaching hospital in the south-west of the country training staff in newborn resuscitation:",
      ),
      quote(
        "I trained in Nigeria, and I always wanted to give something back without giving up my life in Germany. Short assignments make that possible, and the colleagues I worked with will pass the skills on.",
      ),
      ul(
        "25 volunteers completed assignments between March and September 2013",
        "9 hospitals in 6 states hosted volunteers",
        "More than 400 local staff took part in training sessions",
      ),
      p(
        "The scheme builds on commitments made at the ",
        link("https://www.example.org/events/berlin-diaspora-dialogue-2013", "Berlin Dialogue on Diaspora Engagement"),
        " earlier this year. Health professionals in the diaspora can register their interest through the ",
        link("https://www.example.org/nigeria/diaspora-health-volunteers", "volunteer sign-up page"),
        ".",
      ),
      sampleNote(
        "This is sample content written for the demonstration newsroom; the people, figures and events it describes are fictional.",
      ),
    ],
    countries: ["nigeria", "germany"],
    regions: ["west-central-africa", "europe"],
    themes: ["diaspora-engagement", "migration-health"],
    pressContacts: ["rui.example@example.org", "dana.placeholder@example.org"],
    hero: {
      imageKey: "sample-hero-11",
      altText: "A doctor demonstrates newborn resuscitation on a training mannequin to a group of nurses",
      caption: "A diaspora volunteer leads a training session for hospital staff. (Sample image)",
      credit: SAMPLE_CREDIT,
    },
    related: [
      "media-advisory-berlin-dialogue-on-diaspora-engagement-opens-22-january",
      "in-agadez-returning-migrants-find-a-second-start-through-small-business-grants",
    ],
    seo: {
      metaDescription:
        "Nigerian doctors and nurses living in Europe volunteer short assignments in teaching hospitals at home, sharing skills in newborn and emergency care.",
    },
  },
];
