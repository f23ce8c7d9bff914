//! Units after a number: symbols and words ("km²", "percentage points"),
//! currency words ("yen", "Australian dollars"), rates ("per kilogram"),
//! and the family a unit belongs to.

use super::*;

/// A unit phrase at `i`: canonical unit and the index after it. `glued` says
/// the unit follows the number without a space.
pub(super) fn unit_at(t: &[Token], i: usize, glued: bool) -> Option<(String, usize)> {
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
    // "a 3x zoom", "10x faster": a multiplier glued to its number (not "4x4").
    if glued
        && first.text == "x"
        && t.get(i + 1)
            .is_none_or(|n| n.space_before || n.kind == Kind::Punct)
    {
        return Some(("x".into(), i + 1));
    }
    // "85p": pence; "390p-a-share": pence a share.
    if glued && first.text == "p" {
        return Some(("cent:GBP".into(), i + 1));
    }
    if glued {
        if let Some(per) = first
            .text
            .strip_prefix("p-a-")
            .or_else(|| first.text.strip_prefix("p-per-"))
            .and_then(per_unit)
        {
            return Some((format!("cent:GBP/{per}"), i + 1));
        }
    }
    let l = first.lc();
    if l == "percent" || l == "pct" {
        return Some(("%".into(), i + 1));
    }
    if l == "per" && t.get(i + 1).is_some_and(|n| n.is("cent")) {
        return Some(("%".into(), i + 2));
    }
    if l == "percentage"
        && t.get(i + 1)
            .is_some_and(|n| n.is("points") || n.is("point"))
    {
        return Some(("pp".into(), i + 2));
    }
    if l == "basis"
        && t.get(i + 1)
            .is_some_and(|n| n.is("points") || n.is("point"))
    {
        return Some(("bp".into(), i + 2));
    }
    // "870-metre-wide": a unit word joined to a dimension by a hyphen.
    if let Some((a, b)) = l.split_once('-') {
        if matches!(
            b,
            "wide"
                | "long"
                | "high"
                | "deep"
                | "tall"
                | "thick"
                | "thin"
                | "old"
                | "across"
                | "heavy"
        ) {
            if let Some(&(_, unit)) = lexicon::UNITS
                .iter()
                .find(|(u, _)| *u == a && !lexicon::SHORT_UNITS.contains(u))
            {
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
            phrase.push_str(&tok.lc());
        }
        // "120,000-square-metre": a unit of two words joined by a hyphen.
        if n == 1 && phrase.contains('-') && !lexicon::UNITS.iter().any(|(u, _)| *u == phrase) {
            let spaced = phrase.replace('-', " ");
            if let Some(&(_, unit)) = lexicon::UNITS
                .iter()
                .find(|(u, _)| *u == spaced && u.contains(' '))
            {
                return Some((unit.to_string(), i + 1));
            }
        }
        if let Some(&(_, unit)) = lexicon::UNITS.iter().find(|(u, _)| *u == phrase) {
            let short = n == 1 && lexicon::SHORT_UNITS.contains(&phrase.as_str());
            // Symbols keep their case: "5 m" is meters, "5G" is not grams.
            if short && t[i].text != phrase {
                continue;
            }
            // "in" is a unit only glued to its number ("6.1in"), never "6 in the";
            // so are "W" and "MP" ("80W", "50MP"), letters that are also names.
            if matches!(phrase.as_str(), "in" | "w" | "mp") && !glued {
                continue;
            }
            // One-letter symbols and "mi", "ha" are also words; "35 km south" is kilometres.
            if short && !glued && (phrase.len() == 1 || matches!(phrase.as_str(), "mi" | "ha")) {
                // "5 m" is a unit only before punctuation, "of", or the end.
                let next = t.get(i + 1);
                let ok = next.is_none_or(|x| {
                    x.kind == Kind::Punct
                        || x.is("of")
                        || x.is("deep")
                        || x.is("long")
                        || x.is("high")
                        || x.is("wide")
                });
                if !ok
                    || matches!(phrase.as_str(), "m" | "t" | "g")
                        && next.is_some_and(|x| x.is("of"))
                {
                    continue;
                }
            }
            return Some((unit.to_string(), i + n));
        }
    }
    None
}

/// A currency word after an amount: "yen", "euros", "Australian dollars".
pub(super) fn currency_word_at(
    t: &[Token],
    i: usize,
    has_magnitude: bool,
) -> Option<(&'static str, usize)> {
    for n in (1..=3).rev() {
        if i + n > t.len() {
            continue;
        }
        let phrase = t[i..i + n]
            .iter()
            .map(|x| x.lc())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(&(w, code)) = lexicon::CURRENCY_WORDS.iter().find(|(w, _)| *w == phrase) {
            // Words that are also verbs or nouns ("12 won seats") need a magnitude, or an
            // amount written with separators or decimals ("88,400 won", "down 21.6 won").
            let written = i > 0 && t[i - 1].kind == Kind::Num && t[i - 1].text.contains([',', '.']);
            if matches!(w, "won" | "real" | "rand" | "dong") && !has_magnitude && !written {
                return None;
            }
            return Some((code, i + n));
        }
    }
    // "Mexican pesos", "Chilean pesos", "Jamaican dollars": a country's adjective and its currency's name.
    if let (Some(adj), Some(noun)) = (t.get(i), t.get(i + 1)) {
        let money = matches!(
            noun.lc().as_str(),
            "dollars"
                | "dollar"
                | "pesos"
                | "peso"
                | "pounds"
                | "pound"
                | "rupees"
                | "rupee"
                | "francs"
                | "franc"
                | "crowns"
                | "kronor"
                | "kroner"
                | "dinars"
                | "dinar"
                | "shillings"
                | "shilling"
        );
        if money && adj.is_capitalized() {
            if let Some(code) = crate::compiler::lexicon::COUNTRIES
                .iter()
                .find(|c| !c.2.is_empty() && c.2.eq_ignore_ascii_case(adj.text))
                .and_then(|c| crate::compiler::gazetteer::country_named(c.0))
                .and_then(crate::compiler::gazetteer::currency_of)
            {
                return Some((code, i + 2));
            }
        }
    }
    let tok = t.get(i)?;
    if tok.kind == Kind::Word && lexicon::CURRENCY_CODES.contains(&tok.text) {
        return Some((
            lexicon::CURRENCY_CODES.iter().find(|c| **c == tok.text)?,
            i + 1,
        ));
    }
    None
}

/// The unit a rate is per, by its word ("kilogram" → "kg"); "" for a
/// person (a price per person carries the currency alone).
fn per_unit(u: &str) -> Option<&'static str> {
    Some(match u {
        "kilogram" | "kilo" | "kg" => "kg",
        "gram" | "g" => "g",
        "tonne" | "ton" | "t" | "metric" => "t",
        "pound" | "lb" => "lb",
        "ounce" | "oz" => "oz",
        "barrel" | "bbl" => "bbl",
        "year" | "annum" | "yr" => "yr",
        "month" => "mo",
        "week" => "wk",
        "day" => "d",
        "hour" | "h" => "h",
        "minute" | "min" => "min",
        "second" | "sec" => "s",
        "person" | "capita" | "head" => "",
        "share" => "share",
        "megawatt-hour" | "mwh" => "MWh",
        "kilowatt-hour" | "kwh" => "kWh",
        "liter" | "litre" => "l",
        "hectare" | "ha" => "ha",
        "acre" => "acre",
        "kilometre" | "kilometer" | "km" => "km",
        "mile" => "mi",
        "gallon" => "gal",
        "bushel" | "bu" => "bu",
        // "19.8 pesos per dollar": an exchange rate.
        "dollar" => "USD",
        "euro" => "EUR",
        _ => return None,
    })
}

