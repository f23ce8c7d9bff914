//! An article's home country, and the currencies a bare `$`, "dollars",
//! "cents", "pesos", "rupees" and "pounds" mean in it.
//!
//! The home country comes from the first of these rules that names one:
//! 1. [`dateline`]: the place of the dateline ("SYDNEY, March 3 (Reuters) -",
//!    "BRISBANE, Australia (AP) —");
//! 2. [`url`]: the country-code domain of the article's address
//!    (`.com.au`, `.co.nz`, `.ca`, `.sg`…; not those used as generic
//!    names, such as `.io`, `.tv`, `.co`);
//!    then the time zone of the page's timestamp ([`zone`]: "HKT", "AEDT");
//! 3. [`publisher`]: a place in the publisher's name ("The Sydney Morning
//!    Herald", "New Zealand Herald"), or a national news agency (Kyodo, AAP,
//!    Yonhap, PTI…);
//! 4. [`places_named`]: the country most of the places the text names are in,
//!    when it holds at least two of them and more than half.
//!
//! A bare dollar is the home country's currency when that is a dollar or a
//! peso written `$` (AUD, CAD, NZD, SGD, HKD, TWD, MXN…), else US dollars;
//! bare pesos and rupees likewise (else MXN, INR), and crowns (kronor, kroner,
//! kronur, koruna: else the crown the word names); "pounds" the sentence
//! does not settle are money (GBP, or the home country's pound: EGP, LBP…)
//! in a country whose currency is a pound, and weight elsewhere.

use super::quantities::{Bare, QuantityMatch};
use crate::compiler::gazetteer::{self, PlaceKind};
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token};

/// What an article's context settles for its facts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// ISO 3166-1 alpha-2 of the home country, if any rule found one.
    pub home: Option<[u8; 2]>,
    /// A local outlet's peso (the article names pesos, writes "US$" for the
    /// dollar, or is on the country's own domain, and is no international
    /// wire): a bare `$` in a peso country is then the peso; else it is the US
    /// dollar that wire copy from there means ("$2 billion in damage" from Santo Domingo).
    pub pesos: bool,
}

/// Currencies written with `$` where they are at home ("$5" in Sydney is A$5).
const DOLLAR_SIGN_CURRENCIES: &[&str] = &[
    "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU", "BND",
    "FJD", "JMD", "BSD", "BBD", "BZD", "BMD", "KYD", "XCD", "LRD", "NAD", "SBD", "SRD", "TTD",
    "GYD", "CUP", "DOP", "TVD", "KID",
];
const PESOS: &[&str] = &["MXN", "ARS", "CLP", "COP", "UYU", "PHP", "CUP", "DOP"];
const RUPEES: &[&str] = &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"];
const SHILLINGS: &[&str] = &["KES", "UGX", "TZS", "SOS"];
const KWACHAS: &[&str] = &["MWK", "ZMW"];
const FRANCS: &[&str] = &[
    "CHF", "XOF", "XAF", "RWF", "BIF", "CDF", "GNF", "DJF", "KMF", "XPF",
];
const RIYALS: &[&str] = &["SAR", "QAR", "OMR", "YER", "IRR"];
const DIRHAMS: &[&str] = &["AED", "MAD"];
const POUNDS: &[&str] = &[
    "GBP", "EGP", "LBP", "SYP", "SSP", "SDG", "FKP", "GIP", "SHP",
];
/// Countries that give temperatures in Fahrenheit.
const FAHRENHEIT: &[&[u8; 2]] = &[
    b"US", b"BS", b"BZ", b"KY", b"PW", b"LR", b"PR", b"GU", b"VI",
];
/// Pound areas whose ISO currency is GBP but are listed under their own code.
const POUND_COUNTRIES: &[&[u8; 2]] = &[b"GB", b"IM", b"JE", b"GG"];

