//! Finding quantities in a sentence: amounts with units and ranges, shares,
//! multipliers, ages, and what is not a quantity (scores, numbered names).

use super::*;

/// "six-week", "12-month": a number word and a unit joined by a hyphen.
pub(super) fn hyphen_quantity(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let (num, unit) = tok.text.split_once('-')?;
    let v = lexicon::number_word(num).or_else(|| num.parse::<f64>().ok().filter(|_| unit.starts_with("time")))?;
    if tok.is_capitalized() && i > 0 {
        return None;
    }
    // "ten-year yields", "two-year notes": a bond's maturity names the bond, it is no amount.
    if matches!(unit.to_lowercase().as_str(), "year" | "month" | "week") && t.get(i + 1).is_some_and(|x| matches!(x.lower().as_str(), "yield" | "yields" | "bond" | "bonds" | "note" | "notes" | "treasury" | "treasuries" | "gilt" | "gilts" | "bund" | "bunds" | "paper" | "swap" | "swaps" | "bill" | "bills")) {
        return None;
    }
    // "a three-times winner", "the 10-time champion": a count of what follows.
    if matches!(unit.to_lowercase().as_str(), "times" | "time") {
        let noun = t.get(i + 1).is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized());
        return noun.then(|| QuantityMatch::new(t, v, None, None, Qualifier::Exact, i, i + 1));
    }
    let u = lexicon::UNITS.iter().find(|(w, _)| *w == unit.to_lowercase() && !lexicon::SHORT_UNITS.contains(w)).map(|&(_, u)| u)?;
    Some(QuantityMatch::new(t, v, None, Some(u.to_string()), Qualifier::Exact, i, i + 1))
}

