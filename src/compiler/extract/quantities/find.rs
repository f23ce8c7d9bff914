//! Finding quantities in a sentence: amounts with units and ranges, shares,
//! multipliers, ages, and what is not a quantity (scores, numbered names).

use super::*;

/// Words after a number word and a hyphen that make no count of things
/// ("two-way", "five-star", "two-thirds", "one-sided").
const NOT_COUNTED: &[&str] = &[
    "way", "ways", "thirds", "quarters", "fold", "star", "point", "tier", "party", "horse", "nil",
    "all", "off", "on", "up", "time", "times", "fifths", "tenths", "halves", "shot", "wheel",
    "plus", "and",
];

/// "six-week", "12-month": a number word and a unit joined by a hyphen;
/// "two-month-old": an age in that unit; "seven-seat", "three-judge", "five-match":
/// a count of the noun joined to the number, before the noun it describes.
pub(super) fn hyphen_quantity(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let (num, unit) = tok.text.split_once('-')?;
    let v = lexicon::number_word(num)
        .or_else(|| num.parse::<f64>().ok().filter(|_| unit.starts_with("time")))?;
    if tok.is_capitalized() && i > 0 {
        return None;
    }
    let unit_l = unit.to_lowercase();
    // "two-month-old": the age in months.
    if let Some(u) = unit_l.strip_suffix("-old").and_then(|w| {
        lexicon::UNITS
            .iter()
            .find(|(x, _)| *x == w && !lexicon::SHORT_UNITS.contains(x))
    }) {
        return Some(QuantityMatch::new(
            t,
            v,
            None,
            Some(u.1.to_string()),
            Qualifier::Exact,
            i,
            i + 1,
        ));
    }
    // "a seven-seat SUV", "a three-judge panel": a count, before a noun.
    let noun_after = t.get(i + 1).is_some_and(|x| {
        x.kind == Kind::Word && !x.is_capitalized() || x.kind == Kind::Word && x.is_acronym()
    });
    let plain = unit_l.chars().all(|c| c.is_alphabetic())
        && unit_l.len() > 2
        && !unit_l.ends_with("ed")
        && !unit_l.ends_with("ing");
    let is_unit = lexicon::UNITS.iter().any(|(w, _)| *w == unit_l);
    if v >= 2.0
        && plain
        && !is_unit
        && noun_after
        && lexicon::number_word(&unit_l).is_none()
        && !lexicon::is_in(NOT_COUNTED, &unit_l)
        && lexicon::month(&unit_l).is_none()
    {
        return Some(QuantityMatch::new(
            t,
            v,
            None,
            None,
            Qualifier::Exact,
            i,
            i + 1,
        ));
    }
    // "its biggest one-day gain", "a two-day fall": the span of a market's move, no amount.
    if matches!(unit_l.as_str(), "day" | "week" | "month")
        && t.get(i + 1)
            .is_some_and(|x| lexicon::is_in(MOVE_NOUNS, x.text))
    {
        return None;
    }
    // "ten-year yields", "two-year notes": a bond's maturity names the bond, it is no amount.
    if matches!(unit.to_lowercase().as_str(), "year" | "month" | "week")
        && t.get(i + 1)
            .is_some_and(|x| lexicon::is_in(MATURITY_NOUNS, x.text))
    {
        return None;
    }
    // "a three-times winner", "the 10-time champion": a count of what follows.
    if matches!(unit.to_lowercase().as_str(), "times" | "time") {
        let noun = t
            .get(i + 1)
            .is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized());
        return noun.then(|| QuantityMatch::new(t, v, None, None, Qualifier::Exact, i, i + 1));
    }
    let u = lexicon::UNITS
        .iter()
        .find(|(w, _)| *w == unit.to_lowercase() && !lexicon::SHORT_UNITS.contains(w))
        .map(|&(_, u)| u)?;
    Some(QuantityMatch::new(
        t,
        v,
        None,
        Some(u.to_string()),
        Qualifier::Exact,
        i,
        i + 1,
    ))
}

/// "five times as many days", "three times as likely": "as" and a word of
/// degree after "times" make a multiplier ("20 times as a substitute" is a count).
fn as_much_as(t: &[Token], at: usize) -> bool {
    lower(t, at) == "as"
        && matches!(
            lower(t, at + 1).as_str(),
            "many"
                | "much"
                | "high"
                | "large"
                | "likely"
                | "big"
                | "fast"
                | "long"
                | "often"
                | "great"
                | "expensive"
                | "frequent"
                | "common"
                | "strong"
                | "heavy"
                | "far"
                | "wide"
                | "deadly"
                | "hot"
                | "quickly"
                | "costly"
        )
}

/// "streamed 520 million times", "viewed more than 3 million times": after
/// a participle, "times" counts how often it was done; it multiplies nothing.
fn counted_times(t: &[Token], first: usize) -> bool {
    let mut k = first;
    // Past a bound: "more than", "over", "nearly".
    while k > 0
        && matches!(
            lower(t, k - 1).as_str(),
            "than" | "more" | "over" | "nearly" | "almost" | "about" | "some"
        )
    {
        k -= 1;
    }
    k > 0 && {
        let w = lower(t, k - 1);
        w.len() > 4
            && w.ends_with("ed")
            && !matches!(
                w.as_str(),
                "increased"
                    | "multiplied"
                    | "jumped"
                    | "surged"
                    | "soared"
                    | "climbed"
                    | "rebounded"
                    | "expanded"
                    | "exceeded"
                    | "valued"
                    | "priced"
                    | "estimated"
                    | "outnumbered"
            )
    }
}

