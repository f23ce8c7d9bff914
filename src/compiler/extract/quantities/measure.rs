//! What a quantity measures: a short phrase from the words around it, by
//! named rules tried in order (the first that finds a phrase wins), each
//! with a test table (`measure_rules` in the module's tests).

use super::*;
use crate::compiler::extract::words::{DETERMINERS, np_before_span};

pub(super) const FILLER_NOUNS: &[&str] = &[
    "total", "sum", "amount", "number", "figure", "value", "level", "tally", "count", "estimate",
    "average", "maximum", "minimum", "record",
];
pub(super) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "offshore",
    "inland",
    "away",
    "from",
    "off",
];
/// Verbs whose subject is what a quantity measures ("X rose 12%", "X cost €5m").
pub(super) const BE_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "reached",
    "rose",
    "fell",
    "grew",
    "totaled",
    "totalled",
    "stood",
    "increased",
    "decreased",
    "dropped",
    "climbed",
    "jumped",
    "surged",
    "declined",
    "hit",
    "topped",
    "numbered",
    "reach",
    "rise",
    "fall",
    "grow",
    "total",
    "stand",
    "measures",
    "measured",
    "covers",
    "covered",
    "cover",
    "risen",
    "fallen",
    "grown",
    "cost",
    "costs",
    "accounted",
    "accounts",
    "amounted",
    "amounts",
    "exceeded",
    "slumped",
    "soared",
    "plunged",
    "shrank",
    "expanded",
    "gained",
    "lost",
    "averaged",
    "remained",
    "hovered",
    "added",
    "slipped",
    "eased",
    "edged",
    "tumbled",
    "dipped",
    "lasts",
    "lasted",
    "last",
    "takes",
    "took",
    "run",
    "runs",
    "ran",
];
pub(super) const AT_VERBS: &[&str] = &[
    "measuring",
    "covering",
    "spanning",
    "totaling",
    "totalling",
    "weighing",
    "worth",
    "valued",
    "costing",
    "priced",
];
/// Nouns of change: "a 12% rise in annual profit" measures the profit.
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "fall",
    "drop",
    "increase",
    "decrease",
    "decline",
    "gain",
    "jump",
    "cut",
    "reduction",
    "growth",
    "slump",
    "surge",
    "climb",
    "dip",
    "slide",
    "loss",
    "boost",
    "hike",
    "improvement",
    "contraction",
    "expansion",
    "plunge",
    "rebound",
];
/// Words between a verb and its amount that say nothing of what is measured
/// ("invest a further £450m", "hit a record 3.6 million").
const TRANSPARENT: &[&str] = &[
    "a",
    "an",
    "further",
    "another",
    "additional",
    "extra",
    "record",
    "mere",
    "whopping",
    "fresh",
    "new",
];

pub(super) fn text(t: &[Token], (a, b): (usize, usize)) -> String {
    t[a..b].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")
}

/// What a rule sees of a quantity.
pub(super) struct At<'a, 'b> {
    t: &'a [Token<'b>],
    q: &'a QuantityMatch,
    fam: Family,
    /// The quantity's first token, after transparent words before it are passed.
    first: usize,
    /// The word before `first`, lower case.
    before: crate::compiler::tokens::Lower<'b>,
    /// The token after the quantity (after a parenthetical equivalent).
    after: usize,
    after_word: crate::compiler::tokens::Lower<'b>,
}

impl At<'_, '_> {
    fn nonempty(s: String) -> Option<String> {
        (!s.is_empty()).then_some(s)
    }
}

/// The rules in order.
pub(super) const MEASURE_RULES: &[(&str, fn(&At) -> Option<String>)] = &[
    ("labeled", labeled),
    ("hyphen_noun", hyphen_noun),
    ("multiplied", multiplied),
    ("change_in", change_in),
    ("of_after", of_after),
    ("counted", counted),
    ("noun_of", noun_of),
    ("by", by),
    ("duration_in", duration_in),
    ("duration_of_verb", duration_of_verb),
    ("likely", likely),
    ("object_changed_to", object_changed_to),
    ("subject_of_verb_before", subject_of_verb_before),
    ("money_for", money_for),
    ("at_verb", at_verb),
    ("noun_to", noun_to),
    ("apposition", apposition),
    ("subject_of_be", subject_of_be),
    ("which_clause", which_clause),
    ("direction", direction),
    ("share_after", share_after),
    ("noun_before", noun_before),
    ("noun_after", noun_after),
];

