//! Lexicons of general knowledge used by the extractors: chemical elements,
//! countries and other places, units, currencies, number words, months,
//! personal titles, organization and place suffixes, and the phrases of page
//! chrome. Nothing here is specific to any article.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{OnceLock, RwLock};

/// The 118 chemical elements: (name, symbol).
pub const ELEMENTS: &[(&str, &str)] = &[
    ("hydrogen", "H"), ("helium", "He"), ("lithium", "Li"), ("beryllium", "Be"), ("boron", "B"),
    ("carbon", "C"), ("nitrogen", "N"), ("oxygen", "O"), ("fluorine", "F"), ("neon", "Ne"),
    ("sodium", "Na"), ("magnesium", "Mg"), ("aluminium", "Al"), ("silicon", "Si"), ("phosphorus", "P"),
    ("sulfur", "S"), ("chlorine", "Cl"), ("argon", "Ar"), ("potassium", "K"), ("calcium", "Ca"),
    ("scandium", "Sc"), ("titanium", "Ti"), ("vanadium", "V"), ("chromium", "Cr"), ("manganese", "Mn"),
    ("iron", "Fe"), ("cobalt", "Co"), ("nickel", "Ni"), ("copper", "Cu"), ("zinc", "Zn"),
    ("gallium", "Ga"), ("germanium", "Ge"), ("arsenic", "As"), ("selenium", "Se"), ("bromine", "Br"),
    ("krypton", "Kr"), ("rubidium", "Rb"), ("strontium", "Sr"), ("yttrium", "Y"), ("zirconium", "Zr"),
    ("niobium", "Nb"), ("molybdenum", "Mo"), ("technetium", "Tc"), ("ruthenium", "Ru"), ("rhodium", "Rh"),
    ("palladium", "Pd"), ("silver", "Ag"), ("cadmium", "Cd"), ("indium", "In"), ("tin", "Sn"),
    ("antimony", "Sb"), ("tellurium", "Te"), ("iodine", "I"), ("xenon", "Xe"), ("caesium", "Cs"),
    ("barium", "Ba"), ("lanthanum", "La"), ("cerium", "Ce"), ("praseodymium", "Pr"), ("neodymium", "Nd"),
    ("promethium", "Pm"), ("samarium", "Sm"), ("europium", "Eu"), ("gadolinium", "Gd"), ("terbium", "Tb"),
    ("dysprosium", "Dy"), ("holmium", "Ho"), ("erbium", "Er"), ("thulium", "Tm"), ("ytterbium", "Yb"),
    ("lutetium", "Lu"), ("hafnium", "Hf"), ("tantalum", "Ta"), ("tungsten", "W"), ("rhenium", "Re"),
    ("osmium", "Os"), ("iridium", "Ir"), ("platinum", "Pt"), ("gold", "Au"), ("mercury", "Hg"),
    ("thallium", "Tl"), ("lead", "Pb"), ("bismuth", "Bi"), ("polonium", "Po"), ("astatine", "At"),
    ("radon", "Rn"), ("francium", "Fr"), ("radium", "Ra"), ("actinium", "Ac"), ("thorium", "Th"),
    ("protactinium", "Pa"), ("uranium", "U"), ("neptunium", "Np"), ("plutonium", "Pu"), ("americium", "Am"),
    ("curium", "Cm"), ("berkelium", "Bk"), ("californium", "Cf"), ("einsteinium", "Es"), ("fermium", "Fm"),
    ("mendelevium", "Md"), ("nobelium", "No"), ("lawrencium", "Lr"), ("rutherfordium", "Rf"), ("dubnium", "Db"),
    ("seaborgium", "Sg"), ("bohrium", "Bh"), ("hassium", "Hs"), ("meitnerium", "Mt"), ("darmstadtium", "Ds"),
    ("roentgenium", "Rg"), ("copernicium", "Cn"), ("nihonium", "Nh"), ("flerovium", "Fl"), ("moscovium", "Mc"),
    ("livermorium", "Lv"), ("tennessine", "Ts"), ("oganesson", "Og"),
];

/// Spelling variants of element names.
pub const ELEMENT_VARIANTS: &[(&str, &str)] = &[("aluminum", "aluminium"), ("cesium", "caesium"), ("sulphur", "sulfur")];

/// Element names that are also everyday words; they count as elements only
/// next to a chemistry cue (see `extract::entities`).
pub const AMBIGUOUS_ELEMENTS: &[&str] = &["lead", "iron", "tin", "gold", "silver", "copper", "mercury", "carbon"];

/// Countries: (name, aliases separated by `;`, demonym).
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Afghanistan", "", "Afghan"), ("Albania", "", "Albanian"), ("Algeria", "", "Algerian"),
    ("Angola", "", "Angolan"), ("Argentina", "", "Argentine"), ("Armenia", "", "Armenian"),
    ("Australia", "", "Australian"), ("Austria", "", "Austrian"), ("Azerbaijan", "", "Azerbaijani"),
    ("Bahrain", "", "Bahraini"), ("Bangladesh", "", "Bangladeshi"), ("Belarus", "", "Belarusian"),
    ("Belgium", "", "Belgian"), ("Bolivia", "", "Bolivian"), ("Bosnia and Herzegovina", "Bosnia", "Bosnian"),
    ("Botswana", "", "Botswanan"), ("Brazil", "", "Brazilian"), ("Brunei", "", "Bruneian"),
    ("Bulgaria", "", "Bulgarian"), ("Burundi", "", "Burundian"), ("Cambodia", "", "Cambodian"),
    ("Cameroon", "", "Cameroonian"), ("Canada", "", "Canadian"), ("Chad", "", "Chadian"), ("Chile", "", "Chilean"),
    ("China", "People's Republic of China;PRC;Mainland China", "Chinese"), ("Colombia", "", "Colombian"),
    ("Congo", "Democratic Republic of the Congo;Democratic Republic of Congo;DRC;DR Congo", "Congolese"), ("Costa Rica", "", "Costa Rican"),
    ("Croatia", "", "Croatian"), ("Cuba", "", "Cuban"), ("Cyprus", "", "Cypriot"),
    ("Czech Republic", "Czechia", "Czech"), ("Denmark", "", "Danish"), ("Dominican Republic", "", "Dominican"),
    ("Ecuador", "", "Ecuadorian"), ("Egypt", "", "Egyptian"), ("El Salvador", "", "Salvadoran"),
    ("Estonia", "", "Estonian"), ("Ethiopia", "", "Ethiopian"), ("Fiji", "", "Fijian"), ("Finland", "", "Finnish"),
    ("France", "", "French"), ("Gabon", "", "Gabonese"), ("Georgia", "", "Georgian"), ("Germany", "", "German"),
    ("Ghana", "", "Ghanaian"), ("Greece", "", "Greek"), ("Greenland", "", "Greenlandic"),
    ("Guatemala", "", "Guatemalan"), ("Guinea", "", "Guinean"), ("Haiti", "", "Haitian"),
    ("Honduras", "", "Honduran"), ("Hong Kong", "", ""), ("Hungary", "", "Hungarian"), ("Iceland", "", "Icelandic"),
    ("India", "", "Indian"), ("Indonesia", "", "Indonesian"), ("Iran", "", "Iranian"), ("Iraq", "", "Iraqi"),
    ("Ireland", "", "Irish"), ("Israel", "", "Israeli"), ("Italy", "", "Italian"), ("Ivory Coast", "Côte d'Ivoire", "Ivorian"),
    ("Jamaica", "", "Jamaican"), ("Japan", "", "Japanese"), ("Jordan", "", "Jordanian"),
    ("Kazakhstan", "", "Kazakh"), ("Kenya", "", "Kenyan"), ("Kosovo", "", "Kosovar"), ("Kuwait", "", "Kuwaiti"),
    ("Kyrgyzstan", "", "Kyrgyz"), ("Laos", "", "Laotian"), ("Latvia", "", "Latvian"), ("Lebanon", "", "Lebanese"),
    ("Libya", "", "Libyan"), ("Lithuania", "", "Lithuanian"), ("Luxembourg", "", ""), ("Madagascar", "", "Malagasy"),
    ("Malawi", "", "Malawian"), ("Malaysia", "", "Malaysian"), ("Mali", "", "Malian"), ("Malta", "", "Maltese"),
    ("Mauritania", "", "Mauritanian"), ("Mexico", "", "Mexican"), ("Moldova", "", "Moldovan"),
    ("Mongolia", "", "Mongolian"), ("Montenegro", "", "Montenegrin"), ("Morocco", "", "Moroccan"),
    ("Mozambique", "", "Mozambican"), ("Myanmar", "Burma", "Burmese"), ("Namibia", "", "Namibian"),
    ("Nepal", "", "Nepali"), ("Netherlands", "Holland", "Dutch"), ("New Zealand", "NZ", ""),
    ("Nicaragua", "", "Nicaraguan"), ("Niger", "", "Nigerien"), ("Nigeria", "", "Nigerian"),
    ("North Korea", "DPRK", "North Korean"), ("North Macedonia", "Macedonia", "Macedonian"), ("Norway", "", "Norwegian"),
    ("Oman", "", "Omani"), ("Pakistan", "", "Pakistani"), ("Palestine", "", "Palestinian"), ("Panama", "", "Panamanian"),
    ("Papua New Guinea", "", ""), ("Paraguay", "", "Paraguayan"), ("Peru", "", "Peruvian"),
    ("Philippines", "", "Filipino"), ("Poland", "", "Polish"), ("Portugal", "", "Portuguese"), ("Qatar", "", "Qatari"),
    ("Romania", "", "Romanian"), ("Russia", "Russian Federation", "Russian"), ("Rwanda", "", "Rwandan"),
    ("Saudi Arabia", "", "Saudi"), ("Senegal", "", "Senegalese"), ("Serbia", "", "Serbian"),
    ("Sierra Leone", "", ""), ("Singapore", "", "Singaporean"), ("Slovakia", "", "Slovak"), ("Slovenia", "", "Slovenian"),
    ("Somalia", "", "Somali"), ("South Africa", "", "South African"),
    ("South Korea", "Republic of Korea;Korea", "South Korean"), ("South Sudan", "", "South Sudanese"),
    ("Spain", "", "Spanish"), ("Sri Lanka", "", "Sri Lankan"), ("Sudan", "", "Sudanese"), ("Sweden", "", "Swedish"),
    ("Switzerland", "", "Swiss"), ("Syria", "", "Syrian"), ("Taiwan", "", "Taiwanese"), ("Tajikistan", "", "Tajik"),
    ("Tanzania", "", "Tanzanian"), ("Thailand", "", "Thai"), ("Tunisia", "", "Tunisian"), ("Turkey", "Türkiye", "Turkish"),
    ("Turkmenistan", "", "Turkmen"), ("Uganda", "", "Ugandan"), ("Ukraine", "", "Ukrainian"),
    ("United Arab Emirates", "UAE;U.A.E.", "Emirati"), ("United Kingdom", "UK;U.K.;Britain;Great Britain", "British"),
    ("United States", "US;U.S.;USA;U.S.A.;America;United States of America", "American"),
    ("Uruguay", "", "Uruguayan"), ("Uzbekistan", "", "Uzbek"), ("Venezuela", "", "Venezuelan"),
    ("Vietnam", "Viet Nam", "Vietnamese"), ("Yemen", "", "Yemeni"), ("Zambia", "", "Zambian"),
    ("Zimbabwe", "", "Zimbabwean"),
];