/// The per-unit of a rate: "per kilogram", "a year", "/t", "-a-share"; an
/// empty per-unit for "a person", "per head".
pub(super) fn rate_at(t: &[Token], i: usize) -> Option<(String, usize)> {
    let w = lower(t, i);
    // "$1.50-a-share": the rate joined by hyphens.
    if w == "-"
        && t.get(i + 1)
            .is_some_and(|x| !x.space_before && !t[i].space_before)
    {
        let joined = lower(t, i + 1);
        let per = joined
            .strip_prefix("a-")
            .or_else(|| joined.strip_prefix("per-"))
            .and_then(per_unit)?;
        return Some((per.to_string(), i + 2));
    }
    if !matches!(w.as_str(), "per" | "a" | "an" | "/" | "each") {
        return None;
    }
    let u = lower(t, i + 1);
    // "2,600 micrograms per cubic metre": a volume of two words.
    if u == "cubic" && matches!(lower(t, i + 2).as_str(), "metre" | "meter") {
        return Some(("m3".to_string(), i + 3));
    }
    // "96 euros per megawatt hour": an energy of two words.
    if lower(t, i + 2) == "hour" {
        let per = match u.as_str() {
            "kilowatt" => "kWh",
            "megawatt" => "MWh",
            "gigawatt" => "GWh",
            _ => "",
        };
        if !per.is_empty() {
            return Some((per.to_string(), i + 3));
        }
    }
    // "€15.90 per square metre": an area of two words.
    if u == "square" {
        let per = match lower(t, i + 2).as_str() {
            "metre" | "meter" => "m2",
            "foot" => "ft2",
            "kilometre" | "kilometer" => "km2",
            "mile" => "mi2",
            _ => return None,
        };
        return Some((per.to_string(), i + 3));
    }
    let per = match u.as_str() {
        known if per_unit(known).is_some() => per_unit(known).unwrap_or_default(),
        // "per patient", "per household": any noun after "per".
        other
            if w == "per"
                && t.get(i + 1)
                    .is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized())
                && other.len() > 2 =>
        {
            return Some((other.trim_end_matches('s').to_string(), i + 2));
        }
        _ => return None,
    };
    let mut end = i + 2;
    if u == "metric" && t.get(end).is_some_and(|x| x.is("ton") || x.is("tonne")) {
        end += 1;
    }
    // "from P52 a year ago": a date, not a rate ("6.5p a share before the deal" is
    // one, and so is "1,180 euros a month before allowances").
    let before_deductions = matches!(
        lower(t, end + 1).as_str(),
        "tax"
            | "taxes"
            | "allowances"
            | "deductions"
            | "bonuses"
            | "overtime"
            | "fees"
            | "costs"
            | "expenses"
            | "interest"
            | "benefits"
            | "subsidies"
    );
    if matches!(per, "yr" | "mo" | "wk" | "d" | "h")
        && t.get(end)
            .is_some_and(|x| matches!(x.lc().as_str(), "ago" | "earlier" | "later" | "before"))
        && !before_deductions
    {
        return None;
    }
    Some((per.to_string(), end))
}

pub(super) const DURATIONS: &[&str] = &["yr", "mo", "wk", "d", "h", "min", "decade", "century"];

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Share,
    Money,
    Duration,
    Count,
    Physical,
}

pub(super) fn family(unit: Option<&str>) -> Family {
    match unit {
        None => Family::Count,
        Some("%" | "x" | "pp" | "bp") => Family::Share,
        Some(u) if DURATIONS.contains(&u.split('/').next().unwrap_or(u)) => Family::Duration,
        Some(u) if u.len() >= 3 && u[..3].chars().all(|c| c.is_ascii_uppercase()) => Family::Money,
        Some(_) => Family::Physical,
    }
}
