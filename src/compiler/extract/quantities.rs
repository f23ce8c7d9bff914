//! Quantities: numbers in digits or words with their normalized value,
//! canonical unit, qualifier, range, rate, and a short `measure` phrase taken
//! from the sentence.

use super::dates::DateMatch;
use super::words::{has_noun, np_after, np_before, subject_before, vp_before, vp_before_span};
use crate::bundle::Qualifier;
use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token, num_value};

#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMatch {
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    /// Character span of the quantity (qualifier to unit) in the sentence.
    pub span: [u32; 2],
    /// Token range of the quantity, end exclusive.
    pub first: usize,
    pub end: usize,
    pub measure: String,
    /// Index (in the returned list) of a quantity stating the same amount.
    pub same_as: Option<usize>,
}

impl QuantityMatch {
    /// A quantity over tokens `first..end`, its measure still to be found.
    fn new(t: &[Token], value: f64, upper: Option<f64>, unit: Option<String>, qualifier: Qualifier, first: usize, end: usize) -> Self {
        QuantityMatch { value, upper, unit, qualifier, span: [t[first].cstart, t[end - 1].cend], first, end, measure: String::new(), same_as: None }
    }
}

/// A parsed number: value, first token, token after it, currency prefix.
struct Number {
    value: f64,
    first: usize,
    end: usize,
    currency: Option<&'static str>,
    words: bool,
}

fn lower(t: &[Token], i: usize) -> String {
    t.get(i).map(|x| x.lower()).unwrap_or_default()
}

fn in_dates(dates: &[DateMatch], i: usize) -> bool {
    dates.iter().any(|d| (d.first..d.end).contains(&i))
}

/// Currency before a number: `$`, `US$`, `A$`, `€`, `¥`, or a code (`USD 5`).
/// Returns (code, index of the first currency token).
fn currency_before(t: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let p = i.checked_sub(1)?;
    let tok = &t[p];
    if tok.kind == Kind::Sym && tok.text != "%" && tok.text != "°" && tok.text != "~" && tok.text != "+" && tok.text != "±" {
        // A letter prefix glued to the sign: US$, A$, HK$.
        if let Some(pp) = p.checked_sub(1) {
            let w = &t[pp];
            if w.kind == Kind::Word && !tok.space_before {
                let joined = format!("{}{}", w.text, tok.text);
                if let Some(&(_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| s.eq_ignore_ascii_case(&joined)) {
                    return Some((code, pp));
                }
            }
        }
        let code = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == tok.text).map(|&(_, c)| c)?;
        return Some((code, p));
    }
    if tok.kind == Kind::Word && tok.text.len() == 3 && tok.text.chars().all(|c| c.is_ascii_uppercase()) {
        if let Some(code) = lexicon::CURRENCY_CODES.iter().find(|c| **c == tok.text) {
            return Some((code, p));
        }
    }
    if tok.is("rmb") {
        return Some(("CNY", p));
    }
    // "Rs 12,000 crore", "Rs. 500"
    if tok.text == "Rs" || tok.text == "." && p > 0 && t[p - 1].text == "Rs" && !tok.space_before {
        return Some(("INR", if tok.text == "." { p - 1 } else { p }));
    }
    None
}

/// Magnitude words after a number: "10 billion", "$5bn", "$500m" (glued, with a currency).
fn magnitudes(t: &[Token], mut i: usize, currency: bool) -> (f64, usize) {
    let mut factor = 1.0;
    while let Some(tok) = t.get(i) {
        if tok.kind != Kind::Word {
            break;
        }
        let l = tok.lower();
        let short = matches!(l.as_str(), "k" | "m" | "b" | "mn" | "mln" | "bn" | "bln" | "tn" | "trn");
        let Some(f) = lexicon::magnitude(&l) else { break };
        // Without a currency, "5m" is five metres, unless a plural noun follows: "1.2m homes".
        let counted = t.get(i + 1).is_some_and(|n| {
            let w = n.lower();
            n.kind == Kind::Word && n.space_before && !n.is_capitalized() && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !matches!(w.as_str(), "below" | "across" | "is" | "was" | "has" | "plus" | "towards" | "upwards" | "downwards")
        });
        if short && (tok.space_before || (!currency && matches!(l.as_str(), "m" | "b" | "k") && !(l == "m" && counted || l == "k" && counted))) {
            break;
        }
        factor *= f;
        i += 1;
    }
    (factor, i)
}

/// A number in words: "seven", "twenty-five", "a dozen", "two hundred", "three million".
fn word_number(t: &[Token], i: usize) -> Option<(f64, usize)> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    // "a dozen"
    if tok.is("a") && t.get(i + 1).is_some_and(|n| n.is("dozen")) {
        return Some((12.0, i + 2));
    }
    let l = tok.lower();
    let base = if let Some(v) = lexicon::number_word(&l) {
        v
    } else if let Some((a, b)) = l.split_once('-') {
        let (x, y) = (lexicon::number_word(a)?, lexicon::number_word(b)?);
        if x >= 20.0 && x % 10.0 == 0.0 && y < 10.0 { x + y } else { return None }
    } else {
        return None;
    };
    let mut v = base;
    let mut j = i + 1;
    if t.get(j).is_some_and(|n| n.is("hundred")) && base < 100.0 {
        v *= 100.0;
        j += 1;
    }
    Some((v, j))
}