impl Context {
    /// The home currency, if any.
    fn home_currency(&self) -> Option<&'static str> {
        gazetteer::currency_of(self.home?)
    }

    /// The currency a bare word or sign means here; `None` for a weight.
    pub fn bare_currency(&self, bare: Bare) -> Option<&'static str> {
        let home = self.home_currency();
        let pick = |list: &[&str], default: &'static str| {
            home.filter(|c| list.contains(c)).unwrap_or(default)
        };
        match bare {
            Bare::Dollar if home.is_some_and(|c| PESOS.contains(&c)) && !self.pesos => Some("USD"),
            Bare::Dollar => Some(pick(DOLLAR_SIGN_CURRENCIES, "USD")),
            Bare::Peso => Some(pick(PESOS, "MXN")),
            Bare::Rupee => Some(pick(RUPEES, "INR")),
            Bare::Crown => home.filter(|c| lexicon::CROWNS.contains(c)),
            Bare::Shilling => Some(pick(SHILLINGS, "KES")),
            Bare::Kwacha => Some(pick(KWACHAS, "MWK")),
            Bare::Franc => Some(pick(FRANCS, "CHF")),
            Bare::Riyal => Some(pick(RIYALS, "SAR")),
            Bare::Dirham => Some(pick(DIRHAMS, "AED")),
            Bare::Pound(Some(true)) => Some(pick(POUNDS, "GBP")),
            Bare::Pound(Some(false)) => None,
            Bare::Degree(hot) => Some(match self.home {
                Some(h) if FAHRENHEIT.contains(&&h) => "°F",
                Some(_) => "°C",
                None if hot => "°F",
                None => "°C",
            }),
            Bare::Pound(None) => {
                let pound_home = self.home.is_some_and(|h| POUND_COUNTRIES.contains(&&h))
                    || home.is_some_and(|c| POUNDS.contains(&c));
                pound_home.then(|| pick(POUNDS, "GBP"))
            }
        }
    }

    /// Settle a quantity's bare currency: its unit becomes the currency meant
    /// here ("USD/kg" → "AUD/kg"), or a weight in pounds. A place that acts in
    /// the sentence itself ([`actor`]: "Canberra will spend $5 billion",
    /// "Singapore's budget") speaks for it before the article's home.
    pub fn settle(&self, q: &mut QuantityMatch, sentence: &[Token]) {
        let here = Context {
            home: actor(sentence).or(self.home),
            ..*self
        };
        here.settle_home(q);
    }

    fn settle_home(&self, q: &mut QuantityMatch) {
        let Some(bare) = q.bare else { return };
        let Some(unit) = q.unit.as_deref() else {
            return;
        };
        let (head, per) = match unit.split_once('/') {
            Some((h, p)) => (h, Some(p)),
            None => (unit, None),
        };
        let new_head = match (bare, self.bare_currency(bare)) {
            (_, Some(code)) => code,
            (Bare::Pound(_), None) => "lb",
            _ => head,
        };
        q.unit = Some(match per {
            Some(p) => format!("{new_head}/{p}"),
            None => new_head.to_string(),
        });
    }
}

/// The place a sentence is about as an actor: a place named in the
/// possessive ("Singapore's budget"), opening the sentence ("Canberra will
/// spend", "The Toronto council approved"), or before a body of its own
/// ("the Sydney airline"); not one merely named as where ("a plant in Mexico").
pub fn actor(t: &[Token]) -> Option<[u8; 2]> {
    let mut found: Option<[u8; 2]> = None;
    let mut i = 0;
    while i < t.len() {
        if !(t[i].kind == Kind::Word && t[i].is_capitalized()) {
            i += 1;
            continue;
        }
        let mut hit = None;
        for n in (1..=3).rev() {
            if i + n > t.len()
                || !(i..i + n).all(|k| t[k].kind == Kind::Word && t[k].is_capitalized())
            {
                continue;
            }
            let words: Vec<&str> = t[i..i + n]
                .iter()
                .map(|x| x.text.trim_end_matches("'s").trim_end_matches("’s"))
                .collect();
            // A town too small to speak for its country opening a sentence is more often a
            // name of something else ("Honda expects…": a town in Colombia, and a carmaker).
            if let Some(p) = gazetteer::place(&words.join(" "))
                .filter(|p| p.kind != PlaceKind::City || p.population >= 100_000)
            {
                hit = Some((p.country, n, p.common_word));
                break;
            }
        }
        let Some((country, n, common_word)) = hit else {
            i += 1;
            continue;
        };
        let last = &t[i + n - 1];
        let possessive = last.text.ends_with("'s")
            || last.text.ends_with("’s")
            || t.get(i + n)
                .is_some_and(|x| x.text == "'s" || x.text == "’s");
        // A name that is also a word ("Wellington", "China", "Turkey") only in the possessive or before a body.
        let opening = (i <= 1 || i == 2 && t[0].is("the")) && !common_word;
        let body = t.get(i + n).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.is_capitalized()
                && matches!(
                    x.lc().as_str(),
                    "council"
                        | "government"
                        | "budget"
                        | "airline"
                        | "company"
                        | "state"
                        | "province"
                        | "city"
                        | "port"
                        | "bank"
                        | "treasury"
                        | "ministry"
                        | "mayor"
                        | "premier"
                        | "regulator"
                        | "firm"
                        | "authorities"
                        | "officials"
                )
        });
        if possessive || opening || body {
            if found.is_some_and(|f| f != country) {
                return None;
            }
            found = Some(country);
        }
        i += n;
    }
    found
}