/// Other places of general knowledge: continents, oceans, regions, major
/// cities and the first-level divisions of large countries.
pub const PLACES: &[&str] = &[
    // continents, oceans, seas, regions
    "Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Latin America", "Oceania",
    "Arctic", "Antarctic", "Middle East", "Southeast Asia", "East Asia", "South Asia", "Central Asia",
    "Asia-Pacific", "Indo-Pacific", "Pacific", "Pacific Ocean", "Atlantic", "Atlantic Ocean", "Indian Ocean",
    "Arctic Ocean", "Southern Ocean", "Mediterranean", "Mediterranean Sea", "South China Sea", "East China Sea",
    "Sea of Japan", "Baltic Sea", "Black Sea", "North Sea", "Red Sea", "Caribbean", "Persian Gulf",
    "Gulf of Mexico", "Scandinavia", "Balkans", "Sahara", "Siberia", "Patagonia", "Amazon", "Himalayas",
    "Clarion-Clipperton Zone", "Mariana Trench", "Strait of Hormuz", "Taiwan Strait",
    // cities
    "Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Kobe", "Hiroshima", "Nagasaki", "Sendai",
    "Kitakyushu", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Chongqing", "Tianjin", "Wuhan", "Chengdu",
    "Baotou", "Ganzhou", "Taipei", "Seoul", "Busan", "Pyongyang", "Ulaanbaatar", "Hanoi", "Ho Chi Minh City",
    "Bangkok", "Kuala Lumpur", "Jakarta", "Manila", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai",
    "Bangalore", "Karachi", "Islamabad", "Dhaka", "Kabul", "Tehran", "Baghdad", "Riyadh", "Dubai", "Abu Dhabi",
    "Doha", "Jerusalem", "Tel Aviv", "Ankara", "Istanbul", "Cairo", "Nairobi", "Lagos", "Johannesburg",
    "Cape Town", "Kinshasa", "Addis Ababa", "Moscow", "Saint Petersburg", "Kyiv", "Kiev", "Warsaw", "Berlin",
    "Munich", "Frankfurt", "Hamburg", "Paris", "Lyon", "Marseille", "London", "Manchester", "Edinburgh",
    "Dublin", "Madrid", "Barcelona", "Lisbon", "Rome", "Milan", "Vienna", "Zurich", "Geneva", "Brussels",
    "Amsterdam", "The Hague", "Copenhagen", "Stockholm", "Oslo", "Helsinki", "Athens", "Prague", "Budapest",
    "Bucharest", "Washington", "Washington, D.C.", "New York", "New York City", "Los Angeles", "Chicago",
    "Houston", "San Francisco", "Seattle", "Boston", "Miami", "Atlanta", "Dallas", "Denver", "Detroit",
    "Philadelphia", "Las Vegas", "Silicon Valley", "Ottawa", "Toronto", "Montreal", "Vancouver", "Mexico City",
    "Brasilia", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Santiago", "Lima", "Bogotá",
    "Bogota", "Caracas", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin",
    "Auckland", "Wellington", "Singapore City", "Hong Kong", "Macau", "Geneva",
    // first-level divisions
    "Hokkaido", "Honshu", "Kyushu", "Shikoku", "Okinawa", "Fukuoka", "Kagoshima", "Kumamoto", "Nagasaki",
    "Miyazaki", "Oita", "Saga", "Ehime", "Kochi", "Tokushima", "Kagawa", "Yamaguchi", "Shimane", "Tottori",
    "Okayama", "Hyogo", "Nara", "Wakayama", "Shiga", "Mie", "Gifu", "Aichi", "Shizuoka", "Nagano",
    "Yamanashi", "Niigata", "Toyama", "Ishikawa", "Fukui", "Kanagawa", "Saitama", "Chiba", "Ibaraki",
    "Tochigi", "Gunma", "Fukushima", "Miyagi", "Yamagata", "Iwate", "Akita", "Aomori", "Ogasawara",
    "Inner Mongolia", "Jiangxi", "Guangdong", "Sichuan", "Yunnan", "Fujian", "Xinjiang", "Tibet", "Hunan",
    "Hubei", "Zhejiang", "Jiangsu", "Shandong", "Hebei", "Henan", "Shanxi", "Shaanxi", "Guangxi", "Hainan",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    "New South Wales", "Queensland", "Victoria", "Western Australia", "South Australia", "Tasmania",
    "Northern Territory", "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
    "Bavaria", "Scotland", "Wales", "England", "Northern Ireland", "Catalonia", "Sicily", "Sardinia",
    "Corsica", "Crimea", "Donbas", "Kashmir", "Punjab", "Gujarat", "Maharashtra", "Kerala", "Tamil Nadu",
    "Gaza", "West Bank", "Sumatra", "Java", "Borneo", "Sulawesi", "Mindanao", "Luzon",
];

/// Abbreviations of regions that news writes instead of the name: (name, aliases separated by `;`).
pub const PLACE_ALIASES: &[(&str, &str)] = &[
    ("New South Wales", "NSW"), ("Queensland", "Qld;QLD"), ("Tasmania", "Tas."), ("Australian Capital Territory", ""),
    ("Northern Territory", ""), ("British Columbia", "B.C."), ("District of Columbia", "D.C."),
];