pub(super) fn qualifier_before(t: &[Token], first: usize) -> (Qualifier, usize) {
    // Most numbers follow no qualifier: a phrase can only end with one of
    // the phrases' last words (or with a full stop: "approx.", "c.").
    static LAST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let last = LAST.get_or_init(|| {
        let all = lexicon::APPROX_WORDS
            .iter()
            .chain(lexicon::OVER_WORDS)
            .chain(lexicon::UNDER_WORDS);
        all.flat_map(|p| {
            [
                p.rsplit(' ').next().unwrap_or(p),
                if p.ends_with('.') { "." } else { "" },
            ]
        })
        .filter(|w| !w.is_empty())
        .collect()
    });
    if first == 0 || !last.contains(&*t[first - 1].lc()) {
        return (Qualifier::Exact, first);
    }
    let mut phrase = String::new();
    for n in (1..=4).rev() {
        let Some(start) = first.checked_sub(n) else {
            continue;
        };
        phrase.clear();
        for (k, x) in t[start..first].iter().enumerate() {
            // Words joined by spaces, a full stop kept on its word ("approx.").
            if k > 0 && !x.text.starts_with('.') {
                phrase.push(' ');
            }
            phrase.push_str(&x.lc());
        }
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
        if t.get(end).is_some_and(|x| x.text == "-" && !x.space_before)
            && t.get(end + 1).is_some_and(|x| !x.space_before)
        {
            if let Some(u) = unit_at(t, end + 1, true) {
                return Some(u);
            }
        }
        // "a 10,000-euro bonus", "a 50-dollar note": a currency word joined by a hyphen.
        if t.get(end).is_some_and(|x| x.text == "-" && !x.space_before)
            && t.get(end + 1)
                .is_some_and(|x| !x.space_before && x.kind == Kind::Word)
        {
            if let Some((c, e)) = currency_word_at(t, end + 1, true).filter(|(_, e)| *e == end + 2)
            {
                return Some((c.to_string(), e));
            }
        }
        currency_word_at(t, end, has_magnitude).map(|(c, e)| (c.to_string(), e))
    };
    // Range: "5,000-6,000", "three to five", "between 5 and 6".
    let between = num.first > 0 && t[num.first - 1].is("between");
    let sep = t.get(end).map(|x| x.text.to_lowercase());
    let changed = changed_before(t, num.first);
    let range_sep = match sep.as_deref() {
        Some("-" | "–" | "—") => t
            .get(end + 1)
            .is_some_and(|x| !x.space_before || x.kind == Kind::Num),
        Some("to") => true,
        Some("and") => between,
        _ => false,
    };
    if unit.is_none() && range_sep {
        // A unit may stand after both numbers only.
        if let Some(second) = number_at(t, end + 1, dates) {
            if second.currency.is_none() || second.currency == num.currency {
                let mut hi = second.value;
                // "5 to 6 billion": the magnitude of the second applies to both
                // (not to a figure of its own size: "rose by 236,000 to 7.9 million").
                if second.end > end + 2 && !has_magnitude && !second.words && value < 1000.0 {
                    let (f, _) = magnitudes(t, end + 2, false);
                    if f > 1.0 {
                        value *= f;
                    }
                }
                if second.words == num.words || !num.words {
                    if hi > value
                        && !(sep.as_deref() == Some("to") && level_after_change(changed, value, hi))
                    {
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
        let skip = if t.get(end + 1).is_some_and(|x| x.kind == Kind::Sym) {
            1
        } else {
            0
        };
        if let Some(second) = number_at(t, end + 1 + skip, dates) {
            if second.value > value
                && !(sep.as_deref() == Some("to")
                    && level_after_change(changed, value, second.value))
            {
                upper = Some(second.value);
                end = second.end;
            }
        }
    }
    // "two more weeks", "five extra minutes": the unit after a word of addition.
    if unit.is_none()
        && matches!(
            lower(t, end).as_str(),
            "more" | "extra" | "additional" | "further"
        )
    {
        if let Some((u, e)) =
            unit_at(t, end + 1, false).filter(|(u, _)| DURATIONS.contains(&u.as_str()))
        {
            unit = Some(u);
            end = e;
        }
    }
    if unit.is_none() {
        if let Some((u, e)) = unit_here(t, end) {
            // "30-year mortgages", "10-year yields": a product's term.
            if matches!(u.as_str(), "yr" | "mo" | "wk")
                && t[end].text == "-"
                && t.get(e)
                    .is_some_and(|x| lexicon::is_in(MATURITY_NOUNS, x.text))
            {
                return None;
            }
            unit = Some(u);
            end = e;
        } else if t.get(end).is_some_and(|x| x.is("times"))
            && (!matches!(
                lower(t, end + 1).as_str(),
                "a" | "per" | "each" | "every" | "as"
            ) || as_much_as(t, end + 1))
            && !counted_times(t, num.first)
        {
            unit = Some("x".into());
            end += 1;
        }
    }
    // "2% to 3%", "5 km to 6 km", "between 1.5% and 2.3%": a range with the unit on
    // both ends ("rose 0.2% to 3.1%" is a change and its level).
    let second_sep = match lower(t, end).as_str() {
        "to" => true,
        "-" | "–" => true,
        "and" => between,
        _ => false,
    };
    if upper.is_none() && unit.is_some() && !num.words && second_sep {
        // "C$1.1bn to C$1.2bn": the second amount from its currency letters and sign.
        let at = (end + 1..(end + 4).min(t.len()))
            .find(|&k| {
                t[k].kind == Kind::Num && currency_before(t, k).is_some_and(|c| c.1 == end + 1)
            })
            .unwrap_or(end + 1);
        if let Some(second) = quantity_at(t, at, dates) {
            let level = lower(t, end) == "to" && level_after_change(changed, value, second.value);
            if second.unit == unit
                && second.upper.is_none()
                && second.value > value
                && second.qualifier == Qualifier::Exact
                && !level
            {
                upper = Some(second.value);
                end = second.end;
            }
        }
    }
    // "The won closed at 1,482.3 per dollar": an exchange rate of the currency the sentence is about.
    let mut fx_bare = None;
    if unit.is_none()
        && matches!(lower(t, end).as_str(), "per" | "a" | "to" | "against")
        && t.get(end + 1).is_some_and(|x| {
            x.is("dollar") || x.is("the") && t.get(end + 2).is_some_and(|y| y.is("dollar"))
        })
    {
        let dollar = if t[end + 1].is("the") {
            end + 3
        } else {
            end + 2
        };
        let subject = (num.first.saturating_sub(10)..num.first)
            .rev()
            .find_map(|k| {
                let w = t[k].lc();
                let code = lexicon::CURRENCY_WORDS
                    .iter()
                    .find(|(c, _)| {
                        *c == w
                            && !c.contains(' ')
                            && !c.starts_with("cent")
                            && !matches!(*c, "dollar" | "dollars")
                    })?
                    .1;
                (k > 0 && t[k - 1].is("the")).then_some((code, w))
            });
        if let Some((code, w)) = subject {
            fx_bare = matches!(w.as_str(), "peso" | "pesos")
                .then_some(Bare::Peso)
                .or_else(|| matches!(w.as_str(), "rupee" | "rupees").then_some(Bare::Rupee));
            unit = Some(format!("{code}/USD"));
            end = dollar;
        }
    }
    // "temperatures near 95 degrees": a temperature whose scale the home country settles.
    let mut degree = None;
    if unit.is_none()
        && t.get(end)
            .is_some_and(|x| x.is("degrees") || x.is("degree"))
        && degrees_of_heat(t, value)
    {
        let v = if num.first > 0 && t[num.first - 1].is("minus") {
            -value
        } else {
            value
        };
        degree = Some(Bare::Degree(v > 45.0));
        unit = Some("°C".into());
        end += 1;
    }
    // "people aged 65", "aged 25 to 34", "aged between 28 and 61": years.
    let aged = |k: usize| matches!(t[k].lc().as_str(), "aged" | "ages" | "age");
    if unit.is_none()
        && (num.first >= 1 && aged(num.first - 1)
            || between && num.first >= 2 && aged(num.first - 2))
    {
        unit = Some("yr".into());
    }
    // "65 and over", "18 or older", "50-plus": a lower bound.
    let open_above = matches!(lower(t, end).as_str(), "and" | "or")
        && matches!(
            lower(t, end + 1).as_str(),
            "over" | "older" | "above" | "up" | "more"
        );
    // "45 cents", "85p", "20 euro cents": a hundredth of the currency.
    let mut bare = num.bare.or(degree).or(fx_bare);
    if let Some(sub) = unit.as_deref().and_then(|u| u.strip_prefix("cent:")) {
        let sub = sub.to_string();
        value /= 100.0;
        upper = upper.map(|u| u / 100.0);
        if sub == "USD" {
            // "66.40 US cents", "71.85 cents US": US cents, whatever the home country.
            let us = |k: usize| {
                t.get(k)
                    .is_some_and(|x| matches!(x.text, "US" | "U.S." | "USD"))
            };
            if (num.end..end).any(us) {
                bare = None;
            } else if us(end) {
                bare = None;
                end += 1;
            } else {
                bare = Some(Bare::Dollar);
            }
        }
        unit = Some(sub);
    }
    // "more than a decade", "two centuries": years.
    if let Some(f) = match unit.as_deref() {
        Some("decade") => Some(10.0),
        Some("century") => Some(100.0),
        _ => None,
    } {
        value *= f;
        upper = upper.map(|u| u * f);
        unit = Some("yr".into());
    }
    // Words that leave the currency (or money against weight) open.
    let unit_word = (num.end..end)
        .rev()
        .find(|&k| t[k].kind == Kind::Word)
        .map(|k| t[k].lc())
        .filter(|_| fx_bare.is_none() && !unit.as_deref().is_some_and(|u| u.ends_with("/USD")));
    // No capitalized word ("Swedish", "Hong Kong") says whose dollar or crown it is.
    let unnamed = !(num.end..end).any(|k| t[k].is_capitalized());
    // A crown's word ("kronor", "koruna"): the lexicon gives it a crown's code.
    let crown_word = |w: &str| {
        lexicon::CURRENCY_WORDS
            .iter()
            .any(|&(word, code)| word == w && lexicon::CROWNS.contains(&code))
    };
    match unit_word.as_deref() {
        Some("dollars" | "dollar") if unnamed => bare = Some(Bare::Dollar),
        Some(w) if unnamed && crown_word(w) => bare = Some(Bare::Crown),
        Some("pesos" | "peso") => bare = Some(Bare::Peso),
        Some("rupees" | "rupee") => bare = Some(Bare::Rupee),
        // (Not "Swiss francs", "Kenyan shillings": a capitalized word names whose.)
        Some("shillings" | "shilling") if unnamed => bare = Some(Bare::Shilling),
        Some("kwacha") if unnamed => bare = Some(Bare::Kwacha),
        Some("francs" | "franc") if unnamed => bare = Some(Bare::Franc),
        Some("riyals" | "riyal" | "rials" | "rial") if unnamed => bare = Some(Bare::Riyal),
        Some("dirhams" | "dirham") if unnamed => bare = Some(Bare::Dirham),
        Some("pounds" | "pound") if unit.as_deref() == Some("lb") => {
            bare = Some(Bare::Pound(pound_is_money(t, num.first, end)))
        }
        _ => {}
    }
    // Words in digits need a unit or a noun: "seven rare earths" yes, "seven." no;
    // "two 40-foot containers" and "four, including a woman," are counts too.
    let compound_after = t.get(end).is_some_and(|x| x.kind == Kind::Num)
        && t.get(end + 1)
            .is_some_and(|x| x.text == "-" && !x.space_before);
    let including = t.get(end).is_some_and(|x| x.text == ",")
        && t.get(end + 1).is_some_and(|x| x.is("including"));
    if unit.is_none()
        && num.words
        && !t.get(end).is_some_and(|x| x.kind == Kind::Word)
        && !compound_after
        && !including
    {
        return None;
    }
    // Rates: "$110 per kilogram".
    if let Some(u) = &unit {
        if u != "%" && u != "x" {
            if let Some((per, e)) = rate_at(t, end) {
                if !per.is_empty() {
                    unit = Some(format!("{u}/{per}"));
                }
                end = e;
            } else if let Some(per) =
                money_of_noun_rate(t, end).filter(|_| family(Some(u)) == Family::Money)
            {
                unit = Some(format!("{u}/{per}"));
            } else if let Some((per, _)) = rate_at(t, end + 1).filter(|(p, _)| {
                !p.is_empty()
                    && matches!(lower(t, end).as_str(), "more" | "less" | "extra")
                    && family(Some(u)) == Family::Money
            }) {
                // "earn up to A$30,000 more a year": money more or less at a rate.
                unit = Some(format!("{u}/{per}"));
            }
        }
    }
    let (mut qualifier, mut first) = qualifier_before(t, num.first);
    // "over six months", "within two years": time spans, not bounds.
    let span_word = first < num.first
        && t[first..num.first]
            .iter()
            .all(|x| matches!(x.lc().as_str(), "over" | "under" | "within" | "in"));
    if span_word && unit.as_deref().is_some_and(|u| DURATIONS.contains(&u)) && upper.is_none() {
        qualifier = Qualifier::Exact;
        first = num.first;
    }
    // "people under 21", "those over 65": an age bound.
    if unit.is_none()
        && upper.is_none()
        && matches!(qualifier, Qualifier::Under | Qualifier::Over)
        && first >= 1
        && lexicon::is_in(PEOPLE_NOUNS, t[first - 1].text)
        && value.fract() == 0.0
        && (1.0..=120.0).contains(&value)
    {
        unit = Some("yr".into());
    }
    // "an estimated street value of $7 million": estimated, though not next to the number.
    let estimated = qualifier == Qualifier::Exact
        && first >= 2
        && t[first - 1].is("of")
        && (first.saturating_sub(5)..first - 1)
            .any(|k| t[k].is("estimated") || t[k].is("estimate"));
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
    Some(QuantityMatch {
        bare,
        ..QuantityMatch::new(t, value, upper, unit, qualifier, first, end)
    })
}

/// Verbs and adverbs of change right before an amount: "rose 0.2% to 3.1%",
/// "climbing $3,420 to $27,815", "up 85p to 412p" give a change and a level.
const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "fell",
    "fall",
    "falls",
    "falling",
    "climbed",
    "climb",
    "climbs",
    "climbing",
    "jumped",
    "jump",
    "jumps",
    "jumping",
    "gained",
    "gain",
    "gains",
    "gaining",
    "added",
    "adding",
    "adds",
    "lost",
    "losing",
    "loses",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "slipped",
    "slipping",
    "slid",
    "sliding",
    "sank",
    "sinking",
    "surged",
    "surging",
    "soared",
    "soaring",
    "plunged",
    "plunging",
    "tumbled",
    "tumbling",
    "increased",
    "decreased",
    "grew",
    "growing",
    "eased",
    "easing",
    "edged",
    "advanced",
    "declined",
    "declining",
    "shed",
    "shedding",
    "widened",
    "narrowed",
    "up",
    "down",
    "by",
];

/// After a word of change, "X to Y" is a change and the level it reaches
/// when Y is far above X ("rose 0.2% to 3.1%"); close bounds stay a range
/// ("expand by 2% to 3%").
fn level_after_change(changed: Change, lo: f64, hi: f64) -> bool {
    changed == Change::From || changed == Change::By && hi >= 2.0 * lo
}

/// Is the amount at `first` (or its qualifier) right after a word of change?
/// "rose from $180,000 to $250,000": after "from", always a change (see
/// [`level_after_change`]), so the answer is then a change of any size.
fn changed_before(t: &[Token], first: usize) -> Change {
    let (_, q) = qualifier_before(t, first);
    let change = |k: usize| t[k].kind == Kind::Word && lexicon::is_in(CHANGE_WORDS, t[k].text);
    match q.checked_sub(1) {
        Some(k) if t[k].is("from") && k > 0 && change(k - 1) => Change::From,
        Some(k) if change(k) => Change::By,
        _ => Change::None,
    }
}

/// What stands before an amount: a word of change ("rose 5%"), a word of
/// change and "from" ("rose from $5"), or neither.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    None,
    By,
    From,
}

/// Products named by their term ("ten-year yields", "30-year mortgages"): the
/// term joined to the number is no amount.
const MATURITY_NOUNS: &[&str] = &[
    "yield",
    "yields",
    "bond",
    "bonds",
    "note",
    "notes",
    "treasury",
    "treasuries",
    "gilt",
    "gilts",
    "bund",
    "bunds",
    "paper",
    "swap",
    "swaps",
    "bill",
    "bills",
    "mortgage",
    "mortgages",
    "loan",
    "loans",
    "fixed",
    "fix",
    "fixes",
];

/// Moves of a market or a price that a span of days describes ("one-day gain").
const MOVE_NOUNS: &[&str] = &[
    "gain", "gains", "fall", "falls", "drop", "drops", "rise", "rises", "loss", "losses",
    "decline", "declines", "rally", "rallies", "jump", "slide", "selloff", "sell-off", "surge",
    "slump", "plunge", "advance", "move", "moves", "winning", "losing",
];

/// Words of weather that make "degrees" a temperature, not an angle.
const TEMPERATURE_CUES: &[&str] = &[
    "temperature",
    "temperatures",
    "temps",
    "heat",
    "hot",
    "hotter",
    "cold",
    "colder",
    "warm",
    "warmer",
    "chill",
    "frost",
    "freezing",
    "weather",
    "forecast",
    "forecasting",
    "thermometer",
    "highs",
    "lows",
    "heatwave",
    "hypothermia",
];

/// Words that make "degrees" an angle or a bearing ("turned 180 degrees",
/// "40 degrees north"), or no measure at all ("degrees of separation").
const ANGLE_CUES: &[&str] = &[
    "turn",
    "turns",
    "turned",
    "turning",
    "u-turn",
    "angle",
    "angles",
    "angled",
    "rotate",
    "rotated",
    "rotation",
    "rotating",
    "tilt",
    "tilted",
    "tilting",
    "latitude",
    "longitude",
    "north",
    "south",
    "east",
    "west",
    "slope",
    "sloped",
    "incline",
    "inclined",
    "arc",
    "compass",
    "bearing",
    "heading",
    "spin",
    "spun",
    "pivot",
    "pivoted",
    "separation",
    "view",
    "camera",
];

/// Is "N degrees" a temperature? Words of weather say so; without them it
/// still is (the commonest use in news: "Phoenix hit 116 degrees"), unless
/// words of angles or a right, straight or full angle (90, 180, 360) say otherwise.
fn degrees_of_heat(t: &[Token], value: f64) -> bool {
    let cue = |list: &'static [&'static str]| {
        t.iter()
            .any(|x| x.kind == Kind::Word && lexicon::is_in(list, x.text))
    };
    cue(TEMPERATURE_CUES) || !cue(ANGLE_CUES) && ![90.0, 180.0, 270.0, 360.0].contains(&value)
}

/// Nouns for people that an age bound follows ("people under 21").
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "children",
    "adults",
    "those",
    "anyone",
    "everyone",
    "women",
    "men",
    "girls",
    "boys",
    "players",
    "drivers",
    "workers",
    "residents",
    "voters",
    "patients",
    "users",
    "teenagers",
    "youths",
    "persons",
    "individuals",
    "citizens",
];