/// Rule 1: the place of a dateline, its parts from the most specific.
pub fn dateline(place: &str) -> Option<[u8; 2]> {
    place
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .find_map(|p| gazetteer::place(p).map(|pl| pl.country))
}

/// Country-code domains that are used as generic names, not for their country.
const GENERIC_TLDS: &[&str] = &[
    "io", "tv", "co", "me", "ai", "fm", "ly", "ws", "cc", "to", "gg", "is", "it", "am", "news",
    "so", "sh", "ac",
];

/// Rule 2: the country-code top-level domain of a URL ("example.com.au" → AU).
pub fn url(url: &str) -> Option<[u8; 2]> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let tld = host.rsplit('.').next()?;
    if tld.len() != 2 || GENERIC_TLDS.contains(&tld) {
        return None;
    }
    let code = if tld == "uk" {
        *b"GB"
    } else {
        [
            tld.as_bytes()[0].to_ascii_uppercase(),
            tld.as_bytes()[1].to_ascii_uppercase(),
        ]
    };
    gazetteer::currency_of(code).map(|_| code)
}

/// International news agencies, whose bare "$" is the US dollar outside the
/// dollar countries (which they write A$, C$, NZ$…).
const INTERNATIONAL_WIRES: &[&str] = &[
    "afp",
    "agence france-presse",
    "agence france presse",
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "bloomberg",
    "bloomberg news",
];

/// Is the publisher an international news agency?
pub fn international_wire(publisher: &str) -> bool {
    let l = publisher.trim().to_lowercase();
    INTERNATIONAL_WIRES.contains(&l.as_str())
}

/// National news agencies and the country each reports from.
const AGENCIES: &[(&str, [u8; 2])] = &[
    ("aap", *b"AU"),
    ("australian associated press", *b"AU"),
    ("kyodo", *b"JP"),
    ("jiji", *b"JP"),
    ("yonhap", *b"KR"),
    ("xinhua", *b"CN"),
    ("pti", *b"IN"),
    ("press trust of india", *b"IN"),
    ("ians", *b"IN"),
    ("bernama", *b"MY"),
    ("antara", *b"ID"),
    ("cna", *b"TW"),
    ("central news agency", *b"TW"),
    ("rnz", *b"NZ"),
    ("cbc", *b"CA"),
    ("the canadian press", *b"CA"),
    ("canadian press", *b"CA"),
    ("dpa", *b"DE"),
    ("ansa", *b"IT"),
    ("efe", *b"ES"),
    ("anp", *b"NL"),
    ("tass", *b"RU"),
    ("notimex", *b"MX"),
    ("agencia brasil", *b"BR"),
    ("sapa", *b"ZA"),
    ("straits times", *b"SG"),
    ("the straits times", *b"SG"),
    ("south china morning post", *b"HK"),
    ("scmp", *b"HK"),
    ("taipei times", *b"TW"),
    ("times of india", *b"IN"),
    ("hindustan times", *b"IN"),
    ("the globe and mail", *b"CA"),
    ("globe and mail", *b"CA"),
    ("el universal", *b"MX"),
    ("stuff", *b"NZ"),
    ("bbc", *b"GB"),
    ("the guardian", *b"GB"),
];