/// The measure of a quantity, from the words around it.
pub(super) fn measure(t: &[Token], q: &QuantityMatch) -> String {
    measure_by(t, q).map(|(_, m)| m).unwrap_or_default()
}

/// The measure and the name of the rule that found it.
pub(super) fn measure_by(t: &[Token], q: &QuantityMatch) -> Option<(&'static str, String)> {
    let mut first = q.first;
    while first > 1 && TRANSPARENT.contains(&t[first - 1].lc().as_str()) && !t[first - 2].is("of") {
        first -= 1;
    }
    // "a total of", "an average of": a filler noun says nothing; look past it.
    if first >= 2 && t[first - 1].is("of") {
        let (s, e) = np_before_span(t, first - 1, false);
        // The filler alone ("a value of", "a projected total of"), not "an estimated street value of".
        let modifiers = e > s
            && t[s..e - 1].iter().all(|x| {
                matches!(
                    x.lc().as_str(),
                    "projected"
                        | "estimated"
                        | "combined"
                        | "overall"
                        | "expected"
                        | "planned"
                        | "annual"
                        | "average"
                        | "grand"
                )
            });
        if e > s && modifiers && FILLER_NOUNS.contains(&t[e - 1].lc().as_str()) {
            first = s;
            while first > 0 && DETERMINERS.contains(&t[first - 1].lc().as_str()) {
                first -= 1;
            }
        }
    }
    let before = first.checked_sub(1).map(|p| t[p].lc()).unwrap_or_default();
    // Skip a parenthetical equivalent: "1,950 kilometers (1,210 miles) southeast of Tokyo".
    let mut after = q.end;
    if t.get(after).is_some_and(|x| x.text == "(") {
        if let Some(close) = t[after..].iter().position(|x| x.text == ")") {
            if close <= 8 {
                after += close + 1;
            }
        }
    }
    let at = At {
        t,
        q,
        fam: family(q.unit.as_deref()),
        first,
        before,
        after,
        after_word: lower(t, after),
    };
    MEASURE_RULES
        .iter()
        .find_map(|(name, rule)| rule(&at).map(|m| (*name, m)))
}

/// "Daily riders: 6.5 lakh", "Fare revenue: ₹1,450 crore".
fn labeled(a: &At) -> Option<String> {
    let (t, q) = (a.t, a.q);
    (q.first >= 2
        && t[q.first - 1].text == ":"
        && q.first <= 7
        && t[..q.first - 1].iter().all(|x| x.kind == Kind::Word))
    .then(|| text(t, (0, q.first - 1)))
}

/// "a 2.5-kilometre quay", "the final 8-kilometre stretch", "a 48-hour
/// strike": a unit joined to its number by a hyphen describes the noun after.
fn hyphen_noun(a: &At) -> Option<String> {
    let t = a.t;
    let last = t.get(a.q.end.checked_sub(1)?)?;
    let joined = a.q.end >= 2 && t[a.q.end - 2].text == "-" && !last.space_before
        || last.text.contains('-') && last.kind == Kind::Word;
    let noun = t
        .get(a.q.end)
        .is_some_and(|x| x.kind == Kind::Word && !x.is_capitalized() && x.space_before);
    (joined && noun && a.q.unit.is_some())
        .then(|| np_after(t, a.q.end, true))
        .and_then(At::nonempty)
}

/// "Fertiliser prices have doubled": a multiplier verb measures its subject
/// ("plans to double its capacity" measures the object, found later).
fn multiplied(a: &At) -> Option<String> {
    let t = a.t;
    let w = t.get(a.q.first)?.lc();
    let past = a.q.unit.as_deref() == Some("x")
        && matches!(
            w.as_str(),
            "doubled" | "tripled" | "trebled" | "quadrupled" | "halved"
        );
    past.then(|| subject_before(t, a.q.first))
        .and_then(At::nonempty)
}

/// "a 12% rise in annual pre-tax profit", "a 9 per cent drop in sales".
fn change_in(a: &At) -> Option<String> {
    let change = CHANGE_NOUNS.contains(&a.after_word.as_str()) && lower(a.t, a.after + 1) == "in";
    change
        .then(|| np_after(a.t, a.after + 2, true))
        .and_then(At::nonempty)
}