pub(super) fn qualifier_before(t: &[Token], first: usize) -> (Qualifier, usize) {
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
pub(super) fn quantity_at(t: &[Token], i: usize, dates: &[DateMatch]) -> Option<QuantityMatch> {
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
    let between = num.first > 0 && t[num.first - 1].is("between");
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
    // "2% to 3%", "5 km to 6 km": a range with the unit on both ends.
    if upper.is_none() && unit.is_some() && !num.words && matches!(lower(t, end).as_str(), "to" | "-" | "–") {
        if let Some(second) = quantity_at(t, end + 1, dates) {
            if second.unit == unit && second.upper.is_none() && second.value > value && second.qualifier == Qualifier::Exact {
                upper = Some(second.value);
                end = second.end;
            }
        }
    }
    // "people aged 65": years.
    if unit.is_none() && upper.is_none() && num.first >= 1 && matches!(t[num.first - 1].lower().as_str(), "aged" | "ages" | "age") {
        unit = Some("yr".into());
    }
    // "65 and over", "18 or older", "50-plus": a lower bound.
    let open_above = matches!(lower(t, end).as_str(), "and" | "or") && matches!(lower(t, end + 1).as_str(), "over" | "older" | "above" | "up" | "more");
    // "45 cents", "85p", "20 euro cents": a hundredth of the currency.
    let mut bare = num.bare.then_some(Bare::Dollar);
    if let Some(sub) = unit.as_deref().and_then(|u| u.strip_prefix("cent:")) {
        let sub = sub.to_string();
        value /= 100.0;
        upper = upper.map(|u| u / 100.0);
        if sub == "USD" {
            bare = Some(Bare::Dollar);
        }
        unit = Some(sub);
    }
    // Words that leave the currency (or money against weight) open.
    let unit_word = (num.end..end).rev().find(|&k| t[k].kind == Kind::Word).map(|k| t[k].lower());
    match unit_word.as_deref() {
        Some("dollars" | "dollar") if !(num.end..end).any(|k| t[k].kind == Kind::Word && t[k].is_capitalized()) => bare = Some(Bare::Dollar),
        Some("pesos" | "peso") => bare = Some(Bare::Peso),
        Some("rupees" | "rupee") => bare = Some(Bare::Rupee),
        Some("pounds" | "pound") if unit.as_deref() == Some("lb") => bare = Some(Bare::Pound(pound_is_money(t, num.first, end))),
        _ => {}
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
    // "an estimated street value of $7 million": estimated, though not next to the number.
    let estimated = qualifier == Qualifier::Exact && first >= 2 && t[first - 1].is("of") && (first.saturating_sub(5)..first - 1).any(|k| t[k].is("estimated") || t[k].is("estimate"));
    if estimated {
        qualifier = Qualifier::Approx;
    }
    if open_above && upper.is_none() {
        qualifier = Qualifier::Over;
        end += 2;
    }
    if upper.is_some() {
        qualifier = Qualifier::Range;
        if between {
            first = num.first - 1;
        }
    }
    Some(QuantityMatch { bare, ..QuantityMatch::new(t, value, upper, unit, qualifier, first, end) })
}

/// Units of time, largest first, in hours.
const TIME_UNITS: &[(&str, f64)] = &[("yr", 8766.0), ("mo", 730.5), ("wk", 168.0), ("d", 24.0), ("h", 1.0), ("min", 1.0 / 60.0), ("s", 1.0 / 3600.0)];

/// The rest of a compound duration after `q` ("2 hours *15 minutes*"), in
/// `q`'s unit, and the token after it.
fn duration_rest(t: &[Token], q: &QuantityMatch, dates: &[DateMatch]) -> Option<(f64, usize)> {
    let unit = q.unit.as_deref()?;
    let big = TIME_UNITS.iter().position(|(u, _)| *u == unit)?;
    if q.upper.is_some() {
        return None;
    }
    let mut at = q.end;
    if t.get(at).is_some_and(|x| x.is("and") || x.text == ",") {
        at += 1;
    }
    let next = quantity_at(t, at, dates)?;
    let small = TIME_UNITS.iter().position(|(u, _)| Some(*u) == next.unit.as_deref())?;
    (small > big && next.upper.is_none()).then(|| (next.value * TIME_UNITS[small].1 / TIME_UNITS[big].1, next.end))
}

/// Words of money and of weight: which one "pounds" means in a sentence.
const MONEY_CUES: &[&str] = &[
    "profit", "profits", "revenue", "revenues", "sales", "earnings", "cost", "costs", "price", "prices", "pay", "paid",
    "pays", "fine", "fined", "fines", "deal", "worth", "budget", "spend", "spent", "spending", "investment", "invest",
    "invested", "bill", "bills", "loss", "losses", "salary", "salaries", "wage", "wages", "fund", "funding", "funds",
    "tax", "taxes", "debt", "bonus", "fee", "fees", "raised", "sold", "bought", "buy", "value", "valued", "turnover",
    "dividend", "savings", "save", "cash", "money", "pension", "rent", "income", "grant", "loan", "loans", "subsidy",
    "compensation", "damages", "award", "awarded", "charge", "charged", "penalty", "bid", "offer", "sterling", "pence",
];
const WEIGHT_CUES: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "cargo", "fish", "catch", "cocaine",
    "heroin", "drugs", "meat", "beef", "flour", "harvest", "crop", "crops", "fruit", "tons", "tonnes", "lbs", "kg",
    "kilograms", "ounces", "seized", "shipment", "haul", "load", "freight", "payload", "produce", "grain", "marijuana",
];

/// Is "pounds" (the amount over tokens `first..end`) money or weight? "220
/// pounds of cocaine" is weight; words of money or weight next to the amount
/// decide, else those of the whole sentence; `None` when it does not say.
fn pound_is_money(t: &[Token], first: usize, end: usize) -> Option<bool> {
    let of_noun = t.get(end).is_some_and(|x| x.is("of")) && t.get(end + 1).is_some_and(|x| x.kind == Kind::Word && !lexicon::is_in(MONEY_CUES, x.text));
    if of_noun {
        return Some(false);
    }
    let judge = |toks: &[Token]| {
        let money = toks.iter().any(|x| x.kind == Kind::Word && lexicon::is_in(MONEY_CUES, x.text));
        let weight = toks.iter().any(|x| x.kind == Kind::Word && lexicon::is_in(WEIGHT_CUES, x.text));
        match (money, weight) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    };
    judge(&t[first.saturating_sub(4)..(end + 2).min(t.len())]).or_else(|| judge(t))
}

/// "a third of homes", "half of its revenue", "two-thirds of voters": a share, in percent.
pub(super) fn fraction_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
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
pub(super) fn multiplier_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
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

pub(super) fn small_int(t: &Token, max: u32) -> Option<u32> {
    (t.kind == Kind::Num).then(|| t.text.parse::<u32>().ok()).flatten().filter(|&n| n <= max)
}

/// Numbers that are not quantities; the token after them. A score ("beat
/// Marseille 2-1", "a 3–0 win") and a number that is part of a name ("Ligue 1",
/// "Boeing 737", "Section 230").
pub(super) fn not_a_quantity(t: &[Token], i: usize) -> Option<usize> {
    let tok = &t[i];
    // A numeric date ("04/03/2026", "3.14.2021"): numbers joined by slashes or dots.
    if tok.kind == Kind::Num {
        let mut j = i;
        let mut parts = 1;
        while t.get(j + 1).is_some_and(|x| !x.space_before && matches!(x.text, "/" | "-" | ".")) && t.get(j + 2).is_some_and(|x| !x.space_before && x.kind == Kind::Num) {
            j += 2;
            parts += 1;
        }
        if parts >= 3 && t[j].text.len() == 4 {
            return Some(j + 1);
        }
    }
    small_int(tok, 9999)?;
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
    if small_int(tok, 99).is_some() && t.get(i + 1).is_some_and(|x| matches!(x.text, "-" | "–")) && glued(i + 1) && glued(i + 2) && t.get(i + 2).and_then(|x| small_int(x, 99)).is_some() {
        let before = (i.saturating_sub(3)..i).any(|k| lexicon::is_in(SCORE_VERBS, t[k].text));
        let after = t.get(i + 3).is_some_and(|x| lexicon::is_in(SCORE_NOUNS, x.text));
        // Set scores in a list: "6-4, 3-6, 7-5".
        let pair_at = |k: usize| t.get(k).and_then(|x| small_int(x, 99)).is_some() && t.get(k + 1).is_some_and(|x| matches!(x.text, "-" | "–")) && glued(k + 1) && glued(k + 2) && t.get(k + 2).and_then(|x| small_int(x, 99)).is_some();
        let listed = t.get(i + 3).is_some_and(|x| x.text == ",") && pair_at(i + 4) || i >= 4 && t[i - 1].text == "," && pair_at(i - 4);
        if before || after || listed {
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
            // Not a currency prefix ("Rs 500", "R2.5 billion", "USD 40").
            && currency_before(t, i).is_none()
            // Inside a sentence, or opening it with a word that is no common word ("Boeing 737 deliveries").
            && (i >= 2 && t[i - 2].kind != Kind::Punct || i == 1 && !crate::compiler::gazetteer::is_common_word(prev.text));
        let next_free = t.get(i + 1).is_none_or(|x| x.kind == Kind::Punct || x.kind == Kind::Word && unit_at(t, i + 1, false).is_none() && !lexicon::is_in(MAGNITUDE_WORDS, x.text));
        (named && next_free).then_some(i + 1)
    })
}

pub(super) const SCORE_VERBS: &[&str] = &["beat", "beats", "beating", "beaten", "downed", "downing", "overcame", "won", "win", "wins", "lost", "lose", "loses", "drew", "draw", "defeated", "defeat", "edged", "edges", "edge", "thrashed", "routed", "trailed", "led", "score", "scored", "scoreline"];
pub(super) const SCORE_NOUNS: &[&str] = &["win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "triumph", "home", "away", "aggregate"];
pub(super) const MAGNITUDE_WORDS: &[&str] = &["thousand", "million", "billion", "trillion", "percent", "per", "times"];

/// "Cherki, 22, has scored": an age between commas after a name.
pub(super) fn age_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
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
        // "rose 38% to $81 billion", "closed up 85p at 412p", "widened by 40
        // basis points to 4.3%": the second amount measures what the first does.
        // "to 55 minutes from 80 minutes": the earlier figure of the same thing.
        if q.first >= 1 && matches!(t[q.first - 1].lower().as_str(), "to" | "at" | "from") {
            let from_same = |p: &QuantityMatch| !t[q.first - 1].is("from") || p.unit == q.unit;
            if let Some(prev) = out.last().filter(|p| p.end + 1 == q.first && !p.measure.is_empty() && from_same(p)) {
                q.measure = prev.measure.clone();
            }
        }
        // "52 pesos a kilo from 38 pesos": the earlier figure is at the same rate.
        if q.first >= 1 && t[q.first - 1].is("from") {
            if let Some(prev) = out.last().filter(|p| p.end + 1 == q.first) {
                if let (Some(pu), Some(qu)) = (prev.unit.as_deref(), q.unit.as_deref()) {
                    if pu.split_once('/').is_some_and(|(base, _)| base == qu) {
                        q.unit = prev.unit.clone();
                        q.measure = prev.measure.clone();
                    }
                }
            }
        }
        // "2 hours 15 minutes", "three years and six months": one duration.
        if let Some((extra, end)) = duration_rest(t, &q, dates) {
            q.value += extra;
            q.end = end;
            q.span[1] = t[end - 1].cend;
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