fn number_at(t: &[Token], i: usize, dates: &[DateMatch]) -> Option<Number> {
    let tok = t.get(i)?;
    if in_dates(dates, i) {
        return None;
    }
    let currency = currency_before(t, i);
    match tok.kind {
        Kind::Num => {
            let mut value = num_value(tok.text)?;
            // Glued letters that are not units or magnitudes: 5G, 3D, 4K.
            if let Some(n) = t.get(i + 1) {
                if !n.space_before && n.kind == Kind::Word {
                    let l = n.lower();
                    let unit = lexicon::UNITS.iter().any(|(u, _)| *u == l && (!lexicon::SHORT_UNITS.contains(u) || *u == n.text));
                    let degrees = matches!(n.text, "C" | "F"); // 41.2C
                    let ok = lexicon::magnitude(&l).is_some() || unit || degrees || lexicon::multiplier(&format!("{}{}", tok.text, l)).is_some();
                    if !ok || matches!(l.as_str(), "st" | "nd" | "rd" | "th") {
                        return None;
                    }
                }
                // Times of day and ratios: 10:30, 3:1
                if n.text == ":" && !n.space_before && t.get(i + 2).is_some_and(|x| x.kind == Kind::Num) {
                    return None;
                }
            }
            if let Some(p) = i.checked_sub(1) {
                let prev = &t[p];
                if prev.text == ":" && !tok.space_before || prev.is("no") || prev.text == "#" {
                    return None;
                }
                if prev.kind == Kind::Word && !tok.space_before && currency.is_none() {
                    return None; // glued to a word: COVID19, A380
                }
                // A sign: "+25%", "-3%"
                if matches!(prev.text, "-" | "−") && !tok.space_before && (p == 0 || t[p].space_before) {
                    value = -value;
                }
            }
            let (factor, end) = magnitudes(t, i + 1, currency.is_some());
            Some(Number { value: value * factor, first: currency.map_or(i, |c| c.1), end, currency: currency.map(|c| c.0), words: false })
        }
        Kind::Word => {
            let (v, j) = word_number(t, i)?;
            // Capitalized mid-sentence number words belong to names ("Group of Seven").
            if tok.is_capitalized() && i > 0 && !t[i - 1].text.ends_with(['.', '“', '"']) {
                return None;
            }
            let (factor, end) = magnitudes(t, j, currency.is_some());
            // "one" only with a magnitude or unit: "one of", "one day" are not counts.
            let l = tok.lower();
            if (l == "one" || l == "a") && factor == 1.0 && currency.is_none() {
                let unit_follows = unit_at(t, end, false).is_some();
                if !unit_follows {
                    return None;
                }
            }
            // Plural vague words: "hundreds of", "dozens of".
            if t.get(end).is_some_and(|n| n.is("of")) && factor == 1.0 && matches!(l.as_str(), "dozen" | "hundred") {
                return None;
            }
            Some(Number { value: v * factor, first: currency.map_or(i, |c| c.1), end, currency: currency.map(|c| c.0), words: true })
        }
        _ => None,
    }
}

/// A unit phrase at `i`: canonical unit and the index after it. `glued` says
/// the unit follows the number without a space.
fn unit_at(t: &[Token], i: usize, glued: bool) -> Option<(String, usize)> {
    let first = t.get(i)?;
    if first.kind == Kind::Sym && first.text == "%" {
        return Some(("%".into(), i + 1));
    }
    if first.kind == Kind::Sym && first.text == "°" {
        if let Some(n) = t.get(i + 1).filter(|n| !n.space_before) {
            if n.is("c") {
                return Some(("°C".into(), i + 2));
            }
            if n.is("f") {
                return Some(("°F".into(), i + 2));
            }
        }
    }
    if first.kind != Kind::Word {
        return None;
    }
    // "41.2C", "98F": a capital C or F glued to the number.
    if glued && matches!(first.text, "C" | "F") {
        return Some((if first.text == "C" { "°C" } else { "°F" }.into(), i + 1));
    }
    let l = first.lower();
    if l == "percent" || l == "pct" {
        return Some(("%".into(), i + 1));
    }
    if l == "per" && t.get(i + 1).is_some_and(|n| n.is("cent")) {
        return Some(("%".into(), i + 2));
    }
    if l == "percentage" && t.get(i + 1).is_some_and(|n| n.is("points") || n.is("point")) {
        return Some(("pp".into(), i + 2));
    }
    if l == "basis" && t.get(i + 1).is_some_and(|n| n.is("points") || n.is("point")) {
        return Some(("bp".into(), i + 2));
    }
    // "870-metre-wide": a unit word joined to a dimension by a hyphen.
    if let Some((a, b)) = l.split_once('-') {
        if matches!(b, "wide" | "long" | "high" | "deep" | "tall" | "thick" | "old") {
            if let Some(&(_, unit)) = lexicon::UNITS.iter().find(|(u, _)| *u == a && !lexicon::SHORT_UNITS.contains(u)) {
                return Some((unit.to_string(), i + 1));
            }
        }
    }
    // Longest unit phrase of up to three tokens ("square kilometers", "km/h").
    for n in (1..=3).rev() {
        if i + n > t.len() {
            continue;
        }
        let mut phrase = String::new();
        for (k, tok) in t[i..i + n].iter().enumerate() {
            if k > 0 && tok.space_before {
                phrase.push(' ');
            }
            phrase.push_str(&tok.lower());
        }
        if let Some(&(_, unit)) = lexicon::UNITS.iter().find(|(u, _)| *u == phrase) {
            let short = n == 1 && lexicon::SHORT_UNITS.contains(&phrase.as_str());
            // Symbols keep their case: "5 m" is meters, "5G" is not grams.
            if short && t[i].text != phrase {
                continue;
            }
            // One-letter symbols and "mi", "ha" are also words; "35 km south" is kilometres.
            if short && !glued && (phrase.len() == 1 || matches!(phrase.as_str(), "mi" | "ha")) {
                // "5 m" is a unit only before punctuation, "of", or the end.
                let next = t.get(i + 1);
                let ok = next.is_none_or(|x| x.kind == Kind::Punct || x.is("of") || x.is("deep") || x.is("long") || x.is("high") || x.is("wide"));
                if !ok || matches!(phrase.as_str(), "m" | "t" | "g") && next.is_some_and(|x| x.is("of")) {
                    continue;
                }
            }
            return Some((unit.to_string(), i + n));
        }
    }
    None
}

