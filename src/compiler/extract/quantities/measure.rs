//! What a quantity measures: a short phrase from the words around it.

use super::*;

pub(super) const FILLER_NOUNS: &[&str] = &["total", "sum", "amount", "number", "figure", "value", "level", "tally", "count", "estimate", "average", "maximum", "minimum", "record"];
pub(super) const DIRECTIONS: &[&str] = &[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "offshore", "inland", "away", "from", "off",
];
/// Verbs whose subject is what a quantity measures ("X rose 12%", "X cost €5m").
pub(super) const BE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "reached", "rose", "fell", "grew", "totaled", "totalled", "stood",
    "increased", "decreased", "dropped", "climbed", "jumped", "surged", "declined", "hit", "topped", "numbered",
    "reach", "rise", "fall", "grow", "total", "stand", "measures", "measured", "covers", "covered", "cover",
    "risen", "fallen", "grown", "cost", "costs", "accounted", "accounts", "amounted", "amounts", "exceeded",
    "slumped", "soared", "plunged", "shrank", "expanded", "gained", "lost", "averaged", "remained", "hovered",
];
pub(super) const AT_VERBS: &[&str] = &["measuring", "covering", "spanning", "totaling", "totalling", "weighing", "worth", "valued", "costing", "priced"];
pub(super) fn text(t: &[Token], (a, b): (usize, usize)) -> String {
    t[a..b].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")
}

/// The measure of a quantity, from the words around it.
pub(super) fn measure(t: &[Token], q: &QuantityMatch) -> String {
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
        while t.get(j).is_some_and(|x| crate::compiler::extract::words::DETERMINERS.contains(&x.lower().as_str())) {
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
        let (a, b) = crate::compiler::extract::words::np_before_span(t, q.first - 1, false);
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
            while first > 0 && crate::compiler::extract::words::DETERMINERS.contains(&t[first - 1].lower().as_str()) {
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