/// "70% of global production", "40 miles of coastline", "$150 billion of
/// bonds", "seven of the 45 seats".
fn of_after(a: &At) -> Option<String> {
    if a.after_word != "of" {
        return None;
    }
    let mut j = a.after + 1;
    while a
        .t
        .get(j)
        .is_some_and(|x| DETERMINERS.contains(&x.lc().as_str()))
    {
        j += 1;
    }
    if a.t
        .get(j)
        .is_some_and(|x| x.kind == Kind::Num || lexicon::number_word(x.text).is_some())
    {
        j += 1;
    }
    // Money "of" a thing bought ("£2bn of bonds"), not of a time ("$5m of the year").
    At::nonempty(np_after(a.t, j, true)).filter(|np| {
        a.fam != Family::Money || !matches!(np.as_str(), "year" | "month" | "week" | "day")
    })
}

/// Counts name what they count: "12 rare earths".
fn counted(a: &At) -> Option<String> {
    if a.fam != Family::Count {
        return None;
    }
    At::nonempty(np_after(a.t, a.after, true)).filter(|np| !FILLER_NOUNS.contains(&np.as_str()))
}

/// "a depth of 5,569 meters", "returns of 18%", "an investment of ¥10
/// billion" (filler nouns, "a total of", were passed over before).
fn noun_of(a: &At) -> Option<String> {
    if a.before != "of" {
        return None;
    }
    At::nonempty(text(a.t, np_before_span(a.t, a.first - 1, false)))
}

/// "cut emissions by 40%", "reduced waiting times by between 20 and 30
/// percent", "the risk fell by a further 4 points".
fn by(a: &At) -> Option<String> {
    let t = a.t;
    let b = match a.before.as_str() {
        "by" => a.first - 1,
        "between" if a.first >= 2 && t[a.first - 2].is("by") => a.first - 2,
        _ => return None,
    };
    // "funded by a £4.2 million grant": money by which, not a change by how much.
    if a.fam == Family::Money && !np_after(t, a.after, true).is_empty() {
        return None;
    }
    let span = vp_before_span(t, b);
    // Not across a coordination of clauses: "issue bonds over five years and
    // cut the service by 2%" (a verb and its object after "and"), but
    // "extraction of dysprosium and terbium" stays whole.
    let clause_and = |k: usize| {
        t[k].is("and")
            && t.get(k + 2)
                .is_some_and(|x| DETERMINERS.contains(&x.lc().as_str()))
    };
    let span = match (span.0..span.1).rev().find(|&k| clause_and(k)) {
        Some(k) => (k + 1, span.1),
        None => span,
    };
    // A single word before "by" is the verb ("rise by 9.4 percent").
    if span.1 - span.0 >= 2 && has_noun(t, span) {
        return Some(text(t, span));
    }
    // "the cost had risen by 30%": the verb alone; say what rose, else the verb ("forecast to expand by 2%").
    At::nonempty(subject_before(t, span.0)).or_else(|| At::nonempty(text(t, span)))
}

/// "faces up to 20 years in prison", "a six-year sentence in jail": where a
/// time is spent.
fn duration_in(a: &At) -> Option<String> {
    (a.fam == Family::Duration && a.after_word == "in")
        .then(|| np_after(a.t, a.after + 1, true))
        .and_then(At::nonempty)
        .filter(|np| !matches!(np.as_str(), "the" | "a"))
}

/// "walked for at least 90 minutes", "can be fully charged in about 50
/// minutes": a time measures the verb it is spent on.
fn duration_of_verb(a: &At) -> Option<String> {
    if a.fam != Family::Duration
        || !matches!(a.before.as_str(), "for" | "in" | "within")
        || a.first < 2
    {
        return None;
    }
    let verb = &a.t[a.first - 2];
    (verb.kind == Kind::Word
        && !verb.is_capitalized()
        && (verb.lc().ends_with("ed") || BE_VERBS.contains(&verb.lc().as_str())))
    .then(|| vp_before(a.t, a.first - 1))
    .and_then(At::nonempty)
}

/// "28% less likely to develop dementia": what the chance is of.
fn likely(a: &At) -> Option<String> {
    let t = a.t;
    let shape = a.fam == Family::Share
        && matches!(a.after_word.as_str(), "less" | "more")
        && lower(t, a.after + 1) == "likely"
        && lower(t, a.after + 2) == "to";
    shape
        .then(|| np_after(t, a.after + 4, true))
        .and_then(At::nonempty)
}