/// Organizations and blocs of general knowledge: (name, aliases separated by `;`).
pub const ORGANIZATIONS: &[(&str, &str)] = &[
    ("European Union", "EU;E.U."), ("United Nations", "UN;U.N."), ("NATO", "North Atlantic Treaty Organization"),
    ("World Health Organization", "WHO"), ("International Monetary Fund", "IMF"), ("World Bank", ""),
    ("World Trade Organization", "WTO"), ("OPEC", "Organization of the Petroleum Exporting Countries"),
    ("Group of Seven", "G7;G-7"), ("Group of 20", "G20;G-20"), ("ASEAN", "Association of Southeast Asian Nations"),
    ("International Energy Agency", "IEA"), ("International Atomic Energy Agency", "IAEA"),
    ("International Seabed Authority", "ISA"), ("White House", ""), ("Pentagon", ""), ("Kremlin", ""),
    ("Congress", "U.S. Congress;US Congress"), ("European Commission", ""), ("Federal Reserve", "Fed"),
    ("Associated Press", "AP"), ("Reuters", ""), ("Kyodo", "Kyodo News"), ("Xinhua", ""), ("Bloomberg", ""),
    // News agencies.
    ("Agence France-Presse", "AFP;Agence France Presse"), ("Press Trust of India", "PTI"), ("Yonhap", "Yonhap News Agency"),
    ("Anadolu Agency", "Anadolu"), ("Deutsche Presse-Agentur", "dpa"), ("Australian Associated Press", "AAP"),
    // Intergovernmental bodies and agencies.
    ("OPEC+", "OPEC Plus"), ("Organisation for Economic Co-operation and Development", "OECD;Organization for Economic Cooperation and Development"),
    ("African Union", ""), ("Arab League", ""), ("Gulf Cooperation Council", "GCC"), ("Commonwealth", ""),
    ("Frontex", ""), ("Europol", ""), ("Interpol", ""), ("European Central Bank", "ECB"), ("Bank for International Settlements", "BIS"),
    ("UNHCR", "UN Refugee Agency;United Nations High Commissioner for Refugees"), ("UNICEF", ""), ("UNESCO", ""),
    ("World Food Programme", "WFP"), ("Food and Agriculture Organization", "FAO"), ("International Labour Organization", "ILO"),
    ("International Court of Justice", "ICJ"), ("International Criminal Court", ""), ("UN Security Council", "Security Council;United Nations Security Council"),
    ("UN General Assembly", "United Nations General Assembly"), ("European Parliament", ""), ("European Council", ""),
    ("Council of Europe", ""), ("World Economic Forum", "WEF"), ("Asian Development Bank", "ADB"),
    // Aid and rights groups.
    ("Red Cross", "International Committee of the Red Cross;ICRC"), ("Red Crescent", ""), ("Amnesty International", "Amnesty"),
    ("Human Rights Watch", ""), ("Greenpeace", ""), ("Oxfam", ""), ("Médecins Sans Frontières", "MSF;Doctors Without Borders"),
    ("Save the Children", ""), ("Transparency International", ""),
    // Sports bodies.
    ("FIFA", ""), ("UEFA", ""), ("International Olympic Committee", "IOC"), ("Formula One", "F1;Formula 1"), ("World Athletics", ""),
    // Stock exchanges.
    ("Nasdaq", ""), ("New York Stock Exchange", "NYSE"), ("London Stock Exchange", ""), ("Euronext", ""),
    ("Deutsche Börse", ""), ("Hong Kong Stock Exchange", "HKEX;HKEx"), ("Johannesburg Stock Exchange", "JSE"),
    ("Toronto Stock Exchange", "TSX"), ("Singapore Exchange", "SGX"), ("Australian Securities Exchange", "ASX"),
    // Legislatures named by one word.
    ("Senate", ""), ("Parliament", ""), ("House of Commons", "Commons"), ("House of Lords", ""),
    ("House of Representatives", ""), ("Bundestag", ""), ("Knesset", ""), ("Duma", "State Duma"), ("Lok Sabha", ""),
    ("Rajya Sabha", ""), ("Dáil", "Dáil Éireann"), ("Folketing", ""), ("Riksdag", ""), ("Storting", ""), ("Sejm", ""),
    ("Legislative Yuan", ""), ("Verkhovna Rada", ""), ("Majlis", ""), ("Bundesrat", ""), ("Oireachtas", ""),
];

/// Competitions and other named events of general knowledge (kind `other`).
pub const EVENTS: &[&str] = &[
    "Bundesliga", "Premier League", "Champions League", "Europa League", "La Liga", "Serie A", "Ligue 1", "Eredivisie",
    "Olympics", "Olympic Games", "Paralympics", "Paralympic Games", "World Cup", "Super Bowl", "Wimbledon Championships",
    "Tour de France", "Giro d'Italia", "Vuelta a España", "Eurovision Song Contest", "Indian Premier League",
];

/// Stock and market indices of general knowledge (kind `other`); a number
/// after a name joins it only when the whole is listed here ("Nikkei 225").
pub const INDICES: &[&str] = &[
    "S&P 500", "S&P/ASX 200", "S&P/ASX 300", "S&P/TSX Composite", "S&P/TSX", "Dow Jones Industrial Average", "Nasdaq Composite",
    "Nasdaq 100", "Nasdaq-100", "Russell 2000", "FTSE 100", "FTSE 250", "FTSE All-Share", "FTSE MIB", "DAX", "MDAX",
    "CAC 40", "Euro Stoxx 50", "Stoxx 600", "Stoxx Europe 600", "IBEX 35", "Nikkei 225", "Nikkei Stock Average", "Topix",
    "Hang Seng Index", "Hang Seng China Enterprises Index", "Shanghai Composite", "Shanghai Composite Index",
    "Shenzhen Component", "CSI 300", "Kospi", "Kosdaq", "Taiex", "Sensex", "Nifty 50", "Straits Times Index",
    "Jakarta Composite Index", "PSEi", "NZX 50", "Bovespa", "Ibovespa", "Merval", "MSCI World", "VIX", "KLCI",
];

/// Personal titles that precede a name (lower case; multi-word allowed).
pub const PERSON_TITLES: &[&str] = &[
    "president", "vice president", "prime minister", "deputy prime minister", "minister", "foreign minister",
    "finance minister", "defense minister", "defence minister", "trade minister", "industry minister",
    "secretary", "secretary of state", "chief cabinet secretary", "deputy chief cabinet secretary",
    "cabinet secretary", "chancellor", "king", "queen", "prince", "princess", "emperor", "pope",
    "governor", "mayor", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
    "ambassador", "general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "captain", "capt.",
    "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "cfo", "cto", "chief executive",
    "chief executive officer", "director", "director general", "director-general", "program director",
    "managing director", "professor", "prof.", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir",
    "dame", "lord", "lady", "spokesperson", "spokesman", "spokeswoman", "commissioner", "premier",
    "speaker", "leader", "opposition leader", "lawmaker", "researcher", "analyst", "economist", "founder",
    "co-founder", "executive", "official", "envoy", "diplomat", "scientist", "engineer", "geologist",
    "commander", "manager", "head", "coach", "inspector", "superintendent", "chief", "consultant",
    "adviser", "advisor", "lawyer", "attorney", "historian", "journalist", "reporter", "editor",
    "strategist", "physician", "doctor", "surgeon", "nurse", "teacher", "activist",
    "campaigner", "farmer", "resident", "student", "striker", "midfielder", "defender", "goalkeeper",
    "player", "veteran", "entrepreneur", "investor", "banker", "broker",
    // Police, courts and sport.
    "detective", "sergeant", "constable", "prosecutor", "magistrate", "chief justice", "associate justice",
    "auditor-general", "auditor general", "attorney-general", "solicitor-general", "governor-general", "governor general",
    "secretary-general", "secretary general", "inspector-general", "inspector general", "surgeon general", "comptroller",
    "ombudsman", "registrar", "treasurer", "councillor", "alderman", "sheriff", "archbishop", "bishop", "cardinal",
    "district judge", "circuit judge", "attorney general", "solicitor general", "chief inspector",
    "detective inspector", "detective sergeant", "detective superintendent", "chief superintendent",
    "senior superintendent", "assistant commissioner", "deputy commissioner", "teammate", "team-mate",
    "team principal", "sporting director", "head coach", "captain", "skipper", "manager", "boss",
    "winger", "forward", "batter", "bowler", "opener", "driver", "rider", "jockey", "trainer",
    "trade representative",
    // Titles written with a period, and offices of several words: "Gov. Gavin Newsom", "Chief Financial
    // Officer Raj Subramaniam", "Assistant Chief Constable Aled Rees", "Battalion Chief Carla Reyes".
    "gov.", "lt.", "sgt.", "rev.", "supt.", "insp.", "det.", "cmdr.", "lt. gov.",
    "chief financial officer", "chief operating officer", "chief technology officer", "chief medical officer",
    "chief investment officer", "chief information officer", "chief marketing officer", "chief scientist",
    "chief economist", "chief constable", "assistant chief constable", "deputy chief constable", "battalion chief",
    "fire chief", "police chief", "deputy mayor", "lord mayor", "deputy governor",
    // British and Irish abbreviations before a name: "Cllr Ann Baxter", "Labour MP Jess Phillips",
    // "Det Supt Carla Moss", "DCI Tom Hale", "PC Amy Ward", "Headteacher Tom Rees".
    "cllr", "cllr.", "mp", "mep", "msp", "mla", "td", "det", "supt", "insp", "sgt", "dci", "dcs", "dc", "ds", "pc",
    "headteacher", "head teacher", "rt hon",
    // Abbreviated titles with their stop ("Gov. Gavin Newsom", "Sgt. Ana Ruiz").
    "gov.", "lt.", "sgt.", "det.", "supt.", "insp.", "cpl.", "maj.", "cmdr.", "atty.", "rev.", "gov", "sgt", "supt", "insp",
];

/// Roles that are a person's title only right before a first name
/// ("Councilmember Adriana Solis", "Patrol Agent Mario Treviño", "Managing
/// Officer Kenji Morita"), where alone they may open other names ("Star
/// Tribune", "Agent Orange").
pub const ROLE_TITLES: &[&str] = &[
    "councilmember", "councilwoman", "councilman", "council member", "assemblymember", "assemblyman", "assemblywoman", "alderwoman",
    "officer", "agent", "trooper", "deputy", "marshal", "ranger", "warden", "firefighter", "paramedic", "pilot", "major", "corporal",
    "star", "co-star", "actor", "actress", "singer", "writer", "producer", "director", "author", "novelist", "poet", "artist", "designer",
    "organizer", "organiser", "negotiator", "steward", "delegate", "dean", "provost", "rector", "principal", "curator", "chef", "owner",
    "pastor", "rabbi", "imam", "reverend", "clerk", "solicitor", "barrister", "counsel", "advocate", "pharmacist", "juror", "witness",
    // Members of parliaments and assemblies ("Leeds MP Jane Roe").
    "mp", "mep", "msp", "ms", "mla", "mpp", "td", "mk",
];