/// "$2.5 billion of trades a day": money of a noun at a rate of time; the
/// per-unit ("d"), the rate read past the noun.
fn money_of_noun_rate(t: &[Token], end: usize) -> Option<String> {
    if !t.get(end).is_some_and(|x| x.is("of")) {
        return None;
    }
    let noun = |k: usize| {
        t.get(k).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.is_capitalized()
                && !matches!(x.lc().as_str(), "a" | "an" | "the" | "and" | "or" | "per")
        })
    };
    (end + 2..end + 4)
        .take_while(|&k| noun(k - 1))
        .find_map(|k| rate_at(t, k))
        .map(|(per, _)| per)
        .filter(|per| matches!(per.as_str(), "d" | "wk" | "mo" | "yr"))
}

/// Units of time, largest first, in hours.
const TIME_UNITS: &[(&str, f64)] = &[
    ("yr", 8766.0),
    ("mo", 730.5),
    ("wk", 168.0),
    ("d", 24.0),
    ("h", 1.0),
    ("min", 1.0 / 60.0),
    ("s", 1.0 / 3600.0),
];

/// The next part of a compound duration after `q` ("2 hours *15 minutes*"),
/// smaller than its last part `last`: its amount in `q`'s unit, the token
/// after it, and its unit.
fn duration_rest(
    t: &[Token],
    q: &QuantityMatch,
    last: Option<&str>,
    dates: &[DateMatch],
) -> Option<(f64, usize, String)> {
    let unit = q.unit.as_deref()?;
    let big = TIME_UNITS.iter().position(|(u, _)| *u == unit)?;
    let prev = TIME_UNITS.iter().position(|(u, _)| Some(*u) == last)?;
    if q.upper.is_some() {
        return None;
    }
    let mut at = q.end;
    if t.get(at).is_some_and(|x| x.is("and") || x.text == ",") {
        at += 1;
    }
    let mut next = quantity_at(t, at, dates)?;
    // "3h 12m": after hours, a glued "m" is minutes.
    if unit == "h"
        && next.unit.as_deref() == Some("m")
        && t.get(next.end - 1)
            .is_some_and(|x| x.text == "m" && !x.space_before)
    {
        next.unit = Some("min".into());
    }
    // "2 hours 30 minutes per vehicle": the rate after the last part is the whole's; the time is what counts.
    let base = next
        .unit
        .as_deref()
        .map(|u| u.split('/').next().unwrap_or(u));
    let small = TIME_UNITS.iter().position(|(u, _)| Some(*u) == base)?;
    (small > prev && next.upper.is_none()).then(|| {
        (
            next.value * TIME_UNITS[small].1 / TIME_UNITS[big].1,
            next.end,
            TIME_UNITS[small].0.to_string(),
        )
    })
}