/// "cutting the journey from Woodlands to the airport to 55 minutes",
/// "reduce waiting times to 20 minutes": the object of the verb of change.
fn object_changed_to(a: &At) -> Option<String> {
    let t = a.t;
    if a.before != "to" {
        return None;
    }
    let from = a.first.saturating_sub(12);
    let verb = (from..a.first - 1).rev().find(|&k| {
        matches!(
            t[k].lc().as_str(),
            "cut"
                | "cutting"
                | "cuts"
                | "reduce"
                | "reducing"
                | "reduced"
                | "lower"
                | "lowering"
                | "lowered"
                | "raise"
                | "raising"
                | "raised"
                | "extend"
                | "extending"
                | "extended"
                | "shorten"
                | "shortening"
                | "shortened"
                | "bring"
                | "bringing"
                | "lift"
                | "lifting"
                | "lifted"
        )
    })?;
    At::nonempty(np_after(t, verb + 1, true))
}

/// "The line cost $25 billion to build", "its battery lasts up to 31 hours",
/// "trains run at up to 80kmh": the subject of the verb right before the amount.
fn subject_of_verb_before(a: &At) -> Option<String> {
    let t = a.t;
    let mut k = a.first;
    if k > 0 && t[k - 1].is("at") {
        k -= 1;
    }
    let verb = k.checked_sub(1).map(|p| t[p].lc())?;
    let direct = matches!(
        verb.as_str(),
        "cost"
            | "costs"
            | "lasts"
            | "lasted"
            | "last"
            | "takes"
            | "took"
            | "run"
            | "runs"
            | "ran"
            | "weighs"
            | "weighed"
    );
    direct
        .then(|| subject_before(t, k - 1))
        .and_then(At::nonempty)
}

/// Money for something: "a ¥10 billion investment", "$4.5m in
/// compensation", "A$500 million to a refiner", "sold for $1.2 billion".
fn money_for(a: &At) -> Option<String> {
    if a.fam != Family::Money {
        return None;
    }
    let t = a.t;
    // "to" before a verb is a purpose ("$5bn to build"), not a receiver.
    let to_verb = a.after_word == "to"
        && t.get(a.after + 1)
            .is_some_and(|x| !DETERMINERS.contains(&x.lc().as_str()) && !x.is_capitalized());
    // "above US$110 a tonne in Singapore": a capitalized name after "in" is where, not what.
    let where_ = a.after_word == "in" && t.get(a.after + 1).is_some_and(|x| x.is_capitalized());
    if matches!(a.after_word.as_str(), "for" | "in" | "on" | "to") && !to_verb && !where_ {
        if let Some(np) = At::nonempty(np_after(t, a.after + 1, true)) {
            return Some(np);
        }
    }
    if let Some(np) = At::nonempty(np_after(t, a.after, false)) {
        return Some(np);
    }
    (a.before == "for")
        .then(|| vp_before(t, a.first - 1))
        .and_then(At::nonempty)
}

/// "a seabed measuring 429,000 km²", "a stake valued at $2bn".
fn at_verb(a: &At) -> Option<String> {
    let t = a.t;
    let at = if AT_VERBS.contains(&a.before.as_str()) {
        a.first - 1
    } else if a.before == "at" && a.first >= 2 && AT_VERBS.contains(&t[a.first - 2].lc().as_str()) {
        a.first - 2
    } else {
        return None;
    };
    At::nonempty(np_before(t, at, true))
}

/// "a drop in half-year underlying profit to $1.1 billion": the noun the
/// amount is reached by.
fn noun_to(a: &At) -> Option<String> {
    let t = a.t;
    if a.before != "to"
        || a.first < 2
        || a.q.unit.as_deref() == Some("x")
        || a.fam == Family::Duration
    {
        return None;
    }
    let prev = &t[a.first - 2];
    let noun = prev.kind == Kind::Word
        && !prev.is_capitalized()
        && !BE_VERBS.contains(&prev.lc().as_str())
        && !lexicon::is_in(lexicon::SPEECH_VERBS, prev.text)
        && prev.lc().ends_with(|c: char| c.is_alphabetic());
    // Not a verb before "to" ("rose to", "cut to", "set to"): those have a subject instead.
    let verbish = prev.lc().ends_with("ed")
        || matches!(
            prev.lc().as_str(),
            "rose" | "fell" | "grew" | "cut" | "set" | "hit" | "up" | "down" | "close" | "closed"
        );
    (noun && !verbish)
        .then(|| np_before(t, a.first - 1, true))
        .and_then(At::nonempty)
}

