//! Entity mentions: chemical elements, and runs of capitalized words
//! classified as people, organizations, places or other named things by
//! lexicons of general knowledge and by cues (titles, suffixes, speech verbs,
//! "the island of", "research vessel"). Linking mentions into entities
//! (aliases, acronyms, surnames) is the resolve stage's job.

use crate::bundle::EntityKind;
use crate::compiler::gazetteer::{self, PlaceKind};
use crate::compiler::lexicon;
use crate::compiler::tokens::Lower;
use crate::compiler::tokens::{Kind, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The name as written, without a possessive ending.
    pub text: String,
    /// Character span in the sentence.
    pub span: [u32; 2],
    pub kind: Option<EntityKind>,
    /// The kind rests on strong evidence (lexicon, suffix, title, cue).
    pub strong: bool,
    /// The canonical name from a lexicon ("US" → "United States").
    pub canonical: Option<String>,
    /// An acronym given in parentheses right after the name.
    pub acronym: Option<String>,
    /// Directly followed by a speech verb, or after "according to".
    pub speaks: bool,
    /// A last-resort kind for a name no rule read ([`unmarked_place`]):
    /// it decides only when no mention of the name anywhere has a kind.
    pub guess: Option<EntityKind>,
}

/// What the lexicons know about a lower-case name.
#[derive(Debug, Clone)]
pub struct Known {
    pub canonical: &'static str,
    pub kind: EntityKind,
}

/// Lower-case names, aliases and demonyms of the lexicon's places and organizations.
pub fn known() -> &'static HashMap<String, Known> {
    static K: OnceLock<HashMap<String, Known>> = OnceLock::new();
    K.get_or_init(|| {
        let mut m = HashMap::default();
        // "Vuelta a Espana", "Medecins Sans Frontieres": every name also without its
        // diacritics, after every name as written, in the lexicons' order.
        let mut folded: Vec<(String, Known)> = Vec::new();
        let mut add = |name: &str, canonical: &'static str, kind| {
            let key = name.to_lowercase();
            if let Some(f) = gazetteer::folded(&key) {
                folded.push((f, Known { canonical, kind }));
            }
            m.entry(key).or_insert(Known { canonical, kind });
        };
        for &(name, aliases, demonym) in lexicon::COUNTRIES {
            add(name, name, EntityKind::Place);
            for a in aliases.split(';').filter(|a| !a.is_empty()) {
                add(a, name, EntityKind::Place);
            }
            if !demonym.is_empty() {
                add(demonym, name, EntityKind::Place);
            }
        }
        for &p in lexicon::PLACES {
            add(p, p, EntityKind::Place);
        }
        for &(place, demonym) in lexicon::REGION_DEMONYMS
            .iter()
            .chain(lexicon::NATIONALITY_NOUNS)
        {
            add(demonym, place, EntityKind::Place);
        }
        for &(name, aliases) in lexicon::PLACE_ALIASES {
            add(name, name, EntityKind::Place);
            for a in aliases.split(';').filter(|a| !a.is_empty()) {
                add(a, name, EntityKind::Place);
            }
        }
        for &e in lexicon::EVENTS {
            add(e, e, EntityKind::Other);
        }
        for &e in lexicon::INDICES {
            add(e, e, EntityKind::Other);
        }
        for &(name, aliases) in lexicon::ORGANIZATIONS {
            add(name, name, EntityKind::Organization);
            for a in aliases.split(';').filter(|a| !a.is_empty()) {
                add(a, name, EntityKind::Organization);
            }
        }
        for (k, v) in folded {
            m.entry(k).or_insert(v);
        }
        m
    })
}

/// Is this lower-case word a demonym ("japanese")?
pub fn is_demonym(l: &str) -> bool {
    static D: OnceLock<HashSet<String>> = OnceLock::new();
    D.get_or_init(|| {
        lexicon::COUNTRIES
            .iter()
            .filter(|c| !c.2.is_empty())
            .map(|c| c.2.to_lowercase())
            .chain(lexicon::REGION_DEMONYMS.iter().map(|r| r.1.to_lowercase()))
            .chain(
                lexicon::NATIONALITY_NOUNS
                    .iter()
                    .map(|r| r.1.to_lowercase()),
            )
            .collect()
    })
    .contains(l)
}

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "da", "von", "van", "der", "on", "&", "del", "la", "le",
    // Particles inside people's names: "Mohammed bin Salman", "Ludwig van der Berg", "Zé dos Santos".
    "bin", "ibn", "bint", "dos", "das", "di", "della", "den", "ter", "des", "y", "do",
    // Italian articles after "di": "Gazzetta dello Sport", "Cassa Depositi e Prestiti", "Banca degli Abruzzi".
    "dello", "delle", "degli", "dei",
    // Inside organizations' names in other languages: "Alyansa para sa Bagong Pilipinas".
    "para", "sa", "ng", "et", "für", "pour", // "Université du Québec en Outaouais".
    "en",
    // East African names: "Daniel ole Sankale", "Daniel arap Moi" (not "wa": "Council of WA").
    "ole", "arap",
];
const HYPHEN_SUFFIXES: &[&str] = &[
    "led",
    "based",
    "owned",
    "backed",
    "run",
    "born",
    "made",
    "funded",
    "linked",
    "related",
    "style",
    "era",
    "wide",
    "level",
    "controlled",
    "operated",
    "affiliated",
    "listed",
    "headquartered",
    "bound",
    "friendly",
];
const ROLE_WORDS: &[&str] = &[
    "director",
    "chief",
    "head",
    "president",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "professor",
    "analyst",
    "researcher",
    "executive",
    "secretary",
    "chairman",
    "chairwoman",
    "ceo",
    "founder",
    "official",
    "economist",
    "scientist",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "leader",
    "manager",
    "partner",
    "editor",
    "author",
    "lawmaker",
    "adviser",
    "advisor",
    "engineer",
    "geologist",
    "program",
    "vice",
    "deputy",
    "a",
    "an",
    "the",
    "who",
];
const ORG_HEADS: &[&str] = &[
    "ministry",
    "chancellery",
    "department",
    "university",
    "bank",
    "institute",
    "agency",
    "office",
    "bureau",
    "council",
    "commission",
    "organization",
    "organisation",
    "authority",
    "corporation",
    "center",
    "centre",
    "foundation",
    "association",
    "committee",
    "administration",
    "academy",
    "college",
    "school",
    "federation",
    "union",
    "centers",
    "centres",
    "court",
    "tribunal",
    "hospital",
    "clinic",
    "directorate",
    "society",
    "house",
    "board",
    "chamber",
    "bloc",
    "party",
    "federation",
    "confederation",
    "service",
    "corps",
    "guard",
    "customs",
    // Legislatures and governments: "Parliament of Catalonia", "Government of Canada".
    "parliament",
    "senate",
    "assembly",
    "government",
    "congress",
];
const ELEMENT_CUES: &[&str] = &[
    "ore",
    "ores",
    "deposit",
    "deposits",
    "mine",
    "mines",
    "mining",
    "metal",
    "metals",
    "price",
    "prices",
    "reserves",
    "element",
    "elements",
    "mineral",
    "minerals",
    "oxide",
    "oxides",
    "alloy",
    "isotope",
    "smelter",
    "refining",
    "grams",
    "tonnes",
    "ounces",
    "concentrate",
];

/// A word that may be part of a name: capitalized, an acronym, or a brand
/// with an inner capital ("iPhone", "eBay").
fn name_word(t: &Token) -> bool {
    // A word token starts with a letter. Every token of a sentence is asked,
    // so the common case, a lower-case word, is settled by its first letter:
    // it can only be a brand ("iPhone") or an Arabic article ("al-Burhan").
    let Some(first) = t.text.chars().next().filter(|_| t.kind == Kind::Word) else {
        return false;
    };
    if first.is_lowercase() {
        // (A brand has a capital inside: the tokenizer has noted whether it has one.)
        return t.upper && inner_brand(t) || particle_name(t.text);
    }
    (first.is_uppercase() || t.is_acronym())
        && !amount_word(t.text)
        && !first_person_contraction(t.text)
        && !plural_acronym(t.text)
}

/// "IPOs", "NGOs", "SUVs", "MPs": an acronym made plural is a common noun.
fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
}

/// "I've", "I'm", "I'll", "I'd": the pronoun "I" with a verb, never a name.
fn first_person_contraction(w: &str) -> bool {
    w.strip_prefix("I'")
        .or_else(|| w.strip_prefix("I’"))
        .is_some_and(|rest| matches!(rest, "ve" | "m" | "ll" | "d"))
}

/// "al-Burhan", "el-Sisi", "ad-Din": an Arabic article joined to a capitalized name.
fn particle_name(w: &str) -> bool {
    if !w.as_bytes().iter().take(4).any(|&b| b == b'-') {
        return false;
    }
    [
        "al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "ar-", "az-", "ud-", "ul-",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p)
            .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
    })
}

/// "RM189", "R64", "P45": a currency prefix run into an amount, not a name.
fn amount_word(w: &str) -> bool {
    let letters = w.chars().take_while(|c| c.is_alphabetic()).count();
    let rest = &w[w.char_indices().nth(letters).map_or(w.len(), |(i, _)| i)..];
    let code = letters == 3
        && w.get(..3)
            .is_some_and(|p| lexicon::CURRENCY_CODES.contains(&p));
    // ("Sh3 billion", "Rs500": currency letters of two or more glued to any number.)
    let letters_of_money = letters >= 2
        && super::quantities::LETTER_CURRENCIES
            .iter()
            .any(|(p, _)| w.len() > p.len() && w.starts_with(p) && p.chars().count() == letters);
    (1..=3).contains(&letters)
        && (w.chars().take(letters).all(char::is_uppercase) || letters_of_money)
        // ("PHP85 million": a currency's code before any number.)
        && (rest.len() >= 3 || (code || letters_of_money) && !rest.is_empty())
        && rest.chars().all(|c| c.is_ascii_digit())
}

/// "iPhone", "iPad", "eBay", "easyJet": a brand written with a lower-case start.
fn inner_brand(t: &Token) -> bool {
    // "iPhone", "eBay", "easyJet", "iRobot": one to four lower-case letters, one capital, then
    // lower case to the end, five letters at least past one lower-case letter ("kWh", "mAh" are
    // units; "mRNA" no brand).
    let lower = t.text.chars().take_while(|c| c.is_lowercase()).count();
    let mut rest = t.text.chars().skip(lower);
    let n = t.text.chars().count();
    (1..=4).contains(&lower)
        && rest.next().is_some_and(char::is_uppercase)
        && rest.all(char::is_lowercase)
        && n >= 4
        && (lower == 1 || n >= 6)
        && n - lower >= 3
}

/// Titles written with a period: "Dr.", "Mr.", "Gen.".
const DOTTED_TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm",
    "st", "rev", "hon",
];

fn possessive(text: &str) -> Option<&str> {
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .or_else(|| text.strip_suffix("s'"))
        .or_else(|| text.strip_suffix("s’"))
}

/// Split "Office-led" into ("Office", true): a name part and a lower-case suffix.
pub(crate) fn hyphen_tail(text: &str) -> Option<&str> {
    let (head, tail) = text.rsplit_once('-')?;
    // "US-led", "Tokyo-based", "Seoul-headquartered"; but "Jae-won", "Mei-ling"
    // and "Bankman-Fried" are names: a participle is a lower-case English word.
    let participle = tail.len() > 4
        && (tail.ends_with("ed") || tail.ends_with("ing"))
        && tail.chars().all(char::is_lowercase)
        && gazetteer::is_common_word(tail);
    (HYPHEN_SUFFIXES.contains(&tail)
        || participle && !head.contains('-') && head.chars().next().is_some_and(char::is_uppercase))
    .then_some(head)
}

/// "French-Moroccan", "Danish-Swedish": a word of two or three capitalized
/// demonyms joined by hyphens, split into them.
fn demonym_compound(text: &str) -> Option<Vec<&str>> {
    let pieces: Vec<&str> = text.split('-').collect();
    ((2..=3).contains(&pieces.len())
        && pieces.iter().all(|p| {
            p.chars().next().is_some_and(char::is_uppercase) && is_demonym(&p.to_lowercase())
        }))
    .then_some(pieces)
}

/// "D-Mass", "R-Texas", "I-Vt": a party's initial, a hyphen and what follows,
/// an American lawmaker's label (a name of no one: "Sen. Jane Roe, D-Mass., said").
pub(crate) fn party_tag(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['D', 'R', 'I'])?.strip_prefix('-')?;
    rest.starts_with(|c: char| c.is_uppercase()).then_some(rest)
}

/// "Sen. Jane Roe, D-Mass.,", "(R-N.M.)", "Rep. Al Green (D-TX)": the party
/// and the state of a lawmaker, after a comma or an opening parenthesis. The
/// token after the abbreviation, the state's name and the abbreviation as
/// written, if token `i` opens one.
fn party_state_at(t: &[Token], i: usize) -> Option<(usize, &'static str, String)> {
    let rest = party_tag(t[i].text)?;
    if !matches!(t.get(i.wrapping_sub(1))?.text, "," | "(") {
        return None;
    }
    // A lawmaker's title or office shortly before ("Sen. Ana Ruiz, D-N.M.", "House Speaker
    // Mike Johnson, R-La."), not "Synthesia, D-ID and HeyGen".
    let lawmaker = t[i.saturating_sub(8)..i].iter().any(|x| {
        let l = x.lc();
        let singular = l.strip_suffix('s').unwrap_or(&l);
        [&*l, singular].iter().any(|w| {
            lexicon::is_in(lexicon::PERSON_TITLES, w)
                || lexicon::is_in(lexicon::PERSON_TITLES, &format!("{w}."))
        })
    });
    // ("Sens. Amy Klobuchar, D-Minn., and Josh Hawley, R-Mo.": after another label.)
    let after_label = t[i.saturating_sub(30)..i]
        .iter()
        .any(|x| party_tag(x.text).is_some());
    if !lawmaker && !after_label {
        return None;
    }
    // "N" "." "M" "." → "N.M."; "Kan" "." → "Kan.".
    let mut abbr = rest.to_string();
    let mut end = i + 1;
    while let Some(x) = t.get(end).filter(|x| !x.space_before) {
        let letter = x.text.len() == 1
            && x.text.chars().all(|c| c.is_ascii_uppercase())
            && abbr.ends_with('.');
        let short = x.text.len() <= 3
            && x.text.starts_with(|c: char| c.is_ascii_uppercase())
            && abbr.ends_with('.')
            && abbr.len() <= 2;
        if x.text == "." && !abbr.ends_with('.') || letter || short {
            abbr.push_str(x.text);
            end += 1;
        } else {
            break;
        }
    }
    if let Some(state) = lexicon::us_state(&abbr) {
        return Some((end, state, abbr));
    }
    // "R-Texas.": a state named in full before a sentence's full stop.
    let bare = abbr.strip_suffix('.')?;
    let state = lexicon::us_state(bare)?;
    Some((end - 1, state, bare.to_string()))
}

/// The states of lawmakers' party labels ([`party_state_at`]) as places:
/// "D-Mass." names Massachusetts.
fn party_states(t: &[Token], out: &mut Vec<Mention>) {
    for i in 0..t.len() {
        if let Some((_, state, abbr)) = party_state_at(t, i) {
            let start = t[i].cstart + 2;
            let n = abbr.chars().count() as u32;
            out.push(read(
                abbr,
                [start, start + n],
                EntityKind::Place,
                true,
                Some(state.to_string()),
            ));
        }
    }
}

/// "July-September", "Jan-Mar": months joined by a hyphen, a span of time.
fn month_span(text: &str) -> bool {
    text.split_once(['-', '–'])
        .is_some_and(|(a, b)| lexicon::month(a).is_some() && lexicon::month(b).is_some())
}

/// A run of name tokens: token indices, surface pieces.
pub struct Run {
    toks: Vec<usize>,
    /// Text of each token as part of the name (possessive and hyphen tails removed).
    parts: Vec<String>,
    /// Character span.
    span: [u32; 2],
}

fn run_text(parts: &[String]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (k, p) in parts.iter().enumerate() {
        if k > 0 && p != "," {
            s.push(' ');
        }
        s.push_str(p);
    }
    s
}

/// Whether a possessive continues a name: after "St"/"Saint" ("St James's
/// Park", "St Thomas' Hospital") or on a plural noun ("Magistrates' Courts",
/// "Workers' Party"), or before an institution's or a building's word
/// ("Addenbrooke's Hospital", "King's Fund", "Queen's Park").
fn possessive_inside(parts: &[String], word: &str, next: &str) -> bool {
    let saint = parts
        .first()
        .is_some_and(|p| matches!(p.as_str(), "St" | "St." | "Saint" | "Ste" | "Ste."));
    let plural = (word.ends_with("s'") || word.ends_with("s’")) && word.len() > 4;
    let base = Lower::of(possessive(word).unwrap_or(word));
    let place = || {
        known()
            .get(base.as_str())
            .is_some_and(|k| k.kind == EntityKind::Place)
            || gazetteer::country_named(base.as_str()).is_some()
    };
    let institution = parts.len() <= 2 && lexicon::is_in(POSSESSED_INSTITUTIONS, next) && !place();
    // "Brigham and Women's Hospital", "Children's Mercy", "People's Bank": a plural's possessive.
    let irregular_plural = matches!(base.as_str(), "women" | "men" | "children" | "people");
    // "Effingham County Sheriff's Office", "the Manhattan District Attorney's Office".
    let office_holder = lexicon::is_in(OFFICE_HOLDERS, &base)
        && matches!(Lower::of(next).as_str(), "office" | "department");
    saint && parts.len() <= 3 || plural || irregular_plural || institution || office_holder
}

/// Holders of an office whose possessive names it: "Sheriff's Office", "Coroner's Office".
const OFFICE_HOLDERS: &[&str] = &[
    "attorney",
    "auditor",
    "assessor",
    "clerk",
    "commissioner",
    "comptroller",
    "controller",
    "coroner",
    "examiner",
    "governor",
    "marshal",
    "mayor",
    "ombudsman",
    "prosecutor",
    "recorder",
    "sheriff",
    "treasurer",
];

/// Words after a possessive that make one name of it: "Addenbrooke's Hospital", "King's College",
/// "Alzheimer's Society", "Alzheimer's Research UK" (not after a place: "Japan's Foundation
/// for …" is Japan's).
const POSSESSED_INSTITUTIONS: &[&str] = &[
    "society",
    "foundation",
    "trust",
    "research",
    "association",
    "hospital",
    "hospitals",
    "infirmary",
    "fund",
    "college",
    "school",
    "cathedral",
    "church",
    "chapel",
    "hall",
    "park",
    "gardens",
    "square",
    "cross",
    "inn",
    "university",
    // "Moody's Ratings", "Moody's Investors Service" (not "Club": "FIFA's Club World Cup").
    "ratings",
    "investors",
];

/// The token after a nickname in quotes that stands between two names
/// (Ramon "Bong" Villacorta), if token `j` opens one.
fn nickname_end(t: &[Token], j: usize) -> Option<usize> {
    let open = t.get(j)?;
    if !matches!(open.text, "\"" | "“" | "‘") || !open.space_before {
        return None;
    }
    let nick = t
        .get(j + 1)
        .filter(|x| x.is_capitalized() && !x.space_before)?;
    let close = t
        .get(j + 2)
        .filter(|x| matches!(x.text, "\"" | "”" | "’") && !x.space_before)?;
    let _ = (nick, close);
    t.get(j + 3)
        .filter(|x| name_word(x) && x.space_before && x.is_capitalized())?;
    gazetteer::is_first_name(t.get(j.wrapping_sub(1))?.text).then_some(j + 3)
}

/// Whether a lower-cased word ends an institution's name: a body's head that
/// is no company's word ("hospital", "council"; not "corporation"), or a
/// museum's, a trust's and the like. Both "and" rules of
/// [`classify_run`] ask it ("Victoria and Albert Museum", "Halifax Royal
/// Infirmary and Brighouse Community Hospital").
fn institution_head(w: &str) -> bool {
    ORG_HEADS.contains(&w) && !lexicon::is_in(COMPANY_WORDS, w)
        || matches!(
            w,
            "museum"
                | "trust"
                | "infirmary"
                | "gallery"
                | "library"
                | "theatre"
                | "theater"
                | "zoo"
                | "observatory"
        )
}

/// Whether a name ends in the word of an institution that is a building: a
/// place that is also a body ("the Harold Pinter Theatre", "Salford Royal
/// Hospital"), which may have a spokesperson.
pub(crate) fn institution_name(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|w| {
        lexicon::is_in(
            &[
                "theatre",
                "theater",
                "museum",
                "gallery",
                "library",
                "zoo",
                "hospital",
                "infirmary",
                "observatory",
                "trust",
            ],
            w,
        )
    })
}

/// Whether a lower-cased word of a name joins it ("of", "and") or makes it
/// an organization's ("Bank", "Group", "Inc"): no part of a plain personal name.
fn joins_or_heads(l: &str) -> bool {
    CONNECTORS.contains(&l) || org_word(l)
}

/// Whether a lower-cased word heads or ends an organization's name ("bank", "inc").
pub(crate) fn org_word(l: &str) -> bool {
    ORG_HEADS.contains(&l) || lexicon::ORG_SUFFIXES.contains(&l)
}

/// Whether a connector at token `j` joins the name so far to the name at
/// `next`. Not when the name so far is a place and the rest an event
/// ("Shanghai for the Chinese Grand Prix"), a person precedes it ("Jacob
/// Kiplimo on the Embankment", "Wanjiru Kamau of Power Shift Africa, who"),
/// a person follows "for" ("paid Tottenham Hotspur for Harry Kane"), a
/// contest's name precedes "for" ("the Dutch Grand Prix for Scuderia
/// Ferrari"), a street follows "on" ("the Ministry of Agriculture on Wspólna
/// Street"), or a town and its region follow "of" ("Halvern Biosciences of
/// Cambridge, Massachusetts").
fn connector_joins(t: &[Token], parts: &[String], j: usize, next: usize) -> bool {
    let c = t[j].lc();
    // "Visit the Utah Jazz": a bare "the" joins only an epithet to a first name ("Alexander the Great").
    if c == "the" {
        return parts.len() == 1 && gazetteer::first_name_tier(&parts[0]) == Some(1);
    }
    // "Writing on LinkedIn, …", "Speaking to Reuters, …": a sentence that opens
    // with a participle names nothing before its connector.
    if j == 1 && parts.len() == 1 && {
        let l = Lower::of(&parts[0]);
        l.len() > 5 && l.ends_with("ing") && gazetteer::is_common_word(&l)
    } {
        return false;
    }
    // "last year's Palme for Iranian director …": a lone demonym before a
    // lower-case word describes what follows; it is no part of the name.
    if is_demonym(&t[next].lc()) && t.get(next + 1).is_none_or(|n| !name_word(n)) {
        return false;
    }
    if matches!(
        c.as_str(),
        "and"
            | "&"
            | "de"
            | "du"
            | "da"
            | "von"
            | "van"
            | "der"
            | "del"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "bint"
            | "dos"
            | "das"
            | "di"
            | "della"
            | "den"
            | "ter"
            | "des"
            | "y"
            | "do"
            | "para"
            | "sa"
            | "ng"
            | "et"
            | "für"
            | "pour"
            | "en"
            | "ole"
            | "arap"
    ) {
        return true;
    }
    let so_far = run_text(parts);
    let place_so_far = !parts.iter().any(|p| CONNECTORS.contains(&p.as_str()))
        && gazetteer::place(&so_far).is_some_and(|p| {
            p.kind != PlaceKind::City || p.population >= 100_000 || !p.common_word
        });
    if place_so_far && parts.len() <= 3 && !ORG_HEADS.contains(&Lower::of(&parts[0]).as_str()) {
        return false;
    }
    // "Owain Pritchard of Ineos": before "of", any listed first name will do.
    // "Italian Matteo Rossani of …": a demonym before the person's name.
    let tier_ok = |tier: Option<u8>| tier == Some(1) || c == "of" && tier.is_some();
    // "Ana Ribeiro of Brazil and Lars Eklund of Sweden": the name so far is what
    // follows the last "and" or comma of a list.
    let parts = match parts.iter().rposition(|p| p == "and" || p == ",") {
        Some(k) if c == "of" && k + 1 < parts.len() => &parts[k + 1..],
        _ => parts,
    };
    let from = usize::from(c == "of" && parts.len() == 3 && is_demonym(&Lower::of(&parts[0])));
    let person_so_far = (2..=3).contains(&(parts.len() - from))
        && tier_ok(gazetteer::first_name_tier(&parts[from]))
        && !parts.iter().any(|p| joins_or_heads(&Lower::of(p)));
    // "Yoon Ha-jun of South Korea", "Lai Ching-te of Taiwan": a family name
    // before a hyphenated given name ("Ha-jun", its second part in lower case).
    let family_first =
        parts.len() == 2 && family_name_first(&[parts[0].as_str(), parts[1].as_str()]);
    if person_so_far || family_first {
        return false;
    }
    // The name after the connector: its capitalized words.
    let words: Vec<&str> = t[next..]
        .iter()
        .take_while(|x| name_word(x))
        .map(|x| x.text)
        .collect();
    if c == "of" && speaker_of_a_body(t, parts, next + words.len()) {
        return false;
    }
    // "Fenna Kuipers of the Netherlands": two plain names, then "of" and a
    // country, are someone and where they are from (not "Central Bank of Ireland",
    // "Prime Minister of India").
    let country_next = c == "of"
        && gazetteer::place(&words.join(" ")).is_some_and(|p| p.kind == PlaceKind::Country);
    let plain = |p: &String| {
        let l = Lower::of(p);
        !(joins_or_heads(&l)
            || lexicon::PLACE_SUFFIXES.contains(&l.as_str())
            || lexicon::is_in(lexicon::PERSON_TITLES, &l)
            || lexicon::is_in(lexicon::ROLE_TITLES, &l)
            || is_demonym(&l))
    };
    if country_next && parts.len() == 2 && parts.iter().all(plain) {
        return false;
    }
    let person_next = (2..=3).contains(&words.len())
        && gazetteer::first_name_tier(words[0]) == Some(1)
        && !words.iter().any(|w| {
            lexicon::ORG_SUFFIXES.contains(&Lower::of(&w).as_str())
                || lexicon::PLACE_SUFFIXES.contains(&Lower::of(&w).as_str())
        });
    if c == "for" && person_next && parts.len() >= 2 {
        return false;
    }
    // "won the Dutch Grand Prix for Scuderia Ferrari": a contest's name ends before "for" (not
    // "National League for Democracy").
    if c == "for"
        && parts.len() >= 2
        && parts.last().is_some_and(|p| {
            matches!(
                Lower::of(p).as_str(),
                "prix"
                    | "cup"
                    | "open"
                    | "championship"
                    | "championships"
                    | "marathon"
                    | "rally"
                    | "classic"
                    | "games"
            )
        })
    {
        return false;
    }
    // "the Gariep Dam on the Orange River", "Odiongan on Tablas Island": a place's last word
    // on either side of "on" makes two places (not "International Conference on the Great
    // Lakes Region": a body's word before "on").
    let place_word = |w: &str| lexicon::PLACE_SUFFIXES.contains(&Lower::of(w).as_str());
    // "the Ministry of Agriculture on Wspólna Street": a body on its street is two names.
    let street = words.len() >= 2
        && words.last().is_some_and(|w| {
            matches!(
                Lower::of(w).as_str(),
                "street" | "road" | "avenue" | "boulevard" | "lane" | "square" | "drive"
            )
        });
    if c == "on" && street {
        return false;
    }
    // "an Oregon Democrat on the Senate Finance Committee", "Jane Roe on the Federal Reserve
    // Board": "on" joins a name only after a word of the bodies, meetings and texts that are
    // "on" something ("Council on Foreign Relations", "Conference on Disarmament", "Act on
    // the Protection of …").
    if c == "on"
        && !parts
            .last()
            .is_some_and(|p| lexicon::is_in(ON_HEADS, &Lower::of(p)))
    {
        return false;
    }
    if c == "on"
        && (parts.last().is_some_and(|p| place_word(p))
            || words.len() >= 2
                && words.last().is_some_and(|w| place_word(w))
                && !parts.iter().any(|p| org_word(&Lower::of(p))))
    {
        return false;
    }
    if c == "of"
        && parts.len() >= 2
        && words.len() == 1
        && t.get(next + 1).is_some_and(|x| x.text == ",")
    {
        let town = gazetteer::place(words[0]).is_some();
        let region = t
            .get(next + 2)
            .is_some_and(|x| gazetteer::place(x.text).is_some_and(|p| p.kind != PlaceKind::City));
        if town && region {
            return false;
        }
    }
    true
}

/// Words that a name continues after with "on": see [`connector_joins`].
const ON_HEADS: &[&str] = &[
    "council",
    "conference",
    "commission",
    "committee",
    "convention",
    "act",
    "law",
    "bill",
    "treaty",
    "agreement",
    "accord",
    "pact",
    "protocol",
    "charter",
    "declaration",
    "directive",
    "regulation",
    "forum",
    "summit",
    "symposium",
    "workshop",
    "seminar",
    "meeting",
    "trials",
    "congress",
    "dialogue",
    "talks",
    "panel",
    "board",
    "institute",
    "centre",
    "center",
    "initiative",
    "campaign",
    "coalition",
    "alliance",
    "network",
    "group",
    "force",
    "tribunal",
    "court",
    "office",
    "bureau",
    "report",
    "review",
    "inquiry",
    "strategy",
    "plan",
    "programme",
    "program",
];

/// "Wanjiru Kamau of Power Shift Africa, who has followed the talks, said
/// …": two words that no list knows (see [`unlisted_word`]) before "of", and
/// after the name that follows it ", who" or a verb of speech (see
/// [`who_or_said`]), are someone and the body they speak for. `after`: the
/// token after the name that follows "of".
fn speaker_of_a_body(t: &[Token], parts: &[String], after: usize) -> bool {
    parts.len() == 2 && parts.iter().all(|w| unlisted_word(w)) && who_or_said(t, after)
}

/// A capitalized word that no list knows: no English word, place, company,
/// body's word or demonym ("Wanjiru", "Kamau").
fn unlisted_word(w: &str) -> bool {
    let mut cs = w.chars();
    let l = Lower::of(w);
    cs.next().is_some_and(char::is_uppercase)
        && cs.clone().next().is_some()
        && cs.all(char::is_lowercase)
        && !gazetteer::is_common_word(&l)
        && gazetteer::place(w).is_none()
        && gazetteer::company(w).is_none()
        && !joins_or_heads(&l)
        && !is_demonym(&l)
}

/// Does ", who" or a verb of speech (", said" too) come at token `at`?
fn who_or_said(t: &[Token], at: usize) -> bool {
    let said = |i: usize| {
        t.get(i)
            .is_some_and(|x| lexicon::is_in(lexicon::SPEECH_VERBS, x.text))
    };
    said(at)
        || t.get(at).is_some_and(|x| x.text == ",")
            && (t.get(at + 1).is_some_and(|x| x.is("who")) || said(at + 1))
}

/// "Health and Safety Executive", "Scottish Executive", "Health Service
/// Executive": a name that ends in "Executive" is a public body's, unless a
/// word before it makes a job of it ("Chief Executive", "Group Managing
/// Executive").
fn executive_body(parts: &[String]) -> bool {
    let (Some(last), true) = (parts.last(), parts.len() >= 2) else {
        return false;
    };
    last == "Executive"
        && !parts[..parts.len() - 1].iter().any(|w| {
            let l = Lower::of(w);
            ROLE_WORDS.contains(&l.as_str())
                || lexicon::is_in(lexicon::PERSON_TITLES, &l)
                || lexicon::is_in(lexicon::ROLE_TITLES, &l)
                || matches!(
                    l.as_str(),
                    "senior"
                        | "managing"
                        | "group"
                        | "deputy"
                        | "vice"
                        | "non"
                        | "account"
                        | "sales"
                )
        })
}

/// Fields a prize is given in ("Nobel Prize in Physiology or Medicine"):
/// not a place or a month ("the Nobel Peace Prize in Oslo").
const PRIZE_FIELDS: &[&str] = &[
    "literature",
    "physics",
    "chemistry",
    "physiology",
    "medicine",
    "economics",
    "economic",
    "mathematics",
    "architecture",
    "journalism",
    "music",
    "poetry",
    "fiction",
    "drama",
    "history",
    "science",
    "sciences",
    "engineering",
    "translation",
    "art",
    "arts",
];

/// Words of a name that "No." and a number end ("Barcelona Commercial Court No. 3").
const NUMBERED_PLACES: &[&str] = &[
    "court",
    "courtroom",
    "room",
    "gate",
    "platform",
    "terminal",
    "pier",
    "berth",
    "dock",
    "ward",
    "unit",
    "hangar",
    "hall",
    "shaft",
    "well",
    "reactor",
    "station",
    "school",
    "lock",
    "tribunal",
];

/// Whether the number `num` after the name so far is part of it, the number
/// of a model, a craft or a road ("Falcon 9", "Orbit 7", "Highway 97"): a
/// name of one or two words that is no place, month, listed company or
/// numbered division ("Category 4", "Phase 3", "Terminal 5"), then one to
/// three digits that no score, range, unit or further number follows (a
/// road's word may have a range's word after its number: "Route 167 and").
fn model_number(parts: &[String], num: &Token, next: Option<&Token>) -> bool {
    // The cheap tests first: this runs for every number after a capitalized word ("March 15").
    if !(1..=2).contains(&parts.len())
        || !(1..=3).contains(&num.text.len())
        || !num.text.chars().all(|c| c.is_ascii_digit())
        || parts.iter().any(|p| {
            !p.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(&p.as_str())
        })
    {
        return false;
    }
    let last = &parts[parts.len() - 1];
    // (Nor money: "CHF 40", "Rs 560", "SEK 86".)
    if lexicon::month(last).is_some()
        || lexicon::weekday(last).is_some()
        || lexicon::is_in(NUMBERED_DIVISIONS, last)
        || lexicon::CURRENCY_CODES.contains(&last.as_str())
        || crate::compiler::extract::quantities::LETTER_CURRENCIES
            .iter()
            .any(|(p, _)| p.len() >= 2 && *p == last.as_str())
    {
        return false;
    }
    // "jumped Route 167 and came within": a road's word before the number needs no more.
    let road = parts.len() == 1 && lexicon::is_in(ROAD_WORDS, &parts[0].to_lowercase());
    // Nothing after the number that makes it an amount, a score or a range
    // ("Celtics 99." ends a score line, so a full stop does not do).
    let free = next.is_none_or(|n| {
        n.kind == Kind::Punct && matches!(n.text, ")" | ";")
            || n.space_before && n.kind == Kind::Word && !n.is_capitalized() && {
                let l = n.lc();
                lexicon::magnitude(&l).is_none()
                    && lexicon::number_word(&l).is_none()
                    && !matches!(
                        l.as_str(),
                        "percent" | "per" | "points" | "pts" | "goals" | "votes" | "seats"
                    )
                    && (road || !matches!(l.as_str(), "to" | "and" | "or"))
                    && !lexicon::UNITS.iter().any(|(w, _)| *w == l.as_str())
            }
    });
    let text = run_text(parts);
    free && !known_or_place(parts)
        && gazetteer::company(&text).is_none()
        && (parts.len() == 1 || !gazetteer::is_first_name(&parts[0]))
}

/// Words before a number that counts a part, a rank or a stage of something
/// rather than naming a model ("Category 4", "Phase 3", "Terminal 5").
const NUMBERED_DIVISIONS: &[&str] = &[
    "act",
    "article",
    "block",
    "category",
    "chapter",
    "class",
    "clause",
    "day",
    "division",
    "episode",
    "exit",
    "figure",
    "flight",
    "floor",
    "game",
    "gate",
    "grade",
    "group",
    "item",
    "level",
    "lot",
    "match",
    "no",
    "number",
    "page",
    "paragraph",
    "part",
    "phase",
    "platform",
    "pool",
    "rule",
    "room",
    "round",
    "season",
    "section",
    "series",
    "stage",
    "step",
    "table",
    "terminal",
    "tier",
    "unit",
    "vol",
    "volume",
    "ward",
    "week",
    "year",
    "zone",
];

/// "Lai Ching-te", "Yoon Ha-jun", "Chiang Wen-pin": a short family name first,
/// before a hyphenated given name (two or three words). "Liang Haoran", "Zhou
/// Mingyuan": a Chinese family name before a given name of Pinyin syllables
/// that is no English first name ("Li Anna" is hers).
pub(crate) fn family_name_first(words: &[&str]) -> bool {
    let hyphenated = (2..=3).contains(&words.len())
        && words[0].chars().count() <= 6
        && words.last().is_some_and(|w| {
            // "Ha-jun", not "Rees-Mogg": the part after the hyphen in lower case.
            w.split_once('-')
                .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
        });
    // "Tao Zhang", "Wang Yi": two family names; the commoner comes first, unless the
    // first is no given name ("Gong Li", "Sun Yang").
    let rank = |w: &str| {
        lexicon::CHINESE_FAMILY_NAMES
            .iter()
            .position(|&f| f == Lower::of(w).as_str())
    };
    hyphenated
        || matches!(words, [family, given]
            if rank(family).is_some_and(|r| {
                rank(given).is_none_or(|g| r < g || !gazetteer::is_first_name(family))
            })
                && given.starts_with(|c: char| c.is_uppercase())
                && given.chars().skip(1).all(|c| c.is_lowercase() || c == '\'')
                && lexicon::pinyin_word(&Lower::of(given))
                && gazetteer::first_name_tier(given) != Some(1))
}

/// Find runs of capitalized words with connectors and legal forms.
fn runs(t: &[Token]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    // "US$", "A$": a currency prefix, not a name; nor "$US24bn", "$A3.5m".
    let currency = |k: usize| {
        t.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Sym && !n.space_before && !matches!(n.text, "+" | "%" | "~" | "°" | "±")
        }) || k > 0
            && t[k - 1].text == "$"
            && !t[k].space_before
            && t.get(k + 1)
                .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
    };
    while i < t.len() {
        if !name_word(&t[i]) || currency(i) {
            i += 1;
            continue;
        }
        // "the July-September quarter", "Jan-Mar": a span of months names nothing.
        if month_span(t[i].text) {
            i += 1;
            continue;
        }
        // "Sen. Jane Roe, D-Mass.,": a party and a state ([`party_states`]).
        if let Some((end, _, _)) = party_state_at(t, i) {
            i = end;
            continue;
        }
        // "the French-Moroccan director": each demonym of a compound names its place.
        if let Some(pieces) = demonym_compound(t[i].text) {
            let mut at = t[i].cstart;
            for p in pieces {
                let n = p.chars().count() as u32;
                out.push(Run {
                    toks: vec![i],
                    parts: vec![p.to_string()],
                    span: [at, at + n],
                });
                at += n + 1;
            }
            i += 1;
            continue;
        }
        let mut toks = vec![i];
        let mut parts = vec![t[i].text.to_string()];
        let mut j = i + 1;
        let mut closed = false;
        let close_tok = |tok: &Token, parts: &mut Vec<String>, next: Option<&Token>| -> bool {
            if let Some(p) = possessive(tok.text) {
                // "St James's Park", "West Kowloon Magistrates' Courts": a possessive inside a name.
                if next.is_some_and(|n| {
                    name_word(n) && n.space_before && possessive_inside(parts, tok.text, n.text)
                }) {
                    return false;
                }
                *parts.last_mut().unwrap() = p.to_string();
                return true;
            }
            if let Some(h) = hyphen_tail(tok.text) {
                *parts.last_mut().unwrap() = h.to_string();
                return true;
            }
            false
        };
        if close_tok(&t[i], &mut parts, t.get(i + 1)) {
            closed = true;
        }
        while !closed && j < t.len() {
            let tok = &t[j];
            if demonym_compound(tok.text).is_some() {
                break;
            }
            // "Dr. Helen Marsh": the title keeps its period.
            if tok.text == "."
                && !tok.space_before
                && DOTTED_TITLES.contains(&t[j - 1].lc().as_str())
                && t.get(j + 1).is_some_and(name_word)
            {
                parts.last_mut().unwrap().push('.');
                j += 1;
                continue;
            }
            if currency(j) {
                break;
            }
            // "Alex P. Varghese", "P. Chidambaram": a middle or first initial keeps its period.
            if tok.text == "."
                && !tok.space_before
                && t[j - 1].text.chars().count() == 1
                && t[j - 1].text.chars().all(|c| c.is_uppercase())
                && t.get(j + 1)
                    .is_some_and(|n| name_word(n) && n.space_before && n.text.chars().count() > 1)
            {
                parts.last_mut().unwrap().push('.');
                j += 1;
                continue;
            }
            // "Daft.ie", "Booking.com": a site's name with its domain.
            if tok.text == "."
                && !tok.space_before
                && t.get(j + 1).is_some_and(|n| {
                    !n.space_before && n.kind == Kind::Word && WEB_DOMAINS.contains(&n.text)
                })
            {
                let tld = t[j + 1].text;
                parts.last_mut().unwrap().push_str(&format!(".{tld}"));
                j += 2;
                continue;
            }
            // "S&P/ASX": two acronyms joined by a slash make one name.
            if tok.text == "/"
                && !tok.space_before
                && t[j - 1].is_acronym()
                && t.get(j + 1)
                    .is_some_and(|n| !n.space_before && name_word(n))
            {
                parts
                    .last_mut()
                    .unwrap()
                    .push_str(&format!("/{}", t[j + 1].text));
                j += 2;
                continue;
            }
            // "Nikkei 225", "FTSE 100": a number ends a name only when the whole is a known index.
            if tok.kind == Kind::Num
                && tok.space_before
                && known()
                    .get(&format!("{} {}", run_text(&parts).to_lowercase(), tok.text))
                    .is_some()
            {
                toks.push(j);
                parts.push(tok.text.to_string());
                j += 1;
                continue;
            }
            // "Falcon 9", "Ariane 6", "Highway 97": a model's or a road's number ends its name.
            if tok.kind == Kind::Num && tok.space_before && model_number(&parts, tok, t.get(j + 1))
            {
                toks.push(j);
                parts.push(tok.text.to_string());
                j += 1;
                break;
            }
            // "the Hang Seng index": a lower-case "index" after a known index's name.
            if tok.text == "index"
                && tok.space_before
                && known()
                    .get(&format!("{} index", run_text(&parts).to_lowercase()))
                    .is_some()
            {
                toks.push(j);
                parts.push(tok.text.to_string());
                j += 1;
                break;
            }
            // "OPEC+": a plus sign run into a name.
            if tok.text == "+"
                && !tok.space_before
                && t[j - 1].is_acronym()
                && t.get(j + 1).is_none_or(|n| n.space_before)
            {
                parts.last_mut().unwrap().push('+');
                j += 1;
                break;
            }
            // "Growing up in Sweden I watched": the pronoun ends a name.
            if name_word(tok) && tok.space_before && tok.text != "I" {
                toks.push(j);
                parts.push(tok.text.to_string());
                j += 1;
                if close_tok(tok, &mut parts, t.get(j)) {
                    break;
                }
                continue;
            }
            // "Magistrates' Courts", "Workers' Party": a plural possessive inside a name
            // (not before someone's full name: "Kalahari Securities' Nadia Ebrahim").
            let full_name_at = |k: usize| {
                t.get(k).is_some_and(|n| gazetteer::is_first_name(n.text))
                    && t.get(k + 1).is_some_and(|n| {
                        name_word(n) && n.is_capitalized() && !gazetteer::is_common_word(&n.lc())
                    })
            };
            if matches!(tok.text, "'" | "’")
                && !tok.space_before
                && t[j - 1].text.ends_with('s')
                && t[j - 1].text.len() > 3
                && t.get(j + 1)
                    .is_some_and(|n| name_word(n) && n.space_before && n.is_capitalized())
                && !full_name_at(j + 1)
            {
                parts.last_mut().unwrap().push_str(tok.text);
                j += 1;
                continue;
            }
            // "Ferdinand Marcos Jr.": a generational suffix keeps its period.
            if tok.text == "." && !tok.space_before && matches!(t[j - 1].lc().as_str(), "jr" | "sr")
            {
                parts.last_mut().unwrap().push('.');
                j += 1;
                break;
            }
            // Ramon "Bong" Villacorta: a nickname in quotes between two names is left out.
            if let Some(after) = nickname_end(t, j) {
                j = after;
                continue;
            }
            // "Carpenter v. United States", "Roe v Wade": a case name.
            if tok.text == "v" && tok.space_before {
                let dot = t
                    .get(j + 1)
                    .is_some_and(|x| x.text == "." && !x.space_before);
                let next = j + 1 + dot as usize;
                if t.get(next).is_some_and(|n| name_word(n) && n.space_before) {
                    toks.push(j);
                    parts.push(if dot { "v.".into() } else { "v".into() });
                    j = next;
                    continue;
                }
            }
            // "Vuelta a España": any lower-case word between two capitalized ones
            // joins them when the whole is a name the lexicons know.
            if tok.kind == Kind::Word
                && tok.space_before
                && !tok.is_capitalized()
                && t.get(j + 1).is_some_and(|n| name_word(n) && n.space_before)
                && known().contains_key(&format!(
                    "{} {} {}",
                    run_text(&parts).to_lowercase(),
                    tok.lc(),
                    t[j + 1].lc()
                ))
            {
                toks.extend([j, j + 1]);
                parts.extend([tok.text.to_string(), t[j + 1].text.to_string()]);
                j += 2;
                continue;
            }
            // Connectors between capitalized words: "Ministry of Economy", "Act on the Promotion".
            if CONNECTORS.contains(&tok.lc().as_str()) && !tok.is_capitalized() {
                // "para sa": a second connector after the first.
                let the = t.get(j + 1).is_some_and(|n| {
                    n.text == "the"
                        || tok.lc() != "and"
                            && n.kind == Kind::Word
                            && !n.is_capitalized()
                            && matches!(
                                n.text,
                                "sa" | "ng" | "la" | "de" | "del" | "los" | "las" | "der" | "den"
                            )
                }) && tok.lc() != "the";
                let next = j + 1 + the as usize;
                // A word that is never a name on its own joins with a name after it: "Ministry
                // of Home Affairs".
                let named = |n: &Token| name_word(n) && !lexicon::is_in(lexicon::NOT_NAMES, n.text);
                if t.get(next).is_some_and(|n| {
                    (named(n) || name_word(n) && tok.is("of") && t.get(next + 1).is_some_and(named))
                        && !n.text.chars().any(|c| c.is_ascii_digit())
                }) && connector_joins(t, &parts, j, next)
                {
                    for k in j..next {
                        toks.push(k);
                        parts.push(t[k].text.to_string());
                    }
                    j = next;
                    continue;
                }
            }
            // "Economy, Trade and Industry": a comma inside a list that ends with "and X",
            // inside an organization's name ("Ministry of …"); not a list of
            // names ("Egypt, Bangladesh, Sudan and Pakistan").
            if tok.text == "," && t.get(j + 1).is_some_and(|n| name_word(n) && n.space_before) {
                let later_and = (j + 2..(j + 7).min(t.len()))
                    .take_while(|&k| t[k].kind == Kind::Word || t[k].text == ",")
                    .any(|k| t[k].is("and") && t.get(k + 1).is_some_and(name_word));
                // ("Senate Health, Education, Labor and Pensions Committee": a chamber's
                // committee whose list of subjects ends in its head.)
                let committee = || {
                    matches!(
                        parts[0].as_str(),
                        "Senate" | "House" | "Assembly" | "Commons"
                    ) && (j + 2..(j + 9).min(t.len()))
                        .find(|&k| t[k].is("and"))
                        .is_some_and(|k| {
                            t[k + 1..]
                                .iter()
                                .take_while(|x| name_word(x))
                                .last()
                                .is_some_and(|x| matches!(x.text, "Committee" | "Subcommittee"))
                        })
                };
                // (Not after a plural noun, "Shares of Toyota, Honda and Mazda fell": a list.)
                let inside_name = parts.iter().enumerate().any(|(i, p)| {
                    matches!(p.as_str(), "of" | "for" | "on")
                        && i > 0
                        && !plural_noun(&parts[i - 1])
                }) || committee();
                if later_and && inside_name {
                    parts.push(",".into());
                    toks.push(j);
                    j += 1;
                    continue;
                }
                // "Sumitomo Metal Mining Co., Ltd.", "Hitachi, Ltd."
                if t.get(j + 1)
                    .is_some_and(|n| lexicon::is_in(lexicon::LEGAL_FORMS, n.text))
                {
                    parts.push(",".into());
                    toks.push(j);
                    j += 1;
                    continue;
                }
            }
            // "Barcelona Commercial Court No. 3", "Court No. 1": the number after "No." ends the name.
            if tok.text == "."
                && !tok.space_before
                && t[j - 1].text == "No"
                && parts.len() >= 2
                // ("British No. 1 Jack Draper": a rank, not a court's number.)
                && lexicon::is_in(NUMBERED_PLACES, &Lower::of(&parts[parts.len() - 2]))
                && t.get(j + 1).is_some_and(|n| {
                    n.kind == Kind::Num
                        && n.space_before
                        && n.text.len() <= 3
                        && n.text.chars().all(|c| c.is_ascii_digit())
                })
            {
                parts.last_mut().unwrap().push('.');
                toks.push(j + 1);
                parts.push(t[j + 1].text.to_string());
                j += 2;
                break;
            }
            // "Nobel Prize in Literature", "Nobel Memorial Prize in Economic Sciences":
            // a prize's field after "in" is part of its name.
            if tok.text == "in"
                && parts.last().is_some_and(|l| l == "Prize")
                && t.get(j + 1)
                    .is_some_and(|n| name_word(n) && lexicon::is_in(PRIZE_FIELDS, &n.lc()))
            {
                toks.push(j);
                parts.push(tok.text.to_string());
                j += 1;
                continue;
            }
            // "Co." "Ltd." "Inc." keep their period.
            if tok.text == "."
                && !tok.space_before
                && lexicon::is_in(lexicon::LEGAL_FORMS, &format!("{}.", t[j - 1].text))
            {
                parts.last_mut().unwrap().push('.');
                j += 1;
                continue;
            }
            break;
        }
        // Do not end on a connector or comma (a capitalized one only of English: "Daniel Ng",
        // "Tran Van Le" end on a surname).
        while parts.last().is_some_and(|p| {
            p == ","
                || CONNECTORS.contains(&p.as_str())
                || matches!(Lower::of(p).as_str(), "of" | "for" | "and" | "the" | "on")
        }) {
            parts.pop();
            toks.pop();
        }
        let (Some(&last), Some(last_part)) = (toks.last(), parts.last()) else {
            i = j.max(i + 1);
            continue;
        };
        let end_char = if last_part.ends_with('.') && t[last].text != last_part.as_str() {
            t[last].cend + 1 // "Co." with its period token
        } else {
            t[last].cstart + last_part.chars().count() as u32
        };
        let mut start_char = t[i].cstart;
        // "the 6th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": an ordinal opens the name.
        let ordinal = i >= 2
            && t[i - 2].kind == Kind::Num
            && !t[i - 1].space_before
            && matches!(t[i - 1].text, "st" | "nd" | "rd" | "th");
        if ordinal
            && parts.iter().any(|p| {
                matches!(
                    Lower::of(&p).as_str(),
                    "circuit"
                        | "district"
                        | "court"
                        | "amendment"
                        | "fleet"
                        | "army"
                        | "division"
                        | "brigade"
                        | "regiment"
                        | "corps"
                        | "congress"
                        | "infantry"
                        | "battalion"
                        | "airborne"
                )
            })
        {
            parts.insert(0, format!("{}{}", t[i - 2].text, t[i - 1].text));
            toks.insert(0, i - 2);
            start_char = t[i - 2].cstart;
        }
        out.push(Run {
            span: [start_char, end_char],
            toks,
            parts,
        });
        i = j.max(i + 1);
    }
    out
}

/// Longest person title (lower case) starting at part `p` of a run, with
/// the titles that follow it ("Chief Justice", "Detective Chief Inspector")
/// and in the plural ("Justices Sonia Sotomayor, Elena Kagan and …").
fn title_at(parts: &[String], p: usize) -> Option<usize> {
    let one = |p: usize| {
        // The lower case of up to four parts from `p`, built once: the phrase
        // of `n` parts is its prefix up to `ends[n - 1]`.
        let most = parts.len().saturating_sub(p).min(4);
        let mut words = String::with_capacity(48);
        let mut ends = [0usize; 4];
        for (k, part) in parts[p..p + most].iter().enumerate() {
            if k > 0 {
                words.push(' ');
            }
            words.extend(part.chars().flat_map(char::to_lowercase));
            ends[k] = words.len();
        }
        (1..=most).rev().find(|&n| {
            {
                let phrase = &words[..ends[n - 1]];
                let singular = phrase.strip_suffix('s').filter(|x| x.len() > 3).unwrap_or("");
                // "Writer-director Mara Lindqvist", "Ex-minister Ana Gomes": a compound ending in a title.
                let title = |w: &str| {
                    lexicon::is_in(lexicon::PERSON_TITLES, w)
                        || !w.contains(' ') && w.rsplit_once('-').is_some_and(|(a, b)| a.len() >= 2 && a.chars().all(char::is_alphabetic) && lexicon::is_in(lexicon::PERSON_TITLES, b) && b != "leader" && b != "official")
                };
                // "Councilmember Adriana Solis", "Co-star Ravi Menon", "Lieutenant-Colonel Hervé Dumas": a role before a first name.
                // ("Tropical Storm Marilou": a storm's words, though "Storm" is a first name too.)
                let storm = |k: usize| parts.get(k).is_some_and(|x| lexicon::STORM_PREFIXES.contains(&Lower::of(x).as_str()));
                let role = || {
                    n == 1
                        && !storm(p)
                        && !storm(p + 1)
                        && (role_title(phrase) && parts.get(p + 1).is_some_and(|x| first_name_like(x))
                            || full_name_ends(parts, p + 1) && common_role(phrase))
                };
                // "Justices Sonia Sotomayor and …": a title in the plural before a first name
                // (not "the Players Championship").
                // (The cheap tests first: every test here is pure.)
                phrase != "official"
                    // "Bloc Québécois Leader Yves-François Blanchet": "leader" only before a first name.
                    && (phrase != "leader" || parts.get(p + n).is_some_and(|x| first_name_like(x)))
                    && (title(phrase) || role() || n == 1 && singular != "leader" && title(singular) && parts.get(p + 1).is_some_and(|x| first_name_like(x)))
            }
        })
    };
    let mut n = one(p)?;
    while let Some(m) = one(p + n) {
        n += m;
    }
    Some(n)
}

/// "National Statistician Lourdes Macaraeg", "Scrum-half Antoine Delmas": a
/// capitalized word of the dictionary (or a compound of them) that no title
/// list has, right before a first name and a surname that end the run, is
/// the person's role. Not a first name or a place itself ("Chelsea", "Paris").
fn common_role(w: &str) -> bool {
    let word = |x: &str| gazetteer::is_common_word(x) || lexicon::is_in(lexicon::ROLE_TITLES, x);
    // A compound ends in such a word ("scrum-half", "fly-half").
    let last = w.rsplit('-').next().unwrap_or(w);
    !w.contains(' ')
        && w.split('-')
            .all(|x| x.len() >= 2 && x.chars().all(char::is_alphabetic))
        && word(last)
        && !CONNECTORS.contains(&last)
        && !lexicon::is_in(lexicon::NOT_NAMES, w)
        && !lexicon::is_in(DIRECTIONS, w)
        && !gazetteer::is_first_name(w)
        && gazetteer::place(w).is_none()
        && !known().contains_key(w)
        && !is_demonym(w)
        && !ORG_HEADS.contains(&w)
        && !lexicon::ORG_SUFFIXES.contains(&w)
        && !lexicon::PLACE_SUFFIXES.contains(&w)
}

/// Whether the run's last two parts, from `k`, are a first name and a
/// surname ("… Lourdes Macaraeg"): a first name of the lists, then a
/// capitalized word no dictionary has and no company word.
fn full_name_ends(parts: &[String], k: usize) -> bool {
    // Not a country or a region that lists give as a first name ("California Edison").
    let region = |w: &str| {
        gazetteer::place(w).is_some_and(|p| p.kind != PlaceKind::City)
            || known().contains_key(&w.to_lowercase())
    };
    parts.len() == k + 2 && first_name_like(&parts[k]) && !region(&parts[k]) && {
        let surname = &parts[k + 1];
        let l = surname.to_lowercase();
        surname.chars().next().is_some_and(char::is_uppercase)
            && surname.chars().skip(1).any(char::is_lowercase)
            && !gazetteer::is_common_word(&l)
            && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
            && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
            && !ORG_HEADS.contains(&l.as_str())
    }
}

/// Ranks of the police, the forces and the services, which news writes before a full name.
const RANKS: &[&str] = &[
    "inspector",
    "chief inspector",
    "detective inspector",
    "detective",
    "sergeant",
    "detective sergeant",
    "constable",
    "superintendent",
    "chief superintendent",
    "officer",
    "captain",
    "lieutenant",
    "colonel",
    "general",
    "commander",
    "major",
    "corporal",
    "private",
    "agent",
    "deputy",
    "nurse",
    "doctor",
    "dr",
    "dr.",
    "professor",
    "prof.",
];

/// "Inspector Maria", "Sergeant Anna": a rank and one word, a first name and no surname.
/// Royal and religious titles do take a first name alone ("King Charles", "Pope Leo").
fn rank_and_first_name(title: &[String], name: &[String]) -> bool {
    let t = title.join(" ").to_lowercase();
    name.len() == 1
        && lexicon::is_in(RANKS, t.trim_end_matches('s'))
        && gazetteer::first_name_tier(&name[0]) == Some(1)
}

/// Particles inside a person's name, never first or last: "Aurelio De Laurentiis",
/// "Nguyen Van Phuc", "Ursula von der Leyen", "Mohammed bin Salman".
pub(crate) fn name_particle(w: &str) -> bool {
    matches!(
        Lower::of(&w).as_str(),
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "bin"
            | "ibn"
            | "bint"
            | "dos"
            | "das"
            | "do"
            | "du"
            | "des"
            | "la"
            | "le"
            | "al"
            | "el"
            | "ole"
            | "arap"
    )
}

/// A plural common noun that is no body's head ("Shares", "Residents"; not
/// "Services", which heads "Services of …" names, nor "Ministry").
fn plural_noun(w: &str) -> bool {
    let l = Lower::of(w);
    l.len() > 3
        && l.ends_with('s')
        && gazetteer::is_common_word(&l)
        && gazetteer::is_common_word(&l[..l.len() - 1])
        && !ORG_HEADS.contains(&l.as_str())
        && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
}

/// Whether the words of a name are a person's: every word capitalized or a particle between two.
fn particles_inside(parts: &[String]) -> bool {
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|w| name_particle(w))
        && parts.iter().enumerate().all(|(k, w)| {
            k > 0 && k + 1 < parts.len() && name_particle(w)
                || !CONNECTORS.contains(&Lower::of(&w).as_str())
        })
}

/// A role that is a title only right before a first name ([`lexicon::ROLE_TITLES`]),
/// or a compound of titles ("Lieutenant-Colonel", "Writer-director", "Co-star").
fn role_title(w: &str) -> bool {
    let part = |x: &str| {
        lexicon::is_in(lexicon::PERSON_TITLES, x)
            || lexicon::is_in(lexicon::ROLE_TITLES, x)
            || lexicon::is_in(
                &[
                    "co",
                    "vice",
                    "ex",
                    "deputy",
                    "assistant",
                    "acting",
                    "interim",
                ],
                x,
            )
    };
    lexicon::is_in(lexicon::ROLE_TITLES, w)
        || w.contains('-')
            && w.split('-').all(|x| !x.is_empty() && part(x))
            && w.split('-')
                .last()
                .is_some_and(|x| !lexicon::is_in(&["co", "vice", "ex"], x))
}

/// "Chief Financial Officer Raj Subramaniam": where the name starts after a
/// title that goes on in words of no title list — at a first name followed by
/// at least one more word, right after a word that ends a title, when the
/// words after the title do not open with a first name.
fn name_after_long_title(parts: &[String], name_start: usize, name_end: usize) -> usize {
    if name_end <= name_start + 2 || first_name_like(&parts[name_start]) {
        return name_start;
    }
    (name_start + 1..name_end.saturating_sub(1))
        .find(|&k| {
            // The word before the first name ends the title ("… Officer Raj"), not a surname-first name ("Lim Wei Ling").
            let role = lexicon::is_in(lexicon::PERSON_TITLES, &parts[k - 1])
                || role_title(&parts[k - 1].to_lowercase());
            role && first_name_like(&parts[k])
                && parts[name_start..k]
                    .iter()
                    .all(|x| x.chars().next().is_some_and(char::is_uppercase))
        })
        .unwrap_or(name_start)
}

/// A first name, or two joined by a hyphen ("Yves-François", "Jean-Luc").
fn first_name_like(w: &str) -> bool {
    gazetteer::is_first_name(w)
        || w.split_once('-')
            .is_some_and(|(a, b)| gazetteer::is_first_name(a) && gazetteer::is_first_name(b))
}

/// Letters after a name that are not part of it: honours, degrees and
/// post-nominals ("Nicholas Penrose KC", "Jane Doe MP").
const POST_NOMINALS: &[&str] = &[
    "kc", "qc", "sc", "mp", "msp", "mla", "mpp", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "md",
    "esq", "frs",
];

/// Lower-case title words right before token `i` ("research vessel", "prime minister").
fn cue_before(t: &[Token], i: usize, list: &[&str]) -> bool {
    (1..=3).any(|n| {
        i >= n && {
            let phrase = t[i - n..i]
                .iter()
                .map(Token::lc)
                .collect::<Vec<_>>()
                .join(" ");
            list.contains(&phrase.as_str())
        }
    })
}

fn speech_after(t: &[Token], j: usize) -> bool {
    let w = |k: usize| t.get(k).map(Token::lc).unwrap_or_default();
    let v = w(j);
    lexicon::SPEECH_VERBS.contains(&v.as_str()) && v != "according to"
        || (matches!(v.as_str(), "has" | "had" | "also" | "previously" | "later")
            && lexicon::SPEECH_VERBS.contains(&w(j + 1).as_str()))
}

/// ", the magazine that compiles the table, said": at token `j` a comma, a
/// description in lower case without quotation marks, a comma and a speech verb.
fn speaks_after_apposition(t: &[Token], j: usize) -> bool {
    if t.get(j).is_none_or(|x| x.text != ",")
        || t.get(j + 1)
            .is_none_or(|x| x.kind != Kind::Word || x.is_capitalized())
    {
        return false;
    }
    t.iter()
        .enumerate()
        .skip(j + 2)
        .take(30)
        .take_while(|(_, x)| !matches!(x.text, "\"" | "“" | "”" | "." | ";"))
        .find(|(_, x)| x.text == ",")
        .is_some_and(|(k, _)| speech_after(t, k + 1))
}

/// Find the entity mentions of a sentence. `common` holds lower-case words
/// seen in lower case in the corpus (so a capitalized sentence opener that is
/// an ordinary word is not taken for a name).
pub fn find(t: &[Token], common: &dyn super::Vocabulary) -> Vec<Mention> {
    find_with(t, sentence_runs(t), common, &HashSet::default())
}

/// A sentence's runs of name words, found once for both uses: the article's
/// vocabulary of names ([`mid_sentence_names`]) and the sentence's mentions
/// ([`find_with`]).
pub struct Runs(Vec<Run>);

pub fn sentence_runs(t: &[Token]) -> Runs {
    Runs(runs(t))
}

/// [`find`], knowing the names (lower case) the article writes inside its
/// sentences, not only at their start: "Rocket Lab said" keeps "Rocket"
/// when "Rocket Lab" stands mid-sentence elsewhere.
pub fn find_with(
    t: &[Token],
    runs: Runs,
    common: &dyn super::Vocabulary,
    names: &HashSet<String>,
) -> Vec<Mention> {
    let mut out = Vec::new();
    find_elements(t, &mut out);
    find_medicines(t, &mut out);
    for run in runs.0 {
        classify_run(t, run, &Vocab { common, names }, &mut out);
    }
    binomials(t, &mut out);
    social_network_x(t, &mut out);
    party_states(t, &mut out);
    quoted_titles(t, &mut out);
    out.sort_by_key(|m| m.span[0]);
    lists(t, &mut out);
    out
}

/// Small words a title leaves in lower case ("Nocturne for Two Trains",
/// "Low Tide in Recife", "Two Cows and a Mayor").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "in", "on", "and", "or", "to", "at", "with", "from", "by", "de",
    "la", "le", "du", "des", "del", "y", "en", "et", "von", "van",
];

/// "went to “Nocturne for Two Trains” by …", "best actor for “Low Tide in
/// Recife,”": words in title case that fill a pair of quotation marks are
/// the title of a work, one name of kind `other`, not the names inside it
/// ("Recife"). Up to eight words, the first and the last capitalized, the
/// others capitalized or small words. Not words someone said (a speech verb
/// before the quote or in the clause after it), not a nickname between two
/// names (Dwayne “The Rock” Johnson), not a slogan with a person's name in
/// it (“Free Imran Khan”), not a name the lexicons know. Words that are all
/// common words (“Highly Partisan”, “Disgraceful”) are a title only where
/// a work is spoken of (“Little Fires” by …, her film “Dry Season”). One
/// word alone is weak evidence.
fn quoted_titles(t: &[Token], out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < t.len() {
        let close_of = match t[i].text {
            "\"" => "\"",
            "“" => "”",
            "‘" => "’",
            _ => {
                i += 1;
                continue;
            }
        };
        // The closing mark, however far: a long quotation is skipped whole.
        // (Not the Workers’ Party's mark: a glued "’" after a plural before a name word.)
        let possessive = |k: usize| {
            close_of == "’"
                && !t[k].space_before
                && t[k - 1].text.ends_with('s')
                && t.get(k + 1)
                    .is_some_and(|x| x.is_capitalized() && x.space_before)
        };
        let Some(close) = (i + 1..t.len()).find(|&k| t[k].text == close_of && !possessive(k))
        else {
            return;
        };
        // A straight mark opens before a word and closes after one.
        let straight_ok = close_of != "\""
            || t.get(i + 1).is_some_and(|x| !x.space_before) && !t[close].space_before;
        if !straight_ok {
            // A stray or closing mark: the next one may open.
            i += 1;
            continue;
        }
        if let Some(m) = quoted_title_at(t, out, i, close) {
            let span = m.span;
            out.retain(|x| !(span[0] <= x.span[0] && x.span[1] <= span[1]));
            out.push(m);
        }
        i = close + 1;
    }
}

/// [`quoted_titles`] for the quotation marks at `open` and `close`.
fn quoted_title_at(t: &[Token], out: &[Mention], open: usize, close: usize) -> Option<Mention> {
    // A comma or full stop the quotation marks take in ("“Skagerrak,” while …").
    let mut last = close.checked_sub(1)?;
    while last > open && matches!(t[last].text, "," | ".") {
        last -= 1;
    }
    if last <= open || close - open > 14 {
        return None;
    }
    let inner = &t[open + 1..=last];
    let words = inner.iter().filter(|x| x.kind == Kind::Word).count();
    let title_case = (1..=8).contains(&words)
        && inner
            .first()
            .is_some_and(|x| x.is_capitalized() || x.kind == Kind::Num)
        && inner
            .last()
            .is_some_and(|x| x.is_capitalized() || x.kind == Kind::Num)
        && inner.iter().all(|x| match x.kind {
            Kind::Word => x.is_capitalized() || lexicon::is_in(TITLE_SMALL_WORDS, x.text),
            Kind::Num => true,
            _ => matches!(x.text, ":" | "&" | "-"),
        });
    if !title_case {
        return None;
    }
    let speech = |k: usize| {
        lexicon::SPEECH_VERBS.contains(&t[k].lc().as_str())
            || matches!(
                t[k].lc().as_str(),
                "read" | "reading" | "chanted" | "shouted"
            )
    };
    // "He added, “…”", "said:": a speech verb before the quote.
    let mut b = open;
    while b > 0 && matches!(t[b - 1].text, "," | ":") {
        b -= 1;
    }
    let spoken_before = b < open && t[open - 1].text == ":" || b > 0 && speech(b - 1);
    // "“Never Again,” Prime Minister Keir Starmer said.": a speech verb in the clause after.
    let spoken_after = (close + 1..(close + 10).min(t.len()))
        .take_while(|&k| !matches!(t[k].text, "." | ";" | "“" | "\"" | "?" | "!"))
        .any(speech);
    // Dwayne “The Rock” Johnson: a nickname between two name words.
    let name_after = open >= 1
        && t[open - 1].is_capitalized()
        && t.get(close + 1)
            .is_some_and(|x| x.is_capitalized() && x.space_before);
    let span = [inner[0].cstart, inner[inner.len() - 1].cend];
    // (A person's name that is the whole title is no person: “Ash Season”.)
    let person_inside = out.iter().any(|m| {
        span[0] <= m.span[0]
            && m.span[1] <= span[1]
            && m.span != span
            && m.kind == Some(EntityKind::Person)
            && m.strong
    }) || inner.windows(2).skip(1).any(|w| {
        // ("Free Imran Khan": a first name and a surname after the first word.)
        gazetteer::is_first_name(w[0].text)
            && w[1].is_capitalized()
            && !gazetteer::is_common_word(&w[1].lc())
    });
    if spoken_before
        || spoken_after
        || name_after
        || person_inside && !work_spoken_of(t, open, close)
    {
        return None;
    }
    let mut text = String::new();
    for (k, x) in inner.iter().enumerate() {
        if k > 0 && x.space_before {
            text.push(' ');
        }
        text.push_str(x.text);
    }
    if known().contains_key(&text.to_lowercase())
        || words == 1 && (gazetteer::place(&text).is_some() || gazetteer::is_first_name(&text))
        || lexicon::is_in(lexicon::NOT_NAMES, &text)
    {
        return None;
    }
    let common = inner
        .iter()
        .filter(|x| x.kind == Kind::Word && !lexicon::is_in(TITLE_SMALL_WORDS, x.text))
        .all(|x| gazetteer::is_common_word(&x.lc()));
    if common && !work_spoken_of(t, open, close) {
        return None;
    }
    Some(read(text, span, EntityKind::Other, words >= 2, None))
}

/// Words around a quoted title that say a work is spoken of: a work's noun
/// or a possessive shortly before it ("her film “Dry Season”", "Seitova's
/// first feature, “Dry Season”"), "titled" or "called" right before it, a
/// prize or a role given "for", "to" or "in" it, "by" a maker right after
/// it, or a work's noun or "directed" and the like in the words after it
/// ("“Salt Road,” a $14 million drama").
fn work_spoken_of(t: &[Token], open: usize, close: usize) -> bool {
    let prev = |n: usize| open.checked_sub(n).map(|k| t[k].lc()).unwrap_or_default();
    let before = (open.saturating_sub(5)..open).any(|k| {
        lexicon::is_in(WORK_NOUNS, t[k].text)
            || t[k].text.ends_with("'s")
            || t[k].text.ends_with("’s")
    }) || matches!(
        prev(1).as_str(),
        "titled" | "entitled" | "called" | "named" | "dubbed"
    ) || matches!(prev(1).as_str(), "for" | "to" | "in")
        && (open.saturating_sub(9)..open.saturating_sub(1)).any(|k| {
            matches!(
                t[k].lc().as_str(),
                "prize"
                    | "award"
                    | "went"
                    | "won"
                    | "best"
                    | "role"
                    | "starred"
                    | "starring"
                    | "nominated"
                    | "playing"
                    | "played"
            )
        });
    let mut a = close + 1;
    while t.get(a).is_some_and(|x| x.text == ",") {
        a += 1;
    }
    let after = t.get(a).is_some_and(|x| x.is("by"))
        || (a..(a + 6).min(t.len()))
            .take_while(|&k| !matches!(t[k].text, "." | ";" | "“" | "\"" | "‘"))
            .any(|k| {
                lexicon::is_in(WORK_NOUNS, t[k].text)
                    || matches!(
                        t[k].lc().as_str(),
                        "produced" | "directed" | "written" | "starring" | "released" | "published"
                    )
            });
    before || after
}

/// "wrote in a post on X", "said on X", "her X account": the social network
/// X, a name of one letter that no run of name words keeps, where the words
/// around it say it is a place people post in ("Share on X" is the page's
/// button, which cleaning removes, and "Model X" or "X-ray" never qualify).
fn social_network_x(t: &[Token], out: &mut Vec<Mention>) {
    const POSTING: &[&str] = &[
        "post",
        "posts",
        "posted",
        "posting",
        "wrote",
        "written",
        "said",
        "says",
        "statement",
        "message",
        "video",
        "tweet",
        "tweeted",
        "shared",
        "announced",
        "comment",
        "comments",
        "thread",
        "reply",
        "replied",
    ];
    const AFTER: &[&str] = &[
        "account", "accounts", "post", "posts", "user", "users", "feed", "page",
    ];
    for (i, x) in t.iter().enumerate() {
        if x.text != "X"
            || i == 0
            || t.get(i + 1)
                .is_some_and(|n| n.text == "-" && !n.space_before)
        {
            continue;
        }
        let prev = t[i - 1].lc();
        let on = prev == "on"
            && t[i.saturating_sub(6)..i - 1]
                .iter()
                .any(|w| lexicon::is_in(POSTING, &w.lc()));
        let owned = lexicon::is_in(&["his", "her", "their", "its", "an", "the", "on"], &prev)
            && t.get(i + 1).is_some_and(|n| lexicon::is_in(AFTER, &n.lc()));
        if (on || owned)
            && !out
                .iter()
                .any(|m| m.span[0] <= x.cstart && x.cend <= m.span[1])
        {
            out.push(read(
                "X".to_string(),
                [x.cstart, x.cend],
                EntityKind::Organization,
                true,
                None,
            ));
        }
    }
}

/// "Volvo Cars, Siemens and Bosch", "Lajeado and Estrela": names in a list
/// (joined by commas, "and", "or") are of one kind; a name the rules left
/// open takes, weakly, the kind its neighbours have on strong evidence.
fn lists(t: &[Token], out: &mut [Mention]) {
    if out.len() < 2 {
        return;
    }
    let joiner = |a: &Mention, b: &Mention| {
        let from = t.partition_point(|x| x.cstart < a.span[1]);
        let to = t.partition_point(|x| x.cend <= b.span[0]);
        // ("Plaid Cymru, the Conservatives", "Unison and the GMB": an article after the joiner.)
        if to <= from {
            return false;
        }
        let joiners = &t[from..to];
        // Not an apposition: "Baltvolt, the Baltic utility", "Harbour Lights, the Usher Hall had…".
        let the_after = joiners.len() >= 2 && joiners.last().is_some_and(|x| x.text == "the") && {
            let next = t.get(t.partition_point(|x| x.cstart < b.span[1]));
            joiners.iter().any(|x| matches!(x.text, "and" | "or"))
                || next.is_none_or(|x| matches!(x.text, "," | "and" | "or" | "." | ";"))
        };
        let joiners = if the_after {
            &joiners[..joiners.len() - 1]
        } else {
            joiners
        };
        (1..=2).contains(&joiners.len())
            && joiners.iter().all(|x| matches!(x.text, "," | "and" | "or"))
    };
    let mut start = 0;
    while start < out.len() {
        let mut end = start + 1;
        while end < out.len() && joiner(&out[end - 1], &out[end]) {
            end += 1;
        }
        // (A medicine's lower-case name is no list's member: "on semaglutide, Okonkwo lost".)
        let named = |m: &Mention| m.text.chars().any(char::is_uppercase);
        if end - start >= 2 && out[start..end].iter().all(named) {
            let mut votes = [0u32; 5];
            for m in &out[start..end] {
                if let (Some(k), true) = (m.kind, m.strong) {
                    votes[EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(4)] += 1;
                }
            }
            // "Amazon and Microsoft": a listed company that is also a place's name, among companies.
            let org = EntityKind::ALL
                .iter()
                .position(|&x| x == EntityKind::Organization)
                .unwrap_or(1);
            let place = EntityKind::ALL
                .iter()
                .position(|&x| x == EntityKind::Place)
                .unwrap_or(2);
            if votes[org] > 0 {
                for m in out[start..end].iter_mut().filter(|m| {
                    m.kind == Some(EntityKind::Place)
                        && gazetteer::company(&m.text).is_some_and(|co| !co.common_word)
                }) {
                    m.kind = Some(EntityKind::Organization);
                    if m.strong {
                        votes[place] = votes[place].saturating_sub(1);
                        votes[org] += 1;
                    }
                }
            }
            let (ix, &n) = votes
                .iter()
                .enumerate()
                .max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))
                .unwrap();
            let unique = votes.iter().filter(|&&v| v > 0).count() == 1;
            // (In a list where three names or more, and most, have that kind, strongly or
            // weakly, a name read weakly otherwise takes it too: "Isabela, Cagayan, Quirino and
            // Nueva Vizcaya"; not "In Nairobi, Kuria Njoroge, Wanjiru Kamau and …".)
            let agree = out[start..end]
                .iter()
                .filter(|m| m.kind == Some(EntityKind::ALL[ix]))
                .count();
            let differ = out[start..end]
                .iter()
                .filter(|m| m.kind.is_some_and(|k| k != EntityKind::ALL[ix]))
                .count();
            let long = agree >= 3 && agree > 2 * differ;
            if n > 0 && unique && EntityKind::ALL[ix] != EntityKind::Element {
                for m in out[start..end]
                    .iter_mut()
                    .filter(|m| m.kind.is_none() || long && !m.strong)
                {
                    m.kind = Some(EntityKind::ALL[ix]);
                }
            } else if n == 0 {
                // "Comuns Sumar and Esquerra Republicana": with no strong evidence, a name left open
                // takes the kind its neighbours were read with weakly, when they agree.
                let mut weak = [0u32; 5];
                for m in &out[start..end] {
                    if let Some(k) = m.kind {
                        weak[EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(4)] += 1;
                    }
                }
                let kinds = weak.iter().filter(|&&v| v > 0).count();
                if let Some(ix) = weak
                    .iter()
                    .position(|&v| v > 0)
                    .filter(|&ix| kinds == 1 && EntityKind::ALL[ix] != EntityKind::Element)
                {
                    for m in out[start..end].iter_mut().filter(|m| m.kind.is_none()) {
                        m.kind = Some(EntityKind::ALL[ix]);
                    }
                }
            }
        }
        start = end;
    }
}

fn find_elements(t: &[Token], out: &mut Vec<Mention>) {
    for (i, tok) in t.iter().enumerate() {
        if tok.kind != Kind::Word {
            continue;
        }
        let Some((name, _)) = lexicon::element(tok.text) else {
            continue;
        };
        // Capitalized mid-sentence: part of a name ("Gold Rush").
        if tok.is_capitalized() && i > 0 && !t[i - 1].text.ends_with(['.', '“', '"', ':']) {
            continue;
        }
        if lexicon::AMBIGUOUS_ELEMENTS.contains(&name) {
            let lo = i.saturating_sub(4);
            let hi = (i + 5).min(t.len());
            let cue = t[lo..hi].iter().enumerate().any(|(k, x)| {
                lo + k != i
                    && (lexicon::is_in(ELEMENT_CUES, x.text)
                        || lexicon::element(x.text)
                            .is_some_and(|(n, _)| !lexicon::AMBIGUOUS_ELEMENTS.contains(&n)))
            });
            if !cue {
                continue;
            }
        }
        let mut canonical = name.to_string();
        canonical[..1].make_ascii_uppercase();
        out.push(read(
            tok.text.to_string(),
            [tok.cstart, tok.cend],
            EntityKind::Element,
            true,
            Some(canonical),
        ));
    }
}

/// "patients given olvacarsen", "pembrolizumab was approved": a medicine by
/// its international name in lower case (a stem of [`lexicon::DRUG_STEMS`]
/// ending a word of seven letters or more that no English dictionary has),
/// kind `other`. (Capitalized at a sentence's start, the name's run is read
/// as any other, and its lower-case mentions vote for its kind.)
fn find_medicines(t: &[Token], out: &mut Vec<Mention>) {
    for (i, tok) in t.iter().enumerate() {
        if tok.kind != Kind::Word
            || tok.text.chars().count() < 7
            || !tok.text.chars().all(char::is_lowercase)
        {
            continue;
        }
        let lc = tok.lc();
        // A word glued to a link, an address, a handle or a tag is no name
        // ("…/acrylamide", "#provolone", "pedersen@…").
        let glued =
            i > 0 && !tok.space_before && t[i - 1].text.ends_with(['/', '@', '#', '.', '_'])
                || t.get(i + 1)
                    .is_some_and(|n| !n.space_before && n.text.starts_with(['/', '@', '#', '_']));
        // (A stem alone, or nearly, names a class: "triptan", "gliflozin".)
        if glued
            || !lexicon::DRUG_STEMS
                .iter()
                .any(|s| lc.ends_with(s) && lc.len() > s.len() + 1)
            || lexicon::is_in(lexicon::NOT_MEDICINES, &lc)
            || gazetteer::is_common_word(&lc)
            || gazetteer::is_first_name(tok.text)
            || gazetteer::place(tok.text).is_some()
        {
            continue;
        }
        out.push(read(
            tok.text.to_string(),
            [tok.cstart, tok.cend],
            EntityKind::Other,
            true,
            None,
        ));
    }
}

/// Latin endings of a species' second name ("skyensis", "darwinii", "sapiens" is too common a word to need one).
const EPITHET_ENDINGS: &[&str] = &[
    "ensis", "iensis", "ii", "ae", "orum", "arum", "oides", "ianus", "iana",
];

/// "Ventolacerta skyensis", "Tyrannosaurus rex"-like names: a capitalized
/// genus and a lower-case Latin epithet make one named thing.
fn binomials(t: &[Token], out: &mut [Mention]) {
    for m in out
        .iter_mut()
        .filter(|m| !m.text.contains(' ') && m.kind != Some(EntityKind::Element))
    {
        let Some(k) = t.iter().position(|x| x.cend == m.span[1]) else {
            continue;
        };
        let Some(next) = t.get(k + 1).filter(|x| {
            x.kind == Kind::Word && x.space_before && x.text.chars().all(char::is_lowercase)
        }) else {
            continue;
        };
        if EPITHET_ENDINGS
            .iter()
            .any(|e| next.text.len() > e.len() + 2 && next.text.ends_with(e))
            && !gazetteer::is_common_word(next.text)
        {
            m.text = format!("{} {}", m.text, next.text);
            m.span[1] = next.cend;
            m.kind = Some(EntityKind::Other);
            m.strong = true;
            m.canonical = None;
        }
    }
}

/// The places a wire dateline names: "SWANSEA, Wales, April 16" → Swansea
/// and Wales, "HANOI/NEW DELHI" → Hanoi and New Delhi, "WASHINGTON, D.C.,
/// March 3" → Washington (an abbreviation counts only when the lexicons know
/// it). Names in capitals are written as names ("RIO DE JANEIRO" → "Rio de
/// Janeiro"). A dateline is where the story was filed: a place on strong
/// evidence (or what the lexicons say the name is: "UNITED NATIONS"). Only
/// a dateline whose place is written in capitals, as wire copy writes it,
/// names it so: "Port Sudan (AFP) –" and "Duisburg (dpa) -" are the agency's
/// line, not the story's words. The mentions have no span in their sentence
/// (the dateline was cut from it): they sit after its end.
pub fn dateline_mentions(dateline: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let caps = |x: &str| {
        x.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && x.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    if !caps(dateline.split(',').next().unwrap_or("")) {
        return out;
    }
    for (k, part) in dateline.split(',').map(str::trim).enumerate() {
        // The date ends the places: "Feb 16", "March 3", "Sept. 12".
        if part.is_empty()
            || part.split_whitespace().any(|w| {
                lexicon::month(w.trim_end_matches('.')).is_some()
                    || w.chars().any(|c| c.is_ascii_digit())
            })
        {
            break;
        }
        for name in part.split('/').map(str::trim) {
            let letters = name.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 2
                || name
                    .chars()
                    .any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-')))
            {
                continue;
            }
            let text = if name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && letters > 3
            {
                name_case(name)
            } else {
                name.to_string()
            };
            let known = known().get(&text.to_lowercase());
            // "Calif.", "D.C.": an abbreviation the lexicons do not know is left out.
            if text.contains('.') && known.is_none() {
                continue;
            }
            out.push(read(
                text.clone(),
                [u32::MAX, u32::MAX],
                known.map_or(EntityKind::Place, |x| x.kind),
                true,
                known.map(|x| x.canonical.to_string()),
            ));
        }
        // A city and its region or country: no more than two parts.
        if k == 1 {
            break;
        }
    }
    out
}

/// A name written in capitals, as a name is written: "NUSA DUA" → "Nusa
/// Dua", "RIO DE JANEIRO" → "Rio de Janeiro", "PORT-AU-PRINCE" →
/// "Port-au-Prince".
fn name_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word = String::new();
    let mut first = true;
    let flush = |word: &mut String, out: &mut String, first: &mut bool| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        if !*first
            && matches!(
                lower.as_str(),
                "de" | "da"
                    | "do"
                    | "dos"
                    | "das"
                    | "del"
                    | "di"
                    | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "au"
                    | "aux"
                    | "am"
                    | "an"
                    | "der"
                    | "en"
                    | "sur"
                    | "of"
                    | "on"
                    | "upon"
                    | "y"
            )
        {
            out.push_str(&lower);
        } else {
            let mut c = lower.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        }
        *first = false;
        word.clear();
    };
    for ch in name.chars() {
        if matches!(ch, ' ' | '-') {
            flush(&mut word, &mut out, &mut first);
            out.push(ch);
        } else {
            word.push(ch);
        }
    }
    flush(&mut word, &mut out, &mut first);
    out
}

/// What the corpus and the article say about words: those seen in lower
/// case, and the names seen mid-sentence.
struct Vocab<'a> {
    common: &'a dyn super::Vocabulary,
    names: &'a HashSet<String>,
}

/// Whether a word after token `i` opens a sentence or a clause as a sentence
/// does (after a stop, a colon, an opening mark), so that a dictionary word
/// there may be no name: not after a comma, nor after the closing mark of a
/// quote ("“…,” Park said": the name stays a name where "park" is a word).
fn opens_after(t: &[Token], i: usize) -> bool {
    let x = &t[i];
    let closing_quote = i > 0
        && !x.space_before
        && matches!(x.text, "\"" | "”" | "’" | "'")
        && t[i - 1].text.ends_with([',', '?', '!']);
    x.kind == Kind::Punct && !x.text.ends_with(',') && !closing_quote
}

/// The names (lower case) a sentence writes after its first word: runs of
/// capitalized words not at the start, one word too ("accused Strand of").
/// For [`find_with`].
pub fn mid_sentence_names<'a>(t: &'a [Token], runs: &'a Runs) -> impl Iterator<Item = String> + 'a {
    runs.0.iter().filter_map(move |r| {
        // "A Virgin Australia spokesperson said": after an article that opens the
        // sentence, the name stands as it would inside one.
        let from = usize::from(
            r.toks[0] == 0 && lexicon::is_in(&["a", "an", "the"], &Lower::of(&r.parts[0])),
        );
        // (One word after a quotation mark that opens a sentence is at a start: "“Nobody …".)
        let opens = r.toks[0] > 0 && opens_after(t, r.toks[0] - 1);
        let inside = r.toks[0] > 0 && !(opens && r.parts.len() == 1) || from == 1;
        if r.parts.len() > from && inside {
            return Some(run_text(&r.parts[from..]).to_lowercase());
        }
        // A person's full name opening a sentence ("Helena Strand, 52, denies …") is kept
        // marked, "^helena strand", for its surname alone ([`classify_run`]'s `lone_common`).
        (r.toks[0] == 0 || opens)
            .then_some(())
            .filter(|_| (2..=3).contains(&r.parts.len()) && gazetteer::is_first_name(&r.parts[0]))
            .map(|_| format!("^{}", run_text(&r.parts).to_lowercase()))
    })
}

fn classify_run(t: &[Token], run: Run, vocab: &Vocab, out: &mut Vec<Mention>) {
    let common = vocab.common;
    let Run {
        mut toks,
        mut parts,
        mut span,
    } = run;
    // "Nicholas Penrose KC": honours after a name are not part of it.
    while parts.len() >= 3
        && parts
            .last()
            .is_some_and(|x| lexicon::is_in(POST_NOMINALS, x.trim_end_matches('.')))
        && parts[parts.len() - 2] != ","
    {
        parts.pop();
        toks.pop();
        let last = *toks.last().unwrap();
        span[1] = t[last].cstart + parts.last().unwrap().chars().count() as u32;
    }
    // "Western creditors", "Northern suburbs": a lone compass adjective before a lower-case
    // word (not a verb: "Western said") describes it and names nothing. (A demonym so used,
    // "Brazilian striker", stands for its country.)
    if let [part] = &parts[..] {
        let l = Lower::of(part);
        let adjective = lexicon::is_in(DIRECTIONS, &l) && l.ends_with("ern");
        let next = toks.last().and_then(|&k| t.get(k + 1));
        if adjective
            && next.is_some_and(|n| {
                n.kind == Kind::Word
                    && n.text.chars().next().is_some_and(char::is_lowercase)
                    && !lexicon::SPEECH_VERBS.contains(&n.text)
                    && !lexicon::ORG_VERBS.contains(&n.text)
            })
        {
            return;
        }
    }
    // "the Halifax-Ottawa route", "Asia-Europe services": two places joined by a hyphen.
    if let [part] = &parts[..] {
        if let Some(pair) = place_pair(part, span[0]) {
            out.extend(pair);
            return;
        }
    }
    // Drop leading ordinary words: "The", "In", and a sentence opener seen in lower case.
    let mut p = 0;
    while p < parts.len() {
        let l = parts[p].to_lowercase();
        let at_start = toks[p] == 0 || opens_after(t, toks[p] - 1);
        // "published in The Lancet": a capital "The" inside a sentence is part of the name.
        let the_of_name = || {
            p == 0
                && parts[p] == "The"
                && (!at_start || quoted_title(t, &toks))
                && (2..=4).contains(&parts.len())
                && !parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
        };
        // "EV Early Adoption Incentive", "AI Safety Institute": an acronym opening a longer name.
        let acronym_of_name = || {
            parts[p].len() >= 2
                && parts[p].chars().all(|c| c.is_uppercase())
                && parts.len() - p >= 3
        };
        // "La Liga", "Le Monde": a known name that opens with an article stays whole.
        let known_whole = || {
            p == 0 && known().contains_key(&run_text(&parts).to_lowercase())
            // "Der Spiegel", "Le Monde", "El País": an article of another language opening a name.
            || p == 0 && parts.len() == 2 && matches!(parts[0].as_str(), "Der" | "Die" | "Das" | "Le" | "La" | "Les" | "El" | "Il" | "Los" | "Las")
                && parts[1].chars().next().is_some_and(char::is_uppercase) && !gazetteer::is_common_word(&parts[1].to_lowercase())
        };
        // "the All England Club", "All Nippon Airways": a capital "All" inside a sentence opens a name.
        let all_of_name = || p == 0 && parts[p] == "All" && !at_start && parts.len() >= 2;
        let ordinary = (lexicon::is_in(lexicon::NOT_NAMES, &l)
            || CONNECTORS.contains(&l.as_str())
            || parts[p] == ",")
            && !the_of_name()
            && !all_of_name()
            && !acronym_of_name()
            && !known_whole();
        // Does the word after token `i` say or do what bodies do ("said", "reported")?
        let acts_after = |i: usize| {
            let next = t.get(i + 1).map(Token::lc).unwrap_or_default();
            lexicon::SPEECH_VERBS.contains(&next.as_str())
                || lexicon::ORG_VERBS.contains(&next.as_str())
        };
        // A person's title opening the sentence stays: "Judge Ana Ruiz said".
        let whole_is_name = || {
            parts.len() >= 2 && vocab.names.contains(&run_text(&parts).to_lowercase())
            // "Energy Queensland said", "Tennis Australia announced", "Business NSW said",
            // "Health New Zealand said", "Universities UK, which represents 141 institutions,
            // said": a body named after a region, by its name or a short form.
            || parts.len() == 2 && gazetteer::place(&parts[1]).is_some_and(|pl| pl.kind != PlaceKind::City && !pl.common_word) && acts_after(toks[1])
            // (Only a body that speaks, and not a word that describes a country: "Hosts New
            // Zealand beat", "Neighbouring Papua New Guinea said".)
            || parts.len() >= 2 && region_named(&parts[1..]).is_some() && !describes_a_country(&l) && {
                let last = *toks.last().unwrap();
                let said = t.get(last + 1).is_some_and(|n| lexicon::SPEECH_VERBS.contains(&n.lc().as_str()));
                said || speaks_after_apposition(t, last + 1)
            }
        };
        // A common English word opening a sentence before a proper name: "Rival Asda
        // reported" (but "Rocket Lab": the rest, "Lab", is a common word too).
        let english_opener = || {
            parts.len() >= 2 && gazetteer::is_common_word(&l) && !gazetteer::is_first_name(&l) && parts.get(p + 1).is_some_and(|n| !gazetteer::is_common_word(n))
            // "Bloc Québécois said", "Bank Negara said": an organization's word opening its name.
            && !lexicon::is_in(FOREIGN_ORG_HEADS, &l) && !ORG_HEADS.contains(&l.as_str())
            && !lexicon::STORM_PREFIXES.contains(&l.as_str())
            // "Brisk Holdings posted", "Stability AI said": an organization's word last keeps the name whole.
            && !parts.last().is_some_and(|x| lexicon::ORG_SUFFIXES.contains(&Lower::of(&x).as_str()))
        };
        // "Seismologists warned", "Paediatricians say": a lone plural of a trade's noun
        // opening the sentence, which no dictionary need have.
        let trade_plural = || {
            parts.len() == 1
                && l.chars().count() > 7
                && (l.ends_with("ists") || l.ends_with("icians"))
                && parts[0].chars().skip(1).all(char::is_lowercase)
        };
        // "Shares of Tarvos Investment rose": a plural noun and "of" opening the sentence.
        // "Rival Pan Pacific International Holdings, which …", "Chipmaker Kestrion said": a
        // trade's noun opening the sentence before a name, whatever the name's words.
        let trade_opener = || {
            parts.len() >= p + 2
                && !CONNECTORS.contains(&Lower::of(&parts[p + 1]).as_str())
                && matches!(
                    l.as_str(),
                    "rival"
                        | "rivals"
                        | "lender"
                        | "carmaker"
                        | "automaker"
                        | "chipmaker"
                        | "drugmaker"
                        | "retailer"
                        | "insurer"
                        | "miner"
                        | "broadcaster"
                        | "regulator"
                        | "brewer"
                        | "grocer"
                        | "shipbuilder"
                        | "steelmaker"
                        | "refiner"
                        | "conglomerate"
                )
        };
        let english = || {
            english_opener()
                || trade_opener()
                || trade_plural()
                || parts.len() >= p + 3
                    && parts[p + 1] == "of"
                    && l.len() > 3
                    && l.ends_with('s')
                    && gazetteer::is_common_word(&l)
                    && !ORG_HEADS.contains(&l.as_str())
                    && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
                    && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
                    && title_at(&parts, p).is_none()
        };
        // "Rocket Lab said": what would be left ("Lab") is a common word too; keep the name whole.
        // So does a body's word before "of" and a name: "Bank of Korea (BOK) said", "Ministry
        // of Health officials" (the article's "the central bank" notwithstanding).
        let rest_common = || {
            parts.len() == 2 && gazetteer::is_common_word(&parts[1])
                || parts.len() >= p + 3 && parts[p + 1] == "of" && ORG_HEADS.contains(&l.as_str())
        };
        // "South Africa's health department": a known name opening the sentence stays whole.
        let whole_known = || p == 0 && parts.len() >= 2 && known_or_place(&parts);
        // "Mark Lemley, a law professor": an English first name and a surname no dictionary has.
        let full_name = || {
            parts.len() == 2
                && gazetteer::first_name_tier(&parts[0]) == Some(1)
                && !gazetteer::is_common_word(&parts[1].to_lowercase())
                && parts[1].chars().skip(1).all(char::is_lowercase)
                && gazetteer::place(&parts[1]).is_none()
                && !lexicon::ORG_SUFFIXES.contains(&Lower::of(&parts[1]).as_str())
        };
        // "Southern California Edison cut power": a direction before a known place opens a name.
        let direction = || {
            parts.len() >= 3
                && lexicon::is_in(DIRECTIONS, &l)
                && (known()
                    .get(&parts[1].to_lowercase())
                    .is_some_and(|k| k.kind == EntityKind::Place)
                    || gazetteer::place(&parts[1]).is_some_and(|pl| !pl.common_word))
        };
        // "Times Higher Education said", "Virgin Australia and Qantas": the opener and the word
        // after it begin a name the article writes inside a sentence ("in the Times Higher
        // Education World University Rankings").
        let opens_a_name = || {
            parts.len() >= p + 2 && {
                let two = format!("{l} {}", parts[p + 1].to_lowercase());
                let longer = format!("{two} ");
                vocab
                    .names
                    .iter()
                    .any(|n| *n == two || n.starts_with(&longer))
            }
        };
        // "Nobody told us", "“Nobody in this town …”": one common English word opening a
        // sentence, which the articles never write capitalized inside one, no list's name.
        let lone_common = || {
            parts.len() == 1
                && gazetteer::is_common_word(&l)
                && !vocab.names.contains(&l)
                // ("Strand said": a surname of a name the articles write whole, "Helena Strand".)
                && !vocab.names.iter().any(|n| n.strip_suffix(l.as_str()).is_some_and(|r| r.ends_with(' ')))
                && gazetteer::company(&parts[0]).is_none()
                && gazetteer::place(&parts[0]).is_none()
                && !gazetteer::is_first_name(&l)
                && parts[0].chars().skip(1).all(char::is_lowercase)
                // (Not "Strand, a former engineer, said", "Strand, 52,": what follows the comma
                // describes a name; "Elsewhere, …" goes.)
                && !(t.get(toks[0] + 1).is_some_and(|x| x.text == ",")
                    && t.get(toks[0] + 2).is_some_and(|x| {
                        x.kind == Kind::Num || matches!(x.lc().as_str(), "a" | "an" | "the" | "who")
                    }))
        };
        // "Apple said it would appeal": one word that the corpus writes in lower case ("an apple
        // tree") but this article writes capitalized inside a sentence ("said Apple had
        // ignored an order") is its name here.
        // (And acts as a name does, saying or doing what bodies do, or is a listed company:
        // "Government borrowing rose" and "Court documents showed" keep their words.)
        let named_inside = || {
            parts.len() == 1
                && vocab.names.contains(&l)
                && (gazetteer::company(&parts[0]).is_some() || acts_after(toks[0]))
        };
        // (Each test is asked only when the ones before it leave the answer open.)
        let opener = || {
            at_start && p == 0 && (common.in_lower_case(&l) && !rest_common() && !named_inside() || english() || lone_common()) && !full_name() && !direction() && !known().contains_key(&l) && title_at(&parts, p).is_none() && !whole_is_name() && !whole_known() && !opens_a_name()
            // "Cyclone Mira crossed the coast": a storm's name keeps its word.
            && !(lexicon::STORM_PREFIXES.contains(&l.as_str()) && parts.len() >= 2)
        };
        if ordinary || opener() {
            p += 1;
        } else {
            break;
        }
    }
    if p >= parts.len() {
        return;
    }
    let start_tok = toks[p];
    // Split at a person title: "US President Donald Trump" → "US" + person "Donald Trump".
    for q in p..parts.len() {
        if let Some(n) = title_at(&parts, q) {
            let name_start = q + n;
            let mut name_end = name_start;
            let particle = |w: &str| {
                CONNECTORS.contains(&w) && !matches!(w, "of" | "for" | "and" | "the" | "on" | "&")
            };
            while name_end < parts.len()
                && name_end - name_start < 4
                && (!CONNECTORS.contains(&Lower::of(&parts[name_end]).as_str())
                    || name_end > name_start && particle(&parts[name_end]))
                && parts[name_end] != ","
            {
                name_end += 1;
            }
            while name_end > name_start && particle(&parts[name_end - 1]) {
                name_end -= 1;
            }
            // "Minister for Housing James Browne": a portfolio after the title, then the name.
            let mut portfolio = false;
            if name_end == name_start
                && parts
                    .get(name_start)
                    .is_some_and(|x| x == "for" || x == "of")
                && parts.len() - name_start >= 4
            {
                let rest = name_start + 1..parts.len();
                let at_first = rest
                    .clone()
                    .filter(|&k| {
                        k >= name_start + 2
                            && (2..=3).contains(&(parts.len() - k))
                            && gazetteer::first_name_tier(&parts[k]) == Some(1)
                    })
                    .min();
                let start = at_first.unwrap_or(parts.len() - 2);
                if start >= name_start + 2
                    && !parts[start..]
                        .iter()
                        .any(|x| CONNECTORS.contains(&x.as_str()) || x == ",")
                {
                    portfolio = true;
                    let last = toks[parts.len() - 1];
                    let name = run_text(&parts[start..]);
                    let end = t[last].cstart + parts[parts.len() - 1].chars().count() as u32;
                    if q > p {
                        let sub = Run {
                            toks: toks[p..q].to_vec(),
                            parts: parts[p..q].to_vec(),
                            span: [t[toks[p]].cstart, t[toks[q - 1]].cend],
                        };
                        classify_run(t, sub, vocab, out);
                    }
                    out.push(person(
                        name,
                        [t[toks[start]].cstart, end],
                        true,
                        speech_after(t, last + 1),
                    ));
                }
            }
            if portfolio {
                return;
            }
            // "Justice Department", "Attorney General's Office": a title word inside an organization's
            // name (not a family name before a hyphenated given name: "Governor Park Jae-hoon").
            let words: Vec<&str> = parts[name_start..name_end]
                .iter()
                .map(String::as_str)
                .collect();
            let org_word = !family_name_first(&words)
                && words.iter().any(|x| {
                    let l = x.to_lowercase();
                    lexicon::ORG_SUFFIXES.contains(&l.as_str())
                        || ORG_HEADS.contains(&l.as_str())
                        || lexicon::PLACE_SUFFIXES.contains(&l.as_str())
                });
            // "Premier League", "General Data Protection Regulation": after a title word, words of
            // the dictionary ending in an event's or a thing's word name that, not a person
            // (not "Senator Bill Cassidy": a first name is no such word).
            let thing_name = !family_name_first(&words)
                && words.last().is_some_and(|x| {
                    let l = x.to_lowercase();
                    (lexicon::EVENT_SUFFIXES.contains(&l.as_str())
                        || lexicon::THING_SUFFIXES.contains(&l.as_str()))
                        && !gazetteer::is_first_name(x)
                })
                && words
                    .iter()
                    .all(|x| gazetteer::is_common_word(&x.to_lowercase()));
            let org_word = org_word || thing_name;
            let name_start = if org_word {
                name_start
            } else {
                name_after_long_title(&parts, name_start, name_end)
            };
            // "Leeds General Infirmary": a title word inside a name, before one common word that ends it.
            let title_in_name = q > p
                && name_end - name_start == 1
                && name_end == parts.len()
                && gazetteer::is_common_word(&parts[name_start])
                && !gazetteer::is_first_name(&parts[name_start]);
            if title_in_name {
                continue;
            }
            // "Inspector Maria": a rank and a lone first name name no one the article can be held to
            // (but "Dr Marsh" after "Dr Helen Marsh": the article's surname, though "Marsh" is a
            // first name too).
            let surname_here = || {
                let tail = format!(" {}", parts[name_start].to_lowercase());
                // (Not the rank and name themselves, written mid-sentence: "said Inspector Maria".)
                vocab.names.iter().any(|n| {
                    n.strip_suffix(&tail).is_some_and(|head| {
                        let before = head.rsplit(' ').next().unwrap_or(head);
                        !lexicon::is_in(RANKS, before.trim_end_matches('.'))
                            && !lexicon::is_in(lexicon::PERSON_TITLES, before)
                    })
                })
            };
            if name_end > name_start
                && !org_word
                && rank_and_first_name(&parts[q..name_start], &parts[name_start..name_end])
                && !surname_here()
            {
                if q > p {
                    let sub = Run {
                        toks: toks[p..q].to_vec(),
                        parts: parts[p..q].to_vec(),
                        span: [t[toks[p]].cstart, t[toks[q - 1]].cend],
                    };
                    classify_run(t, sub, vocab, out);
                }
                return;
            }
            if name_end > name_start && !org_word {
                if q > p {
                    let sub = Run {
                        toks: toks[p..q].to_vec(),
                        parts: parts[p..q].to_vec(),
                        span: [t[toks[p]].cstart, t[toks[q - 1]].cend],
                    };
                    classify_run(t, sub, vocab, out);
                }
                let last = toks[name_end - 1];
                let name = run_text(&parts[name_start..name_end]);
                let end = t[last].cstart + parts[name_end - 1].chars().count() as u32;
                out.push(person(
                    name,
                    [t[toks[name_start]].cstart, end],
                    true,
                    speech_after(t, last + 1),
                ));
                if name_end < parts.len() {
                    let sub = Run {
                        toks: toks[name_end..].to_vec(),
                        parts: parts[name_end..].to_vec(),
                        span: [t[toks[name_end]].cstart, span[1]],
                    };
                    classify_run(t, sub, vocab, out);
                }
                return;
            }
        }
    }
    // A leading demonym: "Japanese Ministry of …", "Chinese military".
    let first_l = parts[p].to_lowercase();
    // "Italian Matteo Ruffini": a first name and a surname after the demonym are a person.
    // ("American Caleb Winters": after an English first name, a surname may be a common word.)
    let person_after = parts.len() - p > 2
        && gazetteer::first_name_tier(&parts[p + 1]).is_some()
        && [&parts[p + 1], &parts[p + 2]]
            .iter()
            .enumerate()
            .all(|(n, x)| {
                let l = Lower::of(x);
                x.chars().next().is_some_and(char::is_uppercase)
                    && (!gazetteer::is_common_word(&l)
                        || n == 1 && gazetteer::first_name_tier(&parts[p + 1]) == Some(1))
                    && !CONNECTORS.contains(&l.as_str())
                    && !ORG_HEADS.contains(&l.as_str())
                    && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
                    && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
                    && !lexicon::EVENT_SUFFIXES.contains(&l.as_str())
            });
    let rest_is_name = parts.len() - p > 2 && !person_after
        || parts.get(p + 1).is_some_and(|x| {
            let l = x.to_lowercase();
            lexicon::PLACE_SUFFIXES.contains(&l.as_str()) || lexicon::ORG_SUFFIXES.contains(&l.as_str()) || lexicon::EVENT_SUFFIXES.contains(&l.as_str())
                // "Saudi Aramco": one word that is no English word, first name or place.
                || parts.len() - p == 2 && !gazetteer::is_common_word(x) && !gazetteer::is_first_name(x) && gazetteer::place(x).is_none() && x.chars().skip(1).all(char::is_lowercase) && x.chars().count() > 3
        });
    // "Saudi Arabia", "South African Airways": the whole name is known.
    let whole_known = known().contains_key(&run_text(&parts[p..]).to_lowercase())
        || gazetteer::place(&run_text(&parts[p..])).is_some();
    if is_demonym(&first_l) && parts.len() - p > 1 && !rest_is_name && !whole_known {
        let k = &known()[&first_l];
        let tok = &t[start_tok];
        out.push(read(
            parts[p].clone(),
            [tok.cstart, tok.cstart + parts[p].chars().count() as u32],
            k.kind,
            true,
            Some(k.canonical.to_string()),
        ));
        let sub = Run {
            toks: toks[p + 1..].to_vec(),
            parts: parts[p + 1..].to_vec(),
            span: [t[toks[p + 1]].cstart, span[1]],
        };
        classify_run(t, sub, vocab, out);
        return;
    }
    // "Revitalization of the Okinawa Facility": an abstract noun before "of" is not part of the name.
    if parts.len() > p + 2 && parts[p + 1] == "of" {
        let l = parts[p].to_lowercase();
        let abstract_noun = [
            "tion", "sion", "ment", "ance", "ence", "ity", "ing", "ness", "ship",
        ]
        .iter()
        .any(|s| l.ends_with(s));
        // "The Parliament of Catalonia", "Government of Canada": an organization's word keeps its "of".
        if abstract_noun
            && !ORG_HEADS.contains(&l.as_str())
            && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
            && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
        {
            let mut q = p + 2;
            if parts.get(q).is_some_and(|x| x == "the") {
                q += 1;
            }
            if q < parts.len() {
                let sub = Run {
                    toks: toks[q..].to_vec(),
                    parts: parts[q..].to_vec(),
                    span: [t[toks[q]].cstart, span[1]],
                };
                classify_run(t, sub, vocab, out);
            }
            return;
        }
    }
    // "Acme Corp. and Japan Organization for …", "Fukuoka and Kagoshima":
    // two names joined by "and", not one name containing it.
    for k in p + 1..parts.len().saturating_sub(1) {
        if parts[k] != "and" {
            continue;
        }
        let left = parts[k - 1].to_lowercase();
        let left_name = run_text(&parts[p..k]).to_lowercase();
        let right_name = run_text(&parts[k + 1..]).to_lowercase();
        let right_first = parts[k + 1].to_lowercase();
        let left_has_connector = parts[p..k]
            .iter()
            .any(|x| CONNECTORS.contains(&Lower::of(&x).as_str()));
        // "University College London and the Karolinska Institute": "and the" joins two names.
        let and_the = parts.get(k + 1).is_some_and(|x| x == "the") && k + 2 < parts.len();
        // "operators ECT and APM Terminals", "rivals Asda and Aldi": a plural noun names several
        // (so does one before "including", "like" or "such as": "retailers including Boots and
        // Currys").
        let plural_cue = list_noun_at(t, start_tok).is_some_and(|j| plural_body_noun(t, j));
        // "Novak Djokovic and Serena Williams": two people's names.
        let two_people = k - p >= 2
            && parts.len() - (k + 1) >= 2
            && (gazetteer::is_first_name(&parts[k + 1]) || gazetteer::is_first_name(&parts[p]))
            && !parts[p..].iter().any(|x| {
                lexicon::ORG_SUFFIXES.contains(&Lower::of(&x).as_str())
                    || CONNECTORS.contains(&Lower::of(&x).as_str()) && x != "and"
            });
        // "CDPQ Infra and Air Canada": two names of two words or more each.
        // Not "U.S. Customs and Border Protection": an organization's word on the left.
        let two_long = k - p >= 2
            && parts.len() - (k + 1) >= 2
            && !parts[p..]
                .iter()
                .any(|x| CONNECTORS.contains(&Lower::of(&x).as_str()) && x != "and")
            && !parts[p..k]
                .iter()
                .any(|x| ORG_HEADS.contains(&Lower::of(&x).as_str()))
            && (!lexicon::ORG_SUFFIXES.contains(&Lower::of(&parts.last().unwrap()).as_str())
                // "Olam Agri and Louis Dreyfus Company": the left name ends in a word no dictionary has
                // (not "Australian Competition and Consumer Commission").
                || !gazetteer::is_common_word(&left) && !gazetteer::is_first_name(&left) && parts[k - 1].chars().skip(1).all(char::is_lowercase));
        // "Leitrim and Longford", "between Acapulco and Chilpancingo": places, or a pair after "between".
        // (A big city's name is a place here though it is a common word too: "Bologna".)
        let place_side = |a: usize, b: usize| {
            let n = run_text(&parts[a..b]);
            gazetteer::place(&n).is_some_and(|pl| !pl.common_word || pl.population >= 100_000)
                || directional_place(&parts[a..b])
        };
        let places = (place_side(p, k) || place_side(k + 1, parts.len()))
            && gazetteer::place(&run_text(&parts[p..])).is_none();
        let between = start_tok >= 1 && t[start_tok - 1].lc() == "between";
        // "Eli Lilly and Novartis": a listed company either side; "Diwali and
        // Chhath", "Christmas and Boxing Day": a holiday either side (not
        // "Day of Prayer and Thanksgiving", one holiday's name).
        let either_side = |known: fn(&str) -> bool| {
            known(&run_text(&parts[p..k])) || known(&run_text(&parts[k + 1..]))
        };
        let company_pair = either_side(|n| gazetteer::company(n).is_some_and(|co| !co.common_word));
        let holiday = |n: &str| gazetteer::holiday(n).is_some();
        // "Central Railway and Western Railway": two names with one head word;
        // "IndiGo and Air India": a brand with a capital inside stands alone.
        let same_head = k - p >= 2
            && parts.len() - (k + 1) >= 2
            && parts[k - 1] == parts[parts.len() - 1]
            && parts[k - 1].chars().next().is_some_and(char::is_uppercase);
        let inner_capital_word = |n: &str| !n.contains(' ') && capital_inside(n);
        let places = places
            || company_pair && gazetteer::company(&run_text(&parts[p..])).is_none()
            || either_side(holiday) && !holiday(&run_text(&parts[p..]))
            || same_head
            || either_side(inner_capital_word);
        // "the Kusasalethu and Moab Khotsong mines": a plural noun after the names.
        let plural_after =
            plural_kind(t.get(span_end_tok(t, &toks) + 1)).or_else(|| people_of(t, start_tok));
        // "Comuns Sumar and Esquerra Republicana de Catalunya (ERC)": an acronym after the run
        // spells the right side alone.
        let acronym_right = {
            let end = span_end_tok(t, &toks);
            t.get(end + 1).is_some_and(|x| x.text == "(")
                && t.get(end + 3).is_some_and(|x| x.text == ")")
                && t.get(end + 2).is_some_and(|a| {
                    let initials: String = parts[k + 1..]
                        .iter()
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .filter_map(|w| w.chars().next())
                        .collect();
                    a.is_acronym() && initials.chars().count() >= 2 && a.text == initials
                })
        };
        // "Lumo Capital and Fjord Partners": two names of two words or more, each ending in an
        // organization's word (not "Department of Trade and Industry": a connector inside).
        // (Not "European Securities and Markets Authority": a public body's head ends the right side.)
        let right_last = Lower::of(parts.last().unwrap());
        let two_companies = k - p >= 2
            && parts.len() - (k + 1) >= 2
            && lexicon::is_in(COMPANY_WORDS, &left)
            && lexicon::ORG_SUFFIXES.contains(&right_last.as_str())
            && !(ORG_HEADS.contains(&right_last.as_str())
                && !lexicon::is_in(COMPANY_WORDS, &right_last))
            && !parts[p..]
                .iter()
                .any(|x| CONNECTORS.contains(&Lower::of(&x).as_str()) && x != "and");
        // "Halifax Royal Infirmary and Brighouse Community Hospital": two names of two words
        // or more, each ending in an institution's word, with no connector on the left.
        // (Not "European Securities and Markets Authority": a company's word on the left.)
        // (Not "Birmingham Museum and Art Gallery", "Gold Coast Hospital and Health Service":
        // a common word opening the right side continues the one name.)
        let two_institutions = k - p >= 2
            && parts.len() - (k + 1) >= 2
            && !gazetteer::is_common_word(&right_first)
            && institution_head(&left)
            && (institution_head(&right_last) || org_word(&right_last))
            && !left_has_connector;
        // "Westinghouse and Bechtel", "Fórsa and Siptu": one word either side, neither a word
        // of the dictionary, and the whole no name the lexicons know ("Marks and Spencer" keeps
        // its dictionary word; "Trinidad and Tobago" is a country).
        let two_short = k == p + 1
            && parts.len() == k + 2
            && parts[p] != parts[k + 1]
            && [&parts[p], &parts[k + 1]].iter().all(|w| {
                let l = w.to_lowercase();
                // "BYD and Geely": an acronym of two letters or more is a word of its own too.
                let acronym = w.chars().count() >= 2 && w.chars().all(char::is_uppercase);
                !gazetteer::is_common_word(&l)
                    && (w.chars().skip(1).any(char::is_lowercase) || acronym)
            })
            && !known().contains_key(&run_text(&parts[p..]).to_lowercase())
            && gazetteer::place(&run_text(&parts[p..])).is_none()
            && gazetteer::company(&run_text(&parts[p..])).is_none();
        // "CFA and Forest Fire Management Victoria", "BBC and Channel Four": an acronym
        // alone on the left is a name of its own before a longer one.
        let acronym_left = k == p + 1
            && parts.len() - (k + 1) >= 2
            && parts[p].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && parts[p].chars().all(|c| !c.is_lowercase());
        // "Victoria and Albert Museum", "Kent and Canterbury Hospital", "Brighton and Hove
        // City Council": one word, "and", and a name that ends in an institution's head is
        // one institution, whatever the word on the left names alone.
        // (Not "Junts and the Popular Party", nor "in Hamilton and Christchurch Hospital":
        // a place after a preposition of place is a place of its own.)
        let place_after_in = start_tok >= 1
            && matches!(
                t[start_tok - 1].lc().as_str(),
                "in" | "near" | "outside" | "across"
            )
            && gazetteer::place(&parts[p]).is_some();
        // (Nor "Trump and White House officials", "Kenya and World Bank staff": a name the
        // lexicons know on the right, a country on the left, or a noun the names describe.)
        let described = t.get(span_end_tok(t, &toks) + 1).is_some_and(|x| {
            matches!(
                x.lc().as_str(),
                "officials"
                    | "leaders"
                    | "ministers"
                    | "staff"
                    | "executives"
                    | "lawyers"
                    | "representatives"
                    | "members"
                    | "delegates"
                    | "negotiators"
                    | "officers"
                    | "employees"
                    | "workers"
                    | "aides"
                    | "advisers"
                    | "advisors"
            )
        });
        let one_institution = k == p + 1
            && !acronym_left
            && !and_the
            && !place_after_in
            && !described
            && !known().contains_key(&right_name)
            && !gazetteer::place(&parts[p]).is_some_and(|pl| pl.kind == PlaceKind::Country)
            && institution_head(&right_last)
            && !plural_cue
            && !between
            && plural_after.is_none();
        // "Virgin Australia and Qantas": the left side is a name the article writes
        // on its own inside a sentence, and the whole is not.
        // (Not "Department of Health and Social Care": a connector or a body's word on the left.)
        // (But "the Bank of England and Financial Conduct Authority": a body's word ends the right.)
        let named_left = k - p >= 2
            && (!left_has_connector
                && !parts[p..k]
                    .iter()
                    .any(|x| ORG_HEADS.contains(&Lower::of(x).as_str()))
                || parts.len() - (k + 1) >= 2 && org_word(&right_last))
            && vocab.names.contains(&left_name)
            && !vocab.names.contains(&run_text(&parts[p..]).to_lowercase())
            && !known().contains_key(&run_text(&parts[p..]).to_lowercase());
        // "in Isabela, Cagayan, Quirino and Nueva Vizcaya": the last two of a list of names,
        // one word before "and" (not "Brighton and Hove City Council": a body's word on the right).
        // (Not a whole name the lists know: "Jamaica, Trinidad and Tobago",
        // "Tesco, Marks and Spencer", "Clifford Chance, Slaughter and May".)
        let whole = run_text(&parts[p..]);
        let comma_list = k == p + 1
            && toks[p] >= 2
            && t[toks[p] - 1].text == ","
            && name_word(&t[toks[p] - 2])
            && !institution_head(&right_last)
            && !lexicon::ORG_SUFFIXES.contains(&right_last.as_str())
            // (An acronym is no dictionary's word: "Westpac, NAB and ANZ".)
            && !(gazetteer::is_common_word(&left) && !t[toks[k - 1]].is_acronym())
            && !(gazetteer::is_common_word(&right_first) && !t[toks[k + 1]].is_acronym())
            && !known().contains_key(&whole.to_lowercase())
            && gazetteer::place(&whole).is_none()
            && gazetteer::company(&whole).is_none();
        // "the Kenya Consumers Federation and Esther Chebet": a body's word ends the left side,
        // a listed first name opens a right side of two or three words with none.
        let body_and_person = k - p >= 2
            && !left_has_connector
            && !gazetteer::is_common_word(&right_first)
            && (2..=3).contains(&(parts.len() - (k + 1)))
            && (org_word(&left) || institution_head(&left))
            && gazetteer::first_name_tier(&parts[k + 1]) == Some(1)
            && !parts[k + 1..].iter().any(|x| {
                joins_or_heads(&Lower::of(x))
                    || lexicon::ORG_SUFFIXES.contains(&Lower::of(x).as_str())
            });
        let separate = !one_institution
            && (and_the
                || comma_list
                || body_and_person
                || two_institutions
                || acronym_left
                || named_left
                || two_short
                || two_companies
                || acronym_right
                || plural_cue
                || two_long
                || places
                || between
                || plural_after.is_some()
                || two_people
                || lexicon::LEGAL_FORMS.contains(&left.as_str()) && !left_has_connector
                || known().contains_key(&left_name)
                || known().contains_key(&right_name)
                || (known().contains_key(&right_first) && !known().contains_key(&left)));
        if separate {
            let l = Run {
                toks: toks[p..k].to_vec(),
                parts: parts[p..k].to_vec(),
                span: [t[toks[p]].cstart, t[toks[k - 1]].cend],
            };
            let r0 = if and_the { k + 2 } else { k + 1 };
            let r = Run {
                toks: toks[r0..].to_vec(),
                parts: parts[r0..].to_vec(),
                span: [t[toks[r0]].cstart, span[1]],
            };
            let before = out.len();
            classify_run(t, l, vocab, out);
            classify_run(t, r, vocab, out);
            // Each side of two people's names, or of names before a plural noun, takes that kind.
            let kind = if two_people {
                Some(EntityKind::Person)
            } else if company_pair && plural_after.is_none() {
                Some(EntityKind::Organization)
            } else {
                plural_after
            };
            // (The plural noun outweighs a name's shape: "the Uiltrasporti and Ugl Trasporto Aereo
            // unions".)
            if let Some(kind) = kind {
                // (Not a surname alone read as a person: "the Musk and Zuckerberg companies".)
                for m in out[before..].iter_mut().filter(|m| {
                    m.kind.is_none()
                        || plural_after.is_some()
                            && !m.strong
                            && !(m.kind == Some(EntityKind::Person) && !m.text.contains(' '))
                }) {
                    m.kind = Some(kind);
                }
            }
            // Bodies, not people, are known by an acronym: both sides are organizations unless read strongly.
            if acronym_right {
                for m in out[before..]
                    .iter_mut()
                    .filter(|m| m.kind.is_none() || !m.strong)
                {
                    m.kind = Some(EntityKind::Organization);
                }
            }
            return;
        }
    }
    let parts = &parts[p..];
    let toks = &toks[p..];
    let name = run_text(parts);
    let span = [t[start_tok].cstart, span[1]];
    let last_tok = *toks.last().unwrap();
    let lname = name.to_lowercase();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    // "A24": a letter and digits make a name too; "the A5 motorway", "the S8 and S2
    // expressways": a letter and one digit before a road's word.
    let road_word = |k: usize| t.get(k).is_some_and(|x| road_noun(&x.lc()));
    let road = road_word(last_tok + 1)
        || t.get(last_tok + 1).is_some_and(|x| x.is("and"))
            && t.get(last_tok + 2).is_some_and(|x| x.text.len() <= 4)
            && road_word(last_tok + 3);
    let digits = name.chars().filter(|c| c.is_ascii_digit()).count();
    if letters < 2 && !(letters == 1 && (digits >= 2 || digits == 1 && road) && parts.len() == 1) {
        return;
    }
    // "minus 13 Celsius": a unit after a number.
    if parts.len() == 1
        && start_tok >= 1
        && t[start_tok - 1].kind == Kind::Num
        && matches!(lname.as_str(), "celsius" | "fahrenheit" | "kelvin")
    {
        return;
    }
    // An acronym in parentheses: "Japan Organization for … (JOGMEC)".
    let mut after = last_tok + 1;
    while t
        .get(after)
        .is_some_and(|x| x.text == "." && !x.space_before)
    {
        after += 1;
    }
    // "(JOGMEC)", "(BoM)", "(DfE)": an acronym may keep a lower-case letter.
    let acro = |x: &Token| {
        x.is_acronym() || x.kind == Kind::Word && x.text.len() <= 6 && x.text.chars().next().is_some_and(char::is_uppercase) && x.text.chars().filter(|c| c.is_uppercase()).count() >= 2
        // "Commission on Elections (Comelec)": a short form made of the name's letters in order.
        || x.is_capitalized() && parts.len() >= 2 && x.text.chars().count() <= 10 && !gazetteer::is_common_word(x.text) && letters_in_order(&x.lc(), &lname_of(parts))
        // "Federal Statistical Office (Destatis)", "Manila Electric Co. (Meralco)": after a
        // body's name, one word in parentheses is its short name, whatever its letters.
        || x.is_capitalized() && parts.len() >= 2 && x.text.chars().count() <= 12
            // (A town's name may be a body's short name: "Japanese Trade Union Confederation
            // (Rengo)"; not a city's: "Harbour Council (Sydney)".)
            && !gazetteer::is_common_word(&x.lc()) && gazetteer::place(x.text).is_none_or(|p| p.kind == PlaceKind::City && p.population < 100_000)
            && gazetteer::first_name_tier(x.text).is_none()
            && parts.last().is_some_and(|l| { let l = Lower::of(l.trim_end_matches('.')); ORG_HEADS.contains(&l.as_str()) || lexicon::ORG_SUFFIXES.contains(&l.as_str()) })
    };
    // "Union des producteurs agricoles (UPA)", "Board of Control for Cricket in India (BCCI)":
    // words after the capitalized run that the acronym in parentheses spells belong to the name.
    let mut name = name;
    let mut span = span;
    if t.get(after).is_some_and(|x| x.text != "(") {
        if let Some(open) = (after..(after + 6).min(t.len()))
            .take_while(|&k| t[k].kind == Kind::Word || t[k].text == "(")
            .find(|&k| t[k].text == "(")
        {
            let acr = t
                .get(open + 1)
                .filter(|x| x.is_acronym() && t.get(open + 2).is_some_and(|c| c.text == ")"));
            if let Some(acr) = acr {
                let stop = |w: &str| {
                    matches!(
                        w,
                        "of" | "for"
                            | "and"
                            | "the"
                            | "in"
                            | "on"
                            | "des"
                            | "de"
                            | "du"
                            | "la"
                            | "le"
                            | "les"
                            | "et"
                            | "y"
                            | "del"
                            | "di"
                            | "da"
                            | "für"
                            | "en"
                            | "&"
                    )
                };
                let initials: String = parts
                    .iter()
                    .chain(
                        t[after..open]
                            .iter()
                            .map(|x| x.text)
                            .collect::<Vec<_>>()
                            .iter()
                            .map(|x| x.to_string())
                            .collect::<Vec<_>>()
                            .iter(),
                    )
                    .filter(|w| !stop(&w.to_lowercase()) && *w != ",")
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect();
                let want: String = acr.text.chars().filter(|c| c.is_alphabetic()).collect();
                if initials == want && open > after {
                    let extra: Vec<&str> = t[after..open].iter().map(|x| x.text).collect();
                    name = format!("{name} {}", extra.join(" "));
                    span[1] = t[open - 1].cend;
                    after = open;
                }
            }
        }
    }
    let acronym = (t.get(after).is_some_and(|x| x.text == "(")
        && t.get(after + 1).is_some_and(acro)
        && t.get(after + 2).is_some_and(|x| x.text == ")"))
    .then(|| t[after + 1].text.to_string());
    // "The Spanish Cycling Federation (RFEC) said": the verb after the acronym.
    let verb_at = if acronym.is_some() { after + 3 } else { after };
    let speaks = speech_after(t, verb_at) || cue_before(t, start_tok, &["according to"]);
    let mut m = Mention {
        text: name.clone(),
        span,
        kind: None,
        strong: false,
        canonical: None,
        acronym,
        speaks,
        guess: None,
    };

    let last_l = parts.last().unwrap().to_lowercase();
    let first_word = parts[0].to_lowercase();
    let word_parts: Vec<String> = parts
        .iter()
        .filter(|x| *x != ",")
        .map(|x| x.to_lowercase())
        .collect();
    // A listed company, unless its name is also a common word, a place or a single first name.
    let company = gazetteer::company(&name).filter(|co| {
        !co.common_word && !co.place && (parts.len() >= 2 || !gazetteer::is_first_name(&parts[0]))
    });
    // "Canadians", "Filipinos": a country named by its people.
    let people_of = (parts.len() == 1 && lname.ends_with('s') && lname.len() > 4)
        .then(|| {
            lname
                .strip_suffix("es")
                .filter(|x| is_demonym(x))
                .or_else(|| lname.strip_suffix('s').filter(|x| is_demonym(x)))
        })
        .flatten()
        .and_then(|d| known().get(d));
    // "told The Associated Press": a capitalized article before a body or an event the
    // lexicons know; not before a place or its people ("told The Australian", "wrote in The
    // Atlantic", "“The Irishman”": a paper, a magazine, a film).
    let after_the = || {
        lname
            .strip_prefix("the ")
            .and_then(|rest| known().get(rest))
            .filter(|k| k.kind != EntityKind::Place)
    };
    if let Some(k) = known().get(&lname).or(people_of).or_else(after_the) {
        m.kind = Some(k.kind);
        m.strong = true;
        m.canonical = Some(k.canonical.to_string());
    } else if company.is_some()
        && !placed_after_preposition(t, start_tok, after, parts)
        && residence_of(&Cue {
            t,
            start: start_tok,
            after,
            parts,
        })
        .is_none()
    {
        m.kind = Some(EntityKind::Organization);
        m.strong = true;
    } else if quoted_title(t, toks) && {
        // "Disney's animated “Paper Kingdoms”", "her role in “The Last Winter”", "“Quiet
        // Harbour”, produced by …": the title of a work, as [`quoted_titles`] reads it.
        work_spoken_of(t, toks[0] - 1, *toks.last().unwrap() + 1)
    } {
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if directional_place(parts) && !lexicon::THING_SUFFIXES.contains(&last_l.as_str()) {
        // "North Africa", "West Texas", "Eastern Cape": a direction and a known place.
        m.kind = Some(EntityKind::Place);
        m.strong = true;
    } else if parts.iter().any(|x| x == "v." || x == "v") && parts.len() >= 3 {
        // "Carpenter v. United States": a case.
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if parts.len() == 2
        && matches!(first_word.as_str(), "bill" | "resolution" | "proposition")
        && parts[1].chars().any(|c| c.is_ascii_digit())
    {
        // "Bill C-22", "Proposition 22": a bill.
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if parts.len() >= 2
        && parts.last().is_some_and(|x| {
            x.chars().any(|c| c.is_ascii_digit()) && x.chars().any(char::is_alphabetic)
        })
        && !parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
    {
        // "Airbus A321neo", "Galaxy S25": a maker and a model.
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if let Some(k) = (parts.len() >= 3).then(|| known_tail(parts)).flatten() {
        // "Mexican Red Cross", "Kenya Red Cross": a known organization's branch.
        m.kind = Some(k);
        m.strong = true;
    } else if lexicon::THING_SUFFIXES.contains(&last_l.as_str()) && parts.len() >= 2
        // "State Administration for Market Regulation": an organization's head before the connector
        // (not "Finance Act": no connector).
        // (not a law: "Finance Act", "Digital Services Act"; a programme may be a body's name:
        // "United Nations Environment Programme")
        && !((parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
                || !matches!(last_l.as_str(), "act" | "bill" | "law" | "scheme" | "directive" | "regulation" | "ordinance" | "amendment"))
            && parts.iter().take_while(|x| !CONNECTORS.contains(&x.as_str())).any(|x| org_word(&Lower::of(x))))
        || lexicon::THING_SUFFIXES.contains(&first_word.as_str()) && parts.len() >= 3 && CONNECTORS.contains(&Lower::of(&parts[1]).as_str())
            // "Bill & Melinda Gates Foundation": an organization's word last.
            && !lexicon::ORG_SUFFIXES.contains(&last_l.as_str())
        || matches!(
            last_l.as_str(),
            "facility" | "plant" | "mine" | "refinery" | "smelter"
        ) && parts.len() >= 2
            && !gazetteer::is_common_word(&parts[0])
    {
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if parts.len() >= 3
        && parts[1] == "of"
        && lexicon::EVENT_SUFFIXES.contains(&first_word.as_str())
        && !org_word(&last_l)
    {
        // "Tour of Türkiye", "Tour of Austria", "Festival of Britain": an event's word, then "of".
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if parts.len() == 2
        && last_l == "house"
        && start_tok >= 1
        && matches!(
            t[start_tok - 1].lc().as_str(),
            "at" | "outside" | "inside" | "into" | "near"
        )
        && (gazetteer::place(&parts[0]).is_some_and(|p| !p.common_word)
            || known()
                .get(&Lower::of(&parts[0]).to_string())
                .is_some_and(|k| k.kind == EntityKind::Place))
    {
        // "reporters at Leinster House", "outside Dundee House": a house named after a place,
        // where someone stands, is a building.
        m.kind = Some(EntityKind::Place);
        m.strong = true;
    } else if parts.len() >= 3
        // (Not "Mohammed bin Rashid Space Centre", an agency; nor "Southern Poverty Law
        // Center", a body: only courts are a building by "law".)
        && !parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
        && {
            let before = Lower::of(&parts[parts.len() - 2]);
            matches!(last_l.as_str(), "center" | "centre")
                && matches!(
                    before.as_str(),
                    "space"
                        | "conference"
                        | "convention"
                        | "exhibition"
                        | "sports"
                        | "shopping"
                        | "arts"
                        | "leisure"
                        | "community"
                        | "aquatic"
                        | "aquatics"
                        | "evacuation"
                        | "events"
                        | "visitor"
                        | "visitors"
                )
                || last_l == "courts" && before == "law"
        }
    {
        // "Kennedy Space Center", "Milimani Law Courts", "the Excel Exhibition Centre": a
        // building or a site named by what it holds is a place.
        m.kind = Some(EntityKind::Place);
        m.strong = true;
    } else if lexicon::ORG_SUFFIXES.contains(&last_l.as_str()) && parts.len() >= 2
        // ("into Coniston Water", "on Rutland Water": a lake, where "Thames Water" is a utility.)
        && !(last_l == "water"
            && start_tok >= 1
            && matches!(
                t[start_tok - 1].lc().as_ref(),
                "into" | "onto" | "on" | "at" | "near" | "beside" | "across" | "around" | "along"
            ))
        || executive_body(parts)
        // "Statistics South Africa", "Statistics Canada": a country's statistics office.
        || first_word == "statistics" && parts.len() >= 2 && gazetteer::country_named(&run_text(&parts[1..])).is_some()
        // "Avior Capital Markets": a company's word, then "Markets".
        || parts.len() >= 3 && last_l == "markets" && lexicon::ORG_SUFFIXES.contains(&Lower::of(&parts[parts.len() - 2]).as_str())
        || (ORG_HEADS.contains(&first_word.as_str()) && parts.len() >= 3)
        || (matches!(first_word.as_str(), "house" | "league") && parts.len() >= 3 && parts[1] == "of")
        // "Bloc Québécois", "Banco Santander", "Groupe Renault": an organization's word first, in another language.
        || (parts.len() >= 2 && lexicon::is_in(FOREIGN_ORG_HEADS, &first_word))
        || (parts.len() >= 2 && lexicon::is_in(BROADCAST_HEADS, &first_word))
        // (Not before a place's word that ends the name: "Saurashtra Cricket Association Stadium".)
        || word_parts.iter().skip(1).any(|w| ORG_HEADS.contains(&w.as_str())) && parts.len() >= 2
            && !(lexicon::PLACE_SUFFIXES.contains(&last_l.as_str()) && !ORG_HEADS.contains(&last_l.as_str()))
        // "Royal Infirmary of Edinburgh", "Royal Conservatory of Music": an organization's word before "of".
        || parts.len() >= 3 && parts.windows(2).skip(1).any(|w| w[1] == "of" && lexicon::ORG_SUFFIXES.contains(&Lower::of(&w[0]).as_str()))
    {
        m.kind = Some(EntityKind::Organization);
        m.strong = true;
    } else if city_club(parts) {
        m.kind = Some(EntityKind::Organization);
        m.strong = true;
    } else if lexicon::PLACE_SUFFIXES.contains(&last_l.as_str()) && parts.len() >= 2
        || lexicon::PLACE_SUFFIXES.contains(&first_word.as_str()) && parts.get(1).is_some_and(|x| x == "of")
        // "County Dublin", "Cape Canaveral", "Lake Geneva", "Mount Fuji", "Port Talbot".
        || place_head(parts, start_tok >= 1 && t[start_tok - 1].is("the"))
        || cue_before(t, start_tok, &["island of", "city of", "town of", "village of", "port of", "prefecture of", "province of", "region of", "state of", "islands of", "district of", "township of", "suburb of", "municipality of", "borough of", "neighbourhood of", "neighborhood of", "hamlet of", "commune of", "capital"])
        || placed_after_preposition(t, start_tok, after, parts)
    {
        m.kind = Some(EntityKind::Place);
        m.strong = true;
    } else if start_tok >= 1 && lexicon::is_in(lexicon::ORG_CUES, t[start_tok - 1].text) && !t[start_tok - 1].is_capitalized() && !lexicon::THING_CUES.contains(&t[start_tok - 1].lc().as_str())
        // "former broadcaster Ramon Villacorta": a job, not a company, before a person's name.
        && !(matches!(t[start_tok - 1].lc().as_str(), "broadcaster" | "publisher" | "producer" | "developer" | "supplier" | "maker" | "miner" | "rival" | "backer")
            && parts.len() >= 2 && !organization_like(parts, common) && (film_producer(t, start_tok - 1) || gazetteer::is_first_name(&parts[0]) && !parts[1..].iter().any(|x| gazetteer::is_common_word(x))))
    {
        m.kind = Some(EntityKind::Organization);
        m.strong = true;
    } else if cue_before(t, start_tok, lexicon::THING_CUES)
        || (start_tok >= 1 && lexicon::is_in(lexicon::THING_CUES, t[start_tok - 1].text))
        // "the Hera-2 probe", "its Galaxy Aura smartphone": a name before a lower-case thing word.
        // ("whose Sentinel-2 satellites": a plural thing word.)
        || (start_tok >= 1 && matches!(t[start_tok - 1].lc().as_str(), "the" | "its" | "their" | "a" | "an" | "new" | "whose" | "his" | "her" | "our")
            && t.get(after).is_some_and(|x| !x.is_capitalized() && (lexicon::is_in(lexicon::THING_CUES, x.text) || x.text.len() > 4 && lexicon::is_in(lexicon::THING_CUES, x.text.trim_end_matches('s')))))
    {
        m.kind = Some(EntityKind::Other);
        m.strong = true;
    } else if parts.len() == 1
        && gazetteer::first_name_tier(&parts[0]) == Some(1)
        && cue_before(t, start_tok, RANKS)
    {
        // "Inspector Maria": no person the article can be held to.
        return;
    } else if cue_before(t, start_tok, lexicon::PERSON_TITLES)
        && parts.len() <= 3
        && !parts.iter().any(|x| x.chars().all(|c| c.is_uppercase()))
        && !which_follows(t, after)
    {
        m.kind = Some(EntityKind::Person);
        m.strong = true;
    } else if (2..=3).contains(&parts.len())
        && !name.contains(',')
        && !parts
            .iter()
            .any(|x| CONNECTORS.contains(&Lower::of(&x).as_str()))
        && !parts.iter().all(|x| x.chars().all(|c| !c.is_lowercase()))
    {
        // "Shoichi Ishii, program director of …", "Jane Doe said"
        // After an article, a role must follow ("Postage Stamp, the short eighth" is no one's name).
        let role_after_article = |k: usize| {
            (k + 1..(k + 5).min(t.len()))
                .take_while(|&j| t[j].kind == Kind::Word)
                .any(|j| {
                    let w = t[j].lc();
                    ROLE_WORDS.contains(&w.as_str())
                        && !matches!(w.as_str(), "a" | "an" | "the" | "who")
                        || lexicon::is_in(lexicon::PERSON_TITLES, &w)
                        || lexicon::is_in(ROLES_AT, &w)
                })
        };
        let apposition = t.get(after).is_some_and(|x| x.text == ",")
            && t.get(after + 1).is_some_and(|x| {
                x.kind == Kind::Word && !x.is_capitalized() && ROLE_WORDS.contains(&x.lc().as_str())
            })
            && (!matches!(t[after + 1].lc().as_str(), "a" | "an" | "the")
                || role_after_article(after + 1))
            && !(start_tok >= 1 && t[start_tok - 1].lc() == "the");
        // "Its chief executive, Henrik Dahl, said": a title, then the name between commas, then speech.
        let titled = start_tok >= 2
            && t[start_tok - 1].text == ","
            && cue_before(t, start_tok - 1, lexicon::PERSON_TITLES);
        let speaks_after_comma =
            t.get(after).is_some_and(|x| x.text == ",") && speech_after(t, after + 1);
        // "…," said its chief executive, Ana Ruiz.
        let said_before = (start_tok.saturating_sub(6)..start_tok)
            .any(|k| lexicon::SPEECH_VERBS.contains(&t[k].lc().as_str()));
        let ends = t
            .get(after)
            .is_none_or(|x| matches!(x.text, "." | "!" | "?"));
        let described = apposition
            && self::apposition(&Cue {
                t,
                start: start_tok,
                after,
                parts,
            })
            .is_some();
        // "Wanjiru Kamau of Power Shift Africa, who …, said": what follows a name and "of" is
        // where that person is from or works, not who speaks.
        let of_someone = start_tok >= 2
            && t[start_tok - 1].is("of")
            && t[start_tok - 2].kind == Kind::Word
            && t[start_tok - 2].is_capitalized();
        if (speaks
            || apposition && !described
            || titled && (speaks_after_comma || said_before && ends))
            && !of_someone
            && !organization_like(parts, common)
            && !not_a_person(parts)
            && !which_follows(t, after)
        {
            m.kind = Some(EntityKind::Person);
            // Speech alone is weaker evidence for a name with no known first name ("Carrow Hill said").
            m.strong = apposition || titled || plain_first_name(&parts[0]);
        } else if (speaks || speaks_after_apposition(t, after)) && abstract_noun(&last_l) {
            // "Times Higher Education said", "…, the magazine that compiles the table, said": a body speaks.
            m.kind = Some(EntityKind::Organization);
        }
    } else if parts.len() == 1
        && speaks
        && parts[0].chars().skip(1).any(|c| c.is_uppercase())
        && !surname_with_capital(&parts[0])
    {
        // "FreshMart said", "OpenAI said": a capital inside one word names a company, not a person.
        m.kind = Some(EntityKind::Organization);
        m.strong = true;
    } else if parts.len() == 1 && speaks && !cue_before(t, start_tok, &["according to"]) {
        m.kind = Some(EntityKind::Person); // a surname speaking: "Takaichi said" (weak: a company says things too)
    }
    // "Epic Games chief executive Tim Sweeney": a role and a person after a name make it their employer,
    // whatever its last word suggested.
    // "Marseille, who finished second": a city "who" describes is a club.
    let cue = Cue {
        t,
        start: start_tok,
        after,
        parts,
    };
    // ("across Chess.com": a web address is a body wherever it stands.)
    let overrule = web_address(&cue).or_else(|| match m.kind {
        Some(EntityKind::Other) if !known().contains_key(&lname) => employer_of(&cue),
        Some(EntityKind::Place) => city_who(&cue)
            .or_else(|| plural_verb(&cue))
            .or_else(|| club(&cue)),
        Some(EntityKind::Person) => spokesperson_for(&cue),
        _ => None,
    });
    if let Some((kind, strong)) = overrule {
        m.kind = Some(kind);
        m.strong = strong;
    }
    // Names the cues above left open, or read only weakly (a strong rule may overrule).
    if m.kind.is_none() || !m.strong {
        if let Some((kind, strong)) = CUE_RULES.iter().find_map(|(_, rule)| {
            rule(&Cue {
                t,
                start: start_tok,
                after,
                parts,
            })
        }) {
            if m.kind.is_none() || strong {
                m.kind = Some(kind);
                m.strong = strong;
            }
        }
    }
    if m.kind.is_none() {
        m.guess = unmarked_place(&cue);
    }
    out.push(m);
}

/// "Starboard Value, which disclosed a stake": a "which" clause describes a thing, not a person.
fn which_follows(t: &[Token], after: usize) -> bool {
    t.get(after).is_some_and(|x| x.text == ",") && t.get(after + 1).is_some_and(|x| x.is("which"))
}

/// Words that end a company's name and rarely stand inside one ("Lumo Capital",
/// "Fjord Partners"; not "Australian Communications and Media Authority").
const COMPANY_WORDS: &[&str] = &[
    "capital",
    "partners",
    "ventures",
    "holdings",
    "investments",
    "advisors",
    "advisers",
    "associates",
    "securities",
    "group",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "ag",
    "gmbh",
    "corp",
    "corp.",
    "corporation",
    "company",
    "co.",
];

/// Words that open a place's name before the name itself: "County Dublin",
/// "Cape Canaveral", "Lake Geneva", "Mount Kenya", "Fort Worth", "Port Talbot";
/// and, after "the", "the River Thames" (the British order; "River Plate" is
/// a club, "River Phoenix" an actor).
const PLACE_HEADS: &[&str] = &[
    "county", "cape", "lake", "mount", "mt", "mt.", "fort", "port", "isle", "loch", "lough",
];

/// Words that open the names of squares, streets and parks in other
/// languages: "Parque das Nações", "Largo do Rato", "Praça do Comércio",
/// "Piazza San Marco", "Plaza de Mayo", "Rue de Rivoli".
const FOREIGN_PLACE_HEADS: &[&str] = &[
    "avenida", "calle", "corso", "largo", "parque", "paseo", "piazza", "piazzale", "plac", "plaza",
    "praça", "praca", "quai", "rua", "rue", "viale",
    // Landforms: "Monte Rosa", "Colle Vardaz", "Cerro de Ortega", "Lago di Garda", "Piz Bernina"
    // (not "Isla", "Sierra": first names too).
    "monte", "colle", "passo", "cima", "punta", "piz", "pizzo", "lago", "lac", "mont", "cerro",
    "pico", "valle", "ilha", "serra", "bahía", "bahia", "laguna", "golfo", "cabo", "capo",
    "pointe", "aiguille", "río",
];

/// Words that open a station's name in other languages: "Gare du Nord",
/// "Gare Saint-Lazare", "Estación de Atocha", "Stazione Termini" (one of them
/// is a first name somewhere; before a name it is the station's word).
const STATION_HEADS: &[&str] = &["gare", "estación", "estacion", "stazione"];

/// A place head and one or two capitalized words that name nothing else (not
/// "Port Authority", "Lake Victoria Fisheries", "Fort Knox Gold"), or a
/// square's, street's or park's word in another language, then its name with
/// any particles ("Parque das Nações").
fn place_head(parts: &[String], after_the: bool) -> bool {
    // Not a first name ("Calle Järnkrok scored"): a particle or a second word must follow.
    let station = lexicon::is_in(STATION_HEADS, &parts[0]);
    let foreign = (2..=5).contains(&parts.len())
        && (lexicon::is_in(FOREIGN_PLACE_HEADS, &parts[0]) || station)
        && !(parts.len() == 2 && gazetteer::is_first_name(&parts[0]) && !station)
        // Not "Monte Carlo Masters", "Monte Carlo Rally": an event's or a body's word.
        && !parts[1..].iter().any(|w| {
            let l = Lower::of(w);
            org_word(&l)
                || lexicon::THING_SUFFIXES.contains(&l.as_str())
                || lexicon::EVENT_SUFFIXES.contains(&l.as_str())
        })
        && parts
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && parts[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || name_particle(w));
    foreign
        || (2..=3).contains(&parts.len())
            && (lexicon::is_in(PLACE_HEADS, &parts[0])
                || after_the && Lower::of(&parts[0]) == "river")
            && parts[1..].iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !org_word(&Lower::of(w))
                    && !lexicon::THING_SUFFIXES.contains(&Lower::of(w).as_str())
                    && !lexicon::EVENT_SUFFIXES.contains(&Lower::of(w).as_str())
            })
}

/// Whether the lexicons or the gazetteer know the whole name ("South Africa").
fn known_or_place(parts: &[String]) -> bool {
    let name = run_text(parts);
    known().contains_key(&name.to_lowercase())
        || gazetteer::place(&name).is_some_and(|p| !p.common_word)
}

/// The kind of a known organization or event that ends a name of three
/// words or more ("Mexican Red Cross", "Kenya Red Cross Society" is caught by
/// its suffix).
fn known_tail(parts: &[String]) -> Option<EntityKind> {
    (1..parts.len()).find_map(|k| {
        let tail = run_text(&parts[k..]).to_lowercase();
        known()
            .get(&tail)
            .filter(|x| x.kind == EntityKind::Organization && tail.contains(' '))
            .map(|x| x.kind)
    })
}

/// Whether a run stands alone inside quotation marks ("“Paper Kingdoms”").
fn quoted_title(t: &[Token], toks: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else {
        return false;
    };
    first >= 1
        && matches!(t[first - 1].text, "\"" | "“" | "‘")
        && t.get(last + 1)
            .is_some_and(|x| matches!(x.text, "\"" | "”" | "’"))
}

/// Words before a title in quotes that say it is a work ("Disney's animated
/// “Paper Kingdoms”", "the film “Low Tide”").
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "musical",
    "album",
    "song",
    "single",
    "book",
    "novel",
    "memoir",
    "series",
    "show",
    "play",
    "documentary",
    "epic",
    "thriller",
    "drama",
    "comedy",
    "horror",
    "animated",
    "release",
    "sequel",
    "opera",
    "exhibition",
    "podcast",
    "programme",
    "program",
    "game",
    "painting",
    "poem",
    "track",
    "hit",
    "blockbuster",
    "franchise",
    "report",
    "campaign",
];

/// The last token of a run (a possessive or hyphen tail included).
fn span_end_tok(_t: &[Token], toks: &[usize]) -> usize {
    *toks.last().unwrap_or(&0)
}

/// "Residents of Birchgrove and Waverton", "the towns of Lajeado and
/// Estrela": people or places of the names that follow.
fn people_of(t: &[Token], start: usize) -> Option<EntityKind> {
    (start >= 2
        && t[start - 1].lc() == "of"
        && matches!(
            t[start - 2].lc().as_str(),
            "residents"
                | "towns"
                | "cities"
                | "villages"
                | "suburbs"
                | "regions"
                | "provinces"
                | "states"
                | "districts"
                | "communities"
                | "neighbourhoods"
                | "neighborhoods"
                | "citizens"
                | "municipalities"
                | "counties"
                | "islands"
        ))
    .then_some(EntityKind::Place)
}

/// "North Sydney", "Southern Africa": a direction and a place the lexicons know.
fn directional_place(parts: &[String]) -> bool {
    parts.len() >= 2 && lexicon::is_in(DIRECTIONS, &parts[0]) && {
        let rest = run_text(&parts[1..]);
        known()
            .get(&rest.to_lowercase())
            .is_some_and(|k| k.kind == EntityKind::Place)
            || gazetteer::place(&rest).is_some_and(|p| !p.common_word)
    }
}

/// The kind a plural noun gives the names before it ("the X and Y mines", "the A and B banks").
fn plural_kind(next: Option<&Token>) -> Option<EntityKind> {
    let w = next
        .filter(|x| x.kind == Kind::Word && !x.is_capitalized())?
        .lc();
    match w.as_str() {
        "mines" | "operations" | "fields" | "islands" | "provinces" | "states" | "cities"
        | "towns" | "regions" | "districts" | "countries" | "ports" | "airports" | "villages"
        | "suburbs" | "counties" | "neighbourhoods" | "neighborhoods" => Some(EntityKind::Place),
        "companies" | "firms" | "banks" | "groups" | "carmakers" | "airlines" | "clubs"
        | "teams" | "parties" | "unions" | "agencies" | "lenders" | "insurers" | "retailers"
        | "miners" | "universities" | "hospitals" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The letters of a name, lower case, without spaces.
fn lname_of(parts: &[String]) -> String {
    parts
        .iter()
        .flat_map(|x| x.chars())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `short` starts as `long` does and its letters all occur in `long` in order ("comelec" in "commissiononelections").
fn letters_in_order(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().next() == long.chars().next()
        && short.chars().count() >= 3
        && short.chars().all(|c| it.any(|x| x == c))
}

/// A word that describes a country before its name rather than opens a
/// body's ("Neighbouring", "Landlocked", "Hosts", "Mainland").
fn describes_a_country(l: &str) -> bool {
    l.ends_with("ing")
        || l.ends_with("ed")
        || matches!(
            l,
            "mainland"
                | "hosts"
                | "holders"
                | "champions"
                | "ordinary"
                | "rural"
                | "coastal"
                | "tiny"
                | "neighbours"
                | "neighbors"
                | "rivals"
        )
}

/// A country or a region (no city), by its name or a short form the lexicons
/// know ("Queensland", "New Zealand", "NSW", "UK"): its gazetteer entry.
fn region_named(parts: &[String]) -> Option<gazetteer::Place> {
    let name = run_text(parts);
    let lower = name.to_lowercase();
    // ("Mainland Chinese investors": a people is no region.)
    if is_demonym(&lower) {
        return None;
    }
    // Several words: a country or region the lexicons know ("New Zealand"), not any region
    // of the gazetteer, which may be a surname ("Nguyen Quang Nam").
    let known_region = || {
        known()
            .get(&lower)
            .filter(|k| k.kind == EntityKind::Place)
            .and_then(|k| gazetteer::place(k.canonical))
            .filter(|p| p.kind != PlaceKind::City)
    };
    if parts.len() >= 2 {
        return known_region();
    }
    gazetteer::place(&name)
        .filter(|p| p.kind != PlaceKind::City && !p.common_word)
        .or_else(known_region)
}

/// A name that looks like an organization's rather than a person's: it ends
/// in an organization word ("Counterpoint Research") or a country or region
/// ("Tennis Australia"), or opens with a word the corpus writes in lower case
/// that is no first name ("Energy Queensland").
fn organization_like(parts: &[String], common: &dyn super::Vocabulary) -> bool {
    let last = parts.last().map(|x| x.to_lowercase()).unwrap_or_default();
    let first = parts.first().map(|x| x.to_lowercase()).unwrap_or_default();
    // "Stats NZ", "Tennis Australia": a country or region last, by its name or a short form;
    // "Health New Zealand": one of several words.
    let region = || {
        gazetteer::place(parts.last().unwrap())
            .is_some_and(|p| p.kind != PlaceKind::City && !p.common_word)
            || known().get(&last).is_some_and(|k| {
                k.kind == EntityKind::Place
                    && gazetteer::place(k.canonical).is_some_and(|p| p.kind != PlaceKind::City)
            })
            || (1..parts.len().saturating_sub(1)).any(|k| region_named(&parts[k..]).is_some())
    };
    let place_first = || {
        gazetteer::place(&parts[0]).is_some_and(|p| {
            !p.common_word && (p.kind != PlaceKind::City || p.population >= 300_000)
        }) && gazetteer::first_name_tier(&parts[0]) != Some(1)
    };
    lexicon::ORG_SUFFIXES.contains(&last.as_str())
        || parts.len() >= 2 && region()
        || parts.len() >= 2 && common.in_lower_case(&first) && !gazetteer::is_first_name(&first)
        || parts.len() >= 2 && place_first()
}

/// Organization words that open a name in other languages.
const FOREIGN_ORG_HEADS: &[&str] = &[
    "bloc",
    "banco",
    "banque",
    "banca",
    "bank",
    "groupe",
    "grupo",
    "gruppo",
    "compagnie",
    "compañía",
    "société",
    "societe",
    "partido",
    "parti",
    "partito",
    "unión",
    "fundación",
    "fondation",
    "fondazione",
    "stiftung",
    "universidad",
    "université",
    "universität",
    "universidade",
    "università",
    // Museums: "Museo del Prado", "Musée d'Orsay", "Museu Nacional", "Musei Vaticani".
    "museo",
    "musée",
    "museu",
    "musei",
    "instituto",
    "institut",
    "istituto",
    "ministerio",
    "ministère",
    "agence",
    "agencia",
    "comisión",
    "commission",
    "conseil",
    "consejo",
    "tribunal",
    "corte",
    "cour",
    "federación",
    "fédération",
    // Newspapers: "Gazzetta dello Sport", "Corriere della Sera", "Diario de Sevilla", "Giornale di Sicilia".
    "gazzetta",
    "corriere",
    "giornale",
    "diario",
    "periódico",
    "gazeta",
    "gazette",
];

/// Words that open a broadcaster's or a house's name ("Radio Mitre", "TV
/// Azteca", "Maison Perrault-Vial"); unlike [`FOREIGN_ORG_HEADS`], English
/// words among them, so they decide only the kind of a name already found.
const BROADCAST_HEADS: &[&str] = &[
    "radio",
    "rádio",
    "tv",
    "télévision",
    "televisión",
    "televisão",
    "maison",
];

/// Directions that open a region's name ("North Africa", "Eastern Cape").
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
    "greater",
];

/// Words that open a place's name, never a person's ("North Kordofan",
/// "West Kowloon", "Greater Manchester").
const PLACE_OPENERS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
    "inner",
    "outer",
    "new",
    "old",
    "port",
    "mount",
    "lake",
    "cape",
    "fort",
    "san",
    "santa",
    "metro",
    "downtown",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// A name that is no person's: it opens with a place word or a demonym
/// ("North Africa", "Mexican Red Cross"), holds a saint's "St" ("Paris St
/// Germain", "St John Ambulance"), or ends in a thing, event or place word.
fn not_a_person(parts: &[String]) -> bool {
    let first = parts[0].to_lowercase();
    let last = parts.last().map(|x| x.to_lowercase()).unwrap_or_default();
    let big_place = || {
        gazetteer::place(&parts[0]).is_some_and(|p| {
            !p.common_word && (p.kind != PlaceKind::City || p.population >= 300_000)
        }) && gazetteer::first_name_tier(&parts[0]) != Some(1)
    };
    parts.len() >= 2 && (lexicon::is_in(PLACE_OPENERS, &first) || is_demonym(&first) || big_place())
        || parts.iter().any(|x| matches!(x.as_str(), "St" | "St." | "Saint" | "Ste" | "Ste."))
        || parts.len() >= 2 && (lexicon::THING_SUFFIXES.contains(&last.as_str()) || lexicon::EVENT_SUFFIXES.contains(&last.as_str()) || lexicon::PLACE_SUFFIXES.contains(&last.as_str()))
        || parts.len() >= 2 && lexicon::element(&last).is_some()
        // "Times Higher Education", "Institute for Energy Security": an abstract noun ends no person's name.
        || parts.len() >= 2 && abstract_noun(&last)
            // ("Martin Patience": a first name, then the surname.)
            && !(parts.len() == 2 && gazetteer::is_first_name(&parts[0]))
        // "the Thomas Fire", "California's Dixie Fire": a named wildfire is no one's name.
        || parts.len() >= 2 && last == "fire"
        // "Der Spiegel", "Le Monde": an article of another language opens no person's name.
        || parts.len() >= 2 && matches!(parts[0].as_str(), "Der" | "Die" | "Das" | "Le" | "La" | "Les" | "El" | "Il" | "Los" | "Las")
}

/// "its producer", "the film's producer", "executive producer": token `k`
/// is "producer" as a person's job, not a trade ("oil producer").
fn film_producer(t: &[Token], k: usize) -> bool {
    t[k].is("producer")
        && k >= 1
        && (matches!(
            t[k - 1].lc().as_str(),
            "its" | "his" | "her" | "their" | "executive" | "film" | "music" | "record" | "line"
        ) || t[k - 1].text.ends_with("'s")
            || t[k - 1].text.ends_with("’s"))
}

/// A common English word of eight letters or more with an abstract noun's
/// ending ("education", "development", "security", "excellence"): no one's
/// surname.
fn abstract_noun(lc: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ness", "ity", "ism", "ship", "ence", "ance", "ology",
    ];
    lc.len() >= 8 && ENDINGS.iter().any(|e| lc.ends_with(e)) && gazetteer::is_common_word(lc)
}

/// What a kind rule sees: the sentence's tokens, where the name starts and
/// the token after it, and the name's words.
struct Cue<'a, 'b> {
    t: &'a [Token<'b>],
    start: usize,
    after: usize,
    parts: &'a [String],
}

impl<'a, 'b> Cue<'a, 'b> {
    /// Token `k` in lower case ("" past the end), borrowed or on the stack.
    fn word(&self, k: usize) -> Lower<'b> {
        self.t.get(k).map(Token::lc).unwrap_or_default()
    }
    fn before(&self, n: usize) -> Lower<'b> {
        if self.start >= n {
            self.word(self.start - n)
        } else {
            Lower::default()
        }
    }
    fn one_word(&self) -> bool {
        self.parts.len() == 1
    }
    /// ", which" follows a name that opens its clause or follows a
    /// preposition: what the clause describes is a thing, not a person
    /// ("Ferro Serrano, which is controlled by …", "according to Red
    /// Eléctrica, which runs …"; not "by director Paolo Dimaculangan, which
    /// played …", where the film is).
    /// (Not after "by", "of" and the like, where "which" is most often the
    /// noun's before: "a painting by Gustav Klimt, which sold …"; nor a name
    /// that opens with a first name no other word shares: "Taylor Swift".)
    fn thing_by_which(&self) -> bool {
        let before = self.before(1);
        let opens = self.start == 0
            || self.t[self.start - 1].kind != Kind::Word
            || lexicon::is_in(super::words::PREPOSITIONS, &before)
                && !matches!(
                    before.as_str(),
                    "by" | "of" | "from" | "with" | "for" | "about"
                );
        opens && which_follows(self.t, self.after) && !plain_first_name(&self.parts[0])
    }
    /// A lower-case word that is no preposition, conjunction or auxiliary
    /// follows: the name modifies a noun ("the Tesla factory", "European cars").
    fn modifies_a_noun(&self) -> bool {
        self.t.get(self.after).is_some_and(|n| {
            n.kind == Kind::Word
                && !n.is_capitalized()
                && ![
                    super::words::PREPOSITIONS,
                    super::words::CONJUNCTIONS,
                    super::words::AUXILIARIES,
                ]
                .iter()
                .any(|list| lexicon::is_in(list, n.text))
        })
    }
}

/// Kind rules for names the cues above left open (or only weakly read), in
/// order: the first that speaks decides. Each returns the kind and whether
/// the evidence is strong. One test table per rule (`kind_rules`).
const CUE_RULES: &[(&str, fn(&Cue) -> Option<(EntityKind, bool)>)] = &[
    ("native_name", native_name),
    ("self_named", self_named),
    ("age_between_commas", age_between_commas),
    ("numbered_name", numbered_name),
    ("model_code", model_code),
    ("road_number", road_number),
    ("apposition", apposition),
    ("noun_then_name", noun_then_name),
    ("office_of_a_place", office_of_a_place),
    ("based_in", based_in),
    ("a_body_s_noun", a_body_s_noun),
    ("city_who", city_who),
    ("plural_verb", plural_verb),
    ("hall_after_the", hall_after_the),
    ("employer_of", employer_of),
    ("opponent", opponent),
    ("club", club),
    ("works_at", works_at),
    ("noun_after", noun_after),
    ("storm_or_event", storm_or_event),
    ("holiday", holiday),
    ("publication", publication),
    ("listed_company", listed_company),
    ("listed_bodies", listed_bodies),
    ("place_in_gazetteer", place_in_gazetteer),
    ("regnal_name", regnal_name),
    ("demonym_and_place", demonym_and_place),
    ("organization_of_a_place", organization_of_a_place),
    ("team_of_a_place", team_of_a_place),
    ("first_name", first_name),
    ("acronym_head", acronym_head),
    ("company_subject", company_subject),
    ("holiday_alone", holiday_alone),
    ("commodity_company", commodity_company),
    ("ampersand_initials", ampersand_initials),
    ("acronym", acronym),
    ("residents_of", residents_of),
    ("residence_of", residence_of),
    ("distance_away", distance_away),
    ("direction_of", direction_of),
    ("compass_region", compass_region),
    ("work_title", work_title),
    ("plural_name", plural_name),
    ("party_run", party_run),
    ("hometown", hometown),
    ("place_of_an_institution", place_of_an_institution),
    ("which_clause", which_clause),
    ("inner_capital", inner_capital),
    ("brand_word", brand_word),
    ("made_by", made_by),
    ("award_won", award_won),
    ("country_possessive_person", country_possessive_person),
    ("affiliation", affiliation),
    ("role_of", role_of),
    ("named_as_new", named_as_new),
    ("person_shape", person_shape),
    ("family_particles", family_particles),
    ("venue", venue),
];

/// "Maaike van der Linden", "Pieter van Rensburg", "Mohammed bin Salman": a
/// capitalized word, the particles of Dutch, German and Arabic family names
/// (at least one of them), and a capitalized last word is a person, whatever
/// the dictionary says of the words ("linden" is a tree). Not the particles
/// that name places too ("Rio de Janeiro", "Castellón de la Plana"), nor a
/// name that ends in a body's or a place's word ("Van der Valk Hotel").
fn family_particles(c: &Cue) -> Option<(EntityKind, bool)> {
    let n = c.parts.len();
    if !(3..=5).contains(&n) || c.before(1) == "the" {
        return None;
    }
    let germanic = |w: &str| {
        matches!(
            w,
            "van" | "von" | "der" | "den" | "ter" | "bin" | "ibn" | "bint"
        )
    };
    let inner = &c.parts[1..n - 1];
    let capital = |w: &str| {
        let mut ch = w.chars();
        ch.next().is_some_and(char::is_uppercase) && ch.all(|x| x.is_lowercase() || x == '-')
    };
    let last = c.parts[n - 1].to_lowercase();
    let ok = capital(&c.parts[0])
        && capital(&c.parts[n - 1])
        && inner.iter().any(|w| germanic(w))
        && inner.iter().all(|w| germanic(w) || capital(w))
        && !lexicon::ORG_SUFFIXES.contains(&last.as_str())
        && !lexicon::PLACE_SUFFIXES.contains(&last.as_str());
    ok.then_some((EntityKind::Person, false))
}

/// "a criminal group calling itself Black Tundra", "which calls itself …":
/// what names itself so is a group, not a person.
fn self_named(c: &Cue) -> Option<(EntityKind, bool)> {
    // A group's noun shortly before ("a breakaway region calling itself …" is a place's).
    let group = (3..=6).any(|n| {
        matches!(
            c.before(n).as_str(),
            "group"
                | "gang"
                | "collective"
                | "organisation"
                | "organization"
                | "movement"
                | "outfit"
                | "network"
                | "cell"
                | "faction"
                | "militia"
                | "coalition"
                | "alliance"
                | "crew"
                | "syndicate"
                | "cartel"
                | "party"
                | "company"
                | "firm"
                | "union"
                | "church"
                | "hackers"
                | "activists"
                | "rebels"
                | "militants"
        )
    });
    (matches!(c.before(1).as_str(), "itself" | "themselves")
        && group
        && matches!(
            c.before(2).as_str(),
            "calling"
                | "calls"
                | "called"
                | "styling"
                | "styles"
                | "styled"
                | "naming"
                | "names"
                | "named"
        ))
    .then_some((EntityKind::Organization, true))
}

/// "said Guadalupe Barajas, 54, standing …": an age between commas after a
/// name of two to four plain words is a person's.
fn age_between_commas(c: &Cue) -> Option<(EntityKind, bool)> {
    let plain = c.parts.iter().all(|p| !joins_or_heads(&Lower::of(p)));
    ((2..=4).contains(&c.parts.len()) && plain && super::words::age_between_commas(c.t, c.after))
        .then_some((EntityKind::Person, true))
}

/// "the Berlin Tenants' Association (Berliner Mieterverein)": a name of
/// several words alone in parentheses right after a body's name (its last
/// word an organization's) is that body's name in its own language.
fn native_name(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.one_word() || c.before(1) != "(" || c.word(c.after) != ")" || c.start < 2 {
        return None;
    }
    let head = c.t[c.start - 2].lc();
    (c.t[c.start - 2].is_capitalized()
        && (ORG_HEADS.contains(&head.as_str()) || lexicon::ORG_SUFFIXES.contains(&head.as_str())))
    .then_some((EntityKind::Organization, true))
}

/// The last resort, for a name no rule read ([`Mention::guess`]): after
/// "at", "from", "to", "on" or "via" ("a camp at Farchana", "from Granton
/// to the BioQuarter", "a crowd on Götaplatsen"), a name of one to three
/// plain words is most often a place. Not a common word, a first name, a
/// people's name ("European"), a day ("Fridays"), a letter or an
/// abbreviation ("on X", "Rs 500"), a title ("The Mall Weekly"), a name
/// before a noun ("European cars"), nor a name after a verb of speech or of
/// listening ("wrote to Ruiz", "listening to Puccini") or a platform's word
/// ("a post on Truth Social").
fn unmarked_place(c: &Cue) -> Option<EntityKind> {
    let prep = c.before(1);
    if !matches!(prep.as_str(), "at" | "from" | "to" | "on" | "via") || c.start < 2 {
        return None;
    }
    let plain = |x: &String| {
        x.chars().count() >= 3
            && x.chars().next().is_some_and(char::is_uppercase)
            && x.chars().skip(1).any(char::is_lowercase)
            && !org_word(&Lower::of(x))
    };
    if c.parts.len() > 3 || !c.parts.iter().all(plain) {
        return None;
    }
    let first = Lower::of(&c.parts[0]);
    if first == "the"
        || c.modifies_a_noun()
        || gazetteer::first_name_tier(&c.parts[0]).is_some()
        || is_demonym(&first)
        || c.parts.iter().any(|x| {
            let l = Lower::of(x);
            let one = l.trim_end_matches('s');
            lexicon::month(&l).is_some()
                || lexicon::weekday(&l).is_some()
                || lexicon::weekday(one).is_some()
        })
        || c.one_word() && gazetteer::is_common_word(&first)
    {
        return None;
    }
    let verb = c.before(2);
    // "a post on Truth Social", "a video on WhatsApp": a platform, not a place.
    let platform = matches!(
        verb.as_str(),
        "post"
            | "posts"
            | "posted"
            | "video"
            | "videos"
            | "app"
            | "platform"
            | "account"
            | "message"
            | "messages"
            | "page"
            | "channel"
            | "podcast"
            | "show"
            | "broadcast"
            | "statement"
    );
    if platform
        || lexicon::SPEECH_VERBS.contains(&verb.as_str())
        || matches!(
            verb.as_str(),
            "wrote"
                | "write"
                | "talked"
                | "spoke"
                | "speak"
                | "listening"
                | "listened"
                | "according"
                | "belongs"
        )
    {
        return None;
    }
    Some(EntityKind::Place)
}

/// A road's noun after its number: "the A5 motorway", "the S8 expressway".
fn road_noun(w: &str) -> bool {
    matches!(
        w,
        "motorway"
            | "motorways"
            | "expressway"
            | "expressways"
            | "highway"
            | "road"
            | "carriageway"
            | "autobahn"
            | "autoroute"
    )
}

/// "the KX-9", "an MQ-9B", "Chandrayaan-3": two to four capitals, or a
/// capitalized word, a hyphen and a number name a model or a craft (one
/// capital is a road's: "I-95").
fn model_code(c: &Cue) -> Option<(EntityKind, bool)> {
    let [w] = c.parts else { return None };
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    let (letters, number) = w.split_once('-')?;
    let digits = number.chars().take_while(char::is_ascii_digit).count();
    // ("Chandrayaan-3", "Sentinel-2": a capitalized word of three letters or more, too.)
    let word = letters.chars().count() >= 3
        && letters.chars().next().is_some_and(char::is_uppercase)
        && letters.chars().skip(1).all(char::is_lowercase);
    // (Not a youth team: "Under-21s".)
    let team = number[digits..].chars().any(|ch| ch.is_lowercase());
    let ok = ((2..=4).contains(&letters.chars().count())
        && letters.chars().all(|ch| ch.is_ascii_uppercase())
        || word && !team)
        && (1..=4).contains(&digits)
        && number[digits..].chars().count() <= 2
        && number[digits..].chars().all(|ch| ch.is_ascii_alphabetic());
    ok.then_some((EntityKind::Other, false))
}

/// The domains that the run joins to a name ("Daft.ie", "Booking.com") and
/// that make it a web address ([`web_address`]).
const WEB_DOMAINS: &[&str] = &[
    "com", "ie", "co", "uk", "org", "net", "io", "ai", "de", "fr", "au", "nz", "ca", "in",
];

/// "Chess.com", "Booking.com", "Archive.org": a name written as a web
/// address is the business or body that runs it, wherever it stands
/// ("viewers across Chess.com and Twitch").
fn web_address(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.parts.last()?;
    let (name, tld) = last.rsplit_once('.')?;
    let web = WEB_DOMAINS.contains(&tld) && name.chars().next().is_some_and(char::is_alphanumeric);
    (c.one_word() && web).then_some((EntityKind::Organization, true))
}

/// "Falcon 9", "Orbit 7": a name that ends in its number ([`model_number`])
/// is a model or a craft; "Highway 97", "Route 66": a road, which is a place.
fn numbered_name(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.parts.last()?;
    if c.parts.len() < 2 || !last.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let road = lexicon::is_in(ROAD_WORDS, &c.parts[0].to_lowercase());
    Some(if road {
        (EntityKind::Place, true)
    } else {
        (EntityKind::Other, false)
    })
}

/// The token of the noun that a list opening at `start` follows: the one
/// right before ("rivals Asda and Aldi"), or the one before "including",
/// "like" or "such as" ("retailers including Boots and Currys").
fn list_noun_at(t: &[Token], start: usize) -> Option<usize> {
    let j = start.checked_sub(1)?;
    match t[j].lc().as_str() {
        "including" | "like" => j.checked_sub(1),
        "as" if j >= 2 && t[j - 1].is("such") => Some(j - 2),
        _ => Some(j),
    }
}

/// "retailers including Boots and Currys", "rivals Asda, Aldi and Lidl":
/// names listed after a plural noun of a kind of body are such bodies.
fn listed_bodies(c: &Cue) -> Option<(EntityKind, bool)> {
    let mut k = c.start;
    while k > 0 && {
        let x = &c.t[k - 1];
        name_word(x) && x.is_capitalized() || x.text == "," || x.is("and") || x.is("or")
    } {
        k -= 1;
    }
    // The list opens with a name ("central banks and ETF money" is none).
    if !name_word(&c.t[k]) {
        return None;
    }
    let j = list_noun_at(c.t, k)?;
    // ("title rivals Max Verstappen and Lando Norris": people are listed so too.)
    let person = c.parts.len() >= 2 && gazetteer::first_name_tier(&c.parts[0]) == Some(1);
    (plural_body_noun(c.t, j) && !person).then_some((EntityKind::Organization, true))
}

/// Is token `j` a plural noun of a kind of body ("rivals", "retailers"),
/// in lower case or opening the sentence?
fn plural_body_noun(t: &[Token], j: usize) -> bool {
    let w = t[j].lc();
    (j == 0 || !t[j].is_capitalized())
        && w.len() > 3
        && w.ends_with('s')
        && (lexicon::is_in(lexicon::ORG_CUES, &w)
            || lexicon::is_in(lexicon::ORG_CUES, w.trim_end_matches('s')))
}

/// Words that name a road with its number ("Highway 97", "Route 167").
const ROAD_WORDS: &[&str] = &[
    "highway",
    "route",
    "interstate",
    "motorway",
    "autobahn",
    "autoroute",
    "road",
];

/// "the A64 between Toulouse and Tarbes", "the A5 motorway", "on the A470"
/// in a crash's story: a letter and its number after "the" name a road when
/// a road's word or "between" follows (strong), or, after "on", "along",
/// "off" and the like, when the sentence is about traffic (weak: "a
/// shortage of the N95 masks", "The B52 was retired", "games on the N64"
/// say nothing of roads). Airbus's numbers (A320, A380) are aircraft.
fn road_number(c: &Cue) -> Option<(EntityKind, bool)> {
    let w = c.parts.first().filter(|_| c.one_word())?;
    let letter = w.chars().next()?;
    let digits = &w[letter.len_utf8()..];
    let most = if matches!(letter, 'A' | 'B') { 4 } else { 3 };
    // (Or what is said of a road: "the A1 between …", "the M6 northbound".)
    let road_word = |w: &str| {
        road_noun(w)
            || matches!(
                w,
                "junction" | "between" | "northbound" | "southbound" | "eastbound" | "westbound"
            )
    };
    // ("the S8 and S2 expressways": the road's word may follow the pair.)
    let road_after =
        road_word(&c.word(c.after)) || c.word(c.after) == "and" && road_word(&c.word(c.after + 2));
    // (Poland's expressways are S roads, named so only before a road's word.)
    let shaped = (matches!(letter, 'A' | 'M' | 'N' | 'B' | 'D' | 'E')
        || letter == 'S' && road_after)
        && (1..=most).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if !shaped || c.before(1) != "the" || (letter == 'A' && AIRBUS.contains(&digits)) {
        return None;
    }
    if road_after {
        return Some((EntityKind::Place, true));
    }
    let on = matches!(
        c.before(2).as_str(),
        "on" | "onto" | "along" | "off" | "via" | "near"
    );
    let traffic = c.t.iter().any(|x| {
        matches!(
            x.lc().as_str(),
            "traffic"
                | "crash"
                | "crashed"
                | "collision"
                | "driver"
                | "drivers"
                | "lorry"
                | "lorries"
                | "lane"
                | "lanes"
                | "queues"
                | "diversion"
                | "closed"
                | "reopened"
                | "mph"
                | "tractors"
                | "motorists"
                | "van"
                | "vans"
                | "driving"
                | "drove"
        )
    });
    (on && traffic).then_some((EntityKind::Place, false))
}

/// Airbus's model numbers after "A": aircraft, not roads.
const AIRBUS: &[&str] = &[
    "220", "300", "310", "318", "319", "320", "321", "330", "340", "350", "380",
];

/// "a Reuters tally", "a Bloomberg analysis", "a Tesco spokesman", "an Airbus
/// statement": one word between "a" and what a body makes or who speaks for it
/// (a place or its people keep their kind: "a Moscow spokesman" is rare, "a Kremlin statement" is the body).
fn a_body_s_noun(c: &Cue) -> Option<(EntityKind, bool)> {
    let noun = matches!(
        c.word(c.after).as_str(),
        "tally"
            | "poll"
            | "survey"
            | "calculation"
            | "calculations"
            | "analysis"
            | "investigation"
            | "report"
            | "reporter"
            | "correspondent"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "statement"
            | "filing"
            | "executive"
            | "executives"
            | "subsidiary"
            | "unit"
            | "engineer"
            | "engineers"
            | "employee"
            | "employees"
            | "staffer"
            | "analyst"
            | "analysts"
            | "economist"
            | "strategist"
            | "shareholder"
            | "shareholders"
            | "plant"
            | "factory"
    );
    let name = &c.parts[0];
    let whole = run_text(c.parts);
    let place = gazetteer::place(&whole).is_some()
        || known().contains_key(&whole.to_lowercase())
        || is_demonym(&name.to_lowercase());
    // "a Reuters tally", "the latest Novus poll", "a former Volvo Cars engineer":
    // an article, at most one word of time or order, then the name.
    let adjective = lexicon::is_in(BODY_NOUN_ADJECTIVES, &c.before(1));
    let article = c.before(if adjective { 2 } else { 1 });
    let article = if adjective {
        matches!(article.as_str(), "a" | "an" | "the" | "its" | "their")
    } else {
        matches!(article.as_str(), "a" | "an")
    };
    (article
        && noun
        && c.parts.len() <= 2
        && !c.parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
        && !place
        && !gazetteer::is_first_name(name))
    .then_some((EntityKind::Organization, false))
}

/// Words of time or order between an article and a body's name ("the latest
/// Novus poll", "a former Volvo Cars engineer").
const BODY_NOUN_ADJECTIVES: &[&str] = &[
    "annual", "former", "fresh", "internal", "latest", "new", "previous", "recent", "separate",
];

/// "the mayor of Osnabrück", "the governor of Kherson", "Ridgeway mayor Thomas
/// Okafor": an office held over a place.
fn office_of_a_place(c: &Cue) -> Option<(EntityKind, bool)> {
    let office = matches!(
        c.before(2).as_str(),
        "mayor"
            | "mayors"
            | "governor"
            | "governors"
            | "premier"
            | "prefect"
            | "bishop"
            | "archbishop"
            | "outskirts"
            | "streets"
            | "suburbs"
    );
    // "former Ridgeway mayor Thomas Okafor", "Ridgeway council president": a local
    // government's word in lower case after the name.
    let before_office = matches!(
        c.word(c.after).as_str(),
        "mayor" | "mayoral" | "council" | "councillor" | "councilor" | "councillors" | "councilors"
    ) && c.t.get(c.after).is_some_and(|x| !x.is_capitalized())
        // Not a word of the dictionary opening a sentence: "Opposition councillor …", "Incumbent mayor …".
        && !c.parts.iter().all(|x| gazetteer::is_common_word(&x.to_lowercase()));
    ((c.before(1) == "of" && office || before_office)
        && c.parts.len() <= 3
        && !c.parts.iter().any(|x| x.chars().all(char::is_uppercase)))
    .then_some((EntityKind::Place, true))
}

/// "Marseille, who finished second", "Chelsea, who had a bid rejected": a
/// city that "who" describes is a club or another body named for it (a
/// country stays a place: its national side is labelled as the country).
fn city_who(c: &Cue) -> Option<(EntityKind, bool)> {
    let who = c.t.get(c.after).is_some_and(|x| x.text == ",") && c.word(c.after + 1) == "who";
    // The subject of its clause ("a trader in Can Tho, who asked…" is the trader), and a big
    // city (a surname that names a town too, "Delgado, who voted…", is a person's).
    // Or what it does is a side's: "one point ahead of Liverpool, who drew 1-1 at Brentford",
    // "Manchester City, who host Aston Villa on Sunday".
    let subject = c.start == 0
        || c.t[c.start - 1].kind != Kind::Word
        || matches!(c.before(1).as_str(), "and" | "but" | "while")
        || plays_a_match(c, c.after + 2);
    let city = gazetteer::place(&run_text(c.parts))
        .is_some_and(|p| p.kind == PlaceKind::City && p.population >= 100_000)
        && !gazetteer::is_first_name(&c.parts[0]);
    (who && subject && city).then_some((EntityKind::Organization, true))
}

/// Does the verb at token `k` report a match ("drew 1-1", "host Aston
/// Villa", "beat Everton", "lost 2-0")? A result's verb counts only before a score.
fn plays_a_match(c: &Cue, k: usize) -> bool {
    let score = score_opens(c.t, k + 1);
    match c.word(k).as_str() {
        "drew" | "thrashed" | "edged" => true,
        // (Not "families in Glasgow, who host them".)
        "beat" | "face" | "faces" | "host" | "hosts" | "visit" | "visits" => {
            c.t.get(k + 1).is_some_and(Token::is_capitalized) || score
        }
        "won" | "lost" | "draw" | "lead" | "led" | "trail" | "trailed" => score,
        _ => false,
    }
}

/// "Leeds were relegated", "Chelsea have signed", "Lens are yet to reply": a
/// name in the singular with a verb in the plural is a side or a company in
/// British usage (a country keeps its kind: its national side is labelled as
/// the country; "the Philippines are" is a plural name).
fn plural_verb(c: &Cue) -> Option<(EntityKind, bool)> {
    let verb = matches!(c.word(c.after).as_str(), "have" | "were" | "are");
    // Not the tail of a list ("Leeds and Bradford are") nor a name after a preposition.
    let subject = (c.start == 0 || c.t[c.start - 1].kind != Kind::Word)
        && c.t.get(c.after).is_some_and(|x| x.kind == Kind::Word);
    let name = run_text(c.parts);
    // (Plural names are mostly countries': "the Philippines are"; "Leeds" is one city.)
    let singular = c.parts.len() <= 2
        && !is_demonym(&name.to_lowercase())
        && !(c.one_word() && gazetteer::is_common_word(&name.to_lowercase()))
        && !(c.one_word()
            && name.len() > 4
            && name.ends_with('s')
            && is_demonym(name.trim_end_matches('s').to_lowercase().as_str()));
    let person = c.parts.len() >= 2 && gazetteer::is_first_name(&c.parts[0]);
    (verb
        && subject
        && singular
        && !person
        && !nation_or_state(&name)
        && !lexicon::is_in(lexicon::NOT_NAMES, &name))
    .then_some((EntityKind::Organization, true))
}

/// "the Usher Hall had gone quiet", "at the Carnegie Hall": a hall after "the" is a building.
fn hall_after_the(c: &Cue) -> Option<(EntityKind, bool)> {
    (c.before(1) == "the" && c.parts.len() >= 2 && c.parts.last().is_some_and(|x| x == "Hall"))
        .then_some((EntityKind::Place, true))
}

/// "produced by Mer Film", "owned by Vantor": what makes, owns or sells a
/// thing is most often a company ("directed by", "written by" name people).
fn made_by(c: &Cue) -> Option<(EntityKind, bool)> {
    (c.before(1) == "by"
        && matches!(c.before(2).as_str(), "produced" | "distributed" | "published" | "owned" | "acquired" | "bought" | "operated" | "manufactured" | "developed" | "financed" | "sponsored" | "marketed" | "sold" | "built"
            // "car factories run by BYD", "a fund backed by Temasek".
            | "run" | "controlled" | "backed" | "funded" | "managed" | "designed" | "made" | "supplied")
        && !(c.parts.len() >= 2 && gazetteer::is_first_name(&c.parts[0])))
    .then_some((EntityKind::Organization, false))
}

/// "won the Golden Lion", "was awarded the Booker": a prize.
fn award_won(c: &Cue) -> Option<(EntityKind, bool)> {
    (c.before(1) == "the"
        && matches!(
            c.before(2).as_str(),
            "won"
                | "win"
                | "wins"
                | "winning"
                | "awarded"
                | "claimed"
                | "received"
                | "collected"
                | "scooped"
        ))
    .then_some((EntityKind::Other, false))
}

/// "South Korea's Song Kang-ho", "Ethiopia's Tigst Assefa": a person named
/// after their country in the possessive.
fn country_possessive_person(c: &Cue) -> Option<(EntityKind, bool)> {
    let prev = c.t.get(c.start.checked_sub(1)?)?;
    let country = possessive(prev.text).map(|w| {
        let mut k = c.start - 1;
        let mut name = w.to_string();
        while k >= 1 && c.t[k - 1].is_capitalized() && name.split(' ').count() < 3 {
            k -= 1;
            name = format!("{} {name}", c.t[k].text);
        }
        nation_or_state(&name) || nation_or_state(w)
    });
    (country == Some(true)
        && (2..=3).contains(&c.parts.len())
        && !not_a_person(c.parts)
        && !c
            .parts
            .iter()
            .any(|x| lexicon::ORG_SUFFIXES.contains(&Lower::of(&x).as_str())))
    .then_some((EntityKind::Person, false))
}

/// "at the Foro Italico", "on the Embankment": a name after a preposition
/// and "the", with nothing else said of it, is most often a place.
/// So is a name of two or more words that ends in a venue's word ("Lumen
/// Field", "Kal Tire Place") when no rule before read a person in it
/// (weak: "Salt Road" may be a film's title, as its cues then say).
fn venue(c: &Cue) -> Option<(EntityKind, bool)> {
    let head = venue_head(c.parts);
    let tail = c.parts.len() >= 2
        && c.parts.last().is_some_and(|w| {
            // "Thales Alenia Space": a company's word as often as a venue's.
            let w = Lower::of(w);
            w != "space" && lexicon::is_in(VENUE_TAILS, &w)
        });
    (head
        || tail
        || c.before(1) == "the"
            && matches!(
                c.before(2).as_str(),
                "at" | "on" | "in" | "near" | "outside" | "inside" | "across" | "along" | "around"
            )
            && !c
                .parts
                .iter()
                .any(|x| x.chars().all(|ch| ch.is_uppercase())))
    .then_some((EntityKind::Place, false))
}

/// Words that open the names of courts and grounds, in English and the
/// languages of Europe's big stadiums ("Court Philippe-Chatrier", "Stade de
/// France", "Estadio Azteca", "Stadio Olimpico").
const VENUE_HEADS: &[&str] = &[
    "court", "stade", "estadio", "estádio", "stadio", "stadion", "campo", "circuit", "circuito",
];

/// "Court Suzanne-Lenglen", "Stade Vélodrome": a venue's word, then a name
/// (not "Court of Appeal": a connector after it).
fn venue_head(parts: &[String]) -> bool {
    // "Stade de France", "Estádio do Maracanã": a particle between.
    let name = match parts.get(1).map(String::as_str) {
        Some("de" | "do" | "da" | "del" | "di" | "della" | "des" | "du" | "dos") => parts.get(2),
        _ => parts.get(1),
    };
    lexicon::is_in(VENUE_HEADS, &parts[0])
        && name.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Manchester City", "Norwich City": a British city's name and "City",
/// which the gazetteer knows as no place of its own, is a football club's
/// ("Mexico City", "Kansas City" and "Quezon City" are places of the table,
/// and the other countries' "Davao City" stays a place).
fn city_club(parts: &[String]) -> bool {
    parts.len() == 2
        && parts[1] == "City"
        // (Not the capital's: "London City" is its airport, "the City" its financial district.)
        && gazetteer::place(&parts[0]).is_some_and(|p| {
            p.kind == PlaceKind::City && p.country_str() == "GB" && p.population < 5_000_000
        })
        && gazetteer::place(&run_text(parts)).is_none()
}

/// A country, a known place, or a region with a population of its own (a US
/// state, a Canadian province): a side or an employer named so is the place.
/// The regions of the wider table ("Bayern" is Bavaria) do not count.
fn nation_or_state(name: &str) -> bool {
    gazetteer::place(name).is_some_and(|p| {
        p.kind == PlaceKind::Country || p.kind == PlaceKind::Region && p.population > 0
    }) || known()
        .get(&name.to_lowercase())
        .is_some_and(|k| k.kind == EntityKind::Place)
}

/// Roles a person holds in an organization, written between its name and
/// theirs ("Bayern coach Vincent Kompany", "Halvern chief executive Tom
/// Brannigan", "Westpac economist Luci Ellis").
const ORG_ROLES: &[&str] = &[
    "coach",
    "head coach",
    "manager",
    "boss",
    "captain",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "teammate",
    "team-mate",
    "team principal",
    "sporting director",
    "technical director",
    "driver",
    "chief executive",
    "chief executive officer",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "economist",
    "chief economist",
    "senior economist",
    "analyst",
    "strategist",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "executive",
    "managing director",
    "president",
    "vice president",
    "general counsel",
    "chief financial officer",
    "chief operating officer",
    "director",
    "owner",
    "player",
];

/// "Bayern coach Vincent Kompany", "McLaren teammate Lando Norris": a name,
/// a role in lower case, then a person's name: the first name is the
/// organization they work for. A country or region keeps its kind ("India
/// captain Shubman Gill" is the national side, labelled as the country).
fn employer_of(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.t
        .get(c.after)
        .is_none_or(|x| x.is_capitalized() || x.kind != Kind::Word)
    {
        return None;
    }
    let n = (1..=3).rev().find(|&n| {
        c.after + n < c.t.len()
            && (c.after..c.after + n).all(|k| c.t[k].kind == Kind::Word && !c.t[k].is_capitalized())
            && ORG_ROLES.contains(
                &(c.after..c.after + n)
                    .map(|k| c.word(k))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            )
    })?;
    let person =
        c.t.get(c.after + n)
            .is_some_and(|x| x.is_capitalized() && !lexicon::is_in(lexicon::NOT_NAMES, x.text));
    // "Chief executive Ruth Calloway": a title opening the sentence, not an employer.
    // ("Epic Games chief executive Tim Sweeney": two words are a name, not a title.)
    if title_at(c.parts, 0).is_some()
        || c.start == 0 && c.parts.len() == 1 && gazetteer::is_common_word(&c.parts[0])
    {
        return None;
    }
    let name = run_text(c.parts);
    let country = nation_or_state(&name);
    (person && !country && !is_demonym(&name.to_lowercase()))
        .then_some((EntityKind::Organization, true))
}

/// "Napoli beat Genoa 2-0", "they lost to Benfica", "held 1-1 by Atalanta":
/// a side in a match. A country stays a place (the national side is
/// labelled as the country), and a person's name stays a person's.
fn opponent(c: &Cue) -> Option<(EntityKind, bool)> {
    let b1 = c.before(1);
    let b2 = c.before(2);
    let verb = matches!(
        b1.as_str(),
        "beat"
            | "beats"
            | "defeated"
            | "thrashed"
            | "edged"
            | "routed"
            | "hammered"
            | "overcame"
            | "host"
            | "hosts"
            | "hosted"
            | "visit"
            | "visits"
    ) || matches!(
        (b2.as_str(), b1.as_str()),
        ("lost", "to")
            | ("losing", "to")
            | ("drew", "with")
            | ("draw", "with")
            | ("held", "by")
            | ("home", "by")
            | ("win", "over")
            | ("victory", "over")
            | ("defeat", "to")
            | ("penalties", "to")
    ) || b1 == "at"
        && score_before(c, c.start.saturating_sub(1))
        // (A ground or a town of the table is where, not whom: "2-0 at Wembley".)
        && gazetteer::place(&run_text(c.parts)).is_none();
    if !verb {
        return None;
    }
    let score = score_opens(c.t, c.after);
    let name = run_text(c.parts);
    let country = nation_or_state(&name);
    let city = gazetteer::place(&name).is_some_and(|p| p.kind == PlaceKind::City);
    // (Not a first name only the other languages' lists know before a common word: "Aston Villa".)
    let person = gazetteer::is_first_name(&c.parts[0])
        && c.parts.len() >= 2
        && !(gazetteer::first_name_tier(&c.parts[0]) != Some(1)
            && c.parts[1..]
                .iter()
                .all(|w| gazetteer::is_common_word(&w.to_lowercase())));
    (!country
        && !person
        && (score
            || city
            || c.parts.len() == 1 && !gazetteer::is_first_name(&c.parts[0])
            || c.parts.len() == 2 && gazetteer::place(&c.parts[0]).is_some())
        // "won 30-20 at Stade Ernest-Wallon": a ground.
        && !venue_head(c.parts))
    .then_some((EntityKind::Organization, city || score))
}

/// "drew 1-1 at Brentford", "won 3-0 at Leeds": a score ends just before token `k`.
fn score_before(c: &Cue, k: usize) -> bool {
    k >= 3 && score_opens(c.t, k - 3) && c.t[k - 1].kind == Kind::Num
}

/// Does a score ("3-1", "6–4") open at token `k`: a number, then a dash?
fn score_opens(t: &[Token], k: usize) -> bool {
    t.get(k).is_some_and(|x| x.kind == Kind::Num)
        && t.get(k + 1).is_some_and(|x| matches!(x.text, "-" | "–"))
}

/// "Former Leicester City manager", "joined from Fluminense", "four seasons
/// at Empoli", "their away game against Clermont": a name in football's
/// words is a club, even a city's name (not a country's or a state's: its
/// national side is reported under the country). Strong: it overrules the
/// gazetteer's city.
fn club(c: &Cue) -> Option<(EntityKind, bool)> {
    let next = c.word(c.after);
    let staff = matches!(
        next.as_str(),
        "manager"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "winger"
            | "captain"
            | "boss"
            | "fans"
            | "supporters"
            | "squad"
            | "academy"
    );
    // A transfer verb and a player's position a few words before ("signed Dutch
    // defender Jesse Kuipers from …"), not any verb ("signed the decree after
    // returning from Beijing").
    let transfer_verb = (2..=7).any(|n| {
        matches!(
            c.before(n).as_str(),
            "signed" | "signs" | "joined" | "joins" | "bought" | "sold" | "loaned" | "recalled"
        )
    }) && (2..=6).any(|n| lexicon::is_in(POSITIONS, &c.before(n)));
    // "Aston Villa signed Dutch defender Jesse Kuipers": a club signs or sends a player.
    let signs_player = matches!(
        next.as_str(),
        "signed" | "sold" | "sent" | "loaned" | "recalled"
    ) && (c.after + 1..(c.after + 6).min(c.t.len()))
        .any(|k| lexicon::is_in(POSITIONS, &c.word(k)));
    let moved = signs_player
        || matches!(c.before(1).as_str(), "to" | "from") && transfer_verb
        // "sent Tyrese Hall on loan to Everton" (not "a $500m loan to Detroit").
        || c.before(1) == "to" && c.before(2) == "loan" && c.before(3) == "on"
        || matches!(
            (c.before(2).as_str(), c.before(1).as_str()),
            ("joined", "from")
                | ("signed", "from")
                | ("loan", "from")
            | ("loan", "at")
                | ("spell", "at")
                | ("seasons", "at")
                | ("season", "at")
                | ("game", "against")
                | ("match", "against")
                | ("tie", "against")
                | ("fixture", "against")
                | ("clash", "against")
        )
        // "who plays for Sevilla"; "the Dane riding for Bravex-Arden": a rider's team is named
        // with several words or a hyphen ("riding for Vingegaard" works for a leader).
        || c.before(1) == "for" && matches!(c.before(2).as_str(), "plays" | "playing" | "played")
        || c.before(1) == "for"
            && matches!(
                c.before(2).as_str(),
                "riding" | "rides" | "rode" | "racing" | "races" | "raced"
            )
            && (c.parts.len() >= 2 || c.parts[0].contains('-'))
        || c.before(1) == "for"
            && matches!(
                c.before(2).as_str(),
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
                    | "ninth"
                    | "tenth"
                    | "fastest"
                    | "pole"
            );
    if !staff && !moved {
        return None;
    }
    let name = run_text(c.parts);
    let person = c.parts.len() >= 2 && full_name_ends(c.parts, c.parts.len() - 2);
    (!nation_or_state(&name) && !person && !is_demonym(&name.to_lowercase()))
        .then_some((EntityKind::Organization, true))
}

/// A player's position on the field, named when a club signs or sends one.
const POSITIONS: &[&str] = &[
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "full-back",
    "centre-back",
    "center-back",
    "playmaker",
    "fullback",
    "keeper",
];

/// "a spokesman for Kaiser Permanente": a body speaks through its spokespeople (a person's
/// name, an English first name first, and a country keep their kinds).
fn spokesperson_for(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.before(1) != "for"
        || !matches!(
            c.before(2).as_str(),
            "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "spokespeople"
                | "representative"
                | "representatives"
        )
    {
        return None;
    }
    let person = c.parts.len() >= 2 && gazetteer::first_name_tier(&c.parts[0]) == Some(1);
    (!person && !nation_or_state(&run_text(c.parts))).then_some((EntityKind::Organization, true))
}

/// Roles before "at" that name a workplace ("an analyst at Peel Hunt",
/// "head of commodity strategy at Saxo Bank", "a senior fellow at …").
const ROLES_AT: &[&str] = &[
    "analyst",
    "economist",
    "strategist",
    "professor",
    "lecturer",
    "researcher",
    "fellow",
    "scientist",
    "director",
    "head",
    "chief",
    "executive",
    "partner",
    "manager",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "adviser",
    "advisor",
    "attorney",
    "lawyer",
    "engineer",
    "consultant",
    "trader",
    "banker",
    "officer",
    "editor",
    "reporter",
    "correspondent",
    "dean",
    "chair",
    "chairman",
    "president",
    "physician",
    "doctor",
    "surgeon",
    "cardiologist",
    "specialist",
    "expert",
    "associate",
    "student",
    "official",
    "worker",
    "employee",
    "researchers",
    "analysts",
    "economists",
    "strategy",
    "research",
    // People of an institution: "students at Harvard", "doctors at the Royal Marsden".
    "students",
    "staff",
    "doctors",
    "nurses",
    "scientists",
    "physicians",
    "surgeons",
    "professors",
    "lecturers",
    "employees",
    "workers",
    "engineers",
];

/// "an analyst at Peel Hunt", "who works at Nedbank", "worked for
/// Deliveroo": a person's workplace.
fn works_at(c: &Cue) -> Option<(EntityKind, bool)> {
    let b1 = c.before(1);
    if b1 == "for"
        && matches!(
            c.before(2).as_str(),
            "worked" | "works" | "working" | "work"
        )
    {
        return Some((EntityKind::Organization, false));
    }
    if let Some(k) = spokesperson_for(c) {
        return Some(k);
    }
    if b1 != "at" || c.start < 2 {
        return None;
    }
    // ("Students at Harvard": the role may open the sentence.)
    let role = (c.start.saturating_sub(6)..c.start - 1)
        .rev()
        .take_while(|&k| c.t[k].kind == Kind::Word)
        .any(|k| lexicon::is_in(ROLES_AT, c.t[k].text) && (k == 0 || !c.t[k].is_capitalized()));
    let name = run_text(c.parts);
    // "staff at Brussels-Midi station": a place's noun after the name says where, not who employs.
    let place = nation_or_state(&name) || noun_after(c).is_some_and(|k| k.0 == EntityKind::Place);
    (role && !place).then_some((EntityKind::Organization, true))
}

/// Lower-case nouns after a name that say what it is: "the Cadence
/// consortium", "Nusa Tenggara Timur province", "the Renacimiento
/// neighborhood", "Brent crude", "its Eva Copper project", "the Kusasalethu
/// mine".
fn noun_after(c: &Cue) -> Option<(EntityKind, bool)> {
    let next =
        c.t.get(c.after)
            .filter(|x| x.kind == Kind::Word && !x.is_capitalized())?;
    let w = next.lc();
    const PLACES: &[&str] = &[
        "province",
        "state",
        "county",
        "district",
        "region",
        "prefecture",
        "ward",
        "canton",
        "parish",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "municipality",
        "city",
        "town",
        "village",
        "island",
        "borough",
        "township",
        "governorate",
        "oblast",
        "valley",
        "river",
        "basin",
        "delta",
        "coast",
        "peninsula",
        "lake",
        "bay",
        "mountains",
        "hills",
        "forest",
        "desert",
        "mine",
        "mines",
        "operations",
        "oilfield",
        "gasfield",
        "massif",
        "field",
        "deposit",
        "shaft",
        // Waterfronts, ice and stations: "the Katendrecht docks", "the Forni glacier", "at Brussels-Midi station".
        "docks",
        "dock",
        "harbour",
        "harbor",
        "quay",
        "quays",
        "wharf",
        "waterfront",
        "marina",
        "beach",
        "estuary",
        "canal",
        "glacier",
        "icefield",
        "station",
        "terminal",
        // "Rome's Fiumicino airport", "the Rotterdam port".
        "airport",
        "airfield",
        "port",
    ];
    // Works on the land, after "the" only ("the Mata Velha dam"; not "a Hamas tunnel",
    // "a Goldman Sachs bridge loan").
    const WORKS: &[&str] = &["dam", "reservoir", "bridge", "tunnel"];
    const THINGS: &[&str] = &[
        "crude",
        "blend",
        "futures",
        "project",
        "projects",
        "programme",
        "program",
        "initiative",
        "scheme",
        "plan",
    ];
    const ORGS: &[&str] = &[
        "agents",
        "officers",
        "staff",
        "employees",
        "workers",
        "executives",
        "shareholders",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "consortium",
        "company",
        "group",
        "airline",
        "carrier",
        "bank",
        "lender",
        "insurer",
        "carmaker",
        "automaker",
        "retailer",
        "chain",
        "firm",
        "conglomerate",
        "club",
        "party",
        "coalition",
        "alliance",
        "union",
        "agency",
    ];
    let det = matches!(
        c.before(1).as_str(),
        "the" | "its" | "their" | "a" | "an" | "his" | "her" | "our"
    );
    let name = run_text(c.parts);
    let place = || {
        gazetteer::place(&name).is_some()
            || known()
                .get(&name.to_lowercase())
                .is_some_and(|k| k.kind == EntityKind::Place)
    };
    if PLACES.contains(&w.as_str()) {
        // "the state capital": not "Queensland state government" read twice; a mine's name, a region's.
        return Some((EntityKind::Place, true));
    }
    if WORKS.contains(&w.as_str())
        && c.before(1) == "the"
        && gazetteer::company(&name).is_none()
        && !matches!(c.word(c.after + 1).as_str(), "loan" | "loans" | "financing")
    {
        return Some((EntityKind::Place, true));
    }
    if THINGS.contains(&w.as_str()) && (det || matches!(w.as_str(), "crude" | "blend" | "futures"))
    {
        return Some((EntityKind::Other, true));
    }
    // "the administration-backed Alyansa … coalition": these need no article before the name;
    // nor do a body's people ("Border Patrol agents", "Tesco staff"), unless the name is a place's.
    let people = matches!(
        w.as_str(),
        "agents"
            | "officers"
            | "staff"
            | "employees"
            | "workers"
            | "executives"
            | "shareholders"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    );
    // ("Dock workers", "Rescue workers" opening a sentence are no names.)
    let ordinary = c.one_word() && gazetteer::is_common_word(&c.parts[0].to_lowercase());
    if people && ordinary {
        return None;
    }
    let clear = matches!(
        w.as_str(),
        "consortium" | "coalition" | "alliance" | "conglomerate"
    ) || people;
    if ORGS.contains(&w.as_str()) && (det || clear) && !place() && !is_demonym(&name.to_lowercase())
    {
        return Some((EntityKind::Organization, true));
    }
    // "the Qilin ransomware group", "the Conti ransomware gang": one word of what it does between.
    let then =
        c.t.get(c.after + 1)
            .filter(|x| x.kind == Kind::Word && !x.is_capitalized())
            .map(|x| x.lc());
    // (Not "the Nimitz aircraft carrier", "the Andes mountain chain".)
    let between = c.word(c.after);
    let thing_between = matches!(
        between.as_str(),
        "aircraft" | "bulk" | "container" | "mountain" | "supply" | "food" | "value" | "island"
    );
    if det
        && !thing_between
        && then.is_some_and(|x| {
            matches!(
                x.as_str(),
                "group"
                    | "gang"
                    | "cartel"
                    | "network"
                    | "company"
                    | "firm"
                    | "consortium"
                    // "the Don Quijote discount chain", "the Ryanair budget airline".
                    | "chain"
                    | "retailer"
                    | "airline"
                    | "carrier"
                    | "lender"
            )
        })
        && !place()
        && !is_demonym(&name.to_lowercase())
    {
        return Some((EntityKind::Organization, false));
    }
    None
}

/// "Toyota", "Apple": a listed company whose name is also a place or a
/// common word, read weakly (after "in" or "near" the place wins, and at the
/// start of a sentence the word).
fn listed_company(c: &Cue) -> Option<(EntityKind, bool)> {
    let co = gazetteer::company(&run_text(c.parts))?;
    // "Declan Foley, 51, of Blackrock,": where a person lives, whatever company shares the name;
    // "across the Amazon", "in the Amazon.": after "the" and before no noun
    // it names, a company's name is something else's ("the Tesla factory" is the company's).
    let modifies = c.modifies_a_noun();
    (residence_of(c).is_none()
        && (c.start > 0 || !co.common_word)
        && (c.before(1) != "the" || modifies))
        .then_some((EntityKind::Organization, false))
}

/// "Harmony Gold", "MAC Copper", "Northern Star Resources": a name ending
/// in a metal or commodity is a company's (a project's when a thing word follows).
fn commodity_company(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.parts.last()?.to_lowercase();
    let commodity = lexicon::element(&last).is_some()
        || matches!(
            last.as_str(),
            "coal" | "steel" | "oil" | "gas" | "cement" | "sugar" | "timber"
        );
    (c.parts.len() >= 2 && commodity && !lexicon::is_in(PLACE_OPENERS, &c.parts[0]))
        .then_some((EntityKind::Organization, false))
}

/// "Chapais, about 45 kilometres to the west, was emptied", "Roberval, some
/// 230 km south of the fire": a name, then between commas how far away it
/// lies, is a place.
fn distance_away(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.t.get(c.after).is_none_or(|x| x.text != ",") {
        return None;
    }
    let mut k = c.after + 1;
    if matches!(
        c.word(k).as_str(),
        "about" | "some" | "roughly" | "around" | "nearly" | "almost" | "just" | "only" | "barely"
    ) {
        k += 1;
    }
    let number = c.t.get(k).is_some_and(|x| x.kind == Kind::Num)
        || lexicon::number_word(&c.word(k)).is_some();
    let unit = matches!(
        c.word(k + 1).as_str(),
        "kilometres" | "kilometers" | "km" | "miles" | "mi" | "metres" | "meters"
    );
    // ("3 kilometres from the summit" says where someone is, not a place.)
    let d = c.word(k + 2);
    let direction = compass_point(&d)
        || d == "to" && c.word(k + 3) == "the" && compass_point(&c.word(k + 4))
        || matches!(
            d.as_str(),
            "away" | "upstream" | "downstream" | "inland" | "offshore"
        );
    (number && unit && direction).then_some((EntityKind::Place, true))
}

/// A point of the compass of [`DIRECTIONS`] ("north", "south-west"), not its
/// adjective ("northern") nor "central".
fn compass_point(w: &str) -> bool {
    lexicon::is_in(DIRECTIONS, w) && !w.ends_with("ern") && w != "central"
}

/// "north of the St. Lawrence", "20 km west of Kharkiv": what lies in a
/// direction of a name is a place.
fn direction_of(c: &Cue) -> Option<(EntityKind, bool)> {
    let k = if c.before(1) == "the" { 2 } else { 1 };
    let w = c.before(k + 1);
    (c.before(k) == "of" && compass_point(&w)).then_some((EntityKind::Place, true))
}

/// "southern Cagayan", "in central Luzon", "eastern Kivu": a name after a
/// compass adjective written in lower case is a region or a town (not "northern
/// Italian farmers": a demonym describes; nor "the northern Tarvena plant":
/// a name before a noun).
fn compass_region(c: &Cue) -> Option<(EntityKind, bool)> {
    let adjective = c.start >= 1 && {
        let w = &c.t[c.start - 1];
        let l = w.lc();
        w.text.chars().next().is_some_and(char::is_lowercase)
            && lexicon::is_in(DIRECTIONS, &l)
            && (l.ends_with("ern") || l == "central")
    };
    let describes = is_demonym(&Lower::of(&c.parts[0])) || c.modifies_a_noun();
    // (A common word alone is left to other evidence: "the southern Interior" of one province
    // is no "Interior Minister" elsewhere.)
    let common = c.one_word() && gazetteer::is_common_word(&Lower::of(&c.parts[0]));
    (adjective && !describes && !common && c.parts.len() <= 3).then_some((EntityKind::Place, true))
}

/// "Jordan Whitcombe, of Harehills,", "Tyler Oduya, 19, of Gipton": where
/// a person named just before lives (British style).
fn residence_of(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.before(1) != "of" || c.before(2) != "," || c.start < 3 {
        return None;
    }
    let k = c.start - 3;
    let age = c.t[k].kind == Kind::Num && k >= 1 && c.t[k - 1].text == ",";
    let person = age || c.t[k].is_capitalized();
    let ends =
        c.t.get(c.after)
            .is_none_or(|x| matches!(x.text, "," | "." | ";"));
    (person && ends && c.parts.len() <= 3).then_some((EntityKind::Place, false))
}

/// Events a name can be: "Havenlicht, the harbour festival that…".
const EVENT_NOUNS: &[&str] = &[
    "festival",
    "tournament",
    "championship",
    "race",
    "marathon",
    "regatta",
    "fair",
    "expo",
    "exhibition",
    "conference",
    "summit",
    "ceremony",
    "carnival",
    "parade",
    "competition",
    "contest",
    "rally",
    "biennale",
    "gala",
];

/// Works of music, film and writing: nouns that name what a title is.
const WORKS: &[&str] = &[
    "song",
    "songs",
    "single",
    "track",
    "album",
    "ep",
    "record",
    "ballad",
    "anthem",
    "hit",
    "film",
    "movie",
    "documentary",
    "novel",
    "book",
    "memoir",
    "play",
    "musical",
    "opera",
    "poem",
    "painting",
    "podcast",
    "sequel",
    "debut",
];

/// "her second album, Glass Orchard,", "a surprise version of Zomerkind", "a cover of Jolene":
/// a title set after the noun of a work, or after what is made of one.
fn work_title(c: &Cue) -> Option<(EntityKind, bool)> {
    // "album, Glass Orchard": the work's noun, a comma, then its title (not "the film, Jane Doe said").
    let named = c.before(1) == ","
        && lexicon::is_in(WORKS, &c.before(2))
        && !c
            .t
            .get(c.after)
            .is_some_and(|x| lexicon::SPEECH_VERBS.contains(&x.lc().as_str()));
    let made_of = c.before(1) == "of"
        && matches!(
            c.before(2).as_str(),
            "version"
                | "cover"
                | "remix"
                | "rendition"
                | "performance"
                | "recording"
                | "reworking"
                | "adaptation"
                | "screening"
        );
    let person = c.parts.len() >= 2 && gazetteer::first_name_tier(&c.parts[0]) == Some(1);
    ((named || made_of) && !person && !nation_or_state(&run_text(c.parts)))
        .then_some((EntityKind::Other, named))
}

/// "the Conservatives", "the Liberal Democrats", "the Cronulla Sharks": a
/// name after "the" that ends in a plural of a common word is a party, a
/// side or a band (a country's people, a range of hills or an event keep
/// their kinds: "the Dolomites", "the Games").
fn plural_name(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.parts.last()?;
    let l = last.to_lowercase();
    let singular = l.strip_suffix("ies").map(|x| format!("{x}y")).or_else(|| {
        l.strip_suffix('s')
            .filter(|x| !x.ends_with('s'))
            .map(str::to_string)
    })?;
    let suffix = |w: &str| {
        lexicon::PLACE_SUFFIXES.contains(&w)
            || lexicon::THING_SUFFIXES.contains(&w)
            || lexicon::EVENT_SUFFIXES.contains(&w)
            || lexicon::ORG_SUFFIXES.contains(&w)
    };
    let common = gazetteer::is_common_word(&singular) || gazetteer::is_common_word(&l);
    let name = run_text(c.parts);
    let people = is_demonym(&singular) || is_demonym(&l) || is_demonym(l.trim_end_matches("es"));
    let place = gazetteer::place(&name).is_some() || known().contains_key(&name.to_lowercase());
    (c.before(1) == "the"
        && c.parts.len() <= 3
        && last.chars().next().is_some_and(char::is_uppercase)
        && common
        && !suffix(&l)
        && !suffix(&singular)
        && !people
        && !place)
        .then_some((EntityKind::Organization, false))
}

/// "the Labour-run authority", "a Tory-led council", "the Hamas-run health
/// ministry": what runs a government or a council is a party or another body
/// (a country, a region or its people keep their kinds: "the US-led coalition").
fn party_run(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.t.get(c.after.checked_sub(1)?)?;
    let tail = last
        .text
        .rsplit_once('-')
        .map(|(_, t)| t.to_lowercase())
        .unwrap_or_default();
    let governs = matches!(tail.as_str(), "run" | "led" | "controlled" | "dominated");
    let body = (c.after..(c.after + 3).min(c.t.len()))
        .take_while(|&k| c.t[k].kind == Kind::Word && !c.t[k].is_capitalized())
        .any(|k| {
            matches!(
                c.word(k).as_str(),
                "council"
                    | "councils"
                    | "authority"
                    | "authorities"
                    | "government"
                    | "administration"
                    | "coalition"
                    | "assembly"
                    | "executive"
                    | "cabinet"
                    | "ministry"
                    | "borough"
                    | "county"
                    | "city"
                    | "region"
                    | "legislature"
                    | "parliament"
                    | "senate"
                    | "house"
                    | "chamber"
            )
        });
    let name = run_text(c.parts);
    let place = gazetteer::place(&name).is_some()
        || known().contains_key(&name.to_lowercase())
        || is_demonym(&name.to_lowercase());
    (governs && body && !place).then_some((EntityKind::Organization, false))
}

/// "a former head teacher from Morriston", "the 24-year-old from Leeds": where a person is from.
fn hometown(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.before(1) != "from" || c.parts.len() > 3 {
        return None;
    }
    let who = c.before(2);
    // ("The 24-year-old": however the age is cut into tokens.)
    let year_old = who.ends_with("old") && (2..=5).any(|n| c.before(n).contains("year"));
    let person = year_old
        || matches!(
            who.as_str(),
            "man"
                | "woman"
                | "men"
                | "women"
                | "boy"
                | "girl"
                | "teenager"
                | "child"
                | "family"
                | "families"
                | "couple"
                | "resident"
                | "residents"
                | "teacher"
                | "nurse"
                | "doctor"
                | "farmer"
                | "farmers"
                | "worker"
                | "workers"
                | "student"
                | "students"
                | "mother"
                | "father"
                | "pensioner"
                | "grandmother"
                | "grandfather"
                | "native"
                | "people"
                | "fans"
                | "voters"
                | "singer"
                | "rapper"
                | "artist"
        );
    let company = gazetteer::company(&run_text(c.parts)).is_some_and(|co| !co.common_word);
    (person && !company).then_some((EntityKind::Place, false))
}

/// "Shawville's Pontiac Hospital", "Toronto's Pearson Airport": a one-word
/// name in the possessive before an institution or a ground named in full is
/// the town it stands in.
fn place_of_an_institution(c: &Cue) -> Option<(EntityKind, bool)> {
    let poss =
        c.t.get(c.after.checked_sub(1)?)
            .is_some_and(|x| possessive(x.text).is_some());
    if !poss || !c.one_word() {
        return None;
    }
    let name_after = (c.after..(c.after + 4).min(c.t.len()))
        .take_while(|&k| c.t[k].kind == Kind::Word && c.t[k].is_capitalized())
        .last()?;
    let head = c.t[name_after].lc();
    let institution = matches!(
        head.as_str(),
        "hospital"
            | "infirmary"
            | "university"
            | "college"
            | "airport"
            | "stadium"
            | "arena"
            | "museum"
            | "cathedral"
            | "station"
            | "port"
            | "harbour"
            | "harbor"
            | "library"
            | "zoo"
            | "prison"
            | "park"
    );
    (institution && name_after > c.after && gazetteer::company(&c.parts[0]).is_none())
        .then_some((EntityKind::Place, false))
}

/// "the Yorkshire-based chain", "a Lagos-born artist": a place before "-based".
fn based_in(c: &Cue) -> Option<(EntityKind, bool)> {
    let last = c.t.get(c.after.checked_sub(1)?)?;
    let tail = last
        .text
        .rsplit_once('-')
        .map(|(_, t)| t.to_lowercase())
        .unwrap_or_default();
    matches!(tail.as_str(), "based" | "born" | "headquartered" | "bred")
        .then_some((EntityKind::Place, true))
}

/// "Owain Pritchard of Ineos Grenadiers", "Ana Ruiz of Brightline
/// Partners": after a person's full name (a listed first name, then a
/// capitalized word; or two unlisted words when ", who" or speech follows;
/// a demonym may come before it) and "of", a name that is no place (of the gazetteer or
/// by its last word, "Tarvena Bay") is the body the person belongs to (weak).
fn affiliation(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.before(1) != "of" || c.start < 3 {
        return None;
    }
    let (first, last) = (&c.t[c.start - 3], &c.t[c.start - 2]);
    let full_name = first.is_capitalized()
        && last.is_capitalized()
        && (gazetteer::first_name_tier(first.text).is_some()
            && !gazetteer::is_common_word(&last.lc())
            // "Wanjiru Kamau of Power Shift Africa, who …": see `speaker_of_a_body`.
            || unlisted_word(first.text) && unlisted_word(last.text) && who_or_said(c.t, c.after))
        // ("Spaniard Iker Arrieta of Team Nordvik-Helio": a demonym may come before the name.)
        && (c.start < 4
            || !c.t[c.start - 4].is_capitalized()
            || is_demonym(&c.t[c.start - 4].lc()));
    let place = gazetteer::place(&run_text(c.parts)).is_some()
        || c.parts
            .last()
            .is_some_and(|w| lexicon::PLACE_SUFFIXES.contains(&Lower::of(w).as_str()))
        || nation_or_state(&run_text(c.parts));
    if !full_name || place {
        return None;
    }
    Some((EntityKind::Organization, false))
}

/// "The developer, Northgate Homes, will pay", "its advertising business,
/// Strata Ads, and": a body's noun after a determiner, a comma, then the name
/// closed by a comma or the sentence's end: the name is that body's.
fn noun_then_name(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.before(1) != "," || c.start < 3 || c.t[c.start - 2].is_capitalized() {
        return None;
    }
    // Only a noun that is a body's ("His rival, Sinner, won": no): the definite
    // noun before the comma may also be a trade's ("The developer, Northgate Homes,").
    let noun = c.before(2);
    if !lexicon::is_in(BODY_ONLY, &noun)
        && !matches!(
            noun.as_str(),
            "developer"
                | "business"
                | "operator"
                | "broadcaster"
                | "publisher"
                | "supplier"
                | "manufacturer"
                | "producer"
        )
    {
        return None;
    }
    // "Before joining the bank, Patel, 45, ran …": a clause opening the sentence.
    let opener = c.t[..c.start]
        .iter()
        .rposition(|x| matches!(x.text, "." | "!" | "?"))
        .map_or(0, |k| k + 1);
    if c.t.get(opener).is_some_and(|x| {
        matches!(
            x.lc().as_str(),
            "before" | "after" | "when" | "while" | "since" | "despite" | "until" | "if" | "as"
        )
    }) || gazetteer::place(&run_text(c.parts)).is_some()
        || nation_or_state(&run_text(c.parts))
    {
        return None;
    }
    let det = (3..=5).any(|n| {
        let w = c.before(n);
        matches!(w.as_str(), "the" | "its" | "their" | "his" | "her" | "our")
            || w.ends_with("'s")
            || w.ends_with("’s")
    });
    let closed =
        c.t.get(c.after)
            .is_none_or(|x| matches!(x.text, "," | "." | ";" | "!" | "?"));
    let person = c.parts.len() >= 2
        && gazetteer::first_name_tier(&c.parts[0]) == Some(1)
        && !not_a_person(c.parts);
    (det && closed && !person).then_some((EntityKind::Organization, true))
}

/// Roles held in a body, before "of" and its name ([`role_of`]).
const ROLES_OF: &[&str] = &[
    "president",
    "vice-president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "leader",
    "member",
    "members",
    "owner",
    "owners",
    "secretary-general",
    "treasurer",
    "secretary",
    "ceo",
    "executive",
    "chief",
    "head",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// "Lucie Garnier, president of Jeunes Agriculteurs", "the chief executive
/// of Halvern": after a role held in a body ([`ROLES_OF`]) and
/// "of" (or "of the"), a name that is no place and no person's is the body (weak).
fn role_of(c: &Cue) -> Option<(EntityKind, bool)> {
    let the = usize::from(c.before(1) == "the");
    if c.before(1 + the) != "of" {
        return None;
    }
    let role = c.before(2 + the);
    if !lexicon::is_in(ROLES_OF, &role) {
        return None;
    }
    let place = gazetteer::place(&run_text(c.parts)).is_some()
        || c.parts
            .last()
            .is_some_and(|w| lexicon::PLACE_SUFFIXES.contains(&Lower::of(w).as_str()))
        || nation_or_state(&run_text(c.parts));
    let person = c.parts.len() >= 2 && gazetteer::first_name_tier(&c.parts[0]).is_some();
    (!place
        && !person
        && !c
            .parts
            .iter()
            .all(|w| gazetteer::is_common_word(&w.to_lowercase())))
    .then_some((EntityKind::Organization, false))
}

/// "The combined company, to be called Nordhavn Alveron,", "the new group
/// will be named Tessera": a body's new name, after "called", "named" or
/// "renamed" and a body's noun shortly before (weak).
fn named_as_new(c: &Cue) -> Option<(EntityKind, bool)> {
    // "to be called", "will be named", "renamed" (not "named Olsen as chief executive",
    // "called Reeves's plan reckless").
    let naming = matches!(c.before(1).as_str(), "called" | "named")
        && matches!(c.before(2).as_str(), "be" | "been")
        || c.before(1) == "renamed";
    let possessive =
        c.t.get(c.after.wrapping_sub(1))
            .is_some_and(|x| x.text.ends_with("'s") || x.text.ends_with("’s"));
    if !naming || c.word(c.after) == "as" || possessive {
        return None;
    }
    let body = (2..=8).any(|n| {
        matches!(
            c.before(n).as_str(),
            "company"
                | "group"
                | "entity"
                | "business"
                | "firm"
                | "bank"
                | "airline"
                | "carrier"
                | "lender"
                | "insurer"
        )
    });
    let person = gazetteer::first_name_tier(&c.parts[0]).is_some();
    (body && !person).then_some((EntityKind::Organization, false))
}

/// "Yashasvi Jaiswal", "Tigst Assefa": two or three capitalized words that
/// are no common English words, places or organization words: most often a
/// person whose first name the lists lack (weak: the corpus may say otherwise).
fn person_shape(c: &Cue) -> Option<(EntityKind, bool)> {
    // "Guadalupe Ramírez": a first name (a big place's too) and a Spanish patronymic.
    let spanish =
        c.parts.len() == 2 && gazetteer::is_first_name(&c.parts[0]) && patronymic(&c.parts[1]);
    // ("Kuria Njoroge, who chairs …": a place's name may open a name that "who" describes,
    // before a surname no list knows.)
    let who = c.parts.len() == 2
        && c.t.get(c.after).is_some_and(|x| x.text == ",")
        && c.word(c.after + 1) == "who"
        && unlisted_word(&c.parts[1]);
    if !(2..=3).contains(&c.parts.len()) || not_a_person(c.parts) && !spanish && !who {
        return None;
    }
    // "Médecins Sans Frontières (MSF)": people are not given acronyms; "Tottenham Hotspur": a place first;
    // "the Foro Italico": no article before a person's name.
    // "the former ironworks at Dolní Vítkovice in Ostrava": a site, not a person, after "at" or
    // "in" and before "in" (not "a swipe at Volodymyr Zelensky").
    let site = matches!(
        c.before(1).as_str(),
        "at" | "in" | "near" | "inside" | "outside"
    ) && c.word(c.after) == "in";
    if c.t.get(c.after).is_some_and(|x| x.text == "(")
        || gazetteer::place(&c.parts[0]).is_some() && !gazetteer::is_first_name(&c.parts[0]) && !who
        || c.before(1) == "the"
        || site
        || c.thing_by_which()
    {
        return None;
    }
    // "Song Kang-ho", "Lee Min-ho": a family name, then a hyphenated given name.
    let east_asian = c.parts.len() == 2
        && c.parts[1].split_once('-').is_some_and(|(a, b)| {
            a.chars().count() <= 5 && b.chars().all(char::is_lowercase) && b.chars().count() <= 4
        })
        && c.parts[0].chars().count() <= 5;
    if east_asian || spanish {
        return Some((EntityKind::Person, false));
    }
    let n = c.parts.len();
    let ok = c.parts.iter().enumerate().all(|(k, w)| {
        let l = w.to_lowercase();
        let mut ch = w.chars();
        // "Nguyen Van Phuc": a particle between two words of the name.
        k > 0 && k + 1 < n && name_particle(w)
            || ch.next().is_some_and(char::is_uppercase)
                && ch
                    .clone()
                    .all(|x| x.is_lowercase() || x == '-' || x == '\'')
                && w.chars().count() >= 2
                && !gazetteer::is_common_word(&l)
                && !CONNECTORS.contains(&l.as_str())
                && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
                && (k == 0 && who
                    || gazetteer::place(w)
                        .is_none_or(|p| p.population < 100_000 && p.kind == PlaceKind::City))
    });
    (ok && gazetteer::place(&run_text(c.parts)).is_none()).then_some((EntityKind::Person, false))
}

/// "its next iPhone": a brand word written with a lower-case first letter names a product.
fn brand_word(c: &Cue) -> Option<(EntityKind, bool)> {
    (c.one_word() && c.t.get(c.start).is_some_and(inner_brand))
        .then_some((EntityKind::Other, false))
}

/// Nouns that say a name is a place when they follow it or describe it.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "suburb",
    "village",
    "state",
    "region",
    "province",
    "country",
    "island",
    "district",
    "capital",
    "port",
    "county",
    "mine",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "area",
    "resort",
    "enclave",
    "ward",
    "prefecture",
    "canton",
    "borough",
    "parish",
    "township",
    "oblast",
    "governorate",
    "commune",
    "territory",
];

/// "Tesco, Britain's biggest supermarket,", "Neutron, a reusable rocket",
/// "Uruapan, a city in…": what a name is, said right after it.
fn apposition(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.t.get(c.after).is_none_or(|x| x.text != ",") {
        return None;
    }
    // "According to Abenov, the team spent …": the comma ends the lead-in and the clause
    // follows, unless a second comma closes a description ("According to Kpler, a data firm, …").
    if cue_before(c.t, c.start, &["according to"])
        && !c.t[c.after + 1..]
            .iter()
            .take(8)
            .take_while(|x| x.kind == Kind::Word || x.text == ",")
            .any(|x| x.text == ",")
    {
        return None;
    }
    let first = c.t.get(c.after + 1)?;
    let poss = |x: &Token| x.text.ends_with("'s") || x.text.ends_with("’s");
    let det = matches!(
        first.lc().as_str(),
        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
    ) || poss(first);
    // "Northlight Images, one of the largest stock-photo agencies,": what it is one of.
    let one_of = first.lc() == "one" && c.word(c.after + 2) == "of";
    // "Harmony Gold, South Africa's largest gold producer,": a name in the possessive first.
    let named = first.is_capitalized()
        && (c.after + 1..(c.after + 4).min(c.t.len()))
            .take_while(|&k| c.t[k].is_capitalized())
            .any(|k| poss(&c.t[k]));
    if !det && !named && !one_of {
        return None;
    }
    let from = if one_of {
        c.after + 3 + usize::from(c.word(c.after + 3) == "the")
    } else if named {
        (c.after + 1..c.t.len())
            .find(|&k| poss(&c.t[k]))
            .map_or(c.after + 2, |k| k + 1)
    } else {
        c.after + 2
    };
    // "…in Hsinchu, the election commission said": a speaker after the comma, not an apposition.
    if (from..(from + 5).min(c.t.len()))
        .take_while(|&k| c.t[k].kind == Kind::Word)
        .any(|k| lexicon::SPEECH_VERBS.contains(&c.word(k).as_str()))
    {
        return None;
    }
    // A head noun: a word of a cue list.
    let cue = |w: &str| {
        lexicon::is_in(lexicon::THING_CUES, w)
            || lexicon::is_in(WORKS, w)
            || lexicon::is_in(EVENT_NOUNS, w)
            || lexicon::is_in(lexicon::ORG_CUES, w)
            || lexicon::ORG_SUFFIXES.contains(&w)
            || PLACE_NOUNS.contains(&w)
    };
    // "Aoife Mulcahy, an economist at Trinity College", "Mark Lemley, a Stanford Law School
    // professor who…": a person's job, not what the name is (the words up to "who", "at", "of").
    let job = (from..(from + 6).min(c.t.len()))
        .take_while(|&k| {
            c.t[k].kind == Kind::Word
                && !matches!(
                    c.word(k).as_str(),
                    "who"
                        | "whose"
                        | "that"
                        | "which"
                        | "at"
                        | "of"
                        | "in"
                        | "for"
                        | "with"
                        | "and"
                )
        })
        .any(|k| {
            let w = c.t[k].lc();
            // "a private company", "a major lender": a title's word before the noun it describes.
            (lexicon::PERSON_TITLES.contains(&w.as_str()) || lexicon::is_in(ROLES_AT, &w))
                && !cue(&c.word(k + 1))
        });
    if job {
        return None;
    }
    // The head: the first cue noun within four words, before any comma ("agencies" as "agency").
    let cue_at = |k: usize| {
        let w = c.word(k);
        let one = singular(&w);
        if c.t.get(k).is_none_or(|x| x.kind != Kind::Word) {
            None
        } else if cue(&w) {
            Some((k, w.to_string()))
        } else {
            cue(&one).then_some((k, one))
        }
    };
    let (mut at, mut head) = (from..(from + 4).min(c.t.len()))
        .take_while(|&k| {
            c.t[k].kind == Kind::Word
                && !matches!(c.word(k).as_str(), "who" | "whose" | "which" | "that")
        })
        .find_map(cue_at)?;
    // "an oncologist at Oslo University Hospital": a cue past a preposition is another name's.
    if (from..at).any(|k| lexicon::is_in(super::words::PREPOSITIONS, c.t[k].text)) {
        return None;
    }
    // "Kamau, a sawmill owner in Eldoret,", "Otieno, a cooperative member,": a person's noun
    // after the cue is the head.
    if matches!(
        c.word(at + 1).as_str(),
        "owner"
            | "owners"
            | "member"
            | "worker"
            | "employee"
            | "manager"
            | "boss"
            | "founder"
            | "operator"
            | "leader"
            | "official"
            | "chief"
            | "director"
            | "partner"
            | "veteran"
    ) {
        return None;
    }
    // "the investment bank": a body's noun after a cue noun is the head ("the state
    // capital" stays a place's).
    while let Some((k, w)) = cue_at(at + 1).filter(|(_, w)| lexicon::is_in(BODY_ONLY, w)) {
        (at, head) = (k, w);
    }
    // "the state weather bureau", "the port authority": a place's noun before the phrase's
    // last noun describes it; the later cue is the head.
    if PLACE_NOUNS.contains(&head.as_str()) {
        if let Some((k, w)) = (at + 1..(at + 4).min(c.t.len()))
            // Only bare nouns between: not "the town where the jet crashed", "the resort
            // hosting the summit".
            .take_while(|&k| {
                let w = c.word(k);
                c.t[k].kind == Kind::Word
                    && !c.t[k].is_capitalized()
                    && !lexicon::is_in(super::words::PREPOSITIONS, c.t[k].text)
                    && !lexicon::is_in(super::words::DETERMINERS, &w)
                    // ("the state mining company": a participle that is a body's word passes.)
                    && (!(w.ends_with("ing") || w.ends_with("ed"))
                        || lexicon::ORG_SUFFIXES.contains(&w.as_str())
                        || cue_at(k).is_some())
                    && !w.ends_with("'s")
                    && !matches!(
                        w.as_str(),
                        "who"
                            | "whose"
                            | "which"
                            | "that"
                            | "and"
                            | "where"
                            | "when"
                            | "while"
                            | "or"
                    )
            })
            .filter_map(cue_at)
            .filter(|(_, w)| !PLACE_NOUNS.contains(&w.as_str()))
            .last()
        {
            (at, head) = (k, w);
        }
    }
    // "Morgan Stanley, the investment bank,": a noun that only a body is ([`BODY_ONLY`])
    // and that ends its phrase says what the name is, even with a first name in front;
    // before another noun ("Jane Doe, a bank teller") it does not, nor does a noun a
    // person may be ("Tom Achterberg, Saltmarsh's publisher").
    let ends_phrase = c.t.get(at + 1).is_none_or(|x| {
        x.kind != Kind::Word
            || lexicon::is_in(super::words::PREPOSITIONS, x.text)
            || matches!(
                x.lc().as_str(),
                "that" | "which" | "whose" | "and" | "based"
            )
    });
    // "Sinner, his great rival,", "Okafor, one of the miners rescued": after a person's
    // word or "one of", only a body's own noun says it is a body.
    let personal = one_of || matches!(first.lc().as_str(), "his" | "her" | "our");
    if personal && !lexicon::is_in(BODY_ONLY, &head) {
        return None;
    }
    // ("Kestrel Grid, an Estonian start-up": a first name only the other languages' lists have
    // opens a company's name as often as a person's; what follows says which.)
    if !(ends_phrase && lexicon::is_in(BODY_ONLY, &head))
        && c.parts.len() >= 2
        && gazetteer::first_name_tier(&c.parts[0]) == Some(1)
        && !not_a_person(c.parts)
    {
        return None;
    }
    if lexicon::is_in(lexicon::THING_CUES, &head)
        || lexicon::is_in(WORKS, &head)
        || lexicon::is_in(EVENT_NOUNS, &head)
    {
        return Some((EntityKind::Other, true));
    }
    // "Argostoli, the island's capital,": a capital is a place ("Lumo Capital" is a
    // company's name, "a venture capital firm" a firm's noun).
    // ("Jefferies, a capital markets firm,": "capital" before another noun describes a trade.)
    let capital_ends = c
        .t
        .get(at + 1)
        .is_none_or(|x| x.kind != Kind::Word || matches!(x.lc().as_str(), "of" | "city" | "and"));
    if head == "capital" && capital_ends {
        return Some((EntityKind::Place, true));
    }
    if lexicon::is_in(lexicon::ORG_CUES, &head) || lexicon::ORG_SUFFIXES.contains(&head.as_str()) {
        return Some((EntityKind::Organization, true));
    }
    if PLACE_NOUNS.contains(&head.as_str()) {
        return Some((EntityKind::Place, true));
    }
    None
}

/// Nouns of [`lexicon::ORG_CUES`] that name only a body, never a person
/// ("bank", unlike "publisher" or "developer").
const BODY_ONLY: &[&str] = &[
    "bank",
    "company",
    "firm",
    "lender",
    "insurer",
    "group",
    "conglomerate",
    "carmaker",
    "automaker",
    "retailer",
    "airline",
    "agency",
    "subsidiary",
    "startup",
    "start-up",
    "utility",
];

/// A plural noun's singular, for the cue lists: "agencies" → "agency",
/// "lenders" → "lender"; other words as they are.
fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() >= 3) {
        format!("{stem}y")
    } else if let Some(stem) = w
        .strip_suffix('s')
        .filter(|s| s.len() >= 3 && !s.ends_with('s'))
    {
        stem.to_string()
    } else {
        w.to_string()
    }
}

/// "Kedron resident Jo Whelan", "Westport city council", "Uruapan growers": a place by its people
/// (its council and mayor: [`office_of_a_place`]).
fn residents_of(c: &Cue) -> Option<(EntityKind, bool)> {
    let next = c.word(c.after);
    let people = matches!(
        next.as_str(),
        "resident" | "residents" | "suburb" | "locals" | "growers" | "farmers" | "voters"
    );
    let city = next == "city"
        && matches!(
            c.word(c.after + 1).as_str(),
            "council" | "hall" | "centre" | "center"
        );
    // "Residents of Kedron", "the people of Gaza".
    let of = c.before(1) == "of"
        && matches!(
            c.before(2).as_str(),
            "residents" | "people" | "citizens" | "towns" | "suburbs" | "villages" | "inhabitants"
        );
    (people || city || of).then_some((EntityKind::Place, false))
}

/// "Apple, which holds 23% of…", "Centrica, which owns British Gas": a
/// "which" clause describes a thing, and a named thing that does is most
/// often a company.
fn which_clause(c: &Cue) -> Option<(EntityKind, bool)> {
    // What a company does: "which owns", "which holds", "which makes"; not "which is a stretch of seabed".
    // "Spotify, which first complained": an adverb may stand before the verb.
    let v = if matches!(
        c.word(c.after + 2).as_str(),
        "first"
            | "also"
            | "already"
            | "recently"
            | "later"
            | "once"
            | "still"
            | "now"
            | "previously"
            | "originally"
    ) {
        c.after + 3
    } else {
        c.after + 2
    };
    let does = matches!(c.word(v).as_str(), "complained" | "welcomed" | "denied" | "declined" | "confirmed" | "agreed" | "appealed" | "announced" | "plans" | "planned" | "expects" | "invested" | "employs" | "hired" | "paid" | "pays" | "faces" | "faced")
        || matches!(c.word(v).as_str(), "owns" | "holds" | "makes" | "operates" | "runs" | "employs" | "sells" | "produces" | "builds" | "supplies" | "controls" | "manages" | "publishes" | "reported" | "posted" | "has" | "had" | "said")
        // What a service or a body does for others: "Eurostar, which links Paris with London",
        // "Unison, which represents library staff", "Corran, which processes payments".
        || matches!(c.word(v).as_str(), "represents" | "links" | "connects" | "serves" | "offers" | "provides" | "processes" | "develops" | "designs" | "distributes" | "organises" | "organizes" | "funds" | "lends" | "insures" | "trades")
        || lexicon::ORG_VERBS.contains(&c.word(v).as_str());
    let which = which_follows(c.t, c.after)
        && does
        && !lexicon::is_in(lexicon::COMMON_ACRONYMS, &c.parts[0]);
    // Strong where the name opens its clause: no person is described by "which".
    (which && gazetteer::place(&run_text(c.parts)).is_none())
        .then_some((EntityKind::Organization, c.thing_by_which()))
}

/// "SpaceX", "OpenAI", "PayPal": a capital inside one word names a company
/// ("McDonald", "MacLeod", "O'Brien" are names of people).
fn inner_capital(c: &Cue) -> Option<(EntityKind, bool)> {
    (c.one_word() && capital_inside(&c.parts[0])).then_some((EntityKind::Organization, false))
}

/// A capitalized word with a capital inside that is no surname's ("SpaceX",
/// "IndiGo"; not "McDonald").
fn capital_inside(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).any(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && !surname_with_capital(w)
}

/// "McDonald", "MacLeod", "O'Brien", "DeSantis": surnames with a capital inside.
fn surname_with_capital(w: &str) -> bool {
    ["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von"]
        .iter()
        .any(|p| {
            w.strip_prefix(p).is_some_and(|r| {
                r.chars().next().is_some_and(char::is_uppercase)
                    && r.chars().skip(1).all(char::is_lowercase)
            })
        })
        || w.contains(['\'', '’', '-'])
}

/// "Louis XV", "Henry VIII", "Elizabeth II": a first name and a regnal
/// number in Roman numerals are a monarch's or a pope's name.
fn regnal_name(c: &Cue) -> Option<(EntityKind, bool)> {
    let [first, number] = c.parts else {
        return None;
    };
    let roman = (2..=5).contains(&number.len())
        && number.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'))
        && !number.contains("VV")
        && !number.contains("IIII");
    // (Not a mission, a craft or a film: "Artemis II", "Apollo XIII", "Rocky IV".)
    let sequel = matches!(
        Lower::of(first).as_str(),
        "artemis"
            | "apollo"
            | "gemini"
            | "mercury"
            | "voyager"
            | "pioneer"
            | "rocky"
            | "star"
            | "halo"
    );
    (roman && !sequel && gazetteer::is_first_name(first)).then_some((EntityKind::Person, true))
}

/// "the Italian Alps", "the Swiss Jura": a demonym before a place of the
/// lexicons is that country's part of the place.
fn demonym_and_place(c: &Cue) -> Option<(EntityKind, bool)> {
    let [demonym, place] = c.parts else {
        return None;
    };
    // (Not "Korean American": a second demonym.)
    (is_demonym(&Lower::of(demonym))
        && !is_demonym(&Lower::of(place))
        && lexicon::is_in(lexicon::PLACES, place))
    .then_some((EntityKind::Place, true))
}

/// "Cyclone Mira", "Hurricane Otis", "Australian Open", "World Cup".
fn storm_or_event(c: &Cue) -> Option<(EntityKind, bool)> {
    let first = c.parts.first()?.to_lowercase();
    let last = c.parts.last()?.to_lowercase();
    let storm = c.parts.len() >= 2 && lexicon::STORM_PREFIXES.contains(&first.as_str());
    let event = c.parts.len() >= 2 && lexicon::EVENT_SUFFIXES.contains(&last.as_str());
    // "the Palisades Fire", "the deadly Thomas Fire", "California's Dixie Fire": a named
    // wildfire ("Cal Fire" is the agency).
    let fire = c.parts.len() >= 2
        && last == "fire"
        && (c.before(1) == "the"
            || c.before(2) == "the"
            || c.before(1).ends_with("'s")
            || c.before(1).ends_with("’s"));
    (storm || event || fire).then_some((EntityKind::Other, true))
}

/// "two days before Diwali", "over Easter", "Eid al-Fitr falls on Monday": a
/// public holiday or observance of the holidays table (one that is also a
/// common word, "Carnival", only inside a sentence).
fn holiday(c: &Cue) -> Option<(EntityKind, bool)> {
    let name = run_text(c.parts);
    let h = gazetteer::holiday(&name)?;
    // One word is firm evidence only after a word of time ("before Diwali", "during
    // Ramadan", "ahead of Eid"); alone it may be a surname or a company ("Dano said",
    // "Shares of Carnival rose"), which `holiday_alone` leaves to the rules before it.
    let timed = matches!(
        c.before(1).as_str(),
        "before"
            | "after"
            | "during"
            | "for"
            | "over"
            | "on"
            | "until"
            | "till"
            | "since"
            | "at"
            | "around"
            | "by"
    ) || c.before(1) == "of"
        && matches!(c.before(2).as_str(), "ahead" | "eve" | "start" | "end");
    ((c.parts.len() > 1 || timed) && (c.start > 0 || !h.common_word))
        .then_some((EntityKind::Other, true))
}

/// "Diwali falls on Sunday": a holiday of one word that no rule before read
/// otherwise, weakly.
fn holiday_alone(c: &Cue) -> Option<(EntityKind, bool)> {
    let h = gazetteer::holiday(&run_text(c.parts))?;
    (c.start > 0 || !h.common_word).then_some((EntityKind::Other, false))
}

/// A journal, paper or agency named as a source: "published in The Lancet",
/// "in the journal Nature", "according to Bloomberg", "told Reuters".
fn publication(c: &Cue) -> Option<(EntityKind, bool)> {
    let (b1, b2) = (c.before(1), c.before(2));
    let the = b1 == "the";
    let (b1, b2, b3) = if the {
        (b2, c.before(3), c.before(4))
    } else {
        (b1, b2, c.before(3))
    };
    let published_verb = |w: &str| {
        matches!(
            w,
            "published" | "appeared" | "reported" | "wrote" | "writing" | "journal"
        )
    };
    // "published on Monday in JAMA Neurology", "published online in …": a time between.
    let b4 = c.before(4 + usize::from(the));
    // (Only "published": "Fighting was reported on Friday in Pokrovsk" names a town.)
    let when_between = b2 == "online" && b3 == "published"
        || lexicon::weekday(&b2).is_some() && b3 == "on" && b4 == "published";
    let published = b1 == "in" && (published_verb(&b2) || when_between) || b1 == "journal";
    let source = c.one_word()
        && !gazetteer::is_first_name(&c.parts[0])
        && (b1 == "to" && b2 == "according"
            || matches!(b1.as_str(), "told" | "by")
                && b2 != "led"
                && gazetteer::place(&c.parts[0]).is_none());
    // "told Der Spiegel", "told the Sunday Herald": a paper or a broadcaster of a few words.
    // "wrote on LinkedIn", "posted on Instagram": a platform.
    let platform = b1 == "on"
        && matches!(
            b2.as_str(),
            "wrote"
                | "posted"
                | "shared"
                | "announced"
                | "said"
                | "published"
                | "tweeted"
                | "streamed"
        )
        && c.one_word()
        && gazetteer::place(&c.parts[0]).is_none();
    let source = source || platform;
    let told = b1 == "told"
        || b1 == "to" && matches!(b2.as_str(), "spoke" | "speaking" | "talked" | "talking");
    let source = source
        || told
            && (2..=4).contains(&c.parts.len())
            && (the || lexicon::is_in(NEWS_ARTICLES, &c.parts[0]));
    (published || source).then_some((EntityKind::Organization, published))
}

/// Articles of other languages that open the names of papers: "Der Spiegel", "Le Monde", "El País".
const NEWS_ARTICLES: &[&str] = &[
    "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "de",
];

/// A city, region or country of the gazetteer; small places and names that
/// are also common words only with weak evidence.
fn place_in_gazetteer(c: &Cue) -> Option<(EntityKind, bool)> {
    let name = run_text(c.parts);
    // "REEs", "EEZ": an acronym is not the town it spells ("Rees").
    let caps = name.chars().filter(|x| x.is_uppercase()).count();
    if caps >= 2 && name.chars().filter(|x| x.is_lowercase()).count() <= 1 && !name.contains(' ') {
        return None;
    }
    let p = gazetteer::place(&name)?;
    if p.common_word && c.start == 0 {
        return None;
    }
    // "Jordan", "Georgia", "Victoria", "Chelsea": a first name too, and next to a surname → a person.
    if c.t.get(c.after).is_some_and(|x| x.is_capitalized()) {
        return None;
    }
    // A place name is often another thing's too ("the Aurora probe"): strong only for countries.
    let strong = !p.common_word && p.kind == PlaceKind::Country;
    Some((EntityKind::Place, strong))
}

/// "Tennis Australia", "Energy Queensland", "Transport for London": a
/// name ending in a country or region, not a person's; "Bayern Munich",
/// "RB Leipzig", "Inter Milan": a word and a big city, a club's or a
/// company's (not "Greater Manchester", "Central London").
fn organization_of_a_place(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.parts.len() < 2
        || gazetteer::is_first_name(&c.parts[0])
        || gazetteer::place(&run_text(c.parts)).is_some()
    {
        return None;
    }
    let last_word = c.parts.last()?;
    let known_region = known()
        .get(&last_word.to_lowercase())
        .filter(|k| k.kind == EntityKind::Place)
        .and_then(|k| gazetteer::place(k.canonical))
        .filter(|p| p.kind != PlaceKind::City);
    // The place the name ends in: its last word, or its last words ("Health New Zealand").
    let tail = gazetteer::place(last_word).or(known_region).or_else(|| {
        let describes = describes_a_country(&c.parts[0].to_lowercase());
        (1..c.parts.len() - 1)
            .filter(|_| !describes)
            .find_map(|k| region_named(&c.parts[k..]))
    });
    let Some(last) = tail else {
        return (c.parts.len() == 2
            && is_demonym(&c.parts[0].to_lowercase())
            && !gazetteer::is_common_word(&c.parts[1])
            && !gazetteer::is_first_name(&c.parts[1]))
        .then_some((EntityKind::Organization, false));
    };
    let region = last.kind != PlaceKind::City && !last.common_word;
    let club = c.parts.len() == 2
        && last.kind == PlaceKind::City
        && last.population >= 100_000
        && !last.common_word
        && !lexicon::is_in(PLACE_OPENERS, &c.parts[0])
        && !lexicon::is_in(DIRECTIONS, &c.parts[0])
        && !matches!(
            c.parts[0].to_lowercase().as_str(),
            "downtown"
                | "suburban"
                | "rural"
                | "urban"
                | "coastal"
                | "inner"
                | "outer"
                | "metro"
                | "city"
                | "port"
                | "st"
                | "st."
                | "saint"
        )
        && gazetteer::place(&c.parts[0])
            .is_none_or(|p| p.kind == PlaceKind::Region && p.population == 0)
        && !is_demonym(&c.parts[0].to_lowercase());
    (region || club)
        .then_some((EntityKind::Organization, false))
        // "Saudi Aramco", "Turkish Airlines" is caught by its suffix: a demonym and a word no dictionary has.
        .or_else(|| {
            (c.parts.len() == 2
                && is_demonym(&c.parts[0].to_lowercase())
                && !gazetteer::is_common_word(&c.parts[1])
                && !gazetteer::is_first_name(&c.parts[1]))
            .then_some((EntityKind::Organization, false))
        })
}

/// "Denver Nuggets", "Utah Jazz", "Los Angeles Lakers", "El Paso Sector": a
/// known city, region or country, then one or two words that name no kind of
/// place, thing or event, is most often a team's or another organization's
/// name (a first name first is a person's: "Jordan Henderson").
fn team_of_a_place(c: &Cue) -> Option<(EntityKind, bool)> {
    let n = c.parts.len();
    if !(2..=4).contains(&n)
        || c.parts.iter().any(|x| CONNECTORS.contains(&x.as_str()))
        || known_or_place(c.parts)
    {
        return None;
    }
    let big_place = |k: usize| {
        let head = run_text(&c.parts[..k]);
        gazetteer::place(&head).is_some_and(|p| {
            !p.common_word && (p.kind != PlaceKind::City || p.population >= 100_000)
        }) || known()
            .get(&head.to_lowercase())
            .is_some_and(|x| x.kind == EntityKind::Place)
    };
    let k = (1..n).rev().find(|&k| n - k <= 2 && big_place(k))?;
    // "Kuria Njoroge, who chairs the committee, said": a word no list knows after the place's
    // name, and ", who" or a verb of speech after it, is a person's surname.
    // (Not "the Vancouver Whitecaps, who drew": no article before a person's name.)
    // (Not a big city's team: "the Houston Texans, who …", "Montreal Canadiens said".)
    let big_city =
        gazetteer::place(&run_text(&c.parts[..k])).is_some_and(|p| p.population >= 300_000);
    if n - k == 1
        && unlisted_word(&c.parts[k])
        && who_or_said(c.t, c.after)
        && c.before(1) != "the"
        && !big_city
    {
        return None;
    }
    // "Jordan Henderson": a first name first is a person's, unless the rest are common words
    // ("Denver Nuggets"); so is a first name of another language's list before a Spanish
    // patronymic ("Guadalupe Ramírez", not "Boston Celtics").
    let tier = gazetteer::first_name_tier(&c.parts[0]);
    if k == 1
        && (tier == Some(1)
            && !c.parts[1..]
                .iter()
                .all(|w| gazetteer::is_common_word(&w.to_lowercase()))
            || tier.is_some() && n == 2 && patronymic(&c.parts[1]))
    {
        return None;
    }
    let tail_ok = c.parts[k..].iter().all(|w| {
        let l = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
            && !lexicon::THING_SUFFIXES.contains(&l.as_str())
            && !lexicon::EVENT_SUFFIXES.contains(&l.as_str())
            && !lexicon::is_in(DIRECTIONS, &l)
            && gazetteer::place(w).is_none()
            && !is_demonym(&l)
            // "Sambalpur Intercity Express": a train.
            && l != "express"
    });
    tail_ok.then_some((EntityKind::Organization, false))
}

/// A Spanish patronymic surname: a capitalized word of five letters or more
/// ending in "-ez" ("Ramírez", "González", "Fernández").
fn patronymic(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 5
        && w.ends_with("ez")
        && w.chars().skip(1).all(char::is_lowercase)
}

/// "CDPQ Infra", "MAC Copper": an acronym and a word, a company's name.
fn acronym_head(c: &Cue) -> Option<(EntityKind, bool)> {
    let w = &c.parts[0];
    let letters = w.chars().filter(|x| x.is_alphabetic()).count();
    let acro = letters >= 3
        && letters <= 5
        && w.chars()
            .all(|x| x.is_uppercase() || x.is_ascii_digit() || x == '&');
    (c.parts.len() == 2
        && acro
        && known().get(&w.to_lowercase()).is_none()
        && gazetteer::place(w).is_none()
        && !lexicon::is_in(lexicon::COMMON_ACRONYMS, w))
    .then_some((EntityKind::Organization, false))
}

/// "Elena Vos", "Serena Williams": a first name, then one or two capitalized
/// words that are not an organization's or a place's.
fn first_name(c: &Cue) -> Option<(EntityKind, bool)> {
    // "the Foro Italico": a person's name takes no article.
    let particles = c.parts.len() == 4 && particles_inside(c.parts);
    if !((2..=3).contains(&c.parts.len()) || particles)
        || !gazetteer::is_first_name(&c.parts[0])
        || c.before(1) == "the"
        || venue_head(c.parts)
        || c.thing_by_which()
    {
        return None;
    }
    let n = c.parts.len();
    let rest_ok = c.parts[1..].iter().enumerate().all(|(k, w)| {
        let l = w.to_lowercase();
        // "Aurelio De Laurentiis": a particle between two words of the name.
        let particle = k + 2 < n && name_particle(w) && particles_inside(c.parts);
        particle
            || w.chars().any(char::is_lowercase)
                && !lexicon::ORG_SUFFIXES.contains(&l.as_str())
                && !lexicon::PLACE_SUFFIXES.contains(&l.as_str())
                && !CONNECTORS.contains(&l.as_str())
    });
    // A name only the other languages' lists know is weaker evidence ("Tierra Roja" is a plant).
    let strong =
        gazetteer::first_name_tier(&c.parts[0]) == Some(1) && plain_first_name(&c.parts[0]);
    let venue = |w: &String| lexicon::is_in(VENUE_TAILS, &w.to_lowercase());
    // "Lumen Field", "Rio Vista": such a name before a venue's word names the
    // venue; "Thales Alenia Space", "Kal Tire Place": so does a venue's word
    // after two words that are not a first name and a surname.
    // "traders on Leith Walk": after a preposition of place, whatever the first name.
    let located = matches!(c.before(1).as_str(), "on" | "along" | "near" | "off");
    // "Sky Sport Italia", "Transilvania Rail Construct": a common word that is no
    // first name between two others is no middle name.
    // (The last word a place, a common word or a body's: not "Sandra Day O'Connor".)
    let common_middle = n == 3
        && !particles
        && !first_name_like(&c.parts[1])
        && gazetteer::is_common_word(&c.parts[1].to_lowercase())
        && {
            let last = c.parts[2].to_lowercase();
            gazetteer::place(&c.parts[2]).is_some()
                || gazetteer::is_common_word(&last)
                || org_word(&last)
        };
    let thing = common_middle
        || (!strong || located) && venue(&c.parts[n - 1])
        || n == 3
            && !particles
            && !first_name_like(&c.parts[1])
            && c.parts[1].chars().count() > 2
            && venue(&c.parts[2]);
    (rest_ok && !thing && !not_a_person(c.parts) && gazetteer::place(&run_text(c.parts)).is_none())
        .then_some((EntityKind::Person, strong))
}

/// A first name that is no common word: firm evidence of a person's name
/// ("Elena", "Novak"; not "Red" of "Red Eléctrica", "Court" nor "Mark").
fn plain_first_name(w: &str) -> bool {
    gazetteer::is_first_name(w) && !gazetteer::is_common_word(&w.to_lowercase())
}

/// Words that end the names of venues, grounds and sites more often than
/// surnames do ("Lumen Field", "Kal Tire Place", "Rio Vista").
/// (Not "arena", "park", "centre" and the like: [`lexicon::PLACE_SUFFIXES`]
/// and [`lexicon::ORG_SUFFIXES`] end no person's name already.)
const VENUE_TAILS: &[&str] = &[
    "field", "lane", "place", "plaza", "point", "row", "space", "vista", "walk", "way",
];

/// "Qantas reported…", "shares of Tesco", "Ocado's shares": a company by what it does.
fn company_subject(c: &Cue) -> Option<(EntityKind, bool)> {
    if c.parts.len() > 3 || gazetteer::is_first_name(&c.parts[0]) && c.parts.len() >= 2 {
        return None;
    }
    let next = c.word(c.after);
    // "the listed Carpatic Infra", "Frankfurt-listed Ostwind", "state-owned Petrobras".
    // (After an article or a comma, so not the verb "She listed Hemingway"; not a
    // heritage listing, "the Grade II-listed Smithfield Market", "UNESCO-listed".)
    let listed = {
        let b = c.before(1);
        let heritage = ["grade", "ii", "unesco", "heritage"]
            .iter()
            .any(|h| b.starts_with(h) || c.before(2) == *h);
        matches!(c.before(2).as_str(), "the" | "a" | "an" | "," | "")
            && !heritage
            && (matches!(
                b.as_str(),
                "listed" | "unlisted" | "state-owned" | "privately-held"
            ) || b.ends_with("-listed")
                || b.ends_with("-owned"))
    };
    let shares_of = matches!(c.before(1).as_str(), "of" | "in")
        && matches!(
            c.before(2).as_str(),
            "shares" | "stock" | "stake" | "shareholders"
        );
    let verb = lexicon::ORG_VERBS.contains(&next.as_str())
        || next == "'s" && lexicon::ORG_VERBS.contains(&c.word(c.after + 1).as_str());
    let possessive =
        c.t.get(c.after.wrapping_sub(1))
            .is_some_and(|x| x.text.ends_with("'s") || x.text.ends_with("’s"));
    // "BYD's Hong Kong-listed shares", "Austal's shipyard", "Disney's animated film".
    let possessive_owned = possessive
        && (c.after..(c.after + 4).min(c.t.len()))
            .take_while(|&k| c.t[k].kind == Kind::Word)
            .any(|k| lexicon::is_in(COMPANY_POSSESSIONS, c.t[k].text) && !c.t[k].is_capitalized());
    let one_name = c.parts.len() == 1 && !gazetteer::is_first_name(&c.parts[0]);
    (listed || shares_of || verb || possessive_owned && (one_name || c.parts.len() >= 2))
        .then_some((EntityKind::Organization, false))
}

/// What a company has, after its name in the possessive ("Austal's shipyard").
const COMPANY_POSSESSIONS: &[&str] = &[
    "shares",
    "stock",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "chief",
    "shareholders",
    "board",
    "shipyard",
    "factory",
    "factories",
    "plant",
    "plants",
    "headquarters",
    "subsidiary",
    "subsidiaries",
    "unit",
    "division",
    "employees",
    "staff",
    "customers",
    "stores",
    "brand",
    "products",
    "executives",
    "chairman",
    "ceo",
    "founder",
    "parent",
    "takeover",
    "acquisition",
    "offer",
    "bid",
    "equity",
    "earnings",
    "dividend",
    "results",
    "guidance",
    "distributor",
    "dealers",
    "film",
    "films",
    "movie",
    "musical",
    "studio",
    "app",
    "platform",
    "fleet",
    "flights",
    "pilots",
    "valuation",
    "stake",
    "investors",
    "share",
    "market",
    "smartphone",
    "chips",
    "cars",
    "vehicles",
];

/// "Hordafjord P&I": capitals joined by an ampersand ("P&I", "AT&T", "H&M")
/// end or make a company's name, more than one word strongly ("Q&A", "M&A",
/// "R&D" and trade abbreviations such as "E&P" are no names).
fn ampersand_initials(c: &Cue) -> Option<(EntityKind, bool)> {
    let w = c.parts.last()?;
    let (a, b) = w.split_once('&')?;
    let caps =
        |x: &str| (1..=3).contains(&x.chars().count()) && x.chars().all(|x| x.is_ascii_uppercase());
    (caps(a)
        && caps(b)
        && !matches!(
            w.as_str(),
            "Q&A"
                | "M&A"
                | "R&D"
                | "B&B"
                | "P&L"
                | "F&B"
                | "A&E"
                | "G&T"
                | "E&P"
                | "O&M"
                | "T&D"
                | "P&C"
                | "F&O"
                | "C&I"
                | "D&I"
                | "R&B"
                | "S&L"
                | "L&D"
                | "H&S"
        )
        && !lexicon::is_in(lexicon::COMMON_ACRONYMS, w))
    .then_some((EntityKind::Organization, c.parts.len() >= 2))
}

/// "FNV", "BHP", "ECT": an acronym that is no common noun ("GDP") or place.
fn acronym(c: &Cue) -> Option<(EntityKind, bool)> {
    let w = &c.parts[0];
    let letters = w.chars().filter(|x| x.is_alphabetic()).count();
    let acro = c.one_word()
        && (2..=6).contains(&letters)
        && w.chars()
            .all(|x| x.is_uppercase() || x.is_ascii_digit() || x == '&');
    let unit = lexicon::UNITS
        .iter()
        .any(|(u, _)| u.eq_ignore_ascii_case(w))
        || lexicon::CURRENCY_CODES.contains(&w.as_str());
    (acro && !unit && !lexicon::is_in(lexicon::COMMON_ACRONYMS, w) && gazetteer::place(w).is_none())
        .then_some((EntityKind::Organization, false))
}

/// "in Darmstadt", "east of Valverde", "near Tarsk": one or two capitalized
/// words, not an acronym, after a preposition of place inside a sentence.
fn placed_after_preposition(t: &[Token], start: usize, end: usize, parts: &[String]) -> bool {
    // "in Ligue 1", "in Windows 11": a name with a number is not a place.
    if t.get(end).is_some_and(|x| x.kind == Kind::Num) {
        return false;
    }
    let words = parts.iter().filter(|x| *x != ",").count();
    let plain = words <= 2
        && parts.iter().all(|x| {
            x.chars().any(|c| c.is_lowercase()) && !ORG_HEADS.contains(&Lower::of(&x).as_str())
        });
    // Not in title-case text ("Breakthrough in Recycling Tech"), where most words are capitalized.
    let title_case = || {
        let (caps, words) = t
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .fold((0, 0), |(c, w), x| (c + x.is_capitalized() as usize, w + 1));
        caps * 2 > words
    };
    // "published in Nature", "wrote in Science": a journal, not a place.
    // ("published on Wednesday in The Lancet", "published online in Nature": a day or "online"
    // may come between.)
    let verb = |k: usize| {
        matches!(
            t[k].lc().as_str(),
            "published" | "appeared" | "wrote" | "writing" | "reported"
        )
    };
    let day =
        |k: usize| t[k].lc() == "online" || crate::compiler::lexicon::weekday(&t[k].lc()).is_some();
    let published = start >= 2
        && (verb(start - 2)
            || start >= 3 && day(start - 2) && verb(start - 3)
            || start >= 4 && day(start - 2) && t[start - 3].is("on") && verb(start - 4));
    // "shares in Pennine", "a stake in Harmony": a company.
    let invested = start >= 2
        && matches!(
            t[start - 2].lc().as_str(),
            "shares"
                | "stake"
                | "stakes"
                | "stock"
                | "holding"
                | "holdings"
                | "investment"
                | "investments"
                | "invest"
                | "invested"
                | "investing"
                | "interest"
                | "trading"
        );
    let published = published || invested;
    // "to head in Ashley Moyo's corner": a person's name in the possessive.
    let persons = words == 2
        && plain_first_name(&parts[0])
        && end >= 1
        && (t[end - 1].text.ends_with("'s") || t[end - 1].text.ends_with("’s"))
        && gazetteer::place(&run_text(parts)).is_none();
    // start >= 2: the preposition is not the sentence's first word ("In Brief"), unless a
    // comma closes the phrase it opens ("In Tumauini, farmers …").
    // (Not a language or a faith: "In Spanish, the word …", "In Islam, …"; nor a player a
    // team has: "In Mbappé, Madrid have …": a lower-case word follows the comma.)
    let opening = start == 1
        && t.get(end).is_some_and(|x| x.text == ",")
        && t.get(end + 1)
            .is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized())
        && !is_demonym(&Lower::of(&parts[0]))
        && !gazetteer::is_first_name(&parts[0])
        && !matches!(
            Lower::of(&parts[0]).as_str(),
            "swahili"
                | "tagalog"
                | "hindi"
                | "urdu"
                | "latin"
                | "hebrew"
                | "mandarin"
                | "cantonese"
                | "yiddish"
                | "esperanto"
                | "islam"
                | "christianity"
                | "judaism"
                | "hinduism"
                | "buddhism"
                | "sikhism"
        );
    !published
        && !persons
        && plain
        && (start >= 2 || opening)
        && cue_before(
            t,
            start,
            &[
                "in",
                "near",
                "outside",
                "across",
                "throughout",
                "north of",
                "south of",
                "east of",
                "west of",
                "off the coast of",
            ],
        )
        && !title_case()
}

/// A word of two or three places joined by hyphens ("Halifax-Ottawa",
/// "Asia-Europe", "London-Paris") is those places: each part a place the
/// lexicons know, a country or region of the gazetteer, or a city of at
/// least 100,000 people, and no common word ("Coca-Cola", "Rolls-Royce" and
/// "Bankman-Fried" stay what they are). The kinds are weak: the votes of
/// every mention decide. `start`: where the word starts in the sentence.
fn place_pair(word: &str, start: u32) -> Option<Vec<Mention>> {
    let pieces: Vec<&str> = word.split('-').collect();
    if !(2..=3).contains(&pieces.len()) {
        return None;
    }
    let place = |w: &str| {
        let l = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !gazetteer::is_common_word(&l)
            && (known().get(&l).is_some_and(|k| k.kind == EntityKind::Place)
                || gazetteer::place(w).is_some_and(|p| {
                    !p.common_word && (p.kind != PlaceKind::City || p.population >= 100_000)
                }))
    };
    if !pieces.iter().all(|w| place(w)) {
        return None;
    }
    let mut at = start;
    let mut out = Vec::new();
    for w in pieces {
        let n = w.chars().count() as u32;
        let canonical = known()
            .get(&w.to_lowercase())
            .map(|k| k.canonical.to_string());
        out.push(read(
            w.to_string(),
            [at, at + n],
            EntityKind::Place,
            false,
            canonical,
        ));
        at += n + 1;
    }
    Some(out)
}

/// A mention whose kind is read: `canonical` is the lexicon's name, if any.
fn read(
    text: String,
    span: [u32; 2],
    kind: EntityKind,
    strong: bool,
    canonical: Option<String>,
) -> Mention {
    Mention {
        text,
        span,
        kind: Some(kind),
        strong,
        canonical,
        acronym: None,
        speaks: false,
        guess: None,
    }
}

fn person(name: String, span: [u32; 2], strong: bool, speaks: bool) -> Mention {
    Mention {
        speaks,
        ..read(name, span, EntityKind::Person, strong, None)
    }
}

/// Acronyms introduced for common nouns ("rare earth elements (REEs)",
/// "electric vehicle (EV)"): these are terms, not entities.
pub fn term_acronyms(t: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    for i in 1..t.len().saturating_sub(1) {
        if t[i].text == "(" && t[i + 1].is_acronym() && t.get(i + 2).is_some_and(|x| x.text == ")")
        {
            let prev = &t[i - 1];
            // "the national statistics office (INSEE)", "the rail union (SUD)": a body's
            // acronym after the common noun that says what it is, not a term's.
            let body = lexicon::is_in(lexicon::ORG_CUES, prev.text)
                || ORG_HEADS.contains(&prev.lc().as_str());
            if prev.kind == Kind::Word && !prev.is_capitalized() && !prev.is_acronym() && !body {
                let a = t[i + 1].text.trim_end_matches('s').to_string();
                out.push(a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::tokens::tokenize;

    fn ms(s: &str) -> Vec<(String, Option<EntityKind>, bool)> {
        let t = tokenize(s);
        find(&t, &HashSet::default())
            .into_iter()
            .map(|m| (m.canonical.unwrap_or(m.text), m.kind, m.strong))
            .collect()
    }

    /// A capitalized particle that is a surname ends a name ("Ng", "Le", "Do"); a
    /// connector in lower case, or one of English's, does not.
    #[test]
    fn surnames_that_are_particles_end_names() {
        for (sentence, name) in [
            (
                "\"It is manageable,\" said Daniel Ng, an analyst.",
                "Daniel Ng",
            ),
            ("Kevin Ng said prices would rise.", "Kevin Ng"),
        ] {
            let got = ms(sentence);
            assert!(got.iter().any(|m| m.0 == name), "{sentence}: {got:?}");
        }
        let got = ms("He joined the Bank of in May.");
        assert!(got.iter().all(|m| !m.0.ends_with(" of")), "{got:?}");
    }

    /// "on" continues a name only after a word of a body, a meeting or a text
    /// ([`ON_HEADS`]).
    #[test]
    fn on_joins_only_after_bodies_meetings_and_texts() {
        for (sentence, name) in [
            (
                "Ruth Calloway, an Oregon Democrat on the Senate Finance Committee, called it a win.",
                "Senate Finance Committee",
            ),
            ("Homes in Granton on the Forth were flooded.", "Forth"),
            (
                "The Council on Foreign Relations published it.",
                "Council on Foreign Relations",
            ),
            (
                "She spoke at the Conference on Disarmament in Geneva.",
                "Conference on Disarmament",
            ),
        ] {
            let got = ms(sentence);
            assert!(got.iter().any(|m| m.0 == name), "{sentence}: {got:?}");
        }
    }

    /// A name written as a web address is the body that runs it, wherever it stands
    /// (`web_address`; the run joins the domain to the name).
    #[test]
    fn web_addresses_are_organizations() {
        reads_as(
            &[
                (
                    "The game drew 1.6 million viewers across Chess.com on Sunday.",
                    "Chess.com",
                ),
                ("Prices listed on Daft.ie rose 4% in a year.", "Daft.ie"),
            ],
            EntityKind::Organization,
        );
        assert!(
            !ms("The game drew 1.6 million viewers across Chess on Sunday.")
                .iter()
                .any(|m| m.1 == Some(EntityKind::Organization)),
        );
    }

    /// Each sentence has a mention of the name, of the kind.
    fn reads_as(cases: &[(&str, &str)], kind: EntityKind) {
        for (sentence, want) in cases {
            let got = ms(sentence);
            assert!(
                got.iter().any(|m| m.0 == *want && m.1 == Some(kind)),
                "{sentence}: {got:?}"
            );
        }
    }

    use EntityKind::*;

    #[test]
    fn people_with_titles_and_places() {
        assert_eq!(
            ms("Japanese Prime Minister Sanae Takaichi met US President Donald Trump in Tokyo."),
            [
                ("Japan".into(), Some(Place), true),
                ("Sanae Takaichi".into(), Some(Person), true),
                ("United States".into(), Some(Place), true),
                ("Donald Trump".into(), Some(Person), true),
                ("Tokyo".into(), Some(Place), true)
            ]
        );
    }

    /// A demonym names its place, alone, in a compound of demonyms, or a
    /// region's; a lone demonym after "for" or "of" is not joined to the name
    /// before it; nor is "of" and a country to a plain name of two words, nor a
    /// participle that opens the sentence to the name after its connector.
    #[test]
    fn demonyms_origins_and_openers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The award follows last year's Palme for Iranian director Jafar Panahi.",
                &["Iran", "Jafar Panahi"],
            ),
            ("The French-Moroccan director won.", &["France", "Morocco"]),
            ("Catalan police raided the offices.", &["Catalonia"]),
            (
                "The Museum of African Art reopened.",
                &["Museum of African Art"],
            ),
            (
                "Wróbel held off Fenna Kuipers of the Netherlands.",
                &["Fenna Kuipers", "Netherlands"],
            ),
            (
                "The Central Bank of Ireland said so.",
                &["Central Bank of Ireland"],
            ),
            (
                "Writing on LinkedIn, Marta Kowalczyk said so.",
                &["LinkedIn", "Marta Kowalczyk"],
            ),
        ];
        for (sentence, want) in cases {
            let got: Vec<String> = ms(sentence).into_iter().map(|m| m.0).collect();
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{sentence}: {w} not in {got:?}");
            }
            assert!(
                got.iter().all(|g| !g.contains(" for ")),
                "{sentence}: {got:?}"
            );
        }
    }

    /// A name the lexicons know is read whole across a lower-case word of its
    /// own ("Vuelta a España"), without its diacritics, and after a
    /// capitalized "The"; a lower-case word between names it does not join
    /// is no part of a name.
    #[test]
    fn known_names_whole() {
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            (
                "He rode the Vuelta a España in 2024.",
                &[("Vuelta a España", Other)],
            ),
            (
                "He rode the Vuelta a Espana in 2024.",
                &[("Vuelta a España", Other)],
            ),
            (
                "Kapanadze told The Associated Press on Wednesday.",
                &[("Kapanadze", Person), ("Associated Press", Organization)],
            ),
            (
                "The group, Medecins Sans Frontieres, said so.",
                &[("Médecins Sans Frontières", Organization)],
            ),
            (
                "Only Spain a Portugal played.",
                &[("Spain", Place), ("Portugal", Place)],
            ),
            (
                "The minister told The Australian on Monday.",
                &[("The Australian", Organization)],
            ),
        ];
        for (sentence, want) in cases {
            let got: Vec<(String, Option<EntityKind>)> =
                ms(sentence).into_iter().map(|m| (m.0, m.1)).collect();
            let want: Vec<(String, Option<EntityKind>)> = want
                .iter()
                .map(|(n, k)| (n.to_string(), Some(*k)))
                .collect();
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// A body named after a region opening the sentence keeps its first word
    /// when it speaks or acts, right after its name or after an apposition; a
    /// sentence that opens with an ordinary word and a region does not.
    #[test]
    fn bodies_named_after_regions_open_sentences() {
        let cases: &[(&str, &str)] = &[
            (
                "Business NSW said the levy would hurt employers.",
                "Business NSW",
            ),
            (
                "Health New Zealand said wards were full.",
                "Health New Zealand",
            ),
            (
                "Universities UK, which represents 141 institutions, said the cut was harmful.",
                "Universities UK",
            ),
        ];
        reads_as(cases, Organization);
        for sentence in [
            "Across Australia, which had a wet winter, farmers said yields rose.",
            "Neighbouring Papua New Guinea said it would help.",
            "Mainland Chinese investors have been buying flats.",
        ] {
            let got = ms(sentence);
            assert!(
                got.iter().all(|m| m.1 != Some(Organization)),
                "{sentence}: {got:?}"
            );
        }
    }

    /// "I've" opening a quote is the pronoun with a verb, not a name.
    #[test]
    fn contractions_of_i_are_no_names() {
        assert!(
            ms("\"I've missed that shot a hundred times,\" Dizon said.")
                .iter()
                .all(|m| m.0 != "I've")
        );
        assert!(ms("\"I’m done,\" Dizon said.").iter().all(|m| m.0 != "I’m"));
    }

    /// A family name before a hyphenated given name ends at "of".
    #[test]
    fn family_name_first_before_of() {
        let got = ms("Yoon Ha-jun of South Korea finished third.");
        assert!(
            got.iter().any(|m| m.0 == "Yoon Ha-jun") && got.iter().any(|m| m.0 == "South Korea"),
            "{got:?}"
        );
    }

    /// A family name first: (words, whether it comes first).
    #[test]
    fn family_name_first_table() {
        for (words, want) in [
            (&["Lai", "Ching-te"][..], true),
            (&["Jacob", "Rees-Mogg"][..], false),
            (&["Liang", "Haoran"][..], true),
            (&["Zhou", "Mingyuan"][..], true),
            (&["Wang", "Yi"][..], true),
            // Two family names: the commoner is the family's ("Tao Zhang" is Zhang's).
            (&["Tao", "Zhang"][..], false),
            (&["Ma", "Long"][..], true),
            // (… unless the first is no given name.)
            (&["Gong", "Li"][..], true),
            (&["Sun", "Yang"][..], true),
            // Not an English first name after a Chinese family name, nor a word of no Pinyin.
            (&["Li", "Anna"][..], false),
            (&["Ma", "Rainey"][..], false),
            (&["Tony", "Li"][..], false),
            (&["Liang", "Haoran", "Jr"][..], false),
        ] {
            assert_eq!(family_name_first(words), want, "{words:?}");
        }
        assert!(lexicon::pinyin_word("xi'an") && lexicon::pinyin_word("mingyuan"));
        assert!(!lexicon::pinyin_word("rainey") && !lexicon::pinyin_word("zhangwangliuchen"));
    }

    /// A model's or a road's number ends its name; a score, a count, a date or a division's number does not.
    #[test]
    fn numbers_that_end_names() {
        // (sentence, the names found that hold a number, a name found without one)
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "The probe launched on an Ariane 6 rocket from Kourou.",
                &["Ariane 6"],
                "Kourou",
            ),
            ("Crews closed Highway 97 on Monday.", &["Highway 97"], ""),
            (
                "Storms hit on March 15 and Category 4 winds followed.",
                &[],
                "",
            ),
            ("He flew a Boeing 737 to Lagos.", &[], "Boeing"),
            ("Seattle 3, Portland 2.", &[], "Portland"),
            ("Jane Smith 45 said so.", &[], "Jane Smith"),
            (
                "They sold 12 million Corvo 4 cars and Corvo 7 rivals.",
                &["Corvo 4", "Corvo 7"],
                "",
            ),
            ("Lyon 21 points clear.", &[], ""),
            // Money: a currency's code or letters before the amount.
            ("Membership costs CHF 40 a year.", &[], ""),
            ("The shares opened at Rs 560 on Monday.", &[], ""),
        ];
        for (sentence, numbered, plain) in cases {
            let got: Vec<String> = ms(sentence).into_iter().map(|m| m.0).collect();
            let with_number: Vec<&String> = got
                .iter()
                .filter(|m| m.chars().any(|c| c.is_ascii_digit()))
                .collect();
            assert_eq!(with_number, *numbered, "{sentence}: {got:?}");
            assert!(
                plain.is_empty() || got.iter().any(|m| m == plain),
                "{sentence}: {got:?}"
            );
        }
    }

    /// Roles and long titles before a name are not part of it: the sentence and the person found.
    #[test]
    fn roles_before_names() {
        let cases: &[(&str, &str)] = &[
            (
                "Councilmember Adriana Solis called it a lifeline.",
                "Adriana Solis",
            ),
            ("Co-star Ravi Menon wrote on Instagram.", "Ravi Menon"),
            (
                "Writer-director Mara Lindqvist, 44, also won.",
                "Mara Lindqvist",
            ),
            (
                "He said Supervisory Border Patrol Agent Mario Treviño had left.",
                "Mario Treviño",
            ),
            (
                "Chief Financial Officer Raj Subramaniam said so.",
                "Raj Subramaniam",
            ),
            (
                "Managing Officer Kenji Morita told a press conference.",
                "Kenji Morita",
            ),
            ("Transport Minister Lim Wei Ling said so.", "Lim Wei Ling"),
            (
                "\"We will fight on,\" Gov. Gavin Newsom said.",
                "Gavin Newsom",
            ),
            ("Sgt. Ana Ruiz said so.", "Ana Ruiz"),
            (
                "A spokesman, Lieutenant-Colonel Hervé Dumas, told reporters.",
                "Hervé Dumas",
            ),
            // A dictionary word no title list has, before a full name that ends the run.
            (
                "National Statistician Teresa Dalisay told a news conference.",
                "Teresa Dalisay",
            ),
            (
                "Scrum-half Julien Ferrat sniped over from a ruck.",
                "Julien Ferrat",
            ),
        ];
        reads_as(cases, Person);
        // Alone, those roles open other names.
        assert!(
            ms("The Star Tribune reported it.")
                .iter()
                .all(|m| m.1 != Some(Person))
        );
        // A dictionary word before a first name is no role when a company
        // word or a dictionary word ends the run.
        for sentence in [
            "He sang at the Royal Albert Hall.",
            "Shares of Premier Grace Holdings rose.",
        ] {
            let v = ms(sentence);
            assert!(v.iter().all(|m| m.1 != Some(Person)), "{sentence}: {v:?}");
        }
    }

    #[test]
    fn organizations_with_acronyms_and_legal_forms() {
        let t = tokenize(
            "Key players such as Sumitomo Metal Mining Co., Ltd. and Japan Organization for Metals and Energy Security (JOGMEC) are investing.",
        );
        let m = find(&t, &HashSet::from_iter(["key".to_string()]));
        assert_eq!(m[0].text, "Sumitomo Metal Mining Co., Ltd.");
        assert_eq!(m[0].kind, Some(Organization));
        assert_eq!(
            m[1].text,
            "Japan Organization for Metals and Energy Security"
        );
        assert_eq!(m[1].acronym.as_deref(), Some("JOGMEC"));
        let t = tokenize("the Ministry of Economy, Trade and Industry (METI) said");
        let m = find(&t, &HashSet::default());
        assert_eq!(
            (m[0].text.as_str(), m[0].acronym.as_deref()),
            ("Ministry of Economy, Trade and Industry", Some("METI"))
        );
    }

    #[test]
    fn names_by_their_surroundings() {
        // A title, the name between commas, then speech.
        let v = ms("Its managing director, Olga Berg, said the plant would close.");
        assert!(
            v.contains(&("Olga Berg".into(), Some(Person), true)),
            "{v:?}"
        );
        let v = ms("\"No,\" said its chief executive, Ana Paula Ruiz.");
        assert!(
            v.contains(&("Ana Paula Ruiz".into(), Some(Person), true)),
            "{v:?}"
        );
        // Without speech after it, a name between commas is not taken for a
        // person by that cue (a first name still says so: "Olga Berg").
        // (Two uncommon words still read weakly as a person's name.)
        assert!(
            ms("Its director, Vantor Krell, left early.")
                .iter()
                .all(|m| !(m.1 == Some(Person) && m.2))
        );
        assert!(ms("Its director, Olga Berg, left early.").contains(&(
            "Olga Berg".into(),
            Some(Person),
            true
        )));
        // After a preposition of place, inside a sentence.
        let v = ms("Engineers in Tarsk and farmers west of Lindholm protested.");
        assert!(
            v.contains(&("Tarsk".into(), Some(Place), true))
                && v.contains(&("Lindholm".into(), Some(Place), true)),
            "{v:?}"
        );
        // Not in title-case text, and not at the start of a sentence.
        assert!(
            ms("Advances in Battery Chemistry")
                .iter()
                .all(|m| m.1 != Some(Place))
        );
        assert!(
            ms("In Brief the council met.")
                .iter()
                .all(|m| m.1 != Some(Place))
        );
        // A title opening the sentence, even when the word is also seen in lower case.
        let t = tokenize("Judge Ana Ruiz of the High Court wrote that the judge erred.");
        let m = find(&t, &HashSet::from_iter(["judge".to_string()]));
        assert_eq!(
            (m[0].text.as_str(), m[0].kind),
            ("Ana Ruiz", Some(Person)),
            "{m:?}"
        );
        assert_eq!(
            (m[1].text.as_str(), m[1].kind),
            ("High Court", Some(Organization)),
            "{m:?}"
        );
        // A capital inside one speaking word: a company.
        assert_eq!(
            ms("ShopNow said sales fell.")[0],
            ("ShopNow".into(), Some(Organization), true)
        );
        assert_eq!(ms("Lopez said sales fell.")[0].1, Some(Person));
        // A hyphenated given name stays whole; a hyphenated participle is cut off.
        assert_eq!(
            ms("\"Yes,\" said finance chief Lee Min-ho.")[0].0,
            "Lee Min-ho"
        );
        assert_eq!(
            ms("The Seoul-designed chip and the Texas-based fund grew.")[0].0,
            "Seoul"
        );
        assert_eq!(
            ms("The Centers for Disease Control said so.")[0].1,
            Some(Organization)
        );
        assert_eq!(
            ms("Yesterday Aurora Ferries cut two routes.")
                .last()
                .unwrap()
                .1,
            Some(Organization)
        );
        // "the Aster-3 rover": a name before a thing word.
        assert!(
            ms("Engineers said the Aster-3 rover had stalled.").contains(&(
                "Aster-3".into(),
                Some(Other),
                true
            ))
        );
    }

    #[test]
    fn elements_places_vessels() {
        let v = ms(
            "The research vessel Chikyu found dysprosium and gadolinium near the island of Minamitorishima.",
        );
        assert_eq!(v[0], ("Chikyu".into(), Some(Other), true));
        assert_eq!(v[1], ("Dysprosium".into(), Some(Element), true));
        assert_eq!(v[3], ("Minamitorishima".into(), Some(Place), true));
        assert!(
            ms("They followed the Gold Rush and led the way.")
                .iter()
                .all(|m| m.1 != Some(Element))
        );
        assert_eq!(ms("gold prices rose")[0].0, "Gold");
    }

    #[test]
    fn speakers_and_openers() {
        let t = tokenize("“It works,” Jane Roe said.");
        let m = find(&t, &HashSet::default());
        assert_eq!(
            (m[0].text.as_str(), m[0].kind, m[0].speaks),
            ("Jane Roe", Some(Person), true)
        );
        let common: HashSet<String> = HashSet::from_iter(["collaboration".to_string()]);
        let t = tokenize("Collaboration with Kyushu University remains central.");
        let m = find(&t, &common);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].text, "Kyushu University");
        // After a quote's closing mark the sentence goes on: a word the corpus writes
        // in lower case is still a name there, but not after a full stop.
        let common: HashSet<String> = ["park", "rose", "bank", "shares"]
            .into_iter()
            .map(String::from)
            .collect();
        for (sentence, names) in [
            ("“It has weakened,” Park said.", &["Park"][..]),
            ("\"Why now?\" Rose asked.", &["Rose"]),
            ("'We will not,' Park told reporters.", &["Park"]),
            ("It closed. Park officials said so.", &[]),
            // A body's word before "of" and a name opens the body's name.
            (
                "Bank of Korea (BOK) officials said so.",
                &["Bank of Korea", "BOK"],
            ),
            ("Shares of Tarvos Investment rose.", &["Tarvos Investment"]),
        ] {
            let got: Vec<String> = find(&tokenize(sentence), &common)
                .into_iter()
                .map(|m| m.text)
                .collect();
            assert_eq!(got, names, "{sentence}");
        }
        let t = tokenize("A Cabinet Office-led program and Kyushu-based partners.");
        let names: Vec<String> = find(&t, &HashSet::default())
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(names, ["Cabinet Office", "Kyushu"]);
    }

    /// social_network_x: (sentence, whether X is found as the organization).
    #[test]
    fn social_network_x_rule() {
        for (sentence, want) in [
            (
                "He wrote in a post on X late on Tuesday that he was innocent.",
                true,
            ),
            ("The minister said on X: \"We will rebuild.\"", true),
            ("Her X account has 2 million followers.", true),
            ("Share on X", false),
            ("The Model X sold 4,000 units.", false),
            ("An X-ray showed a fracture.", false),
            ("Put an X on the map.", false),
        ] {
            let got = find(&tokenize(sentence), &HashSet::default())
                .iter()
                .any(|m| m.text == "X" && m.kind == Some(Organization) && m.strong);
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// [`quoted_titles`]: title-case words filling quotation marks are a
    /// work's title, unless someone said them or one word names what the
    /// lexicons know.
    #[test]
    fn quoted_titles_are_works() {
        let cases: &[(&str, &[(&str, Option<EntityKind>, bool)])] = &[
            (
                "The prize went to \u{201c}Nocturne for Two Trains\u{201d} by Rui Fontoura.",
                &[
                    ("Nocturne for Two Trains", Some(Other), true),
                    ("Rui Fontoura", Some(Person), false),
                ],
            ),
            (
                "He took best actor for \"Low Tide in Recife,\" in which he plays a fisherman.",
                &[("Low Tide in Recife", Some(Other), true)],
            ),
            (
                "She starred in \u{201c}Skagerrak,\u{201d} a drama.",
                &[("Skagerrak", Some(Other), false)],
            ),
            // Someone's words, not a title.
            ("\u{201c}Never Again,\u{201d} she said.", &[]),
            (
                "The crowd chanted: \u{201c}Save Our Schools\u{201d} outside.",
                &[],
            ),
            // One word the gazetteer knows stays what it is.
            (
                "They called the new bloc \u{201c}Europe\u{201d} again.",
                &[("Europe", Some(Place), true)],
            ),
            // Said, a nickname, a slogan naming a person, common words with no work spoken of.
            (
                "\u{201c}Glory to Hong Kong,\u{201d} the protesters chanted on Sunday.",
                &[],
            ),
            (
                "Placards with \u{201c}Free Imran Khan\u{201d} lined the road.",
                &[],
            ),
            (
                "Joaqu\u{ed}n \u{201c}El Chapo\u{201d} Guzm\u{e1}n was sentenced.",
                &[],
            ),
            ("He called the ruling \u{201c}Disgraceful.\u{201d}", &[]),
            (
                "Her first film, \u{201c}Dry Season\u{201d}, played in Berlin.",
                &[("Dry Season", Some(Other), true)],
            ),
            // Lower-case words that are no small words: a phrase, not a title.
            (
                "It was \u{201c}Deeply troubling\u{201d} for Acme Corp.",
                &[("Acme Corp.", Some(Organization), true)],
            ),
        ];
        for (sentence, want) in cases {
            let got: Vec<_> = ms(sentence)
                .into_iter()
                .filter(|m| m.1 == Some(Other) || want.iter().any(|w| w.0 == m.0))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|(n, k, s)| (n.to_string(), *k, *s))
                .collect();
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// One table for the kind rules: the sentence, the name in it, the rule,
    /// and what the rule alone reads there (kind and strength), or `None`.
    #[test]
    fn kind_rules() {
        let cases: &[(&str, &str, &str, Option<(EntityKind, bool)>)] = &[
            (
                "regnal_name",
                "The snuffboxes were made for the court of Louis XV.",
                "Louis XV",
                Some((Person, true)),
            ),
            (
                "regnal_name",
                "Henry VIII married six times.",
                "Henry VIII",
                Some((Person, true)),
            ),
            (
                "family_particles",
                "Its chief executive, Maaike van der Linden, will run the unit.",
                "Maaike van der Linden",
                Some((Person, false)),
            ),
            (
                "family_particles",
                "Flights to Rio de Janeiro resumed.",
                "Rio de Janeiro",
                None,
            ),
            (
                "family_particles",
                "Guests at the Van der Valk Hotel were moved.",
                "Van der Valk Hotel",
                None,
            ),
            (
                "regnal_name",
                "NASA's Artemis II crew will fly around the Moon.",
                "Artemis II",
                None,
            ),
            (
                "regnal_name",
                "The Airbus A320 and Boeing XX flew.",
                "Boeing XX",
                None,
            ),
            (
                "demonym_and_place",
                "It was the deadliest avalanche in the Italian Alps since 2023.",
                "Italian Alps",
                Some((Place, true)),
            ),
            (
                "demonym_and_place",
                "She is the first Korean American woman elected.",
                "Korean American",
                None,
            ),
            (
                "demonym_and_place",
                "He met British Airways staff.",
                "British Airways",
                None,
            ),
            (
                "self_named",
                "A criminal group calling itself Black Tundra claimed the attack.",
                "Black Tundra",
                Some((Organization, true)),
            ),
            (
                "self_named",
                "The gang, which calls itself Red Lotus, posted the files.",
                "Red Lotus",
                Some((Organization, true)),
            ),
            (
                "self_named",
                "Hackers calling themselves Scattered Spider claimed the attack.",
                "Scattered Spider",
                Some((Organization, true)),
            ),
            (
                "self_named",
                "A breakaway region calling itself Artsakh held a vote.",
                "Artsakh",
                None,
            ),
            (
                "self_named",
                "She called Maria Lopez on Tuesday.",
                "Maria Lopez",
                None,
            ),
            (
                "age_between_commas",
                "\"It went at midnight,\" said Guadalupe Barajas, 54, standing in her kitchen.",
                "Guadalupe Barajas",
                Some((Person, true)),
            ),
            (
                "age_between_commas",
                "Leeds United, 3, and Fulham, 2, were the only sides to score.",
                "Leeds United",
                None,
            ),
            (
                "age_between_commas",
                "Kato Mine, 54 kilometres away, was closed.",
                "Kato Mine",
                None,
            ),
            (
                "road_number",
                "He crashed at 100mph on the A470 after a night out.",
                "A470",
                Some((Place, false)),
            ),
            (
                "road_number",
                "There was a shortage of the N95 masks.",
                "N95",
                None,
            ),
            ("road_number", "The B52 was retired.", "B52", None),
            (
                "road_number",
                "Fans played games on the N64 for hours.",
                "N64",
                None,
            ),
            (
                "road_number",
                "In the south-west the A64 between Toulouse and Tarbes was cut.",
                "A64",
                Some((Place, true)),
            ),
            (
                "road_number",
                "Queues built up on the A5 motorway from Cascais.",
                "A5",
                Some((Place, true)),
            ),
            (
                "road_number",
                "Passengers on the A380 were delayed.",
                "A380",
                None,
            ),
            (
                "road_number",
                "The carrier flies the A6 to nowhere.",
                "A6",
                None,
            ),
            ("road_number", "She drove an M3 on the track.", "M3", None),
            (
                "road_number",
                "Prices rose on the Île-de-France line.",
                "Île-de-France",
                None,
            ),
            (
                "apposition",
                "Scierie Nordbois, the sawmill that employs 240 people, shut down.",
                "Scierie Nordbois",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Kamau Otieno, a sawmill owner in Eldoret, said prices fell.",
                "Kamau Otieno",
                None,
            ),
            (
                "apposition",
                "Tesco, Britain's biggest supermarket, reported a rise.",
                "Tesco",
                Some((Organization, true)),
            ),
            (
                "ampersand_initials",
                "Hordafjord P&I said it had appointed surveyors.",
                "Hordafjord P&I",
                Some((Organization, true)),
            ),
            (
                "ampersand_initials",
                "Shares of AT&T fell.",
                "AT&T",
                Some((Organization, false)),
            ),
            ("ampersand_initials", "The Q&A ran long.", "Q&A", None),
            ("ampersand_initials", "US E&P output rose.", "E&P", None),
            (
                "apposition",
                "They were taken to Argostoli, the island's capital, by boat.",
                "Argostoli",
                Some((Place, true)),
            ),
            (
                "apposition",
                "Jefferies, a capital markets firm, said the deal was done.",
                "Jefferies",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "It was funded by Lumo Partners, a venture capital firm, in May.",
                "Lumo Partners",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "According to Abenov, the team spent two years searching.",
                "Abenov",
                None,
            ),
            (
                "apposition",
                "According to Kpler, a data firm, output fell.",
                "Kpler",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Neutron, a reusable rocket, can carry 13 tonnes.",
                "Neutron",
                Some((Other, true)),
            ),
            (
                "apposition",
                "Uruapan, a city in the west, was hit.",
                "Uruapan",
                Some((Place, true)),
            ),
            (
                "apposition",
                "It was registered with the Art Loss Register, a private company in London.",
                "Art Loss Register",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Northlight Images, one of the largest stock-photo agencies, sued.",
                "Northlight Images",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Saltmarsh Books, its London publisher, said it was sad.",
                "Saltmarsh Books",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Morgan Stanley, the investment bank, said so.",
                "Morgan Stanley",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Jane Doe, a bank teller, said so.",
                "Jane Doe",
                None,
            ),
            (
                "noun_then_name",
                "The developer, Northgate Homes, will pay £4 million.",
                "Northgate Homes",
                Some((Organization, true)),
            ),
            (
                "noun_then_name",
                "It was told to sell its advertising business, Strata Ads, and to stop.",
                "Strata Ads",
                Some((Organization, true)),
            ),
            (
                "noun_then_name",
                "Its chief executive, Henrik Dahl, said so.",
                "Henrik Dahl",
                None,
            ),
            (
                "noun_then_name",
                "The bank, Alice Morgan said, will pay.",
                "Alice Morgan",
                None,
            ),
            (
                "role_of",
                "Lucie Garnier, president of Jeunes Agriculteurs, said so.",
                "Jeunes Agriculteurs",
                Some((Organization, false)),
            ),
            (
                "role_of",
                "He is the chief executive of the Halvern Trust.",
                "Halvern Trust",
                Some((Organization, false)),
            ),
            (
                "role_of",
                "She met the president of Kenya on Monday.",
                "Kenya",
                None,
            ),
            (
                "role_of",
                "He is a member of John Smith's team.",
                "John Smith",
                None,
            ),
            (
                "named_as_new",
                "The combined company, to be called Nordhavn Alveron, will be based in Copenhagen.",
                "Nordhavn Alveron",
                Some((Organization, false)),
            ),
            (
                "named_as_new",
                "The company named Sarah Olsen as chief executive.",
                "Sarah Olsen",
                None,
            ),
            (
                "publication",
                "The study, published on Monday in JAMA Neurology, found a link.",
                "JAMA Neurology",
                Some((Organization, true)),
            ),
            (
                "publication",
                "The paper, published online in Cell Reports, found a link.",
                "Cell Reports",
                Some((Organization, true)),
            ),
            (
                "company_subject",
                "Shares of the other, the listed Carpatic Infra, fell 11%.",
                "Carpatic Infra",
                Some((Organization, false)),
            ),
            (
                "company_subject",
                "Frankfurt-listed Ostwind fell 3%.",
                "Ostwind",
                Some((Organization, false)),
            ),
            (
                "club",
                "Aston Villa signed Dutch defender Jesse Kuipers from Feyenoord for €22 million.",
                "Aston Villa",
                Some((Organization, true)),
            ),
            (
                "club",
                "Aston Villa signed Dutch defender Jesse Kuipers from Feyenoord for €22 million.",
                "Feyenoord",
                Some((Organization, true)),
            ),
            (
                "club",
                "City sent the English winger on loan to Everton for the season.",
                "Everton",
                Some((Organization, true)),
            ),
            (
                "club",
                "He moved from Leeds to Bristol in 2019.",
                "Leeds",
                None,
            ),
            (
                "apposition",
                "\"We had a bet,\" said Tom Achterberg, Saltmarsh's publisher.",
                "Tom Achterberg",
                None,
            ),
            (
                "apposition",
                "\"It is a step,\" said Ingrid Halvorsen, an oncologist at Oslo University Hospital.",
                "Ingrid Halvorsen",
                None,
            ),
            (
                "apposition",
                "Amélia Nhantumbo, a Mozambican novelist whose books sell well, won.",
                "Amélia Nhantumbo",
                None,
            ),
            (
                "apposition",
                "The road to Chilpancingo, the state capital, was blocked.",
                "Chilpancingo",
                Some((Place, true)),
            ),
            (
                "apposition",
                "Alcaraz beat Sinner, his great rival, in the final.",
                "Sinner",
                None,
            ),
            (
                "apposition",
                "Okafor, one of the miners rescued on Friday, spoke.",
                "Okafor",
                None,
            ),
            (
                "club",
                "Putin signed the decree after returning from Beijing.",
                "Beijing",
                None,
            ),
            (
                "club",
                "The couple sold their flat and moved away from Leeds.",
                "Leeds",
                None,
            ),
            (
                "club",
                "The city took a $500m loan to Detroit's lenders.",
                "Detroit",
                None,
            ),
            (
                "noun_then_name",
                "Before joining the bank, Patel, 45, ran a shop.",
                "Patel",
                None,
            ),
            (
                "noun_then_name",
                "The firm's rival, Sinner, won.",
                "Sinner",
                None,
            ),
            (
                "noun_then_name",
                "The group, Amanda Reyes said, will pay.",
                "Amanda Reyes",
                None,
            ),
            (
                "publication",
                "Fighting was reported on Friday in Pokrovsk.",
                "Pokrovsk",
                None,
            ),
            (
                "company_subject",
                "She listed Hemingway among her influences.",
                "Hemingway",
                None,
            ),
            (
                "company_subject",
                "They met at the Grade II-listed Smithfield Market.",
                "Smithfield Market",
                None,
            ),
            (
                "named_as_new",
                "The company named Olsen as chief executive.",
                "Olsen",
                None,
            ),
            (
                "named_as_new",
                "The bank called Reeves's plan reckless.",
                "Reeves",
                None,
            ),
            (
                "role_of",
                "She was the director of Oppenheimer.",
                "Oppenheimer",
                None,
            ),
            ("apposition", "Smith, who left, was late.", "Smith", None),
            (
                "club",
                "Former Leicester City manager Gareth Whitlow spoke.",
                "Leicester City",
                Some((Organization, true)),
            ),
            (
                "club",
                "The striker, who joined from Fluminense, scored twice.",
                "Fluminense",
                Some((Organization, true)),
            ),
            (
                "club",
                "He spent four seasons at Empoli before that.",
                "Empoli",
                Some((Organization, true)),
            ),
            (
                "club",
                "They face an away game against Clermont in October.",
                "Clermont",
                Some((Organization, true)),
            ),
            (
                "club",
                "Verstappen finished third for Red Bull on Sunday.",
                "Red Bull",
                Some((Organization, true)),
            ),
            // A country's side is reported under the country; a person is a player.
            (
                "club",
                "Their match against France was close.",
                "France",
                None,
            ),
            (
                "club",
                "His match against Carlos Alcaraz was close.",
                "Carlos Alcaraz",
                None,
            ),
            (
                "storm_or_event",
                "Cyclone Mira crossed the coast.",
                "Cyclone Mira",
                Some((Other, true)),
            ),
            (
                "storm_or_event",
                "She won the Australian Open.",
                "Australian Open",
                Some((Other, true)),
            ),
            ("storm_or_event", "She met Mira Lopez.", "Mira Lopez", None),
            (
                "holiday",
                "Gold sales peak two days before Diwali.",
                "Diwali",
                Some((Other, true)),
            ),
            (
                "holiday",
                "Shops stay shut on Boxing Day.",
                "Boxing Day",
                Some((Other, true)),
            ),
            (
                "holiday",
                "Traffic rose ahead of Eid al-Fitr.",
                "Eid al-Fitr",
                Some((Other, true)),
            ),
            (
                "holiday",
                "Crowds filled the streets for Carnival.",
                "Carnival",
                Some((Other, true)),
            ),
            ("holiday", "Carnival shares fell.", "Carnival", None),
            ("holiday", "Shares of Carnival rose 7%.", "Carnival", None),
            ("holiday", "Dano said he was pleased.", "Dano", None),
            (
                "holiday_alone",
                "Diwali falls on Sunday this year.",
                "Diwali",
                Some((Other, false)),
            ),
            (
                "holiday",
                "Flights to Corpus Christi resumed.",
                "Corpus Christi",
                None,
            ),
            ("holiday", "She met Mira Lopez.", "Mira Lopez", None),
            (
                "publication",
                "It was published in The Lancet on Monday.",
                "The Lancet",
                Some((Organization, true)),
            ),
            (
                "publication",
                "Sales fell, according to Bloomberg.",
                "Bloomberg",
                Some((Organization, false)),
            ),
            (
                "publication",
                "Sales fell, according to Maria.",
                "Maria",
                None,
            ),
            (
                "place_in_gazetteer",
                "Residents of Brisbane sheltered.",
                "Brisbane",
                Some((Place, false)),
            ),
            (
                "place_in_gazetteer",
                "Talks with Australia ended.",
                "Australia",
                Some((Place, true)),
            ),
            (
                "place_in_gazetteer",
                "Rare earth elements (REEs) matter.",
                "REEs",
                None,
            ),
            (
                "organization_of_a_place",
                "Energy Queensland said crews worked.",
                "Energy Queensland",
                Some((Organization, false)),
            ),
            (
                "organization_of_a_place",
                "Elena Australia spoke.",
                "Elena Australia",
                None,
            ),
            (
                "organization_of_a_place",
                "Health New Zealand said wards were full.",
                "Health New Zealand",
                Some((Organization, false)),
            ),
            (
                "first_name",
                "Serena Williams sent a message.",
                "Serena Williams",
                Some((Person, true)),
            ),
            (
                "first_name",
                "Novak Djokovic sent a message.",
                "Novak Djokovic",
                Some((Person, false)),
            ),
            (
                "first_name",
                "Mary Institute opened.",
                "Mary Institute",
                None,
            ),
            (
                "first_name",
                "The match at Lumen Field drew 40,000 fans.",
                "Lumen Field",
                None,
            ),
            (
                "first_name",
                "It was built by Thales Alenia Space in Cannes.",
                "Thales Alenia Space",
                None,
            ),
            (
                "first_name",
                "It was led by Mary Ann Field in Cannes.",
                "Mary Ann Field",
                Some((Person, true)),
            ),
            // A common word that is no first name in the middle: no middle name.
            (
                "first_name",
                "The match was shown on Sky Sport Italia on Sunday.",
                "Sky Sport Italia",
                None,
            ),
            (
                "first_name",
                "Sandra Day O'Connor wrote the opinion.",
                "Sandra Day O'Connor",
                Some((Person, true)),
            ),
            (
                "storm_or_event",
                "It is the largest since the Palisades Fire in January.",
                "Palisades Fire",
                Some((Other, true)),
            ),
            (
                "storm_or_event",
                "Cal Fire said it was contained.",
                "Cal Fire",
                None,
            ),
            (
                "storm_or_event",
                "California's Dixie Fire spread overnight.",
                "Dixie Fire",
                Some((Other, true)),
            ),
            (
                "first_name",
                "Traders on Douglas Walk lived with roadworks.",
                "Douglas Walk",
                None,
            ),
            (
                "first_name",
                "It was led by John Stone in Cannes.",
                "John Stone",
                Some((Person, true)),
            ),
            (
                "company_subject",
                "Qantas reported a record profit.",
                "Qantas",
                Some((Organization, false)),
            ),
            (
                "company_subject",
                "Shares of Ocado slipped.",
                "Ocado",
                Some((Organization, false)),
            ),
            ("company_subject", "Qantas flies daily.", "Qantas", None),
            (
                "acronym",
                "The FNV union struck.",
                "FNV",
                Some((Organization, false)),
            ),
            ("acronym", "GDP rose 2%.", "GDP", None),
            (
                "acronym",
                "Shopkeepers take payments by QR code.",
                "QR",
                None,
            ),
            ("acronym", "It makes 250 MW.", "MW", None),
            (
                "residents_of",
                "Kedron resident Jo Whelan spoke.",
                "Kedron",
                Some((Place, false)),
            ),
            (
                "residents_of",
                "Westport city council voted.",
                "Westport",
                Some((Place, false)),
            ),
            (
                "which_clause",
                "Centrica, which owns British Gas, cut jobs.",
                "Centrica",
                Some((Organization, true)),
            ),
            (
                "which_clause",
                "Demand fell, according to Red Eléctrica, which runs the grid.",
                "Red Eléctrica",
                Some((Organization, true)),
            ),
            // Not opening its clause: the "which" may be another noun's.
            (
                "which_clause",
                "Its rival Spotify, which first complained in 2019, welcomed it.",
                "Spotify",
                Some((Organization, false)),
            ),
            (
                "first_name",
                "Ferro Serrano, which is controlled by investors, reported a loss.",
                "Ferro Serrano",
                None,
            ),
            (
                "first_name",
                "It went to Orchid House, by director Paolo Dimaculangan, which played in Cannes.",
                "Paolo Dimaculangan",
                Some((Person, true)),
            ),
            // A first name that is also a common word is weak evidence.
            (
                "first_name",
                "Red Eléctrica restored supply overnight.",
                "Red Eléctrica",
                Some((Person, false)),
            ),
            (
                "first_name",
                "Ferrante beat Ibarra on Court Suzanne-Lenglen.",
                "Court Suzanne-Lenglen",
                None,
            ),
            (
                "venue",
                "Ferrante beat Ibarra on Court Suzanne-Lenglen.",
                "Court Suzanne-Lenglen",
                Some((Place, false)),
            ),
            (
                "venue",
                "The final is at the Stade de France.",
                "Stade de France",
                Some((Place, false)),
            ),
            (
                "city_who",
                "They are a point ahead of Liverpool, who drew 1-1 at Brentford.",
                "Liverpool",
                Some((Organization, true)),
            ),
            (
                "city_who",
                "They are two ahead of Manchester, who host Chelsea on Sunday.",
                "Manchester",
                Some((Organization, true)),
            ),
            (
                "city_who",
                "A trader in Leeds, who lost his savings, spoke.",
                "Leeds",
                None,
            ),
            (
                "opponent",
                "Liverpool drew 1-1 at Brentford earlier in the day.",
                "Brentford",
                Some((Organization, false)),
            ),
            (
                "opponent",
                "Toulouse won 30-20 at Stade Ernest-Wallon.",
                "Stade Ernest-Wallon",
                None,
            ),
            (
                "opponent",
                "They lost on penalties to Sunderland in the League Cup.",
                "Sunderland",
                Some((Organization, true)),
            ),
            (
                "opponent",
                "Manchester City host Aston Villa on Sunday.",
                "Aston Villa",
                Some((Organization, false)),
            ),
            (
                "noun_after",
                "Seepage was found on the face of the Mata Velha dam.",
                "Mata Velha",
                Some((Place, true)),
            ),
            (
                "noun_after",
                "The army said it destroyed a Hamas tunnel in Rafah.",
                "Hamas",
                None,
            ),
            (
                "which_clause",
                "He bought a painting by Gustav Klimt, which sold for $236 million.",
                "Gustav Klimt",
                Some((Organization, false)),
            ),
            (
                "first_name",
                "He bought a painting by Gustav Klimt, which sold for $236 million.",
                "Gustav Klimt",
                Some((Person, true)),
            ),
            (
                "opponent",
                "Alcaraz beat Novak Djokovic 6-4 7-6.",
                "Novak Djokovic",
                None,
            ),
            (
                "city_who",
                "Refugees stay with families in Glasgow, who host them under the scheme.",
                "Glasgow",
                None,
            ),
            (
                "which_clause",
                "Japan's EEZ, which is a stretch of seabed, is vast.",
                "EEZ",
                None,
            ),
            (
                "inner_capital",
                "SpaceX launched again.",
                "SpaceX",
                Some((Organization, false)),
            ),
            ("inner_capital", "MacLeod spoke.", "MacLeod", None),
            (
                "brand_word",
                "Apple will launch its next iPhone.",
                "iPhone",
                Some((Other, false)),
            ),
            (
                "apposition",
                "Harmony Gold, South Africa's largest gold producer, said output rose.",
                "Harmony Gold",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "said Aoife Mulcahy, an economist at Trinity College Dublin.",
                "Aoife Mulcahy",
                None,
            ),
            (
                "apposition",
                "Turnout was highest in Hsinchu, the election commission said.",
                "Hsinchu",
                None,
            ),
            (
                "employer_of",
                "It was not our night, Dortmund coach Niko Kovac said.",
                "Dortmund",
                Some((Organization, true)),
            ),
            (
                "employer_of",
                "We spent 11 years, Halvern chief executive Tom Brannigan said.",
                "Halvern",
                Some((Organization, true)),
            ),
            (
                "employer_of",
                "India captain Shubman Gill said so.",
                "India",
                None,
            ),
            (
                "employer_of",
                "Texas governor Greg Abbott said so.",
                "Texas",
                None,
            ),
            (
                "employer_of",
                "It was not our night, Bayern coach Vincent Kompany said.",
                "Bayern",
                Some((Organization, true)),
            ),
            (
                "employer_of",
                "Chief executive Ruth Calloway said so.",
                "Chief",
                None,
            ),
            (
                "works_at",
                "said Priya Raman, an analyst at Peel Hunt.",
                "Peel Hunt",
                Some((Organization, true)),
            ),
            (
                "works_at",
                "said Rebecca Tolland, head of commodity strategy at Saxo Bank.",
                "Saxo Bank",
                Some((Organization, true)),
            ),
            (
                "works_at",
                "He had worked for Deliveroo for three years.",
                "Deliveroo",
                Some((Organization, false)),
            ),
            ("works_at", "She met him at Heathrow.", "Heathrow", None),
            (
                "noun_after",
                "The government chose the Cadence consortium to design it.",
                "Cadence",
                Some((Organization, true)),
            ),
            (
                "noun_after",
                "PLN will build solar capacity in Nusa Tenggara Timur province.",
                "Nusa Tenggara Timur",
                Some((Place, true)),
            ),
            (
                "noun_after",
                "Brent crude climbed 1.9%.",
                "Brent",
                Some((Other, true)),
            ),
            (
                "noun_after",
                "It said its Eva Copper project was on schedule.",
                "Eva Copper",
                Some((Other, true)),
            ),
            ("noun_after", "Brent said he was happy.", "Brent", None),
            (
                "commodity_company",
                "It bought MAC Copper this month.",
                "MAC Copper",
                Some((Organization, false)),
            ),
            (
                "commodity_company",
                "It bought North Gold this month.",
                "North Gold",
                None,
            ),
            (
                "residence_of",
                "Jordan Whitcombe, of Harehills, was convicted.",
                "Harehills",
                Some((Place, false)),
            ),
            (
                "residence_of",
                "Tyler Oduya, 19, of Gipton, was cleared.",
                "Gipton",
                Some((Place, false)),
            ),
            ("residence_of", "The Bank of Spain said so.", "Spain", None),
            (
                "based_in",
                "Pennine Vets, the Yorkshire-based chain, agreed.",
                "Yorkshire",
                Some((Place, true)),
            ),
            (
                "based_in",
                "It was made by the Lyngby-based company.",
                "Lyngby",
                Some((Place, true)),
            ),
            (
                "office_of_a_place",
                "A jury found former Ridgeway mayor Thomas Okafor guilty.",
                "Ridgeway",
                Some((Place, true)),
            ),
            (
                "office_of_a_place",
                "According to Ridgeway council president Luis Ferrante, it was late.",
                "Ridgeway",
                Some((Place, true)),
            ),
            (
                "office_of_a_place",
                "The Ridgeway Council met.",
                "Ridgeway",
                None,
            ),
            (
                "office_of_a_place",
                "Opposition councillor Jane Hale objected.",
                "Opposition",
                None,
            ),
            (
                "person_shape",
                "Yashasvi Jaiswal struck an unbeaten 131.",
                "Yashasvi Jaiswal",
                Some((Person, false)),
            ),
            (
                "person_shape",
                "The old ironworks at Horní Vratimov in Ostrava was busy.",
                "Horní Vratimov",
                None,
            ),
            (
                "affiliation",
                "The stage went to Owain Pritchard of Corvane Grenadiers.",
                "Corvane Grenadiers",
                Some((Organization, false)),
            ),
            (
                "affiliation",
                "The stage went to Owain Pritchard of Tarvena Bay.",
                "Tarvena Bay",
                None,
            ),
            (
                "affiliation",
                "Wanjiru Kamau of Power Shift Africa, who has followed the talks, said they would fail.",
                "Power Shift Africa",
                Some((Organization, false)),
            ),
            (
                "affiliation",
                "Spaniard Iker Arrieta of Team Nordvik-Helio led the break.",
                "Team Nordvik-Helio",
                Some((Organization, false)),
            ),
            (
                "club",
                "Kjeldsen, the 29-year-old Dane riding for Bravex-Arden, had led the race.",
                "Bravex-Arden",
                Some((Organization, true)),
            ),
            (
                "affiliation",
                "The prize went to Wanjiru Kamau of Power Shift Africa.",
                "Power Shift Africa",
                None,
            ),
            (
                "person_shape",
                "In Ciudad Obregón, Guadalupe Ramírez waited for two hours.",
                "Guadalupe Ramírez",
                Some((Person, false)),
            ),
            (
                "venue",
                "The match at Harwick Field drew 40,000 fans.",
                "Harwick Field",
                Some((Place, false)),
            ),
            (
                "person_shape",
                "Médecins Sans Frontières (MSF) said so.",
                "Médecins Sans Frontières",
                None,
            ),
            (
                "person_shape",
                "They beat Borussia Dortmund again.",
                "Borussia Dortmund",
                None,
            ),
            (
                "person_shape",
                "He flew to Munich Airport.",
                "Munich Airport",
                None,
            ),
            ("person_shape", "Real Betis signed him.", "Real Betis", None),
            (
                "person_shape",
                "Kuria Njoroge, who chairs the committee, said so.",
                "Kuria Njoroge",
                Some((Person, false)),
            ),
            (
                "team_of_a_place",
                "Kuria Njoroge, who chairs the committee, said so.",
                "Kuria Njoroge",
                None,
            ),
            (
                "company_subject",
                "Some were built at Austal's shipyard in Perth.",
                "Austal",
                Some((Organization, false)),
            ),
            (
                "company_subject",
                "BYD's Hong Kong-listed shares rose.",
                "BYD",
                Some((Organization, false)),
            ),
            (
                "listed_company",
                "The firm overtook Toyota as the best-selling brand.",
                "Toyota",
                Some((Organization, false)),
            ),
            (
                "opponent",
                "Napoli beat Genoa on Saturday.",
                "Genoa",
                Some((Organization, true)),
            ),
            (
                "made_by",
                "It was produced by Mer Film in Oslo.",
                "Mer Film",
                Some((Organization, false)),
            ),
            (
                "made_by",
                "It was directed by Celia Marr last year.",
                "Celia Marr",
                None,
            ),
            (
                "award_won",
                "It won the Golden Lion for best film.",
                "Golden Lion",
                Some((Other, false)),
            ),
            (
                "country_possessive_person",
                "The award went to South Korea's Song Kang-ho.",
                "Song Kang-ho",
                Some((Person, false)),
            ),
            (
                "country_possessive_person",
                "Tourists flocked to Japan's Mount Fuji.",
                "Mount Fuji",
                None,
            ),
            (
                "numbered_name",
                "The satellite flew on a Falcon 9 from Florida.",
                "Falcon 9",
                Some((Other, false)),
            ),
            (
                "numbered_name",
                "Crews closed Highway 97 north of the city.",
                "Highway 97",
                Some((Place, true)),
            ),
            (
                "numbered_name",
                "Crews closed the Falcon road.",
                "Falcon",
                None,
            ),
            (
                "listed_company",
                "Amazon said it would launch more satellites.",
                "Amazon",
                Some((Organization, false)),
            ),
            (
                "listed_company",
                "Fires burned across the Amazon for a month.",
                "Amazon",
                None,
            ),
            (
                "listed_company",
                "Workers at the Tesla factory voted to strike.",
                "Tesla",
                Some((Organization, false)),
            ),
            (
                "a_body_s_noun",
                "The latest Novus poll put the party at 31%.",
                "Novus",
                Some((Organization, false)),
            ),
            (
                "a_body_s_noun",
                "Strand, a former Volvo Cars engineer, took over in January.",
                "Volvo Cars",
                Some((Organization, false)),
            ),
            (
                "a_body_s_noun",
                "A Paris spokesman declined to comment.",
                "Paris",
                None,
            ),
            (
                "opponent",
                "They lost to Benfica in the Champions League.",
                "Benfica",
                Some((Organization, true)),
            ),
            (
                "opponent",
                "They lost to Fenwick in the cup.",
                "Fenwick",
                Some((Organization, false)),
            ),
            (
                "opponent",
                "India beat Australia by seven wickets.",
                "Australia",
                None,
            ),
            (
                "opponent",
                "She beat Serena Williams in the final.",
                "Serena Williams",
                None,
            ),
            (
                "acronym_head",
                "It includes CDPQ Infra and others.",
                "CDPQ Infra",
                Some((Organization, false)),
            ),
            (
                "acronym_head",
                "It includes GDP Growth and others.",
                "GDP Growth",
                None,
            ),
            (
                "organization_of_a_place",
                "Bayern beat RB Leipzig on Sunday.",
                "RB Leipzig",
                Some((Organization, false)),
            ),
            (
                "organization_of_a_place",
                "Rents rose in Greater Manchester.",
                "Greater Manchester",
                None,
            ),
            (
                "organization_of_a_place",
                "Saudi Aramco is expected to cut prices.",
                "Saudi Aramco",
                Some((Organization, false)),
            ),
            (
                "listed_company",
                "Apple will launch a phone.",
                "Apple",
                None,
            ),
            (
                "listed_company",
                "Analysts said Apple will launch a phone.",
                "Apple",
                Some((Organization, false)),
            ),
            (
                "distance_away",
                "Chapais, about 45 kilometres to the west, was emptied last week.",
                "Chapais",
                Some((Place, true)),
            ),
            (
                "distance_away",
                "Nadia Ebrahim, 45, said the fire was close.",
                "Nadia Ebrahim",
                None,
            ),
            (
                "model_code",
                "It costs less than the KX-8, which Kestrion launched in 2024.",
                "KX-8",
                Some((Other, false)),
            ),
            ("model_code", "Traffic backed up on I-95.", "I-95", None),
            (
                "road_number",
                "Farmers blocked the S8 and S2 expressways.",
                "S8",
                Some((Place, true)),
            ),
            (
                "road_number",
                "Queues formed on the A5 motorway.",
                "A5",
                Some((Place, true)),
            ),
            ("model_code", "He joined the Under-21s.", "Under-21s", None),
            (
                "model_code",
                "India landed Chandrayaan-3 near the south pole in 2023.",
                "Chandrayaan-3",
                Some((Other, false)),
            ),
            (
                "compass_region",
                "The warning raised over southern Tarvena was lifted.",
                "Tarvena",
                Some((Place, true)),
            ),
            (
                "compass_region",
                "Aid reached villages in central Tarvena on Monday.",
                "Tarvena",
                Some((Place, true)),
            ),
            (
                "compass_region",
                "Prices paid to northern Italian farmers fell.",
                "Italian",
                None,
            ),
            (
                "compass_region",
                "Workers at the northern Tarvena plant walked out.",
                "Tarvena",
                None,
            ),
            (
                "compass_region",
                "Crews in the southern Interior were stretched.",
                "Interior",
                None,
            ),
            (
                "compass_region",
                "Northern Tarvena was cut off.",
                "Tarvena",
                None,
            ),
            (
                "direction_of",
                "A ban covers the territory north of the Tarvena.",
                "Tarvena",
                Some((Place, true)),
            ),
            (
                "direction_of",
                "She met the head of the Tarvena Seaway Authority.",
                "Tarvena Seaway Authority",
                None,
            ),
            (
                "listed_bodies",
                "The firm delivers for online retailers including Boots and Currys.",
                "Currys",
                Some((Organization, true)),
            ),
            (
                "listed_bodies",
                "Gold is driven by central banks and ETF money.",
                "ETF",
                None,
            ),
            (
                "road_number",
                "I was not going to take a van that was dangerous onto the M62.",
                "M62",
                Some((Place, false)),
            ),
            (
                "numbered_name",
                "The fire jumped Route 167 and came within 6 kilometres of the town.",
                "Route 167",
                Some((Place, true)),
            ),
            (
                "noun_after",
                "In Tokyo's Setagaya ward, voters queued.",
                "Setagaya",
                Some((Place, true)),
            ),
            (
                "team_of_a_place",
                "The Denver Nuggets rallied late.",
                "Denver Nuggets",
                Some((Organization, false)),
            ),
            (
                "team_of_a_place",
                "They host the Minnesota Timberwolves on Saturday.",
                "Minnesota Timberwolves",
                Some((Organization, false)),
            ),
            (
                "team_of_a_place",
                "Agents of the El Paso Sector made arrests.",
                "El Paso Sector",
                Some((Organization, false)),
            ),
            (
                "team_of_a_place",
                "Jordan Henderson scored twice.",
                "Jordan Henderson",
                None,
            ),
            (
                "team_of_a_place",
                "Guadalupe Ramírez waited for two hours.",
                "Guadalupe Ramírez",
                None,
            ),
            (
                "team_of_a_place",
                "The Boston Celtics won again.",
                "Boston Celtics",
                Some((Organization, false)),
            ),
            (
                "team_of_a_place",
                "He was chased across the Hollywood Hills.",
                "Hollywood Hills",
                None,
            ),
            (
                "team_of_a_place",
                "The Sambalpur Intercity Express derailed.",
                "Sambalpur Intercity Express",
                None,
            ),
            // A first name only the other languages' lists know does not stop an apposition.
            (
                "apposition",
                "Kestrel Grid, an Estonian start-up, raised money.",
                "Kestrel Grid",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Santé Québec, the agency that runs hospitals, said so.",
                "Santé Québec",
                Some((Organization, true)),
            ),
            (
                "apposition",
                "Paper Lanterns, the song that went viral, closed the set.",
                "Paper Lanterns",
                Some((Other, true)),
            ),
            (
                "apposition",
                "Havenlicht, the harbour festival, drew crowds.",
                "Havenlicht",
                Some((Other, true)),
            ),
            (
                "work_title",
                "She played her second album, Glass Orchard, in full.",
                "Glass Orchard",
                Some((Other, true)),
            ),
            (
                "work_title",
                "They played a surprise version of Zomerkind on Friday.",
                "Zomerkind",
                Some((Other, false)),
            ),
            (
                "work_title",
                "I loved the film, Jane Doe said.",
                "Jane Doe",
                None,
            ),
            (
                "plural_name",
                "The motion was backed by the Nationals and others.",
                "Nationals",
                Some((Organization, false)),
            ),
            (
                "plural_name",
                "He broke his arm against the Cronulla Sharks in May.",
                "Cronulla Sharks",
                Some((Organization, false)),
            ),
            (
                "plural_name",
                "They flew to the Philippines on Monday.",
                "Philippines",
                None,
            ),
            (
                "plural_name",
                "She won gold at the Games in Paris.",
                "Games",
                None,
            ),
            (
                "party_run",
                "Pryce had led the Reform-run authority since 2021.",
                "Reform",
                Some((Organization, false)),
            ),
            (
                "party_run",
                "The US-led coalition struck again.",
                "US",
                None,
            ),
            ("party_run", "The Seoul-based firm grew.", "Seoul", None),
            (
                "hometown",
                "Mabey, a former head teacher from Morriston, spoke.",
                "Morriston",
                Some((Place, false)),
            ),
            (
                "hometown",
                "The 24-year-old from Leeds played on.",
                "Leeds",
                Some((Place, false)),
            ),
            (
                "hometown",
                "She got a letter from Acme on Monday.",
                "Acme",
                None,
            ),
            (
                "place_of_an_institution",
                "Patients at Shawville's Pontiac Hospital waited.",
                "Shawville",
                Some((Place, false)),
            ),
            (
                "place_of_an_institution",
                "Kestrel's board met on Monday.",
                "Kestrel",
                None,
            ),
            (
                "noun_after",
                "Attackers linked to the Qilin ransomware group struck.",
                "Qilin",
                Some((Organization, false)),
            ),
            (
                "noun_after",
                "Pan Pacific runs the Don Quijote discount chain.",
                "Don Quijote",
                Some((Organization, false)),
            ),
            (
                "noun_after",
                "Rome's Fiumicino airport was the worst hit.",
                "Fiumicino",
                Some((Place, true)),
            ),
            (
                "noun_after",
                "Staff at Brussels-Midi station helped.",
                "Brussels-Midi",
                Some((Place, true)),
            ),
            (
                "noun_after",
                "They drew crowds to the Katendrecht docks.",
                "Katendrecht",
                Some((Place, true)),
            ),
            (
                "works_at",
                "Staff at Brussels-Midi station helped.",
                "Brussels-Midi",
                None,
            ),
            (
                "made_by",
                "It builds robots for car factories run by Korvath.",
                "Korvath",
                Some((Organization, false)),
            ),
            (
                "listed_company",
                "Declan Foley, 51, of Blackrock, was jailed.",
                "Blackrock",
                None,
            ),
            (
                "residence_of",
                "Declan Foley, 51, of Blackrock, was jailed.",
                "Blackrock",
                Some((Place, false)),
            ),
        ];
        for (rule, sentence, name, want) in cases {
            let t = tokenize(sentence);
            let first = name.split(' ').next().unwrap();
            let start = t
                .iter()
                .position(|x| {
                    x.text == first
                        || x.text.starts_with(first)
                            && (x.text.len() <= first.len() + 2
                                || x.text[first.len()..].starts_with('-'))
                })
                .unwrap_or_else(|| panic!("{name} in {sentence}"));
            let parts: Vec<String> = name.split(' ').map(str::to_string).collect();
            let after = start + parts.len();
            let f = CUE_RULES
                .iter()
                .find(|r| r.0 == *rule)
                .unwrap_or_else(|| panic!("no rule {rule}"))
                .1;
            assert_eq!(
                f(&Cue {
                    t: &t,
                    start,
                    after,
                    parts: &parts
                }),
                *want,
                "{rule}: {name} in {sentence}"
            );
        }
    }

    /// The places a dateline names: (dateline, mentions and their kind).
    #[test]
    fn dateline_places() {
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            (
                "SWANSEA, Wales, April 16",
                &[("Swansea", Place), ("Wales", Place)],
            ),
            (
                "HANOI/NEW DELHI, May 3",
                &[("Hanoi", Place), ("New Delhi", Place)],
            ),
            ("RIO DE JANEIRO, Jan 5", &[("Rio de Janeiro", Place)]),
            ("PORT-AU-PRINCE", &[("Port-au-Prince", Place)]),
            // An abbreviation only when the lexicons know it.
            (
                "WASHINGTON, D.C., March 3",
                &[("Washington", Place), ("D.C.", Place)],
            ),
            (
                "AUSTIN, Texas, May 2",
                &[("Austin", Place), ("Texas", Place)],
            ),
            ("FERNDALE, Calif.", &[("Ferndale", Place)]),
            ("PARIS, Oct 8", &[("Paris", Place)]),
            // The agency's line of a dateline in mixed case names no place of the story.
            ("Port Sudan", &[]),
        ];
        for (dateline, want) in cases {
            let got: Vec<(String, EntityKind)> = dateline_mentions(dateline)
                .into_iter()
                .map(|m| (m.text, m.kind.unwrap()))
                .collect();
            let want: Vec<(String, EntityKind)> =
                want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
            assert_eq!(got, want, "{dateline}");
        }
    }

    #[test]
    fn words_run_together_and_binomials() {
        let v = ms("Scientists named it Ventolacerta skyensis last week.");
        assert!(
            v.contains(&("Ventolacerta skyensis".into(), Some(Other), true)),
            "{v:?}"
        );
        // A sentence opener that is a common word before a proper name goes; "Rocket Lab" stays.
        let t = tokenize("Rival Asda reported a fall.");
        assert_eq!(find(&t, &HashSet::default())[0].text, "Asda");
        let t = tokenize("Rocket Lab launched four satellites.");
        assert_eq!(
            find(&t, &HashSet::from_iter(["rocket".to_string()]))[0].text,
            "Rocket Lab"
        );
        // An opener stays when it and the next word begin a name the article writes
        // inside a sentence, or after an article that opens one.
        let article = [
            "The school fell in the Times Higher Education World University Rankings.",
            "A Virgin Australia spokesperson said so.",
        ];
        let names: HashSet<String> = article
            .iter()
            .flat_map(|s| {
                let t = tokenize(s);
                mid_sentence_names(&t, &sentence_runs(&t)).collect::<Vec<_>>()
            })
            .collect();
        let common = HashSet::from_iter(["times".to_string(), "virgin".to_string()]);
        for (sentence, first) in [
            (
                "Times Higher Education compiles the table.",
                "Times Higher Education",
            ),
            (
                "Virgin Australia and Qantas suspended services.",
                "Virgin Australia",
            ),
            // An opener that begins no name of the article still goes.
            ("Rival Asda reported a fall.", "Asda"),
            (
                "Rival Pan Pacific International Holdings reported a rise.",
                "Pan Pacific International Holdings",
            ),
        ] {
            let t = tokenize(sentence);
            let got = find_with(&t, sentence_runs(&t), &common, &names);
            assert_eq!(got[0].text, first, "{sentence}: {got:?}");
        }
        // One common word opening a sentence, or a quotation, names nothing; a surname the
        // article writes whole, or alone inside a sentence, stays.
        let article = [
            "Proulx said: \"Nobody in this town has seen smoke like this.\"",
            "Helena Strand, 52, spoke first.",
            "Ekholm accused Tarvo of offering money.",
        ];
        let toks: Vec<Vec<Token>> = article.iter().map(|s| tokenize(s)).collect();
        let names: HashSet<String> = toks
            .iter()
            .flat_map(|t| mid_sentence_names(t, &sentence_runs(t)).collect::<Vec<_>>())
            .collect();
        assert!(
            !names.contains("nobody")
                && names.contains("^helena strand")
                && names.contains("tarvo"),
            "{names:?}"
        );
        for (sentence, want) in [
            ("\"Nobody told us anything,\" she said.", None),
            ("Nobody was hurt.", None),
            ("Strand closed her speech.", Some("Strand")),
            ("Tarvo closed his speech.", Some("Tarvo")),
        ] {
            let t = tokenize(sentence);
            let got = find_with(&t, sentence_runs(&t), &HashSet::default(), &names);
            assert_eq!(got.first().map(|m| m.text.as_str()), want, "{sentence}");
        }
        // A rank and a lone first name name no one, unless the article gives it as a surname.
        let t = tokenize("\"It is bad,\" said Dr Marsh, \"and we know it.\"");
        assert!(find(&t, &HashSet::default()).is_empty());
        let trust = tokenize("The trust's chief executive, Dr Helen Marsh, spoke.");
        let names: HashSet<String> = mid_sentence_names(&trust, &sentence_runs(&trust)).collect();
        let got = find_with(&t, sentence_runs(&t), &HashSet::default(), &names);
        assert!(got.iter().any(|m| m.text == "Marsh"), "{got:?}");
        // (The rank and the first name themselves, written mid-sentence, are no surname.)
        let t = tokenize("The case was closed, said Inspector Maria.");
        let names: HashSet<String> = mid_sentence_names(&t, &sentence_runs(&t)).collect();
        assert!(find_with(&t, sentence_runs(&t), &HashSet::default(), &names).is_empty());
        // Two people joined by "and" are two names.
        let names: Vec<String> = find(
            &tokenize("Yesterday Novak Djokovic and Serena Williams sent messages."),
            &HashSet::default(),
        )
        .into_iter()
        .map(|m| m.text)
        .collect();
        assert!(
            names.contains(&"Novak Djokovic".to_string())
                && names.contains(&"Serena Williams".to_string()),
            "{names:?}"
        );
    }

    /// [`inner_brand`]: a lower-case start and an inner capital make a brand's name, not a unit's.
    #[test]
    fn inner_brands() {
        for (w, brand) in [
            ("iPhone", true),
            ("eBay", true),
            ("easyJet", true),
            ("iRobot", true),
            ("kWh", false),
            ("mAh", false),
            ("mRNA", false),
            ("iOS", false),
            ("said", false),
        ] {
            let t = tokenize(w);
            assert_eq!(inner_brand(&t[0]), brand, "{w}");
        }
    }

    /// Not a place: a language or a faith opening a sentence, a player a team has, a town
    /// where someone appeared in court ("appeared" three words back is no journal's verb).
    #[test]
    fn not_places_by_preposition() {
        for (sentence, name) in [
            ("In Swahili, the word means rain.", "Swahili"),
            ("In Mbappé, Madrid have a forward.", "Mbappé"),
        ] {
            let t = tokenize(sentence);
            let m = find(&t, &HashSet::default())
                .into_iter()
                .find(|m| m.text == name);
            assert!(
                m.as_ref()
                    .is_none_or(|m| m.kind != Some(EntityKind::Place) || !m.strong),
                "{sentence}: {m:?}"
            );
        }
        let t = tokenize("He appeared in court in Tumauini on Monday.");
        let m = find(&t, &HashSet::default())
            .into_iter()
            .find(|m| m.text == "Tumauini");
        assert!(
            m.as_ref()
                .is_some_and(|m| m.kind == Some(EntityKind::Place)),
            "{m:?}"
        );
    }

    /// A currency's code glued to a number is an amount, no name.
    #[test]
    fn amounts_glued_to_codes_are_no_names() {
        // (A table of words, and none panics on letters of two bytes.)
        for (w, amount) in [
            ("PHP85", true),
            ("Sh3", true),
            ("Shiva", false),
            ("USD1", true),
            ("R250", true),
            ("PHX85", false),
            ("ÉÑÓ12", false),
            ("Ñu5", false),
        ] {
            assert_eq!(amount_word(w), amount, "{w}");
        }
    }

    /// How a name is cut out of its sentence: (sentence, names found, in order).
    #[test]
    fn name_shapes() {
        let cases: &[(&str, &[&str])] = &[
            // Hyphenated names stay whole; a lower-case participle is cut off.
            (
                "FTX founder Sam Bankman-Fried received 25 years.",
                &["FTX", "Sam Bankman-Fried"],
            ),
            (
                "Chief Inspector Wong Mei-ling said 11 people were held.",
                &["Wong Mei-ling"],
            ),
            ("The Seoul-headquartered firm grew.", &["Seoul"]),
            // A plural acronym is a common noun; a trade's plural opening a sentence names no one.
            ("Hong Kong IPOs have raised HK$148 billion.", &["Hong Kong"]),
            (
                "Seismologists warned of aftershocks in Malatya.",
                &["Malatya"],
            ),
            // A compass adjective before a noun names nothing.
            (
                "It brought China and Western creditors to the table.",
                &["China"],
            ),
            // A word never a name alone joins after "of" when a name follows it.
            (
                "She heads the Ministry of Home Affairs in Delhi.",
                &["Ministry of Home Affairs", "Delhi"],
            ),
            // A plural possessive before someone's full name ends the body's name.
            (
                "Kalahari Securities' Nadia Ebrahim estimated the discount.",
                &["Kalahari Securities", "Nadia Ebrahim"],
            ),
            // A body on its street is two names.
            (
                "Farmers gathered outside the Ministry of Agriculture on Wspólna Street.",
                &["Ministry of Agriculture", "Wspólna Street"],
            ),
            // An event's name ends before "for".
            (
                "Marchand won the Dutch Grand Prix for Scuderia Ferrari on Sunday.",
                &["Marchand", "Dutch Grand Prix", "Scuderia Ferrari"],
            ),
            // Particles and Arabic articles inside a person's name.
            (
                "Army chief Abdel Fattah al-Burhan said the truce held.",
                &["Abdel Fattah al-Burhan"],
            ),
            (
                "Crown Prince Mohammed bin Salman met him.",
                &["Mohammed bin Salman"],
            ),
            // A nickname in quotes; a generational suffix with its period; honours after a name.
            (
                "Topping the race was Ramon \"Bong\" Villacorta, who won.",
                &["Ramon Villacorta"],
            ),
            (
                "President Ferdinand Marcos Jr., whose coalition won, spoke.",
                &["Ferdinand Marcos Jr."],
            ),
            // Initials with their periods, in the middle or in front.
            (
                "Party leader Alex P. Varghese told reporters at the office.",
                &["Alex P. Varghese"],
            ),
            (
                "Outgoing Chief Minister P.K. Sasidharan, 72, retained his seat.",
                &["P.K. Sasidharan"],
            ),
            (
                "Prosecutor Nicholas Penrose KC told jurors the attack was swift.",
                &["Nicholas Penrose"],
            ),
            // Titles in a chain, in the plural, with a portfolio; a title inside an organization's name.
            (
                "He was joined by Chief Justice John Roberts and Justices Sonia Sotomayor and Elena Kagan.",
                &["John Roberts", "Sonia Sotomayor", "Elena Kagan"],
            ),
            (
                "Detective Chief Inspector Claire Brennan said the case was senseless.",
                &["Claire Brennan"],
            ),
            (
                "Minister for Housing James Browne said on Tuesday it was on course.",
                &["James Browne"],
            ),
            (
                "The Justice Department said it was reviewing the decision.",
                &["Justice Department"],
            ),
            // A possessive inside a name; a case name.
            (
                "He died at St James's University Hospital in Leeds.",
                &["St James's University Hospital", "Leeds"],
            ),
            (
                "They will appear in West Kowloon Magistrates' Courts on Friday.",
                &["West Kowloon Magistrates' Courts"],
            ),
            (
                "It was its 2018 ruling in Carpenter v. United States.",
                &["Carpenter v. United States"],
            ),
            // Connectors that do not join two names.
            (
                "The club paid Tottenham Hotspur for Harry Kane in 2023.",
                &["Tottenham Hotspur", "Harry Kane"],
            ),
            (
                "The championship moves to Shanghai for the Chinese Grand Prix next Sunday.",
                &["Shanghai", "Chinese Grand Prix"],
            ),
            (
                "He pulled away from Jacob Kiplimo on the Embankment to win.",
                &["Jacob Kiplimo", "Embankment"],
            ),
            (
                "It is made by Halvern Biosciences of Cambridge, Massachusetts, for adults.",
                &["Halvern Biosciences", "Cambridge", "Massachusetts"],
            ),
            (
                "The Centers for Disease Control and Prevention said so.",
                &["Centers for Disease Control and Prevention"],
            ),
            // Two names joined by "and": two long names, places, a pair after "between", names before a plural noun.
            (
                "The consortium includes CDPQ Infra and Air Canada.",
                &["CDPQ Infra", "Air Canada"],
            ),
            // One word either side, neither a dictionary word: two names.
            (
                "The reactors will be built by Westinghouse and Bechtel.",
                &["Westinghouse", "Bechtel"],
            ),
            ("Rivals BYD and Geely cut prices.", &["BYD", "Geely"]),
            // The last two of a list of names; a body and a person.
            (
                "Outages hit Tarvena, Cagayan, Quirino and Bantolo Alto.",
                &["Tarvena", "Cagayan", "Quirino", "Bantolo Alto"],
            ),
            (
                "Flights to Jamaica, Barbados and Trinidad and Tobago resumed.",
                &["Jamaica", "Barbados", "Trinidad and Tobago"],
            ),
            (
                "Commonwealth Bank, Westpac, NAB and ANZ all lifted their rates.",
                &["Commonwealth Bank", "Westpac", "NAB", "ANZ"],
            ),
            (
                "Shares of Toyota, Honda and Mazda fell on Tuesday.",
                &["Toyota", "Honda", "Mazda"],
            ),
            (
                "It was filed by the Kenya Consumers Federation and Esther Chebet, a trader.",
                &["Kenya Consumers Federation", "Esther Chebet"],
            ),
            // A medicine's name is no list's member; a stem alone, a compound, a link's word are none.
            (
                "After a year on semaglutide, Okonkwo lost 15kg.",
                &["semaglutide", "Okonkwo"],
            ),
            (
                "Triptan and gliflozin sales rose; acrylamide was found.",
                &[],
            ),
            ("See example.com/sitagliptin for more.", &[]),
            // A word of the dictionary with a medicine's ending is none.
            ("Her cholesterol fell on the new diet.", &[]),
            // Two names with one head word; a brand with a capital inside; holidays.
            (
                "Central Railway and Western Railway, which serve Mumbai, added coaches.",
                &["Central Railway", "Western Railway", "Mumbai"],
            ),
            (
                "The ministry asked IndiGo and Air India to add flights.",
                &["IndiGo", "Air India"],
            ),
            (
                "Shops close for Thanksgiving and Boxing Day.",
                &["Thanksgiving", "Boxing Day"],
            ),
            (
                "Offices close on the Day of Prayer and Thanksgiving.",
                &["Day of Prayer and Thanksgiving"],
            ),
            // A possessive inside a charity's name; not a country's.
            (
                "The charity Alzheimer's Society welcomed it.",
                &["Alzheimer's Society"],
            ),
            (
                "It was funded by Alzheimer's Research UK.",
                &["Alzheimer's Research UK"],
            ),
            (
                "It was run by Japan's Foundation for Science.",
                &["Japan", "Foundation for Science"],
            ),
            // A person "of" a place, second in a list.
            (
                "Ministers Ana Ribeiro of Brazil and Lars Eklund of Sweden spoke.",
                &["Ana Ribeiro", "Brazil", "Lars Eklund", "Sweden"],
            ),
            (
                "Chatham County District Attorney Nathaniel Brantley said so.",
                &["Chatham County", "Nathaniel Brantley"],
            ),
            // A title word opening the name of an event or a thing: no person.
            (
                "The club finished fourth in the Premier League last season.",
                &["Premier League"],
            ),
            (
                "Regulators said the app broke the General Data Protection Regulation.",
                &["General Data Protection Regulation"],
            ),
            ("Senator Bill Cassidy voted against it.", &["Bill Cassidy"]),
            // Places joined by a hyphen are those places; names with a hyphen stay whole.
            (
                "It dropped its Halifax-Ottawa route and two Asia-Europe services.",
                &["Halifax", "Ottawa", "Asia", "Europe"],
            ),
            (
                "Sales of Coca-Cola rose, Rolls-Royce said.",
                &["Coca-Cola", "Rolls-Royce"],
            ),
            ("Sam Bankman-Fried was sentenced.", &["Sam Bankman-Fried"]),
            // A dictionary word on one side, or a name the lexicons know: one name.
            (
                "Shoppers returned to Marks and Spencer this year.",
                &["Marks and Spencer"],
            ),
            (
                "Trinidad and Tobago won the toss.",
                &["Trinidad and Tobago"],
            ),
            (
                "The highway between Acapulco and Chilpancingo was blocked.",
                &["Acapulco", "Chilpancingo"],
            ),
            (
                "Two workers died at the Kusasalethu and Moab Khotsong mines.",
                &["Kusasalethu", "Moab Khotsong"],
            ),
            (
                "The Securities and Exchange Commission has a case pending.",
                &["Securities and Exchange Commission"],
            ),
            // A domain, a plus sign, an ordinal, foreign connectors, an acronym opening a name.
            (
                "according to property website Daft.ie on Monday.",
                &["Daft.ie"],
            ),
            ("Oil rose after OPEC+ agreed to keep quotas.", &["OPEC+"]),
            (
                "It goes back to the 6th U.S. Circuit Court of Appeals in Cincinnati.",
                &["6th U.S. Circuit Court of Appeals", "Cincinnati"],
            ),
            (
                "Both ran under the Alyansa para sa Bagong Pilipinas coalition.",
                &["Alyansa para sa Bagong Pilipinas"],
            ),
            (
                "Buyers qualify for an EV Early Adoption Incentive rebate.",
                &["EV Early Adoption Incentive"],
            ),
            // Words an acronym in parentheses spells belong to the name.
            (
                "It said, according to the Union des producteurs agricoles (UPA), Quebec's largest farm union.",
                &["Union des producteurs agricoles"],
            ),
            (
                "The Board of Control for Cricket in India (BCCI) announced a reward.",
                &["Board of Control for Cricket in India"],
            ),
            // "leader" before a first name; a title in quotes keeps its "The".
            (
                "Bloc Québécois Leader Yves-François Blanchet said so.",
                &["Bloc Québécois", "Yves-François Blanchet"],
            ),
            (
                "A24's horror film \"The Quiet Acre\" opened third.",
                &["A24", "The Quiet Acre"],
            ),
            // A known name opening with an article; a company's neighbour in a pair.
            ("They lead La Liga again.", &["La Liga"]),
            (
                "It was advised by Goldman Sachs and Lazard.",
                &["Goldman Sachs", "Lazard"],
            ),
            // A known organization's branch keeps its name.
            (
                "Later the Mexican Red Cross said it had delivered food.",
                &["Mexican Red Cross"],
            ),
            // A list of names is not one name; an amount is not a name.
            (
                "Most were from Egypt, Bangladesh, Sudan and Pakistan.",
                &["Egypt", "Bangladesh", "Sudan", "Pakistan"],
            ),
            (
                "It will arrive in Malaysia at RM189,800 later this year.",
                &["Malaysia"],
            ),
            // A bare "the" joins no names (but an epithet to a first name); the pronoun "I" ends one.
            (
                "Lakers: Visit the Utah Jazz on Friday night.",
                &["Utah Jazz"],
            ),
            (
                "\"Growing up in Sweden I watched Henrik win here,\" he said.",
                &["Sweden"],
            ),
            // A known index with its number or a lower-case "index"; acronyms joined by a slash.
            (
                "Japan's Nikkei 225 fell while the S&P/ASX 200 rose and the Hang Seng index slipped.",
                &["Nikkei 225", "S&P/ASX 200", "Hang Seng index"],
            ),
            ("It lagged the Nasdaq 100 Index.", &["Nasdaq 100 Index"]),
            (
                "Hong Kong's Hang Seng fell 1.1%.",
                &["Hong Kong", "Hang Seng"],
            ),
            // A known name opening the sentence stays whole; a plural noun and "of" opening it goes.
            (
                "South Africa's health department said so.",
                &["South Africa"],
            ),
            (
                "Shares of Tarvos Investment rose 6%.",
                &["Tarvos Investment"],
            ),
            // "and" inside an agency's name after an organization's word.
            (
                "The group used ladders, U.S. Customs and Border Protection said.",
                &["U.S. Customs and Border Protection"],
            ),
            // Two companies' names joined by "and", each with its company word; one agency's name is not two.
            (
                "It was joined by Brightmoor Ventures, Lumo Capital and Fjord Partners.",
                &["Brightmoor Ventures", "Lumo Capital", "Fjord Partners"],
            ),
            (
                "The Australian Communications and Media Authority said so.",
                &["Australian Communications and Media Authority"],
            ),
            // A company's word on the left, a public body's head on the right: one body.
            (
                "The European Securities and Markets Authority said so.",
                &["European Securities and Markets Authority"],
            ),
            // One word, "and", a name ending in an institution's head: one institution;
            // not after "the", not a place after "in", not an acronym on the left.
            (
                "The gold went back to the Victoria and Albert Museum.",
                &["Victoria and Albert Museum"],
            ),
            (
                "Junts and the Popular Party voted against.",
                &["Junts", "Popular Party"],
            ),
            (
                "It funds wings at Waikato Hospital in Hamilton and Christchurch Hospital.",
                &["Waikato Hospital", "Hamilton", "Christchurch Hospital"],
            ),
            (
                "Crews from the CFA and Forest Fire Management Victoria fought it.",
                &["CFA", "Forest Fire Management Victoria"],
            ),
            // A number after "No." ends the name; a prize's field after "in".
            (
                "It was filed at Barcelona Commercial Court No. 3 on Monday.",
                &["Barcelona Commercial Court No. 3"],
            ),
            (
                "She won the Nobel Prize in Literature on Thursday.",
                &["Nobel Prize in Literature"],
            ),
            // Not a place after the prize, nor a rank after "No.", nor a known name on the right.
            (
                "He received the Nobel Peace Prize in Oslo on Tuesday.",
                &["Nobel Peace Prize", "Oslo"],
            ),
            (
                "British No. 1 Jack Draper won.",
                &["British", "Jack Draper"],
            ),
            // Two institutions, each with its head, joined by "and".
            (
                "It runs Halifax Royal Infirmary and Brighouse Community Hospital.",
                &["Halifax Royal Infirmary", "Brighouse Community Hospital"],
            ),
            // A demonym, an English first name and a surname that is a common word.
            (
                "He beat American Caleb Winters in four sets.",
                &["American", "Caleb Winters"],
            ),
            // A capital "All" inside a sentence opens the name.
            (
                "The prize money rose, the All England Club said.",
                &["All England Club"],
            ),
            (
                "He met Trump and White House officials on Monday.",
                &["Trump", "White House"],
            ),
            // A French connector inside a name; a place's head word.
            (
                "It will open a school with the Université du Québec en Outaouais (UQO) by 2028.",
                &["Université du Québec en Outaouais"],
            ),
            (
                "It flew from Cape Canaveral and landed near Lake Geneva.",
                &["Cape Canaveral", "Lake Geneva"],
            ),
        ];
        for (sentence, want) in cases {
            let t = tokenize(sentence);
            let got: Vec<String> = find(&t, &HashSet::default())
                .into_iter()
                .filter(|m| m.kind != Some(Element))
                .map(|m| m.text)
                .collect();
            let want: Vec<String> = want.iter().map(|x| x.to_string()).collect();
            let found = want.iter().all(|w| got.contains(w));
            assert!(found, "{sentence}: want {want:?}, got {got:?}");
        }
    }

    #[test]
    fn term_acronyms_are_found() {
        let t =
            tokenize("rare earth element (REE) and electric vehicle (EV) and Japan Agency (JA)");
        assert_eq!(term_acronyms(&t), ["REE", "EV"]);
    }
}

#[cfg(test)]
mod kinds_by_shape {
    use super::*;
    use crate::compiler::tokens::tokenize;
    use EntityKind::*;

    /// Kinds read off a name's own shape: (sentence, name, kind).
    #[test]
    fn kinds_by_shape() {
        let cases: &[(&str, &str, EntityKind)] = &[
            // A river's name in the British order; a station's word in another language;
            // a museum's; a utility's last word.
            (
                "Sewage flowed into the River Leadon in July.",
                "River Leadon",
                Place,
            ),
            (
                "He waited for a train to Gare Saint-Lazare on Monday.",
                "Gare Saint-Lazare",
                Place,
            ),
            (
                "Thieves entered the Museo Lanfranchi on Sunday.",
                "Museo Lanfranchi",
                Organization,
            ),
            (
                "The court fined Severnside Water on Wednesday.",
                "Severnside Water",
                Organization,
            ),
            (
                "Arrivals came from North Africa last year.",
                "North Africa",
                Place,
            ),
            (
                "It was its 2018 ruling in Carpenter v. United States.",
                "Carpenter v. United States",
                Other,
            ),
            ("Bill C-22 gives the company powers.", "Bill C-22", Other),
            // A place opening a sentence before a comma; a journal after "published … in".
            (
                "In Tumauini, farmers waded through the water.",
                "Tumauini",
                Place,
            ),
            (
                "The study was published on Wednesday in The Lancet.",
                "The Lancet",
                Organization,
            ),
            // An event's word before "of"; a house named after a place, where someone stands.
            (
                "He won the Tour of Austria in July.",
                "Tour of Austria",
                Other,
            ),
            (
                "Pickets stood outside Dundee House on Monday.",
                "Dundee House",
                Place,
            ),
            // A building or a site by what it holds; a research centre is a body.
            (
                "The rocket lifted off from Kennedy Space Center on Tuesday.",
                "Kennedy Space Center",
                Place,
            ),
            (
                "Lawyers spoke outside the Milimani Law Courts.",
                "Milimani Law Courts",
                Place,
            ),
            (
                "The Pew Research Center said most adults agreed.",
                "Pew Research Center",
                Organization,
            ),
            (
                "The Southern Poverty Law Center said the group was active.",
                "Southern Poverty Law Center",
                Organization,
            ),
            (
                "The Health and Safety Executive said it had made enquiries.",
                "Health and Safety Executive",
                Organization,
            ),
            // Stations by their words; a person's possessive after "in" is no place's.
            (
                "He spoke at Patna Junction on Wednesday.",
                "Patna Junction",
                Place,
            ),
            (
                "Crowds waited outside Anand Vihar Terminal.",
                "Anand Vihar Terminal",
                Place,
            ),
            (
                "Doherty rose to head in Ashley Moyo's corner.",
                "Ashley Moyo",
                Person,
            ),
            // A British city and "City" that is no place of the table: a club.
            (
                "He joined Norwich City from Manchester City in 2020.",
                "Norwich City",
                Organization,
            ),
            ("Floods hit Davao City on Monday.", "Davao City", Place),
            (
                "Flights at London City were suspended.",
                "London City",
                Place,
            ),
            // A medicine by its international name's stem.
            (
                "Patients given olvacarsen had fewer heart attacks.",
                "olvacarsen",
                Other,
            ),
            (
                "It was approved with pembrolizumab.",
                "pembrolizumab",
                Other,
            ),
            ("Flights to Mexico City resumed.", "Mexico City", Place),
            // An industry's word ends a company's name.
            (
                "The largest lender, Halden Credit, is owed 41 million euros.",
                "Halden Credit",
                Organization,
            ),
            (
                "It was backed by Marlow Digital Finance, the filing showed.",
                "Marlow Digital Finance",
                Organization,
            ),
            (
                "The film was co-produced by Arte France Cinéma.",
                "Arte France Cinéma",
                Organization,
            ),
            ("The Airbus A321neo was cruising.", "Airbus A321neo", Other),
            // "producer" as a person's job.
            (
                "It cost 9 euros, its producer Daniyar Abenov told AFP.",
                "Daniyar Abenov",
                Person,
            ),
            (
                "The oil producer Kazmunai Gaz said output fell.",
                "Kazmunai Gaz",
                Organization,
            ),
            // An abstract noun ends no one's name, but a surname after a first name.
            (
                "Martin Patience, a BBC correspondent, said it was so.",
                "Martin Patience",
                Person,
            ),
            // An abstract noun ends no one's name.
            (
                "Times Higher Education, the magazine that compiles the table, said it was so.",
                "Times Higher Education",
                Organization,
            ),
            (
                "Disney's animated \"Paper Kingdoms\" fell 41%.",
                "Paper Kingdoms",
                Other,
            ),
            (
                "She won for her role in \"The Last Winter\", a drama.",
                "The Last Winter",
                Other,
            ),
            (
                "He won for \"Quiet Harbour\", produced by Mer Film.",
                "Quiet Harbour",
                Other,
            ),
            (
                "Eli Lilly and Novartis are testing drugs.",
                "Eli Lilly",
                Organization,
            ),
            ("More Canadians voted.", "Canadians", Place),
            (
                "The Hellenic Coast Guard said on Monday.",
                "Hellenic Coast Guard",
                Organization,
            ),
            // A list takes the kind of its members read on strong evidence.
            (
                "It supplies chips to Volvo Cars, Siemens and Bosch.",
                "Volvo Cars",
                Organization,
            ),
            (
                "The State Administration for Market Regulation delayed it.",
                "State Administration for Market Regulation",
                Organization,
            ),
            (
                "Farmers in the Jacuí valley lost the harvest.",
                "Jacuí",
                Place,
            ),
            (
                "Rain fell in the state of Rio Grande do Sul.",
                "Rio Grande do Sul",
                Place,
            ),
            (
                "The group led by Saudi Arabia agreed.",
                "Saudi Arabia",
                Place,
            ),
            (
                "The Bill & Melinda Gates Foundation pledged more.",
                "Bill & Melinda Gates Foundation",
                Organization,
            ),
            ("It will link Rozelle and North Sydney.", "Rozelle", Place),
            (
                "Residents of Birchgrove and Waverton complained.",
                "Waverton",
                Place,
            ),
            ("The NSW government ordered an inquiry.", "NSW", Place),
            (
                "It is under the Western Harbour Tunnel now.",
                "Western Harbour Tunnel",
                Place,
            ),
            (
                "She won at the Foro Italico on Sunday.",
                "Foro Italico",
                Place,
            ),
            (
                "He said former Auditor-General Margaret Crawford would lead it.",
                "Margaret Crawford",
                Person,
            ),
            // A title in the plural only before a first name; a role after "the" only with a role word.
            (
                "The 26-year-old also won the Players Championship in March.",
                "Players Championship",
                Other,
            ),
            (
                "He made a double-bogey at the Postage Stamp, the short eighth.",
                "Postage Stamp",
                Place,
            ),
            // A "which" clause describes no person.
            (
                "It faces activist investor Elliott Management, which owns a stake.",
                "Elliott Management",
                Organization,
            ),
            // Buildings and grounds, prize ceremonies, company words.
            (
                "They stayed at Buckingham Palace in 2024.",
                "Buckingham Palace",
                Place,
            ),
            (
                "A funeral will be held at Salford Cathedral.",
                "Salford Cathedral",
                Place,
            ),
            // A playhouse, even when it speaks ("The National Theatre says …").
            (
                "The National Theatre says the play sold 96% of its seats.",
                "National Theatre",
                Place,
            ),
            // A body's word inside the name of a ground is not its head.
            (
                "They played at the Saurashtra Cricket Association Stadium.",
                "Saurashtra Cricket Association Stadium",
                Place,
            ),
            (
                "It won best picture at the 98th Academy Awards.",
                "Academy Awards",
                Other,
            ),
            (
                "Investors included a unit of Alibaba Group Holding.",
                "Alibaba Group Holding",
                Organization,
            ),
            (
                "Some customers of Boost Mobile lost service.",
                "Boost Mobile",
                Organization,
            ),
            (
                "Annual inflation was 2.7 per cent, according to Stats NZ.",
                "Stats NZ",
                Organization,
            ),
            (
                "Inflation, which Statistics South Africa put at 3.4%, eased.",
                "Statistics South Africa",
                Organization,
            ),
            (
                "The business lobby Economiesuisse campaigned against it.",
                "Economiesuisse",
                Organization,
            ),
            (
                "The results came from the Federal Chancellery on Sunday.",
                "Federal Chancellery",
                Organization,
            ),
            (
                "Thabo Mokoena, who covers banks for Avior Capital Markets, was cautious.",
                "Avior Capital Markets",
                Organization,
            ),
            (
                "Another chipmaker, Shenzhen-based Qiyuan Photonics, lists next week.",
                "Qiyuan Photonics",
                Organization,
            ),
        ];
        for (sentence, name, kind) in cases {
            let t = tokenize(sentence);
            let m = find(&t, &HashSet::default());
            let got = m
                .iter()
                .find(|m| m.text == *name)
                .unwrap_or_else(|| panic!("no {name} in {sentence}: {m:?}"));
            assert_eq!(got.kind, Some(*kind), "{sentence}");
        }
        // A lake after "on" is no utility.
        let t = tokenize("Canoeists paddled on Coniston Water in May.");
        let m = find(&t, &HashSet::default());
        let lake = m.iter().find(|m| m.text == "Coniston Water");
        assert!(lake.is_some_and(|m| m.kind != Some(Organization)), "{m:?}");
    }
}

#[cfg(test)]
mod names_round3 {
    use super::*;
    use crate::compiler::tokens::tokenize;
    use EntityKind::*;

    /// Names round 3: (sentence, name found, its kind); None: no such name.
    #[test]
    fn names_round3() {
        let cases: &[(&str, &str, Option<EntityKind>)] = &[
            // Roads by their last word are places; wars of every beat are named whole.
            (
                "The Western Highway was closed between two towns.",
                "Western Highway",
                Some(Place),
            ),
            (
                "A bus was stranded on the Thika Superhighway until noon.",
                "Thika Superhighway",
                Some(Place),
            ),
            (
                "His grandfather fought in the Second World War.",
                "Second World War",
                Some(Other),
            ),
            // A title word inside an institution's name; hospitals and universities in their own words.
            (
                "A measles outbreak forced Leeds General Infirmary to close two wards.",
                "Leeds General Infirmary",
                Some(Organization),
            ),
            (
                "Researchers at Karolinska Institutet found the gene.",
                "Karolinska Institutet",
                Some(Organization),
            ),
            // Offices of several words, and titles with a period, stay off the name.
            (
                "Chief Financial Officer Raj Subramaniam said costs fell.",
                "Raj Subramaniam",
                Some(Person),
            ),
            (
                "Suffolk Constabulary Assistant Chief Constable Aled Rees said officers would attend.",
                "Aled Rees",
                Some(Person),
            ),
            (
                "Suffolk Constabulary Assistant Chief Constable Aled Rees said officers would attend.",
                "Suffolk Constabulary",
                Some(Organization),
            ),
            (
                "Gov. Gavin Newsom said the state had secured a grant.",
                "Gavin Newsom",
                Some(Person),
            ),
            // A rank and a lone first name are no person.
            ("Inspector Maria arrived late.", "Maria", None),
            ("King Charles arrived late.", "Charles", Some(Person)),
            // A possessive before an institution's word is inside its name.
            (
                "Patients at Addenbrooke's Hospital were moved.",
                "Addenbrooke's Hospital",
                Some(Organization),
            ),
            (
                "Britain's Royal Navy sent a ship.",
                "Royal Navy",
                Some(Organization),
            ),
            // The possessive of an office's holder, and of a company before its word.
            (
                "The Information Commissioner's Office said it had been told.",
                "Information Commissioner's Office",
                Some(Organization),
            ),
            (
                "Moody's Ratings, which cut the city's rating in March, said it would review the budget.",
                "Moody's Ratings",
                Some(Organization),
            ),
            // A chamber's committee with a list of subjects; a list of places is no name.
            (
                "He told the Senate Health, Education, Labor and Pensions Committee that he would enforce the law.",
                "Senate Health, Education, Labor and Pensions Committee",
                Some(Organization),
            ),
            (
                "The House Energy and Commerce Committee met on Monday.",
                "House Energy and Commerce Committee",
                Some(Organization),
            ),
            // A lawmaker's party label names the state; a nationality noun, the country.
            (
                "The bill's sponsor, Sen. Ana Ruiz, D-N.M., said it would pass.",
                "N.M.",
                Some(Place),
            ),
            (
                "Sen. Tom Hale, R-Kan., voted against it.",
                "Kan.",
                Some(Place),
            ),
            (
                "Frenchman Bastien Morel of Lumeno-Quadra was third.",
                "Bastien Morel",
                Some(Person),
            ),
            (
                "Frenchman Bastien Morel of Lumeno-Quadra was third.",
                "Frenchman",
                Some(Place),
            ),
            (
                "Lindqvist, the 27-year-old Swede, leads the race.",
                "Swede",
                Some(Place),
            ),
            // A rank in two words before the name.
            (
                "\"The wind was strong,\" coast guard spokesperson Rear Adm. Teodoro Villaruel told reporters.",
                "Teodoro Villaruel",
                Some(Person),
            ),
            (
                "\"The wind was strong,\" coast guard spokesperson Rear Adm. Teodoro Villaruel told reporters.",
                "Rear",
                None,
            ),
            // A storm's words, though "Storm" is a first name; a chess title; a landform's word.
            (
                "It weakened as Tropical Storm Marilou moved north.",
                "Tropical Storm Marilou",
                Some(Other),
            ),
            (
                "Grandmaster Elif Demirci said the long think had cost him the game.",
                "Elif Demirci",
                Some(Person),
            ),
            (
                "The slab broke away below Colle Vardaz shortly after 2 p.m.",
                "Colle Vardaz",
                Some(Place),
            ),
            (
                "The group climbed the Monte Rosa massif.",
                "Monte Rosa",
                Some(Place),
            ),
            (
                "The bill was written by Sens. Amy Klobuchar, D-Minn., and Josh Hawley, R-Mo., last year.",
                "Mo.",
                Some(Place),
            ),
            (
                "Gécamines, the state mining company, said output rose.",
                "Gécamines",
                Some(Organization),
            ),
            // An abbreviation after a comma without a lawmaker is no state; a landform's
            // word before an event's is no place.
            ("Synthesia, D-ID and HeyGen make avatars.", "ID", None),
            ("Synthesia, D-ID and HeyGen make avatars.", "Idaho", None),
            (
                "He won the Monte Carlo Masters in April.",
                "Monte Carlo Masters",
                Some(Other),
            ),
            // The head of an apposition is its last noun ("the state weather bureau"), not a
            // noun of another phrase.
            (
                "Lockerbie, the town where the jet crashed, held a service.",
                "Lockerbie",
                Some(Place),
            ),
            (
                "PAGASA, the state weather bureau, raised a gale warning.",
                "PAGASA",
                Some(Organization),
            ),
            ("Toluca, the state capital, was hit.", "Toluca", Some(Place)),
            // A town "on" an island is two places.
            (
                "The ferry sailed to Odiongan on Tablas Island overnight.",
                "Tablas Island",
                Some(Place),
            ),
            // A span of months is no name; a place's word ends a name before "on".
            (
                "Sales fell in the July-September quarter.",
                "July-September",
                None,
            ),
            (
                "Water comes from the Gariep Dam on the Orange River, 300 kilometres away.",
                "Gariep Dam",
                Some(Place),
            ),
            (
                "Water comes from the Gariep Dam on the Orange River, 300 kilometres away.",
                "Orange River",
                Some(Place),
            ),
            (
                "In the township of KwaZakhele, residents have been without water.",
                "KwaZakhele",
                Some(Place),
            ),
            // A first name and a surname opening a sentence; a job at the end of an apposition.
            (
                "Mark Lemley, a Stanford Law School professor who has written widely, said so.",
                "Mark Lemley",
                Some(Person),
            ),
            // A body's spokespeople, the people of an institution, a paper with its article.
            (
                "A spokesman for Ocado Retail said prices would rise.",
                "Ocado Retail",
                Some(Organization),
            ),
            (
                "A spokeswoman for Taylor Swift said the tour would go on.",
                "Taylor Swift",
                Some(Person),
            ),
            (
                "Students at Harvard protested on Friday.",
                "Harvard",
                Some(Organization),
            ),
            (
                "She told Der Spiegel the plan had failed.",
                "Der Spiegel",
                Some(Organization),
            ),
            (
                "She spoke to Der Spiegel about the plan.",
                "Der Spiegel",
                Some(Organization),
            ),
            (
                "The trial ran at Johns Hopkins Medicine.",
                "Johns Hopkins Medicine",
                Some(Organization),
            ),
            // British abbreviations of titles.
            (
                "Cllr Ann Baxter said the council would appeal.",
                "Ann Baxter",
                Some(Person),
            ),
            (
                "Labour MP Jess Phillips said the bill was weak.",
                "Jess Phillips",
                Some(Person),
            ),
            (
                "Det Supt Carla Moss said inquiries continued.",
                "Carla Moss",
                Some(Person),
            ),
            (
                "Headteacher Tom Rees said pupils were safe.",
                "Tom Rees",
                Some(Person),
            ),
            // A body by its people after its name; a direction before a known place opens a name.
            (
                "Border Patrol agents took 134 migrants into custody.",
                "Border Patrol",
                Some(Organization),
            ),
            (
                "Tesco staff walked out on Friday.",
                "Tesco",
                Some(Organization),
            ),
            ("Gaza officials said 20 people died.", "Gaza", Some(Place)),
            ("Dock workers voted to strike.", "Dock", None),
            (
                "Southern California Edison cut power to 52,000 customers.",
                "Southern California Edison",
                Some(Organization),
            ),
            (
                "The Australian Energy Market Operator has forecast shortfalls.",
                "Australian Energy Market Operator",
                Some(Organization),
            ),
            // One word between "a" and what a body makes or who speaks for it.
            (
                "The figures are based on a Reuters tally of official data.",
                "Reuters",
                Some(Organization),
            ),
            (
                "A Vantora spokesman declined to comment.",
                "Vantora",
                Some(Organization),
            ),
            // Bands, labels and platforms.
            (
                "Support came from Aberdeen trio Mossgiel, whose set was short.",
                "Mossgiel",
                Some(Organization),
            ),
            (
                "She posted on Instagram that the tour was over.",
                "Instagram",
                Some(Organization),
            ),
            // A list takes the kind its members were read with weakly, when none is read strongly.
            (
                "Illa won the backing of Comuns Sumar and Esquerra Republicana de Catalunya (ERC) with a deal.",
                "Comuns Sumar",
                Some(Organization),
            ),
            (
                "Korvath employs 4,000 people in Ohio.",
                "Korvath",
                Some(Organization),
            ),
            // A singular name with a plural verb is a side (a country keeps its kind).
            (
                "Leeds were relegated on Sunday.",
                "Leeds",
                Some(Organization),
            ),
            ("England have won the series.", "England", Some(Place)),
            ("Leeds has a population of 800,000.", "Leeds", Some(Place)),
            // A compound ending in a title is a title.
            (
                "Writer-director Mara Lindqvist, 44, also won best director.",
                "Mara Lindqvist",
                Some(Person),
            ),
            // Particles inside a person's name.
            (
                "Aurelio De Laurentiis, the owner, posted a photo.",
                "Aurelio De Laurentiis",
                Some(Person),
            ),
            (
                "Nguyen Van Phuc, who grows rice, said prices fell.",
                "Nguyen Van Phuc",
                Some(Person),
            ),
            (
                "He said it would use NASA's James Webb Space Telescope next spring.",
                "James Webb Space Telescope",
                Some(Other),
            ),
            // A market named as a place, after a city's possessive.
            (
                "He runs a shop in Mumbai's Zaveri Bazaar.",
                "Zaveri Bazaar",
                Some(Place),
            ),
            // A named wildfire is a thing, not a first name and a surname.
            (
                "It is the largest since the Palisades Fire in January.",
                "Palisades Fire",
                Some(Other),
            ),
            (
                "The plan was backed by Ursula von der Leyen on Monday.",
                "Ursula von der Leyen",
                Some(Person),
            ),
            // Italian articles inside a name.
            (
                "It was reported by Gazzetta dello Sport on Monday.",
                "Gazzetta dello Sport",
                Some(Organization),
            ),
            // A broadcaster's or a house's word first.
            (
                "\"We cannot give back,\" Education Secretary Ignacio Vallejos told Radio Mitre.",
                "Radio Mitre",
                Some(Organization),
            ),
            (
                "The hail hit the vines of Maison Perrault-Vial in Beaune.",
                "Maison Perrault-Vial",
                Some(Organization),
            ),
            // A company word last keeps a common word first; "of" stays after an organization's word.
            (
                "Brisk Holdings posted a profit.",
                "Brisk Holdings",
                Some(Organization),
            ),
            (
                "Stability AI said the claims had no merit.",
                "Stability AI",
                Some(Organization),
            ),
            (
                "The Parliament of Catalonia on Wednesday approved a levy.",
                "Parliament of Catalonia",
                Some(Organization),
            ),
            // Two names joined by "and" when the first ends in a word no dictionary has.
            (
                "Olam Agri and Louis Dreyfus Company were among the buyers.",
                "Olam Agri",
                Some(Organization),
            ),
            (
                "Olam Agri and Louis Dreyfus Company were among the buyers.",
                "Louis Dreyfus Company",
                Some(Organization),
            ),
            (
                "The Australian Competition and Consumer Commission sued.",
                "Australian Competition and Consumer Commission",
                Some(Organization),
            ),
            // A role and a person after a name make it an employer, whatever its last word.
            (
                "Epic Games chief executive Tim Sweeney called it a start.",
                "Epic Games",
                Some(Organization),
            ),
            // A city "who" describes is a club.
            (
                "Marseille, who finished second, had also asked.",
                "Marseille",
                Some(Organization),
            ),
            (
                "France, who finished second, had also asked.",
                "France",
                Some(Place),
            ),
            (
                "Said a trader in Marseille, who asked not to be named.",
                "Marseille",
                Some(Place),
            ),
            // Places after "across", an office over a place, a hall after "the".
            (
                "Clinics will open across Yorkshire from next week.",
                "Yorkshire",
                Some(Place),
            ),
            (
                "The mayor of Osnabrück said the plan was late.",
                "Osnabrück",
                Some(Place),
            ),
            (
                "By the fifth song the Usher Hall had gone quiet.",
                "Usher Hall",
                Some(Place),
            ),
            // A company "which" clause with an adverb; a company that is also a place, among companies.
            (
                "Spotify, which first complained in 2019, welcomed the fine.",
                "Spotify",
                Some(Organization),
            ),
            (
                "The group, whose members include Amazon and Microsoft, objected.",
                "Amazon",
                Some(Organization),
            ),
        ];
        let mut wrong = Vec::new();
        for (sentence, name, kind) in cases {
            let t = tokenize(sentence);
            let m = find(&t, &HashSet::default());
            let got = m.iter().find(|m| m.text == *name).and_then(|m| m.kind);
            if got != *kind {
                wrong.push(format!(
                    "{name} in {sentence}: {:?}",
                    m.iter().map(|m| (&m.text, m.kind)).collect::<Vec<_>>()
                ));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        // An English first name opening a sentence stays a name, though the corpus writes it in lower case.
        let common: HashSet<String> = [
            "mark".to_string(),
            "rival".to_string(),
            "southern".to_string(),
        ]
        .into_iter()
        .collect();
        for (sentence, name) in [
            ("Mark Lemley, a law professor, said so.", "Mark Lemley"),
            ("Rival Asda reported a loss.", "Asda"),
            (
                "Southern California Edison cut power to 52,000 customers.",
                "Southern California Edison",
            ),
        ] {
            let m = find(&tokenize(sentence), &common);
            assert!(
                m.iter().any(|m| m.text == name),
                "{name} in {sentence}: {m:?}"
            );
        }
    }
}

#[cfg(test)]
mod names_round7 {
    use super::*;
    use crate::compiler::tokens::tokenize;
    use EntityKind::*;

    fn mention(sentence: &str, name: &str) -> Option<Mention> {
        let t = tokenize(sentence);
        find(&t, &HashSet::default())
            .into_iter()
            .find(|m| m.text == name)
    }

    /// Names round 7: (sentence, name found, its kind; None: any kind).
    #[test]
    fn names_round7() {
        let cases: &[(&str, &str, Option<EntityKind>)] = &[
            // Roads, grounds and ranges by their last word.
            (
                "Crews closed Old Mill Road on Tuesday.",
                "Old Mill Road",
                Some(Place),
            ),
            (
                "The match at Harwick Field drew 40,000 fans.",
                "Harwick Field",
                Some(Place),
            ),
            (
                "Snow fell over the Tamsin Mountain Range.",
                "Tamsin Mountain Range",
                Some(Place),
            ),
            // An organization's word before "of"; a conservatory.
            (
                "Patients were moved to the Royal Infirmary of Dunmore.",
                "Royal Infirmary of Dunmore",
                Some(Organization),
            ),
            (
                "She studied at the Vellani Conservatory for six years.",
                "Vellani Conservatory",
                Some(Organization),
            ),
            // A person's full name, "of", the body they belong to.
            (
                "The stage went to Owain Pritchard of Corvane Grenadiers.",
                "Owain Pritchard",
                None,
            ),
            (
                "The stage went to Owain Pritchard of Corvane Grenadiers.",
                "Corvane Grenadiers",
                Some(Organization),
            ),
            (
                "The stage went to Thijs Brandhorst of Velto-Trek on Sunday.",
                "Velto-Trek",
                Some(Organization),
            ),
            // A particle inside an East African name.
            (
                "Daniel ole Sankale, a farmer, lost his home.",
                "Daniel ole Sankale",
                None,
            ),
            (
                "The Conservation Council of WA objected.",
                "Conservation Council of WA",
                Some(Organization),
            ),
            // Not a first name and a surname ("Calle Järnkrok"), nor a person after "at" alone.
            (
                "Calle Järnkrok scored twice on Sunday.",
                "Calle Järnkrok",
                None,
            ),
            (
                "He took a swipe at Volodymyr Zelensky on Friday.",
                "Volodymyr Zelensky",
                Some(Person),
            ),
            // Squares, streets and parks by a word of another language.
            (
                "He spoke at a rally in Lisbon's Parque das Flores on Sunday.",
                "Parque das Flores",
                Some(Place),
            ),
            (
                "Crowds filled the Piazza San Vitale at noon.",
                "Piazza San Vitale",
                Some(Place),
            ),
            // An office holder's possessive before "Office"; a plural's possessive.
            (
                "Deputies from the Harlan County Sheriff's Office arrived.",
                "Harlan County Sheriff's Office",
                Some(Organization),
            ),
            (
                "She was treated at Dunmore and Women's Hospital overnight.",
                "Dunmore and Women's Hospital",
                Some(Organization),
            ),
            // A demonym before a first name and a surname is split off; not before "Red Cross".
            (
                "Italian Matteo Rossani finished third.",
                "Matteo Rossani",
                None,
            ),
            (
                "The Mexican Red Cross sent 40 ambulances.",
                "Mexican Red Cross",
                Some(Organization),
            ),
        ];
        for (sentence, name, kind) in cases {
            let got = mention(sentence, name);
            let all: Vec<String> = find(&tokenize(sentence), &HashSet::default())
                .into_iter()
                .map(|m| m.text)
                .collect();
            assert!(got.is_some(), "no {name} in {sentence}: {all:?}");
            if kind.is_some() {
                assert_eq!(got.unwrap().kind, *kind, "{sentence}");
            }
        }
        // The person is found whole, not glued to the team.
        let all: Vec<String> = find(
            &tokenize("Italian Matteo Rossani of Corvane Grenadiers finished third."),
            &HashSet::default(),
        )
        .into_iter()
        .map(|m| m.text)
        .collect();
        assert!(all.contains(&"Matteo Rossani".to_string()), "{all:?}");
    }

    /// [`native_name`]: (sentence, name in parentheses, its kind).
    #[test]
    fn native_name_rule() {
        let cases: &[(&str, &str, Option<EntityKind>)] = &[
            (
                "Ulrike Brandes, managing director of the Berlin Tenants' Association (Berliner Mieterverein), called the law overdue.",
                "Berliner Mieterverein",
                Some(Organization),
            ),
            (
                "The Farmers' Union (Unión de Agricultores) said prices fell.",
                "Unión de Agricultores",
                Some(Organization),
            ),
            // After a person, a name in parentheses keeps its own kind.
            (
                "The singer Anna Berg (Anna Lindqvist) said she would return.",
                "Anna Lindqvist",
                Some(Person),
            ),
        ];
        for (sentence, name, kind) in cases {
            let m = mention(sentence, name).unwrap_or_else(|| panic!("no {name} in {sentence}"));
            assert_eq!(m.kind, *kind, "{sentence}");
        }
    }

    /// A body's short name in parentheses, whatever its letters.
    #[test]
    fn short_name_in_parentheses() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Prices rose, the Federal Statistical Office (Stativa) said.",
                "Federal Statistical Office",
                Some("Stativa"),
            ),
            (
                "The Dunmore Electric Co. (Dunelco) raised rates.",
                "Dunmore Electric Co.",
                Some("Dunelco"),
            ),
            (
                "Wages rose, the Japanese Trade Union Confederation (Rengo) said.",
                "Japanese Trade Union Confederation",
                Some("Rengo"),
            ),
            // Not after a person, nor a city in parentheses.
            (
                "Prices rose, Maria Okafor (Lagos) said.",
                "Maria Okafor",
                None,
            ),
            (
                "Prices rose, the Harbour Council (Sydney) said.",
                "Harbour Council",
                None,
            ),
        ];
        for (sentence, name, acronym) in cases {
            let m = mention(sentence, name).unwrap_or_else(|| panic!("no {name} in {sentence}"));
            assert_eq!(m.acronym.as_deref(), *acronym, "{sentence}");
        }
    }

    /// [`unmarked_place`]: the last-resort guess for a name no rule read.
    #[test]
    fn unmarked_place_guess() {
        let cases: &[(&str, &str, Option<EntityKind>)] = &[
            (
                "Officials set aside land for a camp at Tarvena, inland.",
                "Tarvena",
                Some(Place),
            ),
            (
                "A tram would run from Granwick to the hospital.",
                "Granwick",
                Some(Place),
            ),
            (
                "Thousands rallied on Vestertorget in the rain.",
                "Vestertorget",
                Some(Place),
            ),
            // A noun follows: the name modifies it.
            ("Levies on European cars doubled.", "European", None),
            // A first name, a day, a letter, a title, a listener.
            ("The prize went to Lorenzo after a vote.", "Lorenzo", None),
            (
                "Markets are closed on Fridays in the city.",
                "Fridays",
                None,
            ),
            ("She wrote in a post on X that the fine was low.", "X", None),
            (
                "He spoke to The Harbour Weekly about it.",
                "The Harbour Weekly",
                None,
            ),
            (
                "She died listening to Verbruggen at home.",
                "Verbruggen",
                None,
            ),
            ("He talked to Okonkwo about the plan.", "Okonkwo", None),
            (
                "He said in a post on Truth Social that it was over.",
                "Truth Social",
                None,
            ),
        ];
        for (sentence, name, guess) in cases {
            let t = tokenize(sentence);
            let m = find(&t, &HashSet::default());
            match m.iter().find(|m| m.text == *name) {
                Some(m) => assert_eq!(m.guess, *guess, "{sentence}: {m:?}"),
                None => assert!(guess.is_none(), "no {name} in {sentence}: {m:?}"),
            }
        }
    }
}