/// Words of money and of weight: which one "pounds" means in a sentence.
const MONEY_CUES: &[&str] = &[
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "earnings",
    "cost",
    "costs",
    "price",
    "prices",
    "pay",
    "paid",
    "pays",
    "fine",
    "fined",
    "fines",
    "deal",
    "worth",
    "budget",
    "spend",
    "spent",
    "spending",
    "investment",
    "invest",
    "invested",
    "bill",
    "bills",
    "loss",
    "losses",
    "salary",
    "salaries",
    "wage",
    "wages",
    "fund",
    "funding",
    "funds",
    "tax",
    "taxes",
    "debt",
    "bonus",
    "fee",
    "fees",
    "raised",
    "sold",
    "bought",
    "buy",
    "value",
    "valued",
    "turnover",
    "dividend",
    "savings",
    "save",
    "cash",
    "money",
    "pension",
    "rent",
    "income",
    "grant",
    "loan",
    "loans",
    "subsidy",
    "compensation",
    "damages",
    "award",
    "awarded",
    "charge",
    "charged",
    "penalty",
    "bid",
    "offer",
    "sterling",
    "pence",
];
/// Words right before an amount that make it a price.
const PRICE_WORDS: &[&str] = &[
    "worth", "costing", "cost", "costs", "paid", "pay", "pays", "fined", "valued", "priced",
    "raised", "earn", "earned", "earns", "owed", "owes",
];

const WEIGHT_CUES: &[&str] = &[
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "heavy",
    "heavier",
    "cargo",
    "fish",
    "catch",
    "cocaine",
    "heroin",
    "drugs",
    "meat",
    "beef",
    "flour",
    "harvest",
    "crop",
    "crops",
    "fruit",
    "tons",
    "tonnes",
    "lbs",
    "kg",
    "kilograms",
    "ounces",
    "seized",
    "shipment",
    "haul",
    "load",
    "freight",
    "payload",
    "produce",
    "grain",
    "marijuana",
];