/// Rule 3: a known outlet or agency, else a place in the publisher's name.
pub fn publisher(name: &str) -> Option<[u8; 2]> {
    let l = name.trim().to_lowercase();
    if let Some((_, c)) = AGENCIES.iter().find(|(a, _)| *a == l) {
        return Some(*c);
    }
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // The longest run of capitalized words that is a place: "New Zealand Herald" → New Zealand.
    for n in (1..=3).rev() {
        for w in words.windows(n) {
            if !w
                .iter()
                .all(|x| x.chars().next().is_some_and(char::is_uppercase))
            {
                continue;
            }
            // Not a hamlet whose name is a phrase ("The Valley Courier" is not Anguilla's).
            let sizable =
                |p: &gazetteer::Place| p.kind != PlaceKind::City || p.population >= 10_000;
            // Nor a compass point and a kind of land ("West Coast Post", "North Shore
            // Times"): some country's region has that name, and so do parts of many others
            // (not "South Africa", "West Bengal", "Northern Territory").
            let compass = n == 2
                && matches!(
                    w[0],
                    "North"
                        | "South"
                        | "East"
                        | "West"
                        | "Northern"
                        | "Southern"
                        | "Eastern"
                        | "Western"
                        | "Central"
                )
                && matches!(
                    w[1],
                    "Coast" | "Shore" | "Side" | "End" | "Country" | "Hills" | "Lakes"
                );
            if let Some(p) = gazetteer::place(&w.join(" "))
                .filter(|p| !p.common_word && sizable(p) && w[0] != "The" && !compass)
            {
                return Some(p.country);
            }
        }
    }
    None
}