/// Verbs that attribute speech (present and past forms).
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "announced",
    "announces", "explained", "explains", "wrote", "writes", "argued", "argues", "warned", "warns", "insisted",
    "insists", "remarked", "commented", "declared", "declares", "emphasized", "emphasised", "stressed", "stresses",
    "asked", "asks", "replied", "responded", "acknowledged", "admitted", "claimed", "claims", "suggested",
    "suggests", "tweeted", "posted", "urged", "urges", "predicted", "cautioned", "conceded", "continued",
    "recalled", "observed", "pointed out", "according to",
];

/// Last words that make a capitalized name an organization.
pub const ORG_SUFFIXES: &[&str] = &[
    "corporation", "corp", "corp.", "co", "co.", "company", "companies", "foods", "grocers", "survey",
    "semiconductor", "semiconductors", "chips", "electronics", "motor", "pharma", "biotech",
    "ferries", "cruises", "logistics", "therapeutics", "biosciences", "robotics", "solutions", "software",
    "entertainment", "publishing", "communications", "telecom", "insurance", "engineering", "construction",
    "shipbuilding", "refining", "fc", "f.c.",
    "research", "capital", "partners", "airways", "airlines", "air", "rail", "railways", "terminals", "media", "studios",
    // The same words in other languages: "Nordvik Energi", "Deutsche Telekom", "Siemens Energie".
    "energi", "energia", "energie", "telekom", "gruppen", "industrie", "industria", "werke",
    "pictures", "healthcare", "pharmaceuticals", "automotive", "aerospace", "systems", "brands",
    "ltd", "ltd.", "limited", "inc", "inc.",
    "incorporated", "llc", "plc", "ag", "gmbh", "s.a.", "sa", "nv", "holdings", "group", "university",
    "institute", "institution", "agency", "ministry", "organization", "organisation", "association",
    "council", "commission", "committee", "bank", "fund", "foundation", "society", "center", "centre",
    "department", "office", "bureau", "authority", "administration", "forces", "force", "army", "navy",
    "party", "parliament", "senate", "assembly", "court", "police", "service", "services", "times", "post",
    "journal", "news", "review", "press", "tribune", "herald", "guardian", "telegraph", "network", "networks",
    "laboratory", "laboratories", "lab", "labs", "industries", "industry", "metals", "materials", "mining",
    "minerals", "resources", "energy", "electric", "motors", "chemical", "chemicals", "technologies",
    "technology", "systems", "pharmaceuticals", "airlines", "airways", "railway", "railways", "bancorp",
    "partners", "capital", "ventures", "consortium", "alliance", "union", "federation", "team",
    "school", "college", "academy", "hospital", "museum", "exchange", "trust", "board", "secretariat",
    "cabinet", "government", "tsusho", "trading", "shipping", "steel", "oil", "gas", "petroleum", "power",
    "directorate", "library", "observatory", "institute", "inc", "studios", "media", "broadcasting", "press",
    "guard", "international", "bros", "bros.", "ambulance", "analytics", "reporter", "bloc", "brigade",
    "pjsc", "ojsc", "jsc", "pao", "oao", "spa", "s.p.a.", "ab", "asa", "oyj", "bhd", "berhad", "tbk", "kk", "k.k.",
    "ltda", "sarl", "bv", "b.v.", "n.v.", "se", "pty", "llp", "lp", "pte", "gmbh", "kgaa", "ag", "sas", "srl",
    "vets", "clinics", "hospitals", "wealth", "securities", "investments", "insurers", "bancorp",
    "ministries", "commons", "lords", "fc", "afc", "cf", "courts", "tribunals", "council", "website",
    // Company words: "Alibaba Group Holding", "Hillhouse Investment", "Lingxi Dynamics", "Boost Mobile".
    "holding", "investment", "dynamics", "mobile", "management",
    // Hospitals and universities in their own words: "Leeds General Infirmary", "Karolinska Institutet",
    // "Universität Wien"; and the start-ups named for what they make: "Stability AI", "Mistral AI".
    "infirmary", "hospice", "institutet", "universitet", "universität", "université", "universidad", "università",
    "universidade", "hochschule", "ziekenhuis", "krankenhaus", "ai",
    // Health systems: "Johns Hopkins Medicine", "Northwell Health".
    "medicine", "health",
    // Public bodies by what they do: "Border Patrol", "Australian Energy Market Operator".
    "patrol", "operator", "regulator", "watchdog",
    // Sports clubs: "Manchester United", "Blackburn Rovers", "West Bromwich Albion", "Tottenham Hotspur".
    "united", "rovers", "wanderers", "albion", "athletic", "hotspur", "rangers",
];

/// Lower-case words before a name that make it an organization ("the operator Red Eléctrica").
pub const ORG_CUES: &[&str] = &[
    "operator", "company", "firm", "lender", "bank", "insurer", "carmaker", "automaker", "retailer", "regulator",
    "utility", "airline", "startup", "start-up", "conglomerate", "manufacturer", "producer", "miner", "developer",
    "broadcaster", "newspaper", "agency", "charity", "group", "subsidiary", "supplier", "shipper", "refiner",
    "publisher", "university", "watchdog", "party", "union", "ministry", "supermarket", "grocer", "chain", "brand",
    "maker", "giant", "exporter", "importer", "carrier", "operator", "operators", "firms", "companies", "rivals",
    "banks", "lenders", "insurers", "retailers", "carmakers", "airlines", "miners", "unions", "parent",
    "outlet", "paper", "journal", "broadcaster", "platform", "network", "exchange", "fund", "club", "team",
    "side", "franchise", "school", "hospital", "council", "charity", "ngo", "think tank", "consultancy", "studio",
    "organisers", "organizers", "sponsor", "sponsors", "distributor", "bidder",
    "consortium", "coalition", "alliance", "syndicate", "brokerage",
    "chipmaker", "drugmaker", "automaker", "shipbuilder", "steelmaker", "teams", "clubs", "sides", "outfit",
    "website", "portal", "marketplace",
    // A business by its trade or its place among others: "rival Gridwise", "the brewer Brouwerij Kaap".
    "rival", "brewer", "brewery", "distiller", "winery", "fintech", "backer", "railway",
    // Bands and ensembles: "Aberdeen trio Mossgiel", "the label Parlophone".
    "band", "trio", "duo", "quartet", "quintet", "orchestra", "choir", "ensemble", "label",
];

/// Legal-form words dropped to find an organization's core name.
pub const LEGAL_FORMS: &[&str] = &[
    "corporation", "corp", "corp.", "co", "co.", "company", "ltd", "ltd.", "limited", "inc", "inc.",
    "incorporated", "llc", "plc", "ag", "gmbh", "s.a.", "sa", "nv", "holdings", "group",
    "pjsc", "ojsc", "jsc", "pao", "oao", "spa", "s.p.a.", "asa", "oyj", "bhd", "berhad", "tbk", "k.k.",
    "ltda", "sarl", "bv", "b.v.", "n.v.", "se", "pty", "llp", "pte", "kgaa", "sas", "srl", "bros", "bros.",
];

/// Last words that make a capitalized name a place.
pub const PLACE_SUFFIXES: &[&str] = &[
    "island", "islands", "isle", "prefecture", "province", "state", "county", "city", "region", "district",
    "sea", "ocean", "river", "lake", "mountain", "mountains", "mount", "bay", "strait", "peninsula",
    "valley", "desert", "gulf", "coast", "basin", "plateau", "archipelago", "atoll", "reef", "trench",
    "ridge", "canal", "harbor", "harbour", "port", "airport", "zone", "territory", "republic", "kingdom",
    "stadium", "arena", "square", "bridge", "station", "capitol", "racecourse", "speedway", "tunnel", "dam", "reservoir",
    "park", "gardens", "common", "heath", "embankment", "neighborhood", "neighbourhood", "borough", "township",
    // Buildings and grounds named as places: "Buckingham Palace", "Salford Cathedral", "Stevenson Ranch".
    "palace", "cathedral", "abbey", "castle", "temple", "shrine", "ranch", "street", "avenue", "boulevard", "firth", "hills",
];

/// Place suffixes of buildings, grounds and landforms: "Salford Cathedral"
/// is not Salford, as "Kagoshima Prefecture" is Kagoshima.
pub const BUILDING_SUFFIXES: &[&str] = &[
    "palace", "cathedral", "abbey", "castle", "temple", "shrine", "ranch", "street", "avenue", "boulevard", "firth", "hills",
];

/// Words before a name that make it a vessel or other named thing.
pub const THING_CUES: &[&str] = &[
    "vessel", "ship", "tanker", "freighter", "ferry", "carrier", "submarine", "destroyer", "frigate",
    "icebreaker", "yacht", "rover", "satellite", "spacecraft", "probe", "rocket", "aircraft", "jet",
    "drone", "robot", "telescope", "reactor", "lander", "orbiter", "smartphone", "phone", "handset", "device",
    "model", "vehicle", "car", "laptop", "tablet", "console", "chip", "processor", "app", "drug", "vaccine", "film",
    "album", "novel", "book", "series", "game", "engine", "storm", "cyclone", "hurricane", "typhoon", "species",
];