/// Is "pounds" (the amount over tokens `first..end`) money or weight? "220
/// pounds of cocaine" is weight; words of money or weight next to the amount
/// decide, else those of the whole sentence; `None` when it does not say.
fn pound_is_money(t: &[Token], first: usize, end: usize) -> Option<bool> {
    let of_noun = t.get(end).is_some_and(|x| x.is("of"))
        && t.get(end + 1)
            .is_some_and(|x| x.kind == Kind::Word && !lexicon::is_in(MONEY_CUES, x.text));
    if of_noun {
        return Some(false);
    }
    // "cocaine worth 2 million pounds", "weighed in at 160 pounds": the verb right before decides.
    let near = &t[first.saturating_sub(3)..first];
    if near.iter().any(|x| lexicon::is_in(PRICE_WORDS, x.text)) {
        return Some(true);
    }
    if near
        .iter()
        .any(|x| matches!(x.lc().as_str(), "weighed" | "weighing" | "weighs" | "weigh"))
    {
        return Some(false);
    }
    let judge = |toks: &[Token]| {
        let money = toks
            .iter()
            .any(|x| x.kind == Kind::Word && lexicon::is_in(MONEY_CUES, x.text));
        let weight = toks
            .iter()
            .any(|x| x.kind == Kind::Word && lexicon::is_in(WEIGHT_CUES, x.text));
        match (money, weight) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    };
    judge(&t[first.saturating_sub(4)..(end + 2).min(t.len())]).or_else(|| judge(t))
}

/// A small count in digits or words ("5", "five").
fn small_count(t: &[Token], i: usize) -> Option<f64> {
    let x = t.get(i)?;
    match x.kind {
        Kind::Num => x
            .text
            .parse::<u32>()
            .ok()
            .filter(|&n| n <= 100_000)
            .map(f64::from),
        Kind::Word => lexicon::number_word(x.text).filter(|&v| v >= 1.0),
        _ => None,
    }
}

/// "one in five adults", "1 in 10 homes", "two out of three voters": a share,
/// in percent (20, 10, 66.7); not "one in 10 years".
pub(super) fn share_in_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let a = small_count(t, i).filter(|&a| a <= 10.0)?;
    let mut k = i + 1;
    if t.get(k).is_some_and(|x| x.is("in")) {
        k += 1;
    } else if t.get(k).is_some_and(|x| x.is("out")) && t.get(k + 1).is_some_and(|x| x.is("of")) {
        k += 2;
    } else {
        return None;
    }
    if t.get(k).is_some_and(|x| x.is("every")) {
        k += 1;
    }
    let b = small_count(t, k).filter(|&b| b > a && b <= 1000.0)?;
    if unit_at(t, k + 1, false).is_some() || t.get(k + 1).is_some_and(|x| x.text == "%") {
        return None;
    }
    let (qualifier, first) = qualifier_before(t, i);
    let share = (a / b * 1000.0).round() / 10.0;
    Some(QuantityMatch::new(
        t,
        share,
        None,
        Some("%".into()),
        qualifier,
        first,
        k + 1,
    ))
}

/// "less than a day", "more than a decade", "nearly a year": one of a unit
/// after a bound (a decade is 10 years); not "over a year", a span.
pub(super) fn one_unit_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    if !(t.get(i)?.is("a") || t[i].is("an")) || i == 0 {
        return None;
    }
    // Cheap test first: the word before ends a bound ("than", "nearly", "about").
    if !matches!(
        t[i - 1].lc().as_str(),
        "than"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "some"
            | "approximately"
            | "least"
            | "most"
            | "under"
            | "over"
            | "within"
            | "to"
            | "of"
            | "as"
            | "below"
            | "above"
            | "beyond"
            | "for"
            | "lasted"
            | "lasting"
    ) {
        return None;
    }
    let (qualifier, first) = qualifier_before(t, i);
    let span = t[first..i]
        .iter()
        .all(|x| matches!(x.lc().as_str(), "over" | "under" | "within" | "in"));
    // "held for a week", "lasted a month": one unit of time, exactly.
    let lasting = qualifier == Qualifier::Exact
        && matches!(t[i - 1].lc().as_str(), "for" | "lasted" | "lasting");
    if (qualifier == Qualifier::Exact || span) && !lasting {
        return None;
    }
    let (unit, end) = unit_at(t, i + 1, false)?;
    if lasting
        && !matches!(
            unit.as_str(),
            "h" | "d" | "wk" | "mo" | "yr" | "decade" | "century"
        )
    {
        return None;
    }
    let (value, unit) = match unit.as_str() {
        "decade" => (10.0, "yr".to_string()),
        "century" => (100.0, "yr".to_string()),
        u if lexicon::SHORT_UNITS.contains(&t[i + 1].text) || u == "%" => return None,
        _ => (1.0, unit),
    };
    Some(QuantityMatch::new(
        t,
        value,
        None,
        Some(unit),
        qualifier,
        first,
        end,
    ))
}

/// Halves of a unit: "two and a half years" (2.5 yr), "an hour and a half"
/// (1.5 h), "half an hour" (0.5 h).
pub(super) fn half_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    let word = |k: usize, w: &str| t.get(k).is_some_and(|x| x.is(w));
    let and_a_half = |k: usize| word(k, "and") && word(k + 1, "a") && word(k + 2, "half");
    let unit = |k: usize| {
        unit_at(t, k, false).filter(|(u, _)| {
            DURATIONS.contains(&u.as_str())
                || matches!(u.as_str(), "km" | "mi" | "m" | "kg" | "t" | "lb")
        })
    };
    let (value, u, end) = if tok.is("half") && (word(i + 1, "a") || word(i + 1, "an")) {
        let (u, e) = unit(i + 2).filter(|(u, _)| DURATIONS.contains(&u.as_str()))?;
        (0.5, u, e)
    } else if (tok.is("a") || tok.is("an") || tok.is("one"))
        && t.get(i + 1).is_some_and(|x| x.kind == Kind::Word)
        && (i + 3..i + 6).any(|k| word(k, "half"))
    {
        let (u, e) = unit(i + 1)?;
        if !and_a_half(e) {
            return None;
        }
        (1.5, u, e + 3)
    } else {
        let n = match tok.kind {
            Kind::Num => tok.text.parse::<f64>().ok()?,
            Kind::Word => lexicon::number_word(&tok.lc())?,
            _ => return None,
        };
        if !and_a_half(i + 1) {
            return None;
        }
        let (u, e) = unit(i + 4)?;
        (n + 0.5, u, e)
    };
    let (value, u) = match u.as_str() {
        "decade" => (value * 10.0, "yr".to_string()),
        "century" => (value * 100.0, "yr".to_string()),
        _ => (value, u),
    };
    let (qualifier, first) = qualifier_before(t, i);
    Some(QuantityMatch::new(
        t,
        value,
        None,
        Some(u),
        qualifier,
        first,
        end,
    ))
}