/// A currency word after an amount: "yen", "euros", "Australian dollars".
fn currency_word_at(t: &[Token], i: usize, has_magnitude: bool) -> Option<(&'static str, usize)> {
    for n in (1..=3).rev() {
        if i + n > t.len() {
            continue;
        }
        let phrase = t[i..i + n].iter().map(|x| x.lower()).collect::<Vec<_>>().join(" ");
        if let Some(&(w, code)) = lexicon::CURRENCY_WORDS.iter().find(|(w, _)| *w == phrase) {
            if matches!(w, "won" | "real" | "rand" | "dong") && !has_magnitude {
                return None;
            }
            return Some((code, i + n));
        }
    }
    let tok = t.get(i)?;
    if tok.kind == Kind::Word && lexicon::CURRENCY_CODES.contains(&tok.text) {
        return Some((lexicon::CURRENCY_CODES.iter().find(|c| **c == tok.text)?, i + 1));
    }
    None
}

/// The per-unit of a rate: "per kilogram", "a year", "/t".
fn rate_at(t: &[Token], i: usize) -> Option<(String, usize)> {
    let w = lower(t, i);
    if !matches!(w.as_str(), "per" | "a" | "an" | "/" | "each") {
        return None;
    }
    let u = lower(t, i + 1);
    let per = match u.as_str() {
        "kilogram" | "kilo" | "kg" => "kg",
        "tonne" | "ton" | "t" | "metric" => "t",
        "pound" | "lb" => "lb",
        "ounce" | "oz" => "oz",
        "barrel" | "bbl" => "bbl",
        "year" | "annum" | "yr" => "yr",
        "month" => "mo",
        "week" => "wk",
        "day" => "d",
        "hour" | "h" => "h",
        "person" | "capita" | "head" => "person",
        "share" => "share",
        "megawatt-hour" | "mwh" => "MWh",
        "kilowatt-hour" | "kwh" => "kWh",
        "liter" | "litre" => "l",
        "gallon" => "gal",
        // "per patient", "per household": any noun after "per".
        other if w == "per" && t.get(i + 1).is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized()) && other.len() > 2 => {
            return Some((other.trim_end_matches('s').to_string(), i + 2));
        }
        _ => return None,
    };
    let mut end = i + 2;
    if u == "metric" && t.get(end).is_some_and(|x| x.is("ton") || x.is("tonne")) {
        end += 1;
    }
    Some((per.to_string(), end))
}

/// "six-week", "12-month": a number word and a unit joined by a hyphen.
fn hyphen_quantity(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let (num, unit) = tok.text.split_once('-')?;
    let v = lexicon::number_word(num)?;
    if tok.is_capitalized() && i > 0 {
        return None;
    }
    let u = lexicon::UNITS.iter().find(|(w, _)| *w == unit.to_lowercase() && !lexicon::SHORT_UNITS.contains(w)).map(|&(_, u)| u)?;
    Some(QuantityMatch::new(t, v, None, Some(u.to_string()), Qualifier::Exact, i, i + 1))
}

fn qualifier_before(t: &[Token], first: usize) -> (Qualifier, usize) {
    for n in (1..=4).rev() {
        let Some(start) = first.checked_sub(n) else { continue };
        let phrase = t[start..first].iter().map(|x| x.lower()).collect::<Vec<_>>().join(" ");
        let phrase = phrase.replace(" .", ".");
        let q = if lexicon::APPROX_WORDS.contains(&phrase.as_str()) {
            Some(Qualifier::Approx)
        } else if lexicon::OVER_WORDS.contains(&phrase.as_str()) {
            Some(Qualifier::Over)
        } else if lexicon::UNDER_WORDS.contains(&phrase.as_str()) {
            Some(Qualifier::Under)
        } else {
            None
        };
        if let Some(q) = q {
            // "over" and "about" are only qualifiers right before a number.
            return (q, start);
        }
    }
    (Qualifier::Exact, first)
}