/// First words that make a name a storm or other named event ("Cyclone Mira").
pub const STORM_PREFIXES: &[&str] = &["cyclone", "hurricane", "typhoon", "storm", "tropical", "tornado", "winter", "bushfire", "wildfire"];

/// Last words that make a name a sporting or other event ("Australian Open", "World Cup").
pub const EVENT_SUFFIXES: &[&str] = &[
    "open", "cup", "championship", "championships", "games", "olympics", "paralympics", "marathon", "festival", "expo",
    "tour", "series", "grand prix", "trophy", "classic", "masters", "derby", "world cup", "week", "show",
    "league", "liga", "bundesliga", "serie", "ligue", "prix", "regatta", "rally", "invitational", "tournament",
    // Prize ceremonies: "Academy Awards", "Grammy Awards".
    "awards",
];

/// Capitalized acronyms that are common nouns, never names ("GDP", "CEO").
pub const COMMON_ACRONYMS: &[&str] = &[
    "gdp", "gnp", "ceo", "cfo", "coo", "cto", "ai", "ev", "evs", "ipo", "ipos", "vat", "gst", "cpi", "ppi", "etf", "etfs", "tv", "dna",
    "rna", "hiv", "aids", "covid", "mri", "ct", "er", "icu", "it", "pc", "pcs", "usb", "gps", "5g", "4g", "lng", "lpg", "co2", "ghg",
    "esg", "r&d", "faq", "pm", "am", "tba", "tbc", "asap", "diy", "ok", "vip", "mp", "mps", "mep", "meps", "ngo", "ngos", "ceos",
    "kpi", "roi", "eps", "ebitda", "yoy", "qoq", "h1", "h2", "q1", "q2", "q3", "q4", "usd", "eur", "gbp", "jpy", "bp", "bps",
    "pdf", "html", "url", "api", "app", "apps", "suv", "suvs", "atm", "atms", "hr", "pr", "id", "ids", "ip", "ipa", "ufo",
    "eez", "eezs", "ree", "rees", "fdi", "fx", "pe", "vc", "sme", "smes", "nft", "nfts", "ev", "phev", "ice", "lng", "spv",
    // Time zones and other codes that are never names.
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "aest", "aedt", "acst",
    "awst", "nzst", "nzdt", "ist", "jst", "kst", "hkt", "sgt", "sast", "wib", "cctv", "suv", "suvs", "ppe", "mph", "kmh",
    "dj", "ufc", "otc", "coe", "sms", "ok", "lgbt", "lgbtq", "ivf", "adhd", "ptsd", "ceo", "ceos",
];

/// Verbs a company is the subject of ("Qantas reported a record profit").
pub const ORG_VERBS: &[&str] = &[
    "reported", "reports", "posted", "posts", "unveiled", "unveils", "launched", "launches", "raised", "raises", "cut", "cuts",
    "hired", "hires", "acquired", "acquires", "bought", "sold", "shipped", "recalled", "recalls", "invested", "invests",
    "listed", "delisted", "merged", "priced", "forecast", "forecasts", "beat", "missed", "earned", "booked", "issued",
    "filed", "sued", "slashed", "trimmed", "lifted", "boosted", "shares", "stock", "stocks", "shareholders", "investors",
    // What only a business does to goods and staff: "Korvath employs 4,000 people" (not the nouns
    // "exports", "imports", "ships": "Semiconductor exports rose").
    "employs", "manufactures", "produces", "supplies", "operates", "sells",
];

/// Words that make a capitalized name another named thing when they end it.
pub const THING_SUFFIXES: &[&str] = &[
    "act", "law", "treaty", "accord", "agreement", "framework", "program", "programme", "project", "initiative",
    "plan", "strategy", "summit", "conference", "forum", "declaration", "convention", "protocol", "pact",
    "award", "prize", "mission", "operation", "index", "line", "route", "pipeline", "corridor", "highway", "motorway",
    "amendment", "ordinance", "bill", "directive", "regulation", "constitution", "charter", "report", "incentive",
    "scheme", "rebate", "subsidy", "doctrine", "compact",
    // Instruments: "James Webb Space Telescope", "Hubble Space Telescope".
    "telescope",
];

/// Capitalized words that are never entities on their own: function words,
/// sentence adverbs, months, weekdays and the like.
pub const NOT_NAMES: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "with", "from", "to", "of",
    "as", "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "which", "who", "whom",
    "whose", "what", "why", "how", "after", "before", "since", "until", "during", "although", "though",
    "because", "however", "meanwhile", "moreover", "furthermore", "additionally", "notably", "also",
    "still", "then", "thus", "therefore", "instead", "despite", "under", "over", "between", "among",
    "amid", "against", "about", "around", "through", "throughout", "into", "onto", "upon", "within",
    "without", "across", "along", "beyond", "toward", "towards", "per", "via", "here", "there", "now",
    "today", "yesterday", "tomorrow", "tonight", "recently", "currently", "earlier", "later", "first",
    "second", "third", "last", "next", "more", "most", "many", "much", "some", "several", "all",
    "both", "each", "every", "other", "another", "such", "no", "not", "one", "two", "three", "four", "five",
    "together", "finally", "indeed", "yes", "please",
    // Groups of people who speak in news, never names on their own.
    "opponents", "critics", "officials", "analysts", "residents", "experts", "scientists", "researchers",
    "authorities", "investigators", "economists", "supporters", "protesters", "lawmakers", "officers",
    "witnesses", "sources", "doctors", "teachers", "workers", "unions", "campaigners",
    "activists", "observers", "traders", "investors", "prosecutors", "regulators", "locals", "neighbours",
    "neighbors", "parents", "students", "farmers", "voters", "engineers", "firefighters", "rescuers",
    "organisers", "organizers", "diplomats", "negotiators", "executives", "employees", "staff", "fans",
    "image", "photo", "video", "home", "news", "breaking", "update", "updated", "exclusive", "analysis",
    "opinion", "editorial", "comment", "comments", "share", "subscribe", "advertisement", "sponsored",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "according", "following", "based", "given", "including", "like",
    "unlike", "beyond", "ahead", "even", "just", "only", "very", "why", "what's", "here's", "it's",
    "r&d", "gdp", "ceo", "cfo", "ev", "evs", "ai", "ipo", "m&a", "esg", "co2", "faq", "tv", "pc", "ok", "vs",
    "q1", "q2", "q3", "q4", "fy", "pm", "am", "ph", "dna", "covid", "covid-19", "wi-fi", "hq",
    "mps", "mp", "meps",
];

/// Month names and abbreviations (lower case) → month number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1),
    ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
    ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Month names of the main European languages but English (lower case) →
/// month number, as pages write them in their timestamp lines ("16 settembre
/// 2026 - 18:20", "Publié le 3 mars 2026").
pub const FOREIGN_MONTHS: &[(&str, u8)] = &[
    // French
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("août", 8), ("aout", 8),
    ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7), ("agosto", 8), ("settembre", 9),
    ("ottobre", 10), ("dicembre", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10),
    ("dezembro", 12),
    // Abbreviations that are not English ones, as timestamp lines write them ("12 Ago 2026, 21:10",
    // "3 févr. 2026", "5 okt. 2026"): French, German, Italian, Spanish, Dutch, Portuguese.
    ("janv", 1), ("févr", 2), ("fevr", 2), ("avr", 4), ("juil", 7), ("déc", 12), ("mär", 3), ("mrz", 3), ("okt", 10), ("dez", 12),
    ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7), ("ago", 8), ("set", 9), ("ott", 10), ("dic", 12), ("ene", 1), ("abr", 4), ("mrt", 3),
    ("fev", 2), ("out", 10),
];

/// Words of a page's timestamp or reading-time line besides dates and times,
/// in the main European languages ("09.06.2026, 15:47 Uhr | Lesezeit: 4 Min.",
/// "Publié le 11/08/2026 à 07h32 | Mis à jour le …", "Lettura 3 min",
/// "4 min read").
pub const TIMESTAMP_WORDS: &[&str] = &[
    "uhr", "h", "hrs", "min", "mins", "minute", "minutes", "read", "reading", "time", "lesezeit", "lettura", "lectura", "leestijd", "leitura", "lecture",
    "minuten", "minuti", "minutos", "temps", "tempo", "tiempo", "de", "le", "la", "à", "a", "publié", "publiée", "mis", "jour", "aktualisiert",
    "veröffentlicht", "am", "um", "stand", "pubblicato", "aggiornato", "alle", "ore", "il", "publicado", "actualizado", "las", "el", "atualizado",
    "em", "às", "gepubliceerd", "bijgewerkt", "laatst", "om", "op", "di", "van", "do", "du", "del", "publicada", "publicat", "actualizada",
];

/// Weekday names and abbreviations (lower case) → 0 = Monday.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5),
    ("sunday", 6), ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3), ("thurs", 3),
    ("fri", 4), ("sat", 5), ("sun", 6),
];

/// Number words → value.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("dozen", 12.0), ("hundred", 100.0),
];