/// Race and finishing times: "2:03:12" (hours, minutes, seconds) is 2.0533
/// h; "under 2:15" (hours and minutes after a bound) is 2.25 h. A clock time
/// ("at 10:30", "10:30:00 GMT") is none.
pub(super) fn clock_duration_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
    let part = |k: usize, len: usize| {
        t.get(k)
            .filter(|x| {
                x.kind == Kind::Num
                    && glued(k)
                    && x.text.split('.').next().is_some_and(|d| d.len() == len)
            })
            .and_then(|x| num_value(x.text))
    };
    let h = t
        .get(i)
        .filter(|x| x.kind == Kind::Num && x.text.len() <= 2)
        .and_then(|x| x.text.parse::<f64>().ok())?;
    if !(t.get(i + 1).is_some_and(|x| x.text == ":") && glued(i + 1)) {
        return None;
    }
    let m = part(i + 2, 2).filter(|&m| m < 60.0)?;
    let (qualifier, first) = qualifier_before(t, i);
    // A time of day: "2:15 p.m.", "at 10:30", "at about 3:40 a.m.".
    let clock_word = |k: usize| {
        t.get(k).is_some_and(|x| {
            matches!(
                x.lc().as_str(),
                "am" | "pm"
                    | "a.m."
                    | "p.m."
                    | "a.m"
                    | "p.m"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "et"
                    | "hrs"
                    | "local"
            )
        })
    };
    let clock_after = clock_word(i + 3) || clock_word(i + 5);
    if i > 0 && t[i - 1].is("at") || first > 0 && t[first - 1].is("at") || clock_after {
        return None;
    }
    if t.get(i + 3).is_some_and(|x| x.text == ":") && glued(i + 3) {
        let sec = part(i + 4, 2).filter(|&x| x < 60.0)?;
        return Some(QuantityMatch::new(
            t,
            h + m / 60.0 + sec / 3600.0,
            None,
            Some("h".into()),
            qualifier,
            first,
            i + 5,
        ));
    }
    // "ran the second half in 61:48": no hour of a clock, so minutes and seconds.
    if h >= 24.0 && (first > 0 && t[first - 1].is("in") || qualifier != Qualifier::Exact) {
        return Some(QuantityMatch::new(
            t,
            h + m / 60.0,
            None,
            Some("min".into()),
            qualifier,
            first,
            i + 3,
        ));
    }
    // Hours and minutes alone are a duration only after a bound ("under 2:15").
    (qualifier != Qualifier::Exact).then(|| {
        QuantityMatch::new(
            t,
            h + m / 60.0,
            None,
            Some("h".into()),
            qualifier,
            first,
            i + 3,
        )
    })
}

/// "a third of homes", "half of its revenue", "two-thirds of voters": a share, in percent.
pub(super) fn fraction_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let word = |k: usize| lower(t, k);
    let (value, end) = match tok.lc().as_str() {
        // Not "the first half of the year".
        "half"
            if !matches!(
                word(i.wrapping_sub(1)).as_str(),
                "first" | "second" | "latter" | "former" | "the" | "last" | "next"
            ) =>
        {
            (50.0, i + 1)
        }
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
    // "half of its revenue", not "half of 2025" or "a quarter of an hour";
    // "less than half the number", "half its staff".
    let of = word(end) == "of"
        && t.get(end + 1).is_some_and(|x| {
            x.kind == Kind::Word
                && !matches!(x.lc().as_str(), "an" | "a" | "century" | "hour" | "mile")
        });
    let det = tok.is("half")
        && matches!(
            word(end).as_str(),
            "the" | "its" | "their" | "his" | "her" | "our" | "all"
        )
        && t.get(end + 1).is_some_and(|x| {
            x.kind == Kind::Num
                || x.kind == Kind::Word
                    && !matches!(
                        x.lc().as_str(),
                        "time" | "hour" | "year" | "century" | "day" | "decade"
                    )
        });
    let (qualifier, first) = qualifier_before(t, i);
    // "jumped by a quarter", "fallen by about a third", "cut by half": a change by a share.
    let by = first > 0
        && t[first - 1].is("by")
        && !matches!(word(end).as_str(), "past" | "to" | "hour" | "mile");
    // "with Germany accounting for about half.": a bounded half closing its clause.
    let closing = tok.is("half")
        && qualifier != Qualifier::Exact
        && t.get(end).is_none_or(|x| x.kind == Kind::Punct);
    if !of && !det && !by && !closing {
        return None;
    }
    Some(QuantityMatch::new(
        t,
        value,
        None,
        Some("%".into()),
        qualifier,
        first,
        end,
    ))
}

/// Multiplier words: "double its capacity" → 2 x.
pub(super) fn multiplier_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let l = tok.lc();
    let f = lexicon::multiplier(&l)?;
    let base_form = matches!(l.as_str(), "double" | "triple" | "quadruple" | "halve");
    // "more than doubled", "almost triple"
    let (qualifier, first) = qualifier_before(t, i);
    if base_form {
        let verb_before = |k: usize| {
            matches!(
                lower(t, k).as_str(),
                "to" | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "and"
                    | "or"
            )
        };
        // "to more than double", "almost triple the number", "roughly triple its budget".
        let qualified = first < i
            && (first > 0 && verb_before(first - 1)
                || matches!(
                    lower(t, i + 1).as_str(),
                    "the" | "its" | "their" | "his" | "her" | "that" | "this" | "last" | "what"
                ));
        if !(i > 0 && verb_before(i - 1) || qualified) {
            return None;
        }
    }
    if matches!(l.as_str(), "twice" | "thrice")
        && matches!(
            lower(t, i + 1).as_str(),
            "a" | "per" | "each" | "every" | "weekly" | "daily"
        )
    {
        return None;
    }
    // "scored twice.", "has been married twice and": how often, not how much.
    if matches!(l.as_str(), "twice" | "thrice")
        && t.get(i + 1).is_none_or(|x| {
            x.kind == Kind::Punct
                || matches!(
                    x.lc().as_str(),
                    "and" | "in" | "on" | "before" | "since" | "during" | "but"
                )
        })
    {
        return None;
    }
    // "triple zero", "double six": digits read out, no multiplier.
    if t.get(i + 1).is_some_and(|x| {
        x.is("zero")
            || x.is("nil")
            || x.kind == Kind::Word && lexicon::number_word(&x.lc()).is_some()
            || x.kind == Kind::Num
    }) {
        return None;
    }
    Some(QuantityMatch::new(
        t,
        f,
        None,
        Some("x".into()),
        qualifier,
        first,
        i + 1,
    ))
}