/// Parse the quantity whose number starts at `i`.
fn quantity_at(t: &[Token], i: usize, dates: &[DateMatch]) -> Option<QuantityMatch> {
    let num = number_at(t, i, dates)?;
    let mut value = num.value;
    let mut end = num.end;
    let mut upper = None;
    let mut unit: Option<String> = num.currency.map(str::to_string);
    let has_magnitude = end > i + 1;

    // A unit or currency word right after the first number ("5,000 meters -6,000").
    let unit_here = |t: &[Token], end: usize| -> Option<(String, usize)> {
        let glued = t.get(end).is_some_and(|x| !x.space_before);
        if let Some(u) = unit_at(t, end, glued) {
            return Some(u);
        }
        // "a 2.5-kilometre quay"
        if t.get(end).is_some_and(|x| x.text == "-" && !x.space_before) && t.get(end + 1).is_some_and(|x| !x.space_before) {
            if let Some(u) = unit_at(t, end + 1, true) {
                return Some(u);
            }
        }
        currency_word_at(t, end, has_magnitude).map(|(c, e)| (c.to_string(), e))
    };
    // Range: "5,000-6,000", "three to five", "between 5 and 6".
    let between = i > 0 && t[i - 1].is("between");
    let sep = t.get(end).map(|x| x.text.to_lowercase());
    let range_sep = match sep.as_deref() {
        Some("-" | "–" | "—") => t.get(end + 1).is_some_and(|x| !x.space_before || x.kind == Kind::Num),
        Some("to") => true,
        Some("and") => between,
        _ => false,
    };
    if unit.is_none() && range_sep {
        // A unit may stand after both numbers only.
        if let Some(second) = number_at(t, end + 1, dates) {
            if second.currency.is_none() || second.currency == num.currency {
                let mut hi = second.value;
                // "5 to 6 billion": the magnitude of the second applies to both.
                if second.end > end + 2 && !has_magnitude && !second.words {
                    let (f, _) = magnitudes(t, end + 2, false);
                    if f > 1.0 {
                        value *= f;
                    }
                }
                if second.words == num.words || !num.words {
                    if hi > value {
                        upper = Some(hi);
                        end = second.end;
                    } else if hi == value {
                        hi = value;
                        let _ = hi;
                    }
                }
            }
        }
    } else if unit.is_some() && range_sep {
        // "$5-6 billion", "€10 to €12"
        let skip = if t.get(end + 1).is_some_and(|x| x.kind == Kind::Sym) { 1 } else { 0 };
        if let Some(second) = number_at(t, end + 1 + skip, dates) {
            if second.value > value {
                upper = Some(second.value);
                end = second.end;
            }
        }
    }
    if unit.is_none() {
        if let Some((u, e)) = unit_here(t, end) {
            unit = Some(u);
            end = e;
        } else if t.get(end).is_some_and(|x| x.is("times")) && !matches!(lower(t, end + 1).as_str(), "a" | "per" | "each" | "every" | "as") {
            unit = Some("x".into());
            end += 1;
        }
    }
    // A second unit mention after a range: "5,000-6,000 meters".
    if let (Some(u), Some(_)) = (&unit, upper) {
        let _ = u;
    }
    // Words in digits need a unit or a noun: "seven rare earths" yes, "seven." no.
    if unit.is_none() && num.words && !t.get(end).is_some_and(|x| x.kind == Kind::Word) {
        return None;
    }
    // Rates: "$110 per kilogram".
    if let Some(u) = &unit {
        if u != "%" && u != "x" {
            if let Some((per, e)) = rate_at(t, end) {
                unit = Some(format!("{u}/{per}"));
                end = e;
            }
        }
    }
    let (mut qualifier, mut first) = qualifier_before(t, num.first);
    // "over six months", "within two years": time spans, not bounds.
    let span_word = first < num.first && t[first..num.first].iter().all(|x| matches!(x.lower().as_str(), "over" | "under" | "within" | "in"));
    if span_word && unit.as_deref().is_some_and(|u| DURATIONS.contains(&u)) && upper.is_none() {
        qualifier = Qualifier::Exact;
        first = num.first;
    }
    if upper.is_some() {
        qualifier = Qualifier::Range;
        if between {
            first = num.first - 1;
        }
    }
    Some(QuantityMatch::new(t, value, upper, unit, qualifier, first, end))
}

/// "a third of homes", "half of its revenue", "two-thirds of voters": a share, in percent.
fn fraction_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let word = |k: usize| lower(t, k);
    let (value, end) = match tok.lower().as_str() {
        // Not "the first half of the year".
        "half" if !matches!(word(i.wrapping_sub(1)).as_str(), "first" | "second" | "latter" | "former" | "the" | "last" | "next") => (50.0, i + 1),
        "a" | "one" => match word(i + 1).as_str() {
            "third" => (33.3, i + 2),
            "quarter" => (25.0, i + 2),
            "fifth" => (20.0, i + 2),
            "tenth" => (10.0, i + 2),
            _ => return None,
        },
        "two-thirds" => (66.7, i + 1),
        "three-quarters" => (75.0, i + 1),
        "two" if word(i + 1) == "thirds" => (66.7, i + 2),
        "three" if word(i + 1) == "quarters" => (75.0, i + 2),
        _ => return None,
    };
    // "half of its revenue", not "half of 2025" or "a quarter of an hour".
    let of = word(end) == "of" && t.get(end + 1).is_some_and(|x| x.kind == Kind::Word && !matches!(x.lower().as_str(), "an" | "a" | "century" | "hour" | "mile"));
    if !of {
        return None;
    }
    let (qualifier, first) = qualifier_before(t, i);
    Some(QuantityMatch::new(t, value, None, Some("%".into()), qualifier, first, end))
}

/// Multiplier words: "double its capacity" → 2 x.
fn multiplier_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let l = tok.lower();
    let f = lexicon::multiplier(&l)?;
    let base_form = matches!(l.as_str(), "double" | "triple" | "quadruple" | "halve");
    if base_form {
        let prev = lower(t, i.wrapping_sub(1));
        if !matches!(prev.as_str(), "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "and" | "or") {
            return None;
        }
    }
    if matches!(l.as_str(), "twice" | "thrice") && matches!(lower(t, i + 1).as_str(), "a" | "per" | "each" | "every" | "weekly" | "daily") {
        return None;
    }
    // "more than doubled"
    let (qualifier, first) = qualifier_before(t, i);
    Some(QuantityMatch::new(t, f, None, Some("x".into()), qualifier, first, i + 1))
}