/// Magnitude words → factor.
pub const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("trn", 1e12), ("k", 1e3),
    ("m", 1e6), ("b", 1e9), ("lakh", 1e5), ("crore", 1e7),
];

/// Multiplier words → factor (unit `x`).
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("double", 2.0), ("doubled", 2.0), ("doubles", 2.0), ("doubling", 2.0), ("twice", 2.0), ("twofold", 2.0),
    ("two-fold", 2.0), ("triple", 3.0), ("tripled", 3.0), ("triples", 3.0), ("tripling", 3.0), ("thrice", 3.0),
    ("threefold", 3.0), ("three-fold", 3.0), ("quadruple", 4.0), ("quadrupled", 4.0), ("fourfold", 4.0),
    ("four-fold", 4.0), ("fivefold", 5.0), ("tenfold", 10.0), ("halve", 0.5), ("halved", 0.5), ("halving", 0.5),
];

/// Unit words (lower case) → canonical unit. Multi-word units are matched first.
pub const UNITS: &[(&str, &str)] = &[
    ("square kilometers", "km2"), ("square kilometres", "km2"), ("square kilometer", "km2"),
    ("square kilometre", "km2"), ("sq km", "km2"), ("km²", "km2"), ("km2", "km2"),
    ("square meters", "m2"), ("square metres", "m2"), ("square meter", "m2"), ("square metre", "m2"),
    ("sq m", "m2"), ("m²", "m2"), ("m2", "m2"), ("square miles", "mi2"), ("square mile", "mi2"),
    ("sq mi", "mi2"), ("hectares", "ha"), ("hectare", "ha"), ("ha", "ha"), ("acres", "acre"), ("acre", "acre"),
    ("cubic meters", "m3"), ("cubic metres", "m3"), ("cubic meter", "m3"), ("m³", "m3"),
    ("nautical miles", "nmi"), ("nautical mile", "nmi"),
    ("kilometers", "km"), ("kilometres", "km"), ("kilometer", "km"), ("kilometre", "km"), ("km", "km"),
    ("meters", "m"), ("metres", "m"), ("meter", "m"), ("metre", "m"), ("m", "m"),
    ("centimeters", "cm"), ("centimetres", "cm"), ("centimeter", "cm"), ("centimetre", "cm"), ("cm", "cm"),
    ("millimeters", "mm"), ("millimetres", "mm"), ("millimeter", "mm"), ("millimetre", "mm"), ("mm", "mm"),
    ("miles", "mi"), ("mile", "mi"), ("mi", "mi"), ("feet", "ft"), ("foot", "ft"), ("ft", "ft"),
    ("metric tons", "t"), ("metric tonnes", "t"), ("metric ton", "t"), ("tonnes", "t"), ("tonne", "t"),
    ("tons", "t"), ("ton", "t"), ("t", "t"), ("kilograms", "kg"), ("kilogram", "kg"), ("kilos", "kg"),
    ("kg", "kg"), ("grams", "g"), ("gram", "g"), ("g", "g"), ("milligrams", "mg"), ("mg", "mg"),
    ("pounds", "lb"), ("pound", "lb"), ("lbs", "lb"), ("lb", "lb"), ("ounces", "oz"), ("ounce", "oz"),
    ("liters", "l"), ("litres", "l"), ("liter", "l"), ("litre", "l"), ("barrels", "bbl"), ("barrel", "bbl"),
    ("gallons", "gal"), ("gallon", "gal"), ("bushels", "bu"), ("bushel", "bu"),
    ("gigawatt-hours", "GWh"), ("gigawatt hours", "GWh"), ("terawatt-hours", "TWh"), ("terawatt hours", "TWh"),
    ("megawatt-hours", "MWh"), ("kilowatt-hours", "kWh"), ("kwh", "kWh"), ("mwh", "MWh"), ("gwh", "GWh"),
    ("twh", "TWh"), ("gigawatts", "GW"), ("gigawatt", "GW"), ("gw", "GW"), ("megawatts", "MW"),
    ("megawatt", "MW"), ("mw", "MW"), ("kilowatts", "kW"), ("kilowatt", "kW"), ("kw", "kW"),
    ("degrees celsius", "°C"), ("degrees fahrenheit", "°F"), ("°c", "°C"), ("°f", "°F"),
    ("km/h", "km/h"), ("kph", "km/h"), ("kmh", "km/h"), ("km/hr", "km/h"), ("kilometres per hour", "km/h"),
    ("kilometers per hour", "km/h"), ("kilometres an hour", "km/h"), ("kilometers an hour", "km/h"),
    ("mph", "mph"), ("miles per hour", "mph"), ("miles an hour", "mph"), ("knots", "kn"),
    ("inches", "in"), ("inch", "in"), ("square feet", "ft2"), ("sq ft", "ft2"),
    ("millilitres", "ml"), ("milliliters", "ml"), ("ml", "ml"), ("basis-point", "bp"), ("bp", "bp"), ("bps", "bp"),
    ("years", "yr"), ("year", "yr"), ("months", "mo"), ("month", "mo"), ("weeks", "wk"), ("week", "wk"),
    ("days", "d"), ("day", "d"), ("hours", "h"), ("hour", "h"), ("hrs", "h"), ("hr", "h"), ("h", "h"),
    ("minutes", "min"), ("minute", "min"), ("mins", "min"), ("min", "min"), ("seconds", "s"), ("second", "s"),
    ("secs", "s"), ("sec", "s"), ("celsius", "°C"), ("fahrenheit", "°F"),
    ("decades", "decade"), ("decade", "decade"), ("centuries", "century"), ("century", "century"),
    ("light-years", "ly"), ("light years", "ly"), ("light-year", "ly"), ("light year", "ly"),
    ("gigabytes", "GB"), ("gigabyte", "GB"), ("terabytes", "TB"), ("terabyte", "TB"), ("megabytes", "MB"),
    ("megabyte", "MB"), ("petabytes", "PB"), ("gb", "GB"), ("tb", "TB"),
    // Devices: batteries, screens, chargers, cameras, chips.
    ("milliamp-hours", "mAh"), ("mah", "mAh"), ("hertz", "Hz"), ("hz", "Hz"), ("ghz", "GHz"), ("mhz", "MHz"),
    ("watts", "W"), ("watt", "W"), ("w", "W"), ("megapixels", "MP"), ("megapixel", "MP"), ("mp", "MP"),
];

/// Units whose short forms are only accepted as symbols right after a digit
/// ("5 m", "10t"), never as words of their own.
pub const SHORT_UNITS: &[&str] = &["m", "t", "g", "mi", "ha", "ft", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "ml", "bp", "bps", "h", "hr", "hrs", "min", "mins", "in", "sec", "secs"];

/// Currency symbols and their ISO codes; longer prefixes first.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"), ("HK$", "HKD"),
    ("NZ$", "NZD"), ("S$", "SGD"), ("NT$", "TWD"), ("R$", "BRL"), ("MX$", "MXN"), ("$", "USD"),
    ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"), ("₹", "INR"), ("₽", "RUB"), ("₺", "TRY"),
    ("₫", "VND"), ("₱", "PHP"), ("₪", "ILS"),
];

/// ISO currency codes accepted before or after an amount.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "JPY", "CNY", "GBP", "AUD", "CAD", "INR", "KRW", "CHF", "HKD", "SGD", "NZD", "BRL", "ZAR",
    "MXN", "RUB", "SEK", "NOK", "DKK", "TWD", "THB", "MYR", "IDR", "VND", "TRY", "ILS", "AED", "SAR", "PHP",
];

/// Currency words after an amount → ISO code; the country adjective before
/// "dollars" picks the dollar.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("australian dollars", "AUD"), ("australian dollar", "AUD"), ("canadian dollars", "CAD"),
    ("canadian dollar", "CAD"), ("hong kong dollars", "HKD"), ("singapore dollars", "SGD"),
    ("new zealand dollars", "NZD"), ("taiwan dollars", "TWD"), ("us dollars", "USD"), ("u.s. dollars", "USD"),
    ("dollars", "USD"), ("dollar", "USD"), ("euro cents", "cent:EUR"), ("euro cent", "cent:EUR"),
    ("us cents", "cent:USD"), ("u.s. cents", "cent:USD"), ("cents", "cent:USD"), ("cent", "cent:USD"), ("pence", "cent:GBP"), ("penny", "cent:GBP"), ("euros", "EUR"), ("euro", "EUR"), ("yen", "JPY"),
    ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("pounds sterling", "GBP"), ("sterling", "GBP"),
    ("won", "KRW"), ("rupees", "INR"), ("rupee", "INR"), ("roubles", "RUB"), ("rubles", "RUB"),
    ("ruble", "RUB"), ("rouble", "RUB"), ("reais", "BRL"), ("real", "BRL"), ("pesos", "MXN"), ("peso", "MXN"),
    ("swiss francs", "CHF"), ("francs", "CHF"), ("rand", "ZAR"), ("baht", "THB"), ("ringgit", "MYR"),
    ("rupiah", "IDR"), ("dong", "VND"), ("lira", "TRY"), ("shekels", "ILS"), ("dirhams", "AED"),
    ("riyals", "SAR"), ("danish kroner", "DKK"), ("danish krone", "DKK"), ("norwegian kroner", "NOK"), ("norwegian krone", "NOK"),
    ("swedish kronor", "SEK"), ("swedish krona", "SEK"), ("kronor", "SEK"), ("krona", "SEK"), ("kroner", "NOK"),
    // Currencies named by their word in English copy, in the country that uses them.
    ("soles", "PEN"), ("nuevos soles", "PEN"), ("kwacha", "MWK"), ("naira", "NGN"), ("cedis", "GHS"), ("cedi", "GHS"),
    ("shillings", "KES"), ("birr", "ETB"), ("taka", "BDT"), ("hryvnias", "UAH"), ("hryvnia", "UAH"),
    ("zlotys", "PLN"), ("zloty", "PLN"), ("forints", "HUF"), ("forint", "HUF"), ("lei", "RON"), ("kyat", "MMK"),
    ("tenge", "KZT"), ("quetzales", "GTQ"), ("bolivianos", "BOB"), ("guaranies", "PYG"),
];