pub(super) fn small_int(t: &Token, max: u32) -> Option<u32> {
    (t.kind == Kind::Num)
        .then(|| t.text.parse::<u32>().ok())
        .flatten()
        .filter(|&n| n <= max)
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
        while t
            .get(j + 1)
            .is_some_and(|x| !x.space_before && matches!(x.text, "/" | "-" | "."))
            && t.get(j + 2)
                .is_some_and(|x| !x.space_before && x.kind == Kind::Num)
        {
            j += 2;
            parts += 1;
        }
        if parts >= 3 && t[j].text.len() == 4 {
            return Some(j + 1);
        }
    }
    // "triple zero (000)", "call 0800 123": numbers with leading zeros are codes.
    if tok.kind == Kind::Num
        && tok.text.len() > 1
        && tok.text.starts_with('0')
        && !tok.text.starts_with("0.")
        && !tok.text.contains(',')
    {
        return Some(i + 1);
    }
    // "clocked on at seven", "at three in the morning": an hour of the clock in words.
    if tok.kind == Kind::Word
        && i > 0
        && t[i - 1].is("at")
        && lexicon::number_word(&tok.lc()).is_some_and(|v| (1.0..=12.0).contains(&v))
    {
        let after = |k: usize, w: &str| t.get(k).is_some_and(|x| x.is(w));
        let clock = t.get(i + 1).is_none_or(|x| x.kind == Kind::Punct)
            || after(i + 1, "and")
            || after(i + 1, "o'clock")
            || after(i + 1, "in")
                && after(i + 2, "the")
                && t.get(i + 3).is_some_and(|x| {
                    matches!(x.lc().as_str(), "morning" | "afternoon" | "evening")
                });
        if clock {
            return Some(i + 1);
        }
    }
    small_int(tok, 9999)?;
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
    // A split of votes of any size: "voted 352-121 to pass", "approved 310-115".
    let split = t.get(i + 1).is_some_and(|x| matches!(x.text, "-" | "–"))
        && glued(i + 1)
        && glued(i + 2)
        && t.get(i + 2).and_then(|x| small_int(x, 9999)).is_some();
    if split && (i.saturating_sub(3)..i).any(|k| lexicon::is_in(VOTE_WORDS, t[k].text)) {
        return Some(i + 3);
    }
    // Up to 199: basketball scores ("beat the Lakers 121-114").
    if small_int(tok, 199).is_some()
        && t.get(i + 1).is_some_and(|x| matches!(x.text, "-" | "–"))
        && glued(i + 1)
        && glued(i + 2)
        && t.get(i + 2).and_then(|x| small_int(x, 199)).is_some()
    {
        // A score verb just before; or further back in the clause ("won the first meeting
        // between the teams 127-110") when nothing but punctuation or a preposition follows.
        let near = (i.saturating_sub(3)..i).any(|k| lexicon::is_in(SCORE_VERBS, t[k].text));
        let ends = t.get(i + 3).is_none_or(|x| {
            x.kind == Kind::Punct
                || x.kind == Kind::Word
                    && matches!(
                        &*x.lc(),
                        "in" | "on"
                            | "at"
                            | "to"
                            | "with"
                            | "after"
                            | "before"
                            | "and"
                            | "for"
                            | "against"
                            | "when"
                            | "as"
                    )
        });
        let far = ends
            && (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&k| !matches!(t[k].text, "," | ";" | "."))
                .any(|k| lexicon::is_in(SCORE_VERBS, t[k].text));
        let before = near || far;
        let after = t
            .get(i + 3)
            .is_some_and(|x| lexicon::is_in(SCORE_NOUNS, x.text));
        // Set scores in a list: "6-4, 3-6, 7-5".
        let pair_at = |k: usize| {
            t.get(k).and_then(|x| small_int(x, 99)).is_some()
                && t.get(k + 1).is_some_and(|x| matches!(x.text, "-" | "–"))
                && glued(k + 1)
                && glued(k + 2)
                && t.get(k + 2).and_then(|x| small_int(x, 99)).is_some()
        };
        let listed = t.get(i + 3).is_some_and(|x| x.text == ",") && pair_at(i + 4)
            || i >= 4 && t[i - 1].text == "," && pair_at(i - 4);
        if before || after || listed {
            return Some(i + 3);
        }
    }
    None.or_else(|| {
        // A capitalized word right before the number, not a function word, month or unit.
        let prev = t.get(i.checked_sub(1)?)?;
        // "Ireland's 14", "Britain's 67 million people": a possessive owns the amount, it names nothing.
        let possessive = prev.text.ends_with("'s") || prev.text.ends_with("’s");
        let named = prev.kind == Kind::Word
            && prev.is_capitalized()
            && !possessive
            && !lexicon::is_in(lexicon::NOT_NAMES, prev.text)
            && lexicon::month(prev.text).is_none()
            && !tok.text.contains(['.', ','])
            // Not a currency prefix ("Rs 500", "R2.5 billion", "USD 40").
            && currency_before(t, i).is_none()
            // Inside a sentence, or opening it with a word that is no common word ("Boeing 737 deliveries").
            // "S&P/ASX 200": a name joined by a slash, ampersand or hyphen.
            && (i >= 2 && (t[i - 2].kind != Kind::Punct || matches!(t[i - 2].text, "/" | "&" | "-")) || i == 1 && !crate::compiler::gazetteer::is_common_word(prev.text));
        let next_free = t.get(i + 1).is_none_or(|x| x.kind == Kind::Punct || x.kind == Kind::Word && unit_at(t, i + 1, false).is_none() && !lexicon::is_in(MAGNITUDE_WORDS, x.text));
        (named && next_free).then_some(i + 1)
    })
}

pub(super) const SCORE_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "beaten",
    "downed",
    "downing",
    "overcame",
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "loses",
    "drew",
    "draw",
    "defeated",
    "defeat",
    "edged",
    "edges",
    "edge",
    "thrashed",
    "routed",
    "trailed",
    "trailing",
    "trail",
    "leading",
    "led",
    "outscored",
    "outscoring",
    "topped",
    "blanked",
    "crushed",
    "hammered",
    "stunned",
    "score",
    "scored",
    "scoreline",
    "split",
    "voted",
    "ruled",
    "vote",
    "votes",
    "tally",
    "margin",
];
/// Words before a split of votes ("voted 352-121", "passed the bill 310-115").
const VOTE_WORDS: &[&str] = &[
    "voted", "vote", "votes", "passed", "approved", "rejected", "backed", "margin", "tally",
];
pub(super) const SCORE_NOUNS: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "lead",
    "scoreline",
    "run",
    "rout",
    "advantage",
    "deficit",
    "comeback",
    "halftime",
    "half-time",
    "triumph",
    "home",
    "away",
    "aggregate",
    "ruling",
    "decision",
    "vote",
    "majority",
    "verdict",
    "split",
];
pub(super) const MAGNITUDE_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "percent", "per", "times",
];

/// "Cherki, 22, has scored": an age between commas after a name.
pub(super) fn age_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let n = small_int(&t[i], 120)?;
    let name = t.get(i.checked_sub(2)?)?;
    let comma_before = t[i - 1].text == ",";
    // "Cherki, 22, has scored"; "said resident Luis Pardo, 67."
    let comma_after = t
        .get(i + 1)
        .is_some_and(|x| x.text == "," || x.text == "." && i + 2 == t.len());
    // A person's name ends in a capitalized word that starts no sentence on its own.
    // "Rashid al-Hassan, 58,": a surname with a lower-case particle.
    let particle = name
        .text
        .rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(char::is_uppercase));
    let person = name.kind == Kind::Word
        && (name.is_capitalized() || particle)
        && !lexicon::is_in(lexicon::NOT_NAMES, name.text)
        && lexicon::month(name.text).is_none()
        && lexicon::weekday(name.text).is_none();
    (comma_before && comma_after && person && n >= 1).then(|| QuantityMatch {
        measure: format!("age of {}", name.text),
        ..QuantityMatch::new(
            t,
            n as f64,
            None,
            Some("yr".into()),
            Qualifier::Exact,
            i,
            i + 1,
        )
    })
}

/// A unit at a rate read after it: a length per hour is a speed ("km/h",
/// "mph"); money per unit keeps the rate ("USD/t"); none for others.
fn rate_unit(unit: &str, per: &str) -> Option<String> {
    match (unit, per) {
        ("km", "h") => Some("km/h".into()),
        ("mi", "h") => Some("mph".into()),
        // "55 hectolitres per hectare", "3 tonnes a hectare": a yield.
        (u, "ha") if family(Some(u)) == Family::Physical && !u.contains('/') => {
            Some(format!("{u}/ha"))
        }
        (u, p) if family(Some(u)) == Family::Money && !u.contains('/') => Some(format!("{u}/{p}")),
        _ => None,
    }
}

/// Verbs and nouns of a life's turns before "at N": "died at 74", "retired
/// at 65", "left school at 15".
const LIFE_EVENTS: &[&str] = &[
    "died",
    "retired",
    "school",
    "married",
    "debuted",
    "emigrated",
    "orphaned",
    "widowed",
    "enlisted",
];