const FILLER_NOUNS: &[&str] = &["total", "sum", "amount", "number", "figure", "value", "level", "tally", "count", "estimate", "average", "maximum", "minimum", "record"];
const DIRECTIONS: &[&str] = &[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "offshore", "inland", "away", "from", "off",
];
/// Verbs whose subject is what a quantity measures ("X rose 12%", "X cost €5m").
const BE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "reached", "rose", "fell", "grew", "totaled", "totalled", "stood",
    "increased", "decreased", "dropped", "climbed", "jumped", "surged", "declined", "hit", "topped", "numbered",
    "reach", "rise", "fall", "grow", "total", "stand", "measures", "measured", "covers", "covered", "cover",
    "risen", "fallen", "grown", "cost", "costs", "accounted", "accounts", "amounted", "amounts", "exceeded",
    "slumped", "soared", "plunged", "shrank", "expanded", "gained", "lost", "averaged", "remained", "hovered",
];
const AT_VERBS: &[&str] = &["measuring", "covering", "spanning", "totaling", "totalling", "weighing", "worth", "valued", "costing", "priced"];
const DURATIONS: &[&str] = &["yr", "mo", "wk", "d", "h", "min", "decade", "century"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Share,
    Money,
    Duration,
    Count,
    Physical,
}

fn family(unit: Option<&str>) -> Family {
    match unit {
        None => Family::Count,
        Some("%" | "x" | "pp" | "bp") => Family::Share,
        Some(u) if DURATIONS.contains(&u) => Family::Duration,
        Some(u) if u.len() >= 3 && u[..3].chars().all(|c| c.is_ascii_uppercase()) => Family::Money,
        Some(_) => Family::Physical,
    }
}

fn text(t: &[Token], (a, b): (usize, usize)) -> String {
    t[a..b].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")
}

/// The measure of a quantity, from the words around it.
fn measure(t: &[Token], q: &QuantityMatch) -> String {
    // A labeled figure: "Daily riders: 6.5 lakh", "Fare revenue: ₹1,450 crore".
    if q.first >= 2 && t[q.first - 1].text == ":" && q.first <= 7 && t[..q.first - 1].iter().all(|x| x.kind == Kind::Word) {
        return text(t, (0, q.first - 1));
    }
    let fam = family(q.unit.as_deref());
    let before = q.first.checked_sub(1).map(|p| t[p].lower()).unwrap_or_default();
    // Skip a parenthetical equivalent: "1,950 kilometers (1,210 miles) southeast of Tokyo".
    let mut after = q.end;
    if t.get(after).is_some_and(|x| x.text == "(") {
        if let Some(close) = t[after..].iter().position(|x| x.text == ")") {
            if close <= 8 {
                after += close + 1;
            }
        }
    }
    let after_word = lower(t, after);
    // "70% of global production", "40 miles of coastline", "two years of debate",
    // "seven of the 45 seats".
    if after_word == "of" && fam != Family::Money {
        let mut j = after + 1;
        while t.get(j).is_some_and(|x| super::words::DETERMINERS.contains(&x.lower().as_str())) {
            j += 1;
        }
        if t.get(j).is_some_and(|x| x.kind == Kind::Num || lexicon::number_word(x.text).is_some()) {
            j += 1;
        }
        let np = np_after(t, j, true);
        if !np.is_empty() {
            return np;
        }
    }
    // Counts name what they count: "12 rare earths".
    if fam == Family::Count {
        let np = np_after(t, after, true);
        if !np.is_empty() && !FILLER_NOUNS.contains(&np.as_str()) {
            return np;
        }
    }
    // "a depth of 5,569 meters", "an investment of ¥10 billion"; a filler
    // noun ("a total of", "an average of") says nothing, so look on.
    let mut first = q.first;
    if before == "of" && fam != Family::Share {
        let (a, b) = super::words::np_before_span(t, q.first - 1, false);
        let noun = text(t, (a, b));
        let filler = b > a && FILLER_NOUNS.contains(&t[b - 1].lower().as_str());
        if !noun.is_empty() && !filler {
            return noun;
        }
        if filler {
            if matches!(after_word.as_str(), "for" | "in" | "on") {
                let np = np_after(t, after + 1, true);
                if !np.is_empty() {
                    return np;
                }
            }
            first = a;
            while first > 0 && super::words::DETERMINERS.contains(&t[first - 1].lower().as_str()) {
                first -= 1;
            }
        }
    }
    // "cut emissions by 40%", "reduced waiting times by between 20 and 30 percent".
    let by_at = match before.as_str() {
        "by" => Some(q.first - 1),
        "between" if q.first >= 2 && t[q.first - 2].is("by") => Some(q.first - 2),
        _ => None,
    };
    if let Some(b) = by_at {
        let span = vp_before_span(t, b);
        // A single word before "by" is the verb ("rise by 9.4 percent").
        if span.1 - span.0 >= 2 && has_noun(t, span) {
            return text(t, span);
        }
        // "the cost had risen by 30%": the verb alone; say what rose.
        let subject = subject_before(t, span.0);
        if !subject.is_empty() {
            return subject;
        }
    }
    // Money for something: "a ¥10 billion investment", "$4.5m in compensation",
    // "A$500 million to a refiner", "sold for $1.2 billion".
    if fam == Family::Money {
        if matches!(after_word.as_str(), "for" | "in" | "on" | "to") {
            let np = np_after(t, after + 1, true);
            if !np.is_empty() {
                return np;
            }
        }
        let np = np_after(t, after, false);
        if !np.is_empty() {
            return np;
        }
        if before == "for" {
            let vp = vp_before(t, q.first - 1);
            if !vp.is_empty() {
                return vp;
            }
        }
    }
    if AT_VERBS.contains(&before.as_str()) || (before == "at" && q.first >= 2 && AT_VERBS.contains(&t[q.first - 2].lower().as_str())) {
        let at = if before == "at" { q.first - 2 } else { q.first - 1 };
        let np = np_before(t, at, true);
        if !np.is_empty() {
            return np;
        }
    }
    // "X is only 151 hectares", "sales rose to 12%", "Imports cost an average of $11".
    let mut k = first;
    while k > 0 && matches!(t[k - 1].lower().as_str(), "only" | "just" | "to" | "at" | "some" | "an" | "a" | "nearly" | "almost" | "about" | "roughly") {
        k -= 1;
    }
    if k > 0 && BE_VERBS.contains(&t[k - 1].lower().as_str()) {
        let np = subject_before(t, k - 1);
        if !np.is_empty() {
            return np;
        }
    }
    // "inflation, which reached 3.8%": what the relative clause is about.
    if k >= 2 && t[k - 1].kind == Kind::Word && matches!(t[k - 2].lower().as_str(), "which" | "that") {
        let c = if k >= 3 && t[k - 3].text == "," { k - 3 } else { k - 2 };
        let np = np_before(t, c, true);
        if !np.is_empty() {
            return np;
        }
    }
    if DIRECTIONS.contains(&after_word.as_str()) {
        let mut words = vec![t[after].text.to_string()];
        let j = after + 1;
        if t.get(j).is_some_and(|x| x.is("of") || x.is("from")) {
            words.push(t[j].text.to_string());
            let np = np_after(t, j + 1, false);
            if !np.is_empty() {
                words.push(np);
                return words.join(" ");
            }
        }
    }
    if fam == Family::Share {
        let np = np_after(t, after, true);
        if !np.is_empty() {
            return np;
        }
    }
    let np = np_before(t, first, true);
    if !np.is_empty() {
        return np;
    }
    np_after(t, after, true)
}