/// "his entire retirement savings, nearly $300,000": an amount set off by a
/// comma after what it measures.
fn apposition(a: &At) -> Option<String> {
    let t = a.t;
    let mut k = a.first;
    while k > 0
        && matches!(
            t[k - 1].lc().as_str(),
            "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "over"
                | "more"
                | "than"
                | "at"
                | "least"
        )
    {
        k -= 1;
    }
    (k >= 2 && t[k - 1].text == "," && t[k - 2].kind == Kind::Word && !t[k - 2].is_capitalized())
        .then(|| np_before(t, k - 1, true))
        .and_then(At::nonempty)
}

/// "X is only 151 hectares", "sales rose to 12%", "Imports cost an average
/// of $11", "The shares closed up 85p".
fn subject_of_be(a: &At) -> Option<String> {
    let t = a.t;
    let mut k = a.first;
    while k > 0
        && matches!(
            t[k - 1].lc().as_str(),
            "only"
                | "just"
                | "to"
                | "at"
                | "some"
                | "an"
                | "a"
                | "nearly"
                | "almost"
                | "about"
                | "roughly"
                | "up"
                | "down"
        )
    {
        k -= 1;
    }
    // "claims could exceed $1.5 billion": the qualifier itself is the verb.
    if matches!(
        t[a.q.first].lc().as_str(),
        "exceed"
            | "exceeds"
            | "exceeded"
            | "exceeding"
            | "top"
            | "tops"
            | "topped"
            | "surpass"
            | "topping"
    ) {
        if let Some(s) = At::nonempty(np_before(t, a.q.first, true))
            .or_else(|| At::nonempty(subject_before(t, a.q.first)))
        {
            return Some(s);
        }
    }
    // "closed up 85p", "ended down 3%": a verb before up/down.
    let closing = k > 0
        && k < a.first
        && matches!(t[k].lc().as_str(), "up" | "down")
        && t[k - 1].kind == Kind::Word
        && !t[k - 1].is_capitalized();
    (k > 0 && (BE_VERBS.contains(&t[k - 1].lc().as_str()) || closing))
        .then(|| subject_before(t, k - 1))
        .and_then(At::nonempty)
}

/// "inflation, which reached 3.8%": what the relative clause is about.
fn which_clause(a: &At) -> Option<String> {
    let t = a.t;
    let mut k = a.first;
    while k > 0
        && matches!(
            t[k - 1].lc().as_str(),
            "only"
                | "just"
                | "to"
                | "at"
                | "some"
                | "an"
                | "a"
                | "nearly"
                | "almost"
                | "about"
                | "roughly"
        )
    {
        k -= 1;
    }
    if k >= 2 && t[k - 1].kind == Kind::Word && matches!(t[k - 2].lc().as_str(), "which" | "that") {
        let c = if k >= 3 && t[k - 3].text == "," {
            k - 3
        } else {
            k - 2
        };
        return At::nonempty(np_before(t, c, true));
    }
    None
}

/// "35 km south-west of the city", "1,950 kilometers southeast of Tokyo".
fn direction(a: &At) -> Option<String> {
    let t = a.t;
    if !DIRECTIONS.contains(&a.after_word.as_str()) {
        return None;
    }
    let j = a.after + 1;
    if !t.get(j).is_some_and(|x| x.is("of") || x.is("from")) {
        return None;
    }
    let np = np_after(t, j + 1, false);
    (!np.is_empty()).then(|| format!("{} {} {np}", t[a.after].text, t[j].text))
}

/// Shares name what follows them: "40% higher sales".
fn share_after(a: &At) -> Option<String> {
    (a.fam == Family::Share)
        .then(|| np_after(a.t, a.after, true))
        .and_then(At::nonempty)
}

fn noun_before(a: &At) -> Option<String> {
    At::nonempty(np_before(a.t, a.first, true))
}

fn noun_after(a: &At) -> Option<String> {
    At::nonempty(np_after(a.t, a.after, true))
}