/// "when she was 19", "until I was 30", "left school at 15": an age said of a person.
pub(super) fn age_said_at(t: &[Token], i: usize) -> Option<QuantityMatch> {
    let n = small_int(&t[i], 120).filter(|&n| n >= 1)?;
    let word = |k: usize| k < t.len() && t[k].kind == Kind::Word;
    let ends = t.get(i + 1).is_none_or(|x| {
        x.kind == Kind::Punct && x.text != "%" || x.is("and") || x.is("when") || x.is("but")
    });
    let pronoun = i >= 2
        && word(i - 2)
        && matches!(
            t[i - 2].lc().as_str(),
            "he" | "she" | "i" | "they" | "we" | "you"
        )
        && matches!(t[i - 1].lc().as_str(), "was" | "is" | "were" | "am" | "are");
    let life =
        i >= 2 && t[i - 1].is("at") && word(i - 2) && lexicon::is_in(LIFE_EVENTS, t[i - 2].text);
    // "the median age of the patients was 64", "at the age of 70".
    let age_noun = i >= 2
        && matches!(t[i - 1].lc().as_str(), "was" | "is" | "of")
        && (i.saturating_sub(6)..i - 1).any(|k| t[k].is("age"));
    (ends && (pronoun || life || age_noun)).then(|| {
        QuantityMatch::new(
            t,
            n as f64,
            None,
            Some("yr".into()),
            Qualifier::Exact,
            i,
            i + 1,
        )
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
        if let Some(q) = age_at(t, i).or_else(|| age_said_at(t, i)) {
            i = q.end;
            out.push(q);
            continue;
        }
        let found = share_in_at(t, i)
            .or_else(|| half_at(t, i))
            .or_else(|| clock_duration_at(t, i))
            .or_else(|| quantity_at(t, i, dates))
            .or_else(|| multiplier_at(t, i))
            .or_else(|| fraction_at(t, i))
            .or_else(|| one_unit_at(t, i))
            .or_else(|| hyphen_quantity(t, i));
        let Some(mut q) = found else {
            i += 1;
            continue;
        };
        q.measure = measure(t, &q);
        // "the 40-year-old bridge": an age.
        if q.unit.as_deref() == Some("yr") && t[q.end - 1].lc().ends_with("-old") {
            let of = np_after(t, q.end, true);
            q.measure = if of.is_empty() {
                "age".into()
            } else {
                format!("age of {of}")
            };
        }
        // "6,000 km beneath the desert", "4 km down": a length going down is a depth.
        let length = matches!(q.unit.as_deref(), Some("m" | "km" | "mi" | "ft" | "cm"));
        let down = lower(t, q.end);
        if length
            && matches!(
                down.as_str(),
                "beneath" | "below" | "underground" | "underneath" | "down" | "deep"
            )
            && !q.measure.contains("depth")
        {
            let place = np_after(t, q.end + 1, true);
            q.measure = if place.is_empty() {
                "depth".into()
            } else {
                format!("depth {down} {place}")
            };
        }
        // "58.4 percent, up from 51 percent": the same measure as before.
        let compared = q.first >= 2
            && t[q.first - 1].is("from")
            && matches!(
                t[q.first - 2].lc().as_str(),
                "up" | "down" | "rising" | "falling" | "compared"
            );
        if compared {
            if let Some(prev) = out.iter().rev().find(|p| p.unit == q.unit) {
                q.measure = prev.measure.clone();
            }
        }
        // "rose 38% to $81 billion", "closed up 85p at 412p", "widened by 40
        // basis points to 4.3%": the second amount measures what the first does.
        // "to 55 minutes from 80 minutes": the earlier figure of the same thing.
        if q.first >= 1 && matches!(t[q.first - 1].lc().as_str(), "to" | "at" | "from") {
            let from_same = |p: &QuantityMatch| !t[q.first - 1].is("from") || p.unit == q.unit;
            if let Some(prev) = out
                .last()
                .filter(|p| p.end + 1 == q.first && !p.measure.is_empty() && from_same(p))
            {
                q.measure = prev.measure.clone();
            }
        }
        // "52 pesos a kilo from 38 pesos": the earlier figure is at the same rate.
        if q.first >= 1 && t[q.first - 1].is("from") {
            // Right before, or after ", down", ", up": "US$2.05 a kilogram, down from US$2.31".
            let linked = |p: &QuantityMatch| {
                p.end + 1 == q.first
                    || p.end + 3 == q.first
                        && t[p.end].text == ","
                        && matches!(t[p.end + 1].lc().as_str(), "down" | "up")
            };
            if let Some(prev) = out.last().filter(|p| linked(p)) {
                if let (Some(pu), Some(qu)) = (prev.unit.as_deref(), q.unit.as_deref()) {
                    if pu.split_once('/').is_some_and(|(base, _)| base == qu) {
                        q.unit = prev.unit.clone();
                        q.measure = prev.measure.clone();
                    }
                }
            }
        }
        // "2 hours 15 minutes", "2hr 15min 2sec": one duration.
        let mut smallest = q.unit.clone();
        while let Some((extra, end, unit)) = duration_rest(t, &q, smallest.as_deref(), dates) {
            q.value += extra;
            q.end = end;
            q.span[1] = t[end - 1].cend;
            smallest = Some(unit);
        }
        let idx = out.len();
        i = q.end;
        out.push(q);
        // A parenthetical equivalent: "1,950 kilometers (1,210 miles)", "45.9 billion yen ($423 million)".
        if t.get(i).is_some_and(|x| x.text == "(") {
            let start = i + 1;
            let inner_start = if t.get(start).is_some_and(|x| {
                x.kind == Kind::Sym
                    || x.kind == Kind::Word
                        && t.get(start + 1)
                            .is_some_and(|y| y.kind == Kind::Sym && !y.space_before)
            }) {
                (start..start + 3)
                    .find(|&k| t.get(k).is_some_and(|x| x.kind == Kind::Num))
                    .unwrap_or(start)
            } else {
                start
            };
            let ahead = quantity_at(t, inner_start, dates).or_else(|| {
                t.get(start)
                    .filter(|x| x.is("about") || x.is("approximately") || x.is("or"))
                    .and_then(|_| quantity_at(t, start + 1, dates))
            });
            if let Some(mut eq) = ahead {
                if t.get(eq.end).is_some_and(|x| x.text == ")") && eq.unit.is_some() {
                    eq.measure = out[idx].measure.clone();
                    eq.same_as = Some(idx);
                    out[idx].same_as = Some(idx + 1);
                    i = eq.end + 1;
                    // "215 kilometres (130 miles) per hour": the rate after the pair is both's.
                    if let Some((per, e)) = rate_at(t, i).filter(|(p, _)| !p.is_empty()) {
                        if let (Some(a), Some(b)) = (
                            out[idx].unit.as_deref().and_then(|u| rate_unit(u, &per)),
                            eq.unit.as_deref().and_then(|u| rate_unit(u, &per)),
                        ) {
                            out[idx].unit = Some(a);
                            eq.unit = Some(b);
                            eq.end = e;
                            i = e;
                        }
                    }
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
    use crate::compiler::tokens::tokenize;

    #[test]
    fn qualifier_before_table() {
        // (words before the number, qualifier, words it takes)
        let table: &[(&str, Qualifier, usize)] = &[
            ("prices rose", Qualifier::Exact, 0),
            ("costs of approximately", Qualifier::Approx, 1),
            ("an estimated", Qualifier::Approx, 2),
            ("approx.", Qualifier::Approx, 2),
            ("c.", Qualifier::Approx, 2),
            ("in excess of", Qualifier::Over, 3),
            ("sales of no fewer than", Qualifier::Over, 3),
            ("Up To", Qualifier::Under, 2),
            ("within an", Qualifier::Under, 2),
            ("the total of", Qualifier::Exact, 0),
        ];
        for (before, want, took) in table {
            let text = format!("{before} 40");
            let t = tokenize(&text);
            let first = t.len() - 1;
            assert_eq!(
                qualifier_before(&t, first),
                (*want, first - took),
                "{before}"
            );
        }
    }
}