fn small_int(t: &Token, max: u32) -> Option<u32> {
    (t.kind == Kind::Num).then(|| t.text.parse::<u32>().ok()).flatten().filter(|&n| n <= max)
}

/// Numbers that are not quantities; the token after them. A score ("beat
/// Marseille 2-1", "a 3–0 win") and a number that is part of a name ("Ligue 1",
/// "Boeing 737", "Section 230").
fn not_a_quantity(t: &[Token], i: usize) -> Option<usize> {
    let tok = &t[i];
    small_int(tok, 9999)?;
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
    if small_int(tok, 99).is_some() && t.get(i + 1).is_some_and(|x| matches!(x.text, "-" | "–")) && glued(i + 1) && glued(i + 2) && t.get(i + 2).and_then(|x| small_int(x, 99)).is_some() {
        let before = (i.saturating_sub(3)..i).any(|k| lexicon::is_in(SCORE_VERBS, t[k].text));
        let after = t.get(i + 3).is_some_and(|x| lexicon::is_in(SCORE_NOUNS, x.text));
        if before || after {
            return Some(i + 3);
        }
    }
    None.or_else(|| {
        // A capitalized word right before the number, not a function word, month or unit.
        let prev = t.get(i.checked_sub(1)?)?;
        let named = prev.kind == Kind::Word
            && prev.is_capitalized()
            && !lexicon::is_in(lexicon::NOT_NAMES, prev.text)
            && lexicon::month(prev.text).is_none()
            && !tok.text.contains(['.', ','])
            && i >= 2
            && t[i - 2].kind != Kind::Punct;
        let next_free = t.get(i + 1).is_none_or(|x| x.kind == Kind::Punct || x.kind == Kind::Word && unit_at(t, i + 1, false).is_none() && !lexicon::is_in(MAGNITUDE_WORDS, x.text));
        (named && next_free).then_some(i + 1)
    })
}

const SCORE_VERBS: &[&str] = &["beat", "beats", "won", "win", "wins", "lost", "lose", "loses", "drew", "draw", "defeated", "defeat", "edged", "edges", "edge", "thrashed", "routed", "trailed", "led", "score", "scored", "scoreline"];
const SCORE_NOUNS: &[&str] = &["win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "triumph", "home", "away", "aggregate"];
const MAGNITUDE_WORDS: &[&str] = &["thousand", "million", "billion", "trillion", "percent", "per", "times"];

/// "Cherki, 22, has scored": an age between commas after a name.
fn age_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let n = small_int(&t[i], 120)?;
    let name = t.get(i.checked_sub(2)?)?;
    let comma_before = t[i - 1].text == ",";
    // "Cherki, 22, has scored"; "said resident Luis Pardo, 67."
    let comma_after = t.get(i + 1).is_some_and(|x| x.text == "," || x.text == "." && i + 2 == t.len());
    // A person's name ends in a capitalized word that starts no sentence on its own.
    let person = name.kind == Kind::Word && name.is_capitalized() && !lexicon::is_in(lexicon::NOT_NAMES, name.text) && lexicon::month(name.text).is_none() && lexicon::weekday(name.text).is_none();
    (comma_before && comma_after && person && n >= 1).then(|| QuantityMatch {
        measure: format!("age of {}", name.text),
        ..QuantityMatch::new(t, n as f64, None, Some("yr".into()), Qualifier::Exact, i, i + 1)
    })
}