/// Rule 4: the country most of the named places are in (cities of 50,000 or
/// more, regions and countries; at least two mentions, more than half).
pub fn places_named(sentences: &[Vec<Token>]) -> Option<[u8; 2]> {
    let mut counts: Vec<([u8; 2], u32)> = Vec::new();
    let mut total = 0u32;
    for t in sentences {
        let mut i = 0;
        while i < t.len() {
            // Capitalized words (a sentence opener too: names that are also
            // common words are flagged in the gazetteer and skipped below).
            let name_at = |k: usize| {
                t.get(k)
                    .is_some_and(|x| x.kind == Kind::Word && x.is_capitalized())
            };
            if !name_at(i) {
                i += 1;
                continue;
            }
            let mut found = None;
            for n in (1..=3).rev() {
                if (i..i + n).all(name_at) {
                    let name: Vec<&str> = t[i..i + n].iter().map(|x| x.text).collect();
                    // "South America", "Latin America": a continent's part, not the United States.
                    let continent = name == ["America"]
                        && i >= 1
                        && matches!(
                            t[i - 1].text,
                            "South" | "North" | "Central" | "Latin" | "Middle"
                        );
                    if let Some(p) = gazetteer::place(&name.join(" ")).filter(|_| !continent) {
                        // Regions without a known population (most of the world's) do not count.
                        let big = p.kind == PlaceKind::Country || p.population >= 50_000;
                        if big && !p.common_word {
                            found = Some((p.country, n));
                            break;
                        }
                    }
                }
            }
            match found {
                Some((c, n)) => {
                    total += 1;
                    match counts.iter_mut().find(|x| x.0 == c) {
                        Some(x) => x.1 += 1,
                        None => counts.push((c, 1)),
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    let (c, n) = counts.into_iter().max_by_key(|x| x.1)?;
    (n >= 2 && n * 2 > total).then_some(c)
}

/// Time zones that name one country, as page headers write them ("4:15pm HKT").
const ZONES: &[(&str, [u8; 2])] = &[
    ("HKT", *b"HK"),
    ("AEST", *b"AU"),
    ("AEDT", *b"AU"),
    ("ACST", *b"AU"),
    ("ACDT", *b"AU"),
    ("AWST", *b"AU"),
    ("NZST", *b"NZ"),
    ("NZDT", *b"NZ"),
    ("SGT", *b"SG"),
    ("JST", *b"JP"),
    ("KST", *b"KR"),
    ("PHT", *b"PH"),
    ("WIB", *b"ID"),
    ("MYT", *b"MY"),
    ("EST", *b"US"),
    ("EDT", *b"US"),
    ("CDT", *b"US"),
    ("PST", *b"US"),
    ("PDT", *b"US"),
    ("MST", *b"US"),
    ("MDT", *b"US"),
    ("BST", *b"GB"),
    ("SAST", *b"ZA"),
    ("BRT", *b"BR"),
];

/// Rule 2b: the time zone of the page's timestamp line.
pub fn zone(timestamp: &str) -> Option<[u8; 2]> {
    timestamp
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(|w| ZONES.iter().find(|(z, _)| *z == w).map(|(_, c)| *c))
}

/// The home country by the rules in order.
pub fn home(
    dateline_place: Option<&str>,
    url_text: Option<&str>,
    timestamps: &[&str],
    publisher_name: Option<&str>,
    sentences: &[Vec<Token>],
) -> Option<[u8; 2]> {
    dateline_place
        .and_then(dateline)
        .or_else(|| url_text.and_then(url))
        .or_else(|| timestamps.iter().find_map(|t| zone(t)))
        .or_else(|| publisher_name.and_then(publisher))
        .or_else(|| places_named(sentences))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::tokens::tokenize;

    #[test]
    fn dateline_rule() {
        let cases: &[(&str, Option<&[u8; 2]>)] = &[
            ("SYDNEY", Some(b"AU")),
            ("BRISBANE, Australia", Some(b"AU")),
            ("WELLINGTON", Some(b"NZ")),
            ("OTTAWA", Some(b"CA")),
            ("MEXICO CITY", Some(b"MX")),
            ("HONG KONG", Some(b"HK")),
            ("TAIPEI", Some(b"TW")),
            ("SINGAPORE", Some(b"SG")),
            ("LONDON", Some(b"GB")),
            ("NOWHERESVILLE", None),
        ];
        for (place, want) in cases {
            assert_eq!(dateline(place), want.map(|w| *w), "{place}");
        }
    }

    #[test]
    fn url_rule() {
        let cases: &[(&str, Option<&[u8; 2]>)] = &[
            ("https://www.smh.com.au/business/story", Some(b"AU")),
            ("https://www.nzherald.co.nz/x", Some(b"NZ")),
            ("https://www.cbc.ca/news", Some(b"CA")),
            ("http://news.example.co.uk/a", Some(b"GB")),
            ("https://example.com/a", None),
            ("https://startup.io/a", None),
            ("https://example.tv/a", None),
        ];
        for (u, want) in cases {
            assert_eq!(url(u), want.map(|w| *w), "{u}");
        }
    }

    #[test]
    fn publisher_rule() {
        let cases: &[(&str, Option<&[u8; 2]>)] = &[
            ("The Sydney Morning Herald", Some(b"AU")),
            ("New Zealand Herald", Some(b"NZ")),
            ("Kyodo", Some(b"JP")),
            ("AAP", Some(b"AU")),
            ("The Straits Times", Some(b"SG")),
            ("Reuters", None),
            ("The Daily Gazette", None),
            ("The Valley Courier", None),
            ("West Coast Post", None),
            ("North Shore Times", None),
            ("South Africa Today", Some(b"ZA")),
        ];
        for (p, want) in cases {
            assert_eq!(publisher(p), want.map(|w| *w), "{p}");
        }
    }

    #[test]
    fn actor_rule() {
        let cases: &[(&str, Option<&[u8; 2]>)] = &[
            ("Canberra will spend $5 billion on roads.", Some(b"AU")),
            (
                "The Toronto council approved $12 million for transit.",
                Some(b"CA"),
            ),
            ("Singapore's budget sets aside $1.5 billion.", Some(b"SG")),
            ("The Sydney airline will pay a dividend.", Some(b"AU")),
            ("Tesla will build a $5 billion plant in Mexico.", None),
            // A small town's name opening a sentence is no actor (Honda, Tolima).
            (
                "Honda expects the recall to cost 48 billion yen, or about $315 million.",
                None,
            ),
            // Two countries act: the sentence does not say which dollar.
            ("Canada and Australia's leaders met.", None),
        ];
        for (s, want) in cases {
            assert_eq!(actor(&tokenize(s)), want.map(|w| *w), "{s}");
        }
    }

    #[test]
    fn zone_rule() {
        let cases: &[(&str, Option<&[u8; 2]>)] = &[
            ("Published: 25 Feb 2026, 4:15pm HKT", Some(b"HK")),
            ("Sunday, 1 February 2026 - 11:48pm AEDT", Some(b"AU")),
            ("29-04-2026 | 14:20", None),
            ("Updated 10:42 AM EST, Tue March 3, 2026", Some(b"US")),
        ];
        for (t, want) in cases {
            assert_eq!(zone(t), want.map(|w| *w), "{t}");
        }
    }

    #[test]
    fn places_rule() {
        let named = |s: &[&str]| places_named(&s.iter().map(|x| tokenize(x)).collect::<Vec<_>>());
        assert_eq!(
            named(&[
                "Residents of Brisbane and Melbourne were told to stay inside.",
                "The storm moved to Sydney, the council said."
            ]),
            Some(*b"AU")
        );
        // One place is not enough; a split without a majority says nothing.
        assert_eq!(named(&["Talks in Paris went on."]), None);
        assert_eq!(
            named(&["Leaders of Canada and Japan met, then Canada and Japan signed."]),
            None
        );
        // "South America" is no mention of the United States.
        assert_eq!(
            named(&[
                "Prices fell as New Zealand farmers faced supply from the United States and South America.",
                "New Zealand exports rose."
            ]),
            Some(*b"NZ")
        );
    }

    #[test]
    fn wires() {
        let cases: &[(&str, bool)] = &[
            ("AFP", true),
            ("Reuters", true),
            ("The Associated Press", true),
            ("Campo Hoy", false),
            ("Kyodo", false),
        ];
        for (p, want) in cases {
            assert_eq!(international_wire(p), *want, "{p}");
        }
    }

    #[test]
    fn bare_currencies() {
        let at = |c: &[u8; 2]| Context {
            home: Some(*c),
            pesos: true,
        };
        let wire = |c: &[u8; 2]| Context {
            home: Some(*c),
            pesos: false,
        };
        let none = Context::default();
        let cases: &[(Context, Bare, Option<&str>)] = &[
            (at(b"AU"), Bare::Dollar, Some("AUD")),
            (at(b"CA"), Bare::Dollar, Some("CAD")),
            (at(b"NZ"), Bare::Dollar, Some("NZD")),
            (at(b"SG"), Bare::Dollar, Some("SGD")),
            (at(b"HK"), Bare::Dollar, Some("HKD")),
            (at(b"TW"), Bare::Dollar, Some("TWD")),
            (at(b"MX"), Bare::Dollar, Some("MXN")),
            // A peso country whose article never says "pesos": the US dollar.
            (wire(b"DO"), Bare::Dollar, Some("USD")),
            (wire(b"MX"), Bare::Dollar, Some("USD")),
            (wire(b"AU"), Bare::Dollar, Some("AUD")),
            (at(b"GB"), Bare::Dollar, Some("USD")),
            (none, Bare::Dollar, Some("USD")),
            (at(b"PH"), Bare::Peso, Some("PHP")),
            (none, Bare::Peso, Some("MXN")),
            (at(b"PK"), Bare::Rupee, Some("PKR")),
            (at(b"US"), Bare::Rupee, Some("INR")),
            (at(b"GB"), Bare::Pound(None), Some("GBP")),
            (at(b"EG"), Bare::Pound(None), Some("EGP")),
            (at(b"US"), Bare::Pound(None), None),
            (at(b"US"), Bare::Pound(Some(true)), Some("GBP")),
            (at(b"GB"), Bare::Pound(Some(false)), None),
            (at(b"DK"), Bare::Crown, Some("DKK")),
            (at(b"IS"), Bare::Crown, Some("ISK")),
            (at(b"US"), Bare::Crown, None),
            (at(b"UG"), Bare::Shilling, Some("UGX")),
            (at(b"KE"), Bare::Shilling, Some("KES")),
            (none, Bare::Shilling, Some("KES")),
            (at(b"ZM"), Bare::Kwacha, Some("ZMW")),
            (at(b"SN"), Bare::Franc, Some("XOF")),
            (at(b"FR"), Bare::Franc, Some("CHF")),
            (at(b"QA"), Bare::Riyal, Some("QAR")),
            (at(b"MA"), Bare::Dirham, Some("MAD")),
            (at(b"US"), Bare::Degree(false), Some("°F")),
            (at(b"AU"), Bare::Degree(true), Some("°C")),
            (none, Bare::Degree(true), Some("°F")),
        ];
        for (ctx, bare, want) in cases {
            assert_eq!(ctx.bare_currency(*bare), *want, "{:?} {bare:?}", ctx.home);
        }
    }
}