/// Words before a number that say it is approximate.
pub const APPROX_WORDS: &[&str] = &[
    "approximately", "about", "around", "roughly", "nearly", "almost", "some", "an estimated", "estimated",
    "close to", "circa", "c.", "~", "more or less", "or so", "approx.", "approx", "just about",
];

/// Words before a number that say the value is a lower bound.
pub const OVER_WORDS: &[&str] = &[
    "more than", "over", "above", "exceeding", "exceeds", "exceeded", "exceed", "top", "tops", "surpass", "in excess of", "upwards of",
    "at least", "greater than", "higher than", "beyond", "topping", "surpassing", "just over", "well over",
    "north of", "no fewer than", "no less than", "a minimum of",
];

/// Words before a number that say the value is an upper bound.
pub const UNDER_WORDS: &[&str] = &[
    "less than", "under", "below", "fewer than", "up to", "at most", "no more than", "lower than",
    "short of", "as much as", "as many as", "just under", "a maximum of", "not exceeding", "within", "within a", "within an",
];

/// Whole lines that are page chrome (compared lower case, trimmed of punctuation).
pub const CHROME_LINES: &[&str] = &[
    "image", "images", "photo", "photos", "video", "advertisement", "ad", "sponsored", "skip to content",
    "skip to main content", "menu", "search", "share", "share this", "share this article", "share this story",
    "comments", "comment", "print", "email", "tweet", "related", "related articles", "related stories",
    "related content", "more stories", "more from", "most read", "most popular", "trending", "recommended",
    "recommended for you", "you may also like", "read more", "read next", "sources & references",
    "sources and references", "references", "sources", "further reading", "tags", "topics", "newsletter",
    "sign up", "log in", "login", "register", "subscribe", "subscribe now", "follow us", "back to top",
    "table of contents", "contents", "in this article", "on this page", "jump to", "leave a reply",
    "leave a comment", "post a comment", "join the conversation", "about the author", "about us",
    "contact us", "privacy policy", "terms of use", "terms of service", "cookie policy", "accept",
    "accept all", "reject all", "manage cookies", "cookie settings", "got it", "support now", "donate",
    "listen", "listen to this article", "print this page", "copy link", "show comments", "hide comments",
    "skip to navigation", "skip navigation", "skip to main navigation", "advertising", "sign up here", "subscribe here",
    // The same in the main European languages: comments, advertising, share, search.
    "comentarios", "commentaires", "kommentare", "commenti", "reacties", "comentários", "publicidad", "publicité", "anzeige", "werbung",
    "pubblicità", "advertentie", "publicidade", "compartir", "partager", "teilen", "condividi", "delen", "compartilhar", "buscar",
    "rechercher", "suche", "zoeken", "pesquisar",
];

/// Phrases that mark a line or paragraph as chrome wherever they occur.
pub const CHROME_PHRASES: &[&str] = &[
    // Sign-up, cookie and reading prompts in the main European languages.
    "jetzt abonnieren", "newsletter abonnieren", "jetzt anmelden", "jetzt registrieren", "weiterlesen", "lesen sie auch",
    "mehr zum thema", "wir verwenden cookies", "diese website verwendet cookies", "alle akzeptieren", "cookie-einstellungen",
    "abonnez-vous", "s'abonner", "s’abonner", "lire aussi", "à lire aussi", "lire la suite", "inscrivez-vous", "nous utilisons des cookies",
    "tout accepter", "suscríbete", "suscribirse", "leer más", "lee también", "ver también", "utilizamos cookies", "aceptar todo",
    "aceptar todas", "regístrate", "abbonati", "leggi anche", "iscriviti", "utilizziamo i cookie", "accetta tutti", "lees ook", "lees meer",
    "wij gebruiken cookies", "we gebruiken cookies", "alles accepteren", "abonneer", "schrijf je in", "leia também", "leia mais",
    "assine", "usamos cookies", "aceitar todos", "inscreva-se",
    "also read", "read also", "see also", "read more:", "related:", "recommended:", "more on this story",
    "about the author:", "about the writer:", "about the reporter:",
    "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email",
    "follow us on", "sign up for our", "sign up to our", "subscribe to our", "subscribe for",
    "click here", "tap here", "we use cookies", "this website uses cookies", "this site uses cookies",
    "uses cookies to", "accept cookies", "cookie consent", "do you like cookies", "by continuing to use",
    "your email address will not be published", "required fields are marked", "please log in",
    "log in or register", "join the discussion", "join the conversation", "contributed to this report",
    "contributed reporting", "additional reporting by", "reporting by", "editing by", "writing by",
    "all rights reserved", "©", "copyright ", "this article was originally published",
    "this story was originally published", "originally appeared", "get our newsletter", "newsletter sign",
    "download our app", "download the app", "your support", "support us", "support our journalism",
    "support independent journalism", "make a donation", "your donation", "donate now", "become a member",
    "become a subscriber", "already a subscriber", "subscribe now", "unlock this article", "paywall",
    "advertisement", "sponsored content", "affiliate links", "we may earn a commission",
    "article continues below", "story continues below", "continues below advertisement", "continue reading below",
    // Cookie notices, follow prompts and rights lines in the main European languages.
    "utilise des cookies", "en poursuivant votre navigation", "utiliza cookies", "utilizza cookie", "utilizza i cookie", "maakt gebruik van cookies",
    "usa cookies", "verwendet cookies", "folgen sie uns", "suivez-nous", "síguenos", "seguici su", "volg ons", "siga-nos", "segue-nos",
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
    "todos os direitos reservados", "meld je aan", "cadastre-se",
    // Cookie notices that speak of "the use of cookies" and of browsing on.
    "utilização de cookies", "uso de cookies", "utilizzo dei cookie", "uso dei cookie", "gebruik van cookies", "utilisation de cookies",
    "utilisation des cookies", "verwendung von cookies", "continuar a navegar", "continuar navegando", "continúa navegando",
    "proseguendo la navigazione", "continuando a navigare", "verder te klikken", "akkoord met ons cookiebeleid",
];

/// How wire-service boilerplate and sign-off lines begin (lower case, after
/// any leading dashes or brackets): taglines, funding notices, contributor
/// and contact lines, editors' notes. The whole line is chrome.
pub const WIRE_LINE_STARTS: &[&str] = &[
    // Taglines ("This report by The Canadian Press was first published …" is read by its shape).
    "this report was first published", "this story was first published", "this article was first published", "this story originally appeared",
    "this article originally appeared", "this story was produced by", "this article was produced by", "this content was produced",
    // Reuters and AP.
    "our standards:", "the thomson reuters trust principles", "the associated press receives", "the associated press health and science department",
    "the associated press education team", "the associated press climate and environmental coverage", "the associated press religion coverage",
    "the ap is solely responsible", "ap is solely responsible", "associated press writers", "associated press writer",
    // Contributors and contacts: "--With assistance from …", "— With files from …".
    "with assistance from", "with files from", "with reporting by", "with additional reporting", "additional reporting by", "additional reporting from",
    "reporting by", "writing by", "editing by", "contributing:", "contributors:", "contributor:", "contributed by",
    "to contact the reporter", "to contact the reporters", "to contact the editor", "to contact the editors", "to contact the author",
    // Editors' notes and corrections.
    "note to readers", "editor's note", "editors' note", "editor’s note", "editors’ note", "correction:", "clarification:",
    "this story has been updated", "this article has been updated", "this story has been corrected", "this article has been corrected",
    "this article was amended", "this story was amended", "an earlier version of this", "a previous version of this",
    // Pointers to more of the agency's coverage.
    "follow ap's coverage", "find more of ap's coverage", "more stories like this are available", "read more stories like this",
    // Agency credits in the main European languages ("Mit Material von dpa", "Avec AFP").
    "mit material von", "mit material der", "avec afp", "avec reuters", "avec agences", "avec l'afp", "con información de", "con informaciones de",
    "con información de agencias", "con agenzie", "com agências", "com informações de", "met dank aan",
];

/// Words for a newsletter or e-mail bulletin in the main European languages.
pub const NEWSLETTER_WORDS: &[&str] = &[
    "newsletter", "newsletters", "e-mail alerts", "email alerts", "boletín", "boletin", "lettre d'information",
    "lettre d’information", "infolettre", "nieuwsbrief", "notiziario", "boletim",
];