/// Find the quantities of a tokenized sentence.
pub fn find(t: &[Token], dates: &[DateMatch]) -> Vec<QuantityMatch> {
    let mut out: Vec<QuantityMatch> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some(end) = not_a_quantity(t, i) {
            i = end;
            continue;
        }
        if let Some(q) = age_at(t, i) {
            i = q.end;
            out.push(q);
            continue;
        }
        let found = quantity_at(t, i, dates).or_else(|| multiplier_at(t, i)).or_else(|| fraction_at(t, i)).or_else(|| hyphen_quantity(t, i));
        let Some(mut q) = found else {
            i += 1;
            continue;
        };
        q.measure = measure(t, &q);
        // "the 40-year-old bridge": an age.
        if q.unit.as_deref() == Some("yr") && t[q.end - 1].lower().ends_with("-old") {
            let of = np_after(t, q.end, true);
            q.measure = if of.is_empty() { "age".into() } else { format!("age of {of}") };
        }
        // "6,000 km beneath the desert", "4 km down": a length going down is a depth.
        let length = matches!(q.unit.as_deref(), Some("m" | "km" | "mi" | "ft" | "cm"));
        let down = lower(t, q.end);
        if length && matches!(down.as_str(), "beneath" | "below" | "underground" | "underneath" | "down" | "deep") && !q.measure.contains("depth") {
            let place = np_after(t, q.end + 1, true);
            q.measure = if place.is_empty() { "depth".into() } else { format!("depth {down} {place}") };
        }
        // "58.4 percent, up from 51 percent": the same measure as before.
        let compared = q.first >= 2 && t[q.first - 1].is("from") && matches!(t[q.first - 2].lower().as_str(), "up" | "down" | "rising" | "falling" | "compared");
        if compared {
            if let Some(prev) = out.iter().rev().find(|p| p.unit == q.unit) {
                q.measure = prev.measure.clone();
            }
        }
        let idx = out.len();
        i = q.end;
        out.push(q);
        // A parenthetical equivalent: "1,950 kilometers (1,210 miles)", "45.9 billion yen ($423 million)".
        if t.get(i).is_some_and(|x| x.text == "(") {
            let start = i + 1;
            let inner_start = if t.get(start).is_some_and(|x| x.kind == Kind::Sym || x.kind == Kind::Word && t.get(start + 1).is_some_and(|y| y.kind == Kind::Sym && !y.space_before)) {
                (start..start + 3).find(|&k| t.get(k).is_some_and(|x| x.kind == Kind::Num)).unwrap_or(start)
            } else {
                start
            };
            let ahead = quantity_at(t, inner_start, dates)
                .or_else(|| t.get(start).filter(|x| x.is("about") || x.is("approximately") || x.is("or")).and_then(|_| quantity_at(t, start + 1, dates)));
            if let Some(mut eq) = ahead {
                if t.get(eq.end).is_some_and(|x| x.text == ")") && eq.unit.is_some() {
                    eq.measure = out[idx].measure.clone();
                    eq.same_as = Some(idx);
                    out[idx].same_as = Some(idx + 1);
                    i = eq.end + 1;
                    out.push(eq);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::dates;
    use crate::compiler::tokens::tokenize;

    fn q(s: &str) -> Vec<(f64, Option<f64>, Option<String>, Qualifier, String)> {
        let t = tokenize(s);
        let d = dates::find(&t);
        find(&t, &d).into_iter().map(|q| (q.value, q.upper, q.unit, q.qualifier, q.measure)).collect()
    }

    fn one(s: &str) -> (f64, Option<f64>, Option<String>, Qualifier, String) {
        let v = q(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    use Qualifier::*;

    #[test]
    fn money_with_magnitudes_and_markers() {
        assert_eq!(one("Tosoh announced a ¥10 billion investment to upgrade lines."), (1e10, None, Some("JPY".into()), Exact, "investment".into()));
        assert_eq!(one("The fund raised A$500 million."), (5e8, None, Some("AUD".into()), Exact, "fund".into()));
        assert_eq!(one("It paid US$258 million for the mine.").2, Some("USD".into()));
        assert_eq!(one("Prices hit $110 per kilogram.").2, Some("USD/kg".into()));
        assert_eq!(one("The deal is worth €2.5bn.").0, 2.5e9);
        assert_eq!(one("The levy raised 40 million Danish kroner.").2, Some("DKK".into()));
        assert_eq!(one("The levy raised 40 million Swedish kronor.").2, Some("SEK".into()));
    }

    #[test]
    fn scores_and_numbered_names_are_not_quantities() {
        assert!(q("Porto beat Braga 3-1 on Sunday.").is_empty());
        assert!(q("It was a 2–0 win for the visitors.").is_empty());
        assert!(q("The plane was a Boeing 737 and the club plays in Serie A.").is_empty());
        assert!(q("The firm filed for Chapter 11 protection.").is_empty());
        // But a range or an amount after a name still counts.
        assert_eq!(one("Prices rose 5-7 percent.").1, Some(7.0));
        assert_eq!(one("Sales at Acme 40 percent higher.").0, 40.0);
        assert_eq!(one("Shares of Acme rose 3% on Monday.").0, 3.0);
    }

    #[test]
    fn relative_clauses_name_their_noun() {
        assert_eq!(one("She said inflation, which reached 3.8% in March, was too high.").4, "inflation");
        assert_eq!(one("Output that rose to 12 percent surprised them.").4, "Output");
    }

    #[test]
    fn millions_glued_before_a_plural() {
        assert_eq!(one("It will power about 1.2m homes.").0, 1.2e6);
        assert_eq!(one("A 5m wall was built.").2, Some("m".into()));
        assert_eq!(one("The wall is 5m tall.").2, Some("m".into()));
    }

    #[test]
    fn temperatures() {
        assert_eq!(one("Temperatures hit 41.2C on Friday.").2, Some("°C".into()));
        assert_eq!(one("It reached 104F in the shade.").2, Some("°F".into()));
        assert_eq!(one("It was 12 degrees Celsius.").2, Some("°C".into()));
    }

    #[test]
    fn lengths_going_down_are_depths() {
        assert_eq!(one("The ore lies 3 km beneath the seabed.").4, "depth beneath seabed");
        assert_eq!(one("The shaft goes 900 meters down.").4, "depth");
        assert_eq!(one("The road runs 3 km past the farm.").4.contains("depth"), false);
    }

    #[test]
    fn fractions_are_shares() {
        assert_eq!(one("Roughly a third of homes lost power."), (33.3, None, Some("%".into()), Approx, "homes".into()));
        assert_eq!(one("Half of the voters stayed home.").0, 50.0);
        assert_eq!(one("Two-thirds of members agreed.").0, 66.7);
        assert!(q("Sales rose in the first half of the year.").is_empty());
        assert!(q("It took a quarter of an hour.").is_empty());
        // A multiplier takes its qualifier too.
        assert_eq!(one("Profit more than doubled.").3, Over);
    }

    #[test]
    fn ages_between_commas() {
        let v = one("Striker Ana Lopes, 29, signed a new deal.");
        assert_eq!((v.0, v.2.as_deref(), v.4.as_str()), (29.0, Some("yr"), "age of Lopes"));
        assert_eq!(one("\"It fell,\" said resident Luis Pardo, 67.").4, "age of Pardo");
        assert_eq!(one("The 40-year-old bridge carried cars.").4, "age of bridge");
        // Not a list of numbers.
        assert!(q("in rounds 3, 4, and 5 of the draw").iter().all(|x| x.2.as_deref() != Some("yr")));
    }

    #[test]
    fn units_joined_to_a_dimension() {
        assert_eq!(one("Divers found a 45-metre-long wreck.").2, Some("m".into()));
        assert_eq!(one("They crossed the 3-kilometre-wide bay.").2, Some("km".into()));
        assert_eq!(one("The epicentre was 35 km south-west of the city.").2, Some("km".into()));
        assert_eq!(one("The tent is 5 m long.").2, Some("m".into()));
        assert_eq!(one("Group 5 m plans.").2, None);
    }

    #[test]
    fn labeled_figures() {
        assert_eq!(one("Daily riders: 6.5 lakh").4, "Daily riders");
        assert_eq!(one("Trains on order: 120").4, "Trains on order");
    }

    #[test]
    fn rupees_in_crore_and_lakh() {
        assert_eq!(one("The state approved Rs 12,000 crore for the metro."), (1.2e11, None, Some("INR".into()), Exact, "metro".into()));
        assert_eq!(one("Daily riders rose to 6.5 lakh.").0, 650_000.0);
        assert_eq!(one("It cost ₹1,450 crore.").2, Some("INR".into()));
    }

    #[test]
    fn linked_equivalents() {
        let t = tokenize("The budget was 45.9 billion yen ($423 million) this year.");
        let d = dates::find(&t);
        let v = find(&t, &d);
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].value, v[0].unit.as_deref()), (45.9e9, Some("JPY")));
        assert_eq!((v[1].value, v[1].unit.as_deref()), (423e6, Some("USD")));
        assert_eq!((v[0].same_as, v[1].same_as), (Some(1), Some(0)));
        let v = q("It lies about 1,950 kilometers (1,210 miles) southeast of Tokyo.");
        assert_eq!(v[0], (1950.0, None, Some("km".into()), Approx, "southeast of Tokyo".into()));
        assert_eq!(v[1].0, 1210.0);
        assert_eq!(v[1].2.as_deref(), Some("mi"));
    }

    #[test]
    fn lengths_ranges_qualifiers() {
        assert_eq!(one("mud at a depth of 5,569 meters off the coast"), (5569.0, None, Some("m".into()), Exact, "depth".into()));
        assert_eq!(one("from depths of 5,000-6,000 meters in January"), (5000.0, Some(6000.0), Some("m".into()), Range, "depths".into()));
        assert_eq!(one("from depths of approximately 6,000 meters.").3, Approx);
        assert_eq!(one("a seabed measuring 429,000 km².").2, Some("km2".into()));
        assert_eq!(one("The island itself is only 151 hectares.").4, "island");
    }

    #[test]
    fn percentages_and_shares() {
        assert_eq!(one("China controls more than 80 percent of the global market."), (80.0, None, Some("%".into()), Over, "global market".into()));
        assert_eq!(one("China controls approximately 70% of global rare-earth production."), (70.0, None, Some("%".into()), Approx, "global rare-earth production".into()));
        assert_eq!(one("increasing output by 40%").4, "increasing output");
        assert_eq!(one("aiming to reduce extraction process emissions by 30% compared to methods").4, "reduce extraction process emissions");
        assert_eq!(one("recovery rates exceeding 90% for some").4, "recovery rates");
        assert_eq!(one("meet up to 25% of Japan’s domestic requirements").3, Under);
    }

    #[test]
    fn counts_words_and_multipliers() {
        assert_eq!(one("The restrictions had a total of 12 rare earths, including holmium."), (12.0, None, None, Exact, "rare earths".into()));
        assert_eq!(one("China restricted seven rare earths."), (7.0, None, None, Exact, "rare earths".into()));
        assert_eq!(one("They found a dozen wrecks.").0, 12.0);
        assert_eq!(one("Tosoh plans to double its separation capacity."), (2.0, None, Some("x".into()), Exact, "separation capacity".into()));
        assert_eq!(one("Costs were three to five times higher.").0, 3.0);
        assert_eq!(one("Costs were three to five times higher.").1, Some(5.0));
        assert_eq!(one("twenty-five ships sailed").0, 25.0);
    }

    #[test]
    fn not_quantities() {
        assert!(q("In 2025, on Feb. 1 and March 19, one of the firms met at 10:30 with 5G and the Group of Seven.").is_empty());
        assert!(q("Hundreds of years and dozens of people.").is_empty());
        assert!(q("It happened twice a year.").is_empty());
    }
}