/// Verbs that ask a reader to sign up, in the main European languages.
pub const SIGN_UP_WORDS: &[&str] = &[
    "sign up", "signup", "subscribe", "register", "get our", "receive our", "delivered to your inbox", "in your inbox", "straight to your inbox",
    "inscrivez", "abonnez", "recevez", "inscription", "suscríbete", "suscribete", "suscríbase", "suscribase", "suscríbanse", "regístrate", "regístrese", "recibe", "reciba", "abónese", "iscriviti", "iscrivetevi", "ricevi", "riceva",
    "anmelden", "abonnieren", "erhalten sie", "abonneer", "schrijf je in", "ontvang", "inscreva", "assine", "receba", "meld je aan", "cadastre", "blijf op de hoogte",
];

/// Words whose density marks an appeal paragraph (donation, subscription).
pub const APPEAL_WORDS: &[&str] = &[
    "abonnieren", "abonnement", "abonnez", "abonné", "suscr", "suscripción", "abbonamento", "abbonati", "abonneren", "abonnement",
    "assinatura", "cookies", "cookie", "newsletter",
    "support", "donation", "donate", "journalism", "journalists", "subscribe", "subscription", "paywall",
    "paywalls", "reporters", "read more", "contribute", "contribution", "membership", "newsletter",
    "advertisers", "afford", "independent",
];

/// Words that make a short heading one over a list of other stories
/// ("Trending Stories", "Most Shared", "Latest Headlines").
pub const LIST_HEADING_KEYS: &[&str] = &[
    "trending", "popular", "shared", "viewed", "watched", "commented", "emailed", "read", "headlines", "recommended", "related",
    "latest", "top", "picks",
];

/// Other words such a heading may hold ("… This Week", "… Right Now", "… For You").
pub const LIST_HEADING_WORDS: &[&str] = &[
    "most", "stories", "story", "news", "articles", "now", "today", "this", "week", "month", "right", "the", "in", "for", "you", "more",
    "videos", "video", "our", "editor's", "editors'", "editor’s", "editors’", "just", "currently", "now:", "all", "top", "posts", "reads",
    "coverage", "reading", "content", "links",
];

/// Words in menus and navigation bars.
pub const NAV_WORDS: &[&str] = &[
    "home", "news", "about", "us", "contact", "magazine", "magazines", "conferences", "events", "subscribe",
    "login", "log", "sign", "search", "menu", "opinion", "sports", "business", "world", "politics", "tech",
    "technology", "culture", "video", "videos", "podcasts", "podcast", "newsletter", "newsletters",
    "careers", "advertise", "privacy", "terms", "guest", "post", "editor's", "experts", "industry",
    "vista", "blog", "shop", "store", "lifestyle", "science", "health", "travel", "entertainment",
    "markets", "economy", "in", "up", "more", "latest", "trending", "topics", "climate", "local", "us",
];

/// Roles in an author biography's first sentence.
pub const BIO_ROLES: &[&str] = &[
    "author", "writer", "journalist", "reporter", "editor", "correspondent", "columnist", "contributor",
    "blogger", "analyst", "freelance", "thought leader", "staff writer", "producer",
    // The same in the main European languages ("Redakteurin", "journaliste", "periodista", "giornalista", "verslaggever", "jornalista").
    "redakteur", "korrespondent", "journaliste", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "periodista", "redactor", "redactora",
    "corresponsal", "giornalista", "redattore", "redattrice", "corrispondente", "verslaggever", "redacteur", "correspondente", "jornalista", "repórter",
];

/// Nouns that measure a share, for comparing percentages of a market.
pub const SHARE_WORDS: &[&str] = &[
    "market", "markets", "production", "supply", "supplies", "output", "share", "control", "capacity",
    "processing", "refining", "mining", "reserves", "exports", "imports", "trade", "sales", "demand",
];

/// A lower-case lookup table built once from a list.
pub fn table<V: Copy + Send + Sync + 'static>(
    cell: &'static OnceLock<HashMap<&'static str, V>>,
    items: &'static [(&'static str, V)],
) -> &'static HashMap<&'static str, V> {
    cell.get_or_init(|| items.iter().flat_map(|&(k, v)| forms(k).map(move |f| (f, v))).collect())
}

/// A lexicon entry (lower case) as written and with a capital first letter
/// ("said", "Said"): the two forms text meets most, so that a look-up needs
/// no lower-casing unless the word has other capitals ([`plain`]).
fn forms(entry: &'static str) -> impl Iterator<Item = &'static str> {
    let capital = entry.as_bytes().first().is_some_and(u8::is_ascii_lowercase).then(|| {
        let mut c = entry.to_string();
        c[..1].make_ascii_uppercase();
        &*Box::leak(c.into_boxed_str())
    });
    std::iter::once(entry).chain(capital)
}

/// ASCII with no capital after the first letter: such a word is in a table
/// built by [`forms`] exactly when its lower case is.
fn plain(word: &str) -> bool {
    word.bytes().enumerate().all(|(k, b)| b < 0x80 && (k == 0 || !b.is_ascii_uppercase()))
}

/// `table[word]`, whatever the case of `word`.
fn get<V: Copy>(table: &HashMap<&'static str, V>, word: &str) -> Option<V> {
    table.get(word).copied().or_else(|| if plain(word) { None } else { table.get(&*lower(word)).copied() })
}

/// `word` in lower case, borrowed when it already is.
fn lower(word: &str) -> super::tokens::Lower<'_> {
    super::tokens::Lower::of(word)
}

pub fn month(word: &str) -> Option<u8> {
    static T: OnceLock<HashMap<&str, u8>> = OnceLock::new();
    get(table(&T, MONTHS), word.trim_end_matches('.'))
}

/// The number of a month named in another European language ([`FOREIGN_MONTHS`]).
pub fn foreign_month(word: &str) -> Option<u8> {
    static T: OnceLock<HashMap<&str, u8>> = OnceLock::new();
    get(table(&T, FOREIGN_MONTHS), word.trim_end_matches('.'))
}

pub fn weekday(word: &str) -> Option<u8> {
    static T: OnceLock<HashMap<&str, u8>> = OnceLock::new();
    get(table(&T, WEEKDAYS), word.trim_end_matches('.'))
}

pub fn number_word(word: &str) -> Option<f64> {
    static T: OnceLock<HashMap<&str, f64>> = OnceLock::new();
    get(table(&T, NUMBER_WORDS), word)
}

pub fn magnitude(word: &str) -> Option<f64> {
    static T: OnceLock<HashMap<&str, f64>> = OnceLock::new();
    get(table(&T, MAGNITUDES), word)
}

pub fn multiplier(word: &str) -> Option<f64> {
    static T: OnceLock<HashMap<&str, f64>> = OnceLock::new();
    get(table(&T, MULTIPLIERS), word)
}

/// The lists as hash sets, built once each (keyed by the list's address).
fn set_of(list: &'static [&'static str]) -> &'static HashSet<&'static str> {
    static SETS: OnceLock<RwLock<HashMap<usize, &'static HashSet<&'static str>>>> = OnceLock::new();
    // Each thread keeps the sets it has used, so a look-up takes no lock.
    thread_local! {
        static MINE: std::cell::RefCell<HashMap<usize, &'static HashSet<&'static str>>> = Default::default();
    }
    let key = list.as_ptr() as usize;
    if let Some(s) = MINE.with(|m| m.borrow().get(&key).copied()) {
        return s;
    }
    let sets = SETS.get_or_init(Default::default);
    let shared = sets.read().ok().and_then(|m| m.get(&key).copied());
    let s = shared.unwrap_or_else(|| {
        let mut m = sets.write().unwrap_or_else(|e| e.into_inner());
        *m.entry(key).or_insert_with(|| Box::leak(Box::new(list.iter().flat_map(|&w| forms(w)).collect())))
    });
    MINE.with(|m| m.borrow_mut().insert(key, s));
    s
}

/// Is `word` (any case) in `list` (lower case)?
pub fn is_in(list: &'static [&'static str], word: &str) -> bool {
    let set = set_of(list);
    set.contains(word) || !plain(word) && set.contains(&*lower(word))
}

/// The symbol of an element by its (lower-case) name or variant spelling.
pub fn element(name: &str) -> Option<(&'static str, &'static str)> {
    static T: OnceLock<HashMap<&str, (&str, &str)>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut m: HashMap<&str, (&str, &str)> = ELEMENTS.iter().map(|&(n, s)| (n, (n, s))).collect();
        for &(variant, name) in ELEMENT_VARIANTS {
            let e = m[name];
            m.insert(variant, e);
        }
        m
    });
    t.get(name.to_lowercase().as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(month("Feb."), Some(2));
        assert_eq!(month("September"), Some(9));
        assert_eq!(weekday("Monday"), Some(0));
        assert_eq!(number_word("Seven"), Some(7.0));
        assert_eq!(magnitude("billion"), Some(1e9));
        assert_eq!(element("Dysprosium"), Some(("dysprosium", "Dy")));
        assert_eq!(element("aluminum"), Some(("aluminium", "Al")));
        assert_eq!(ELEMENTS.len(), 118);
    }
}
