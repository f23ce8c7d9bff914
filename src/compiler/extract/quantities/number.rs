//! Numbers: digits and words, magnitudes ("10 billion", "$5bn"), currency
//! signs and codes before them.

use super::*;

/// A parsed number: value, first token, token after it, currency prefix.
pub(super) struct Number {
    pub value: f64,
    pub first: usize,
    pub end: usize,
    pub currency: Option<&'static str>,
    pub words: bool,
    /// A currency the home country settles: a bare `$`, "Rs".
    pub bare: Option<Bare>,
}

/// Currency letters glued to an amount ("R20.1 billion", "P12.8 billion",
/// "RM189,800", "Rp24 trillion", "Rs500", "KSh1.2 billion"), or before it
/// with a space when they are two letters or more ("Rp 24 trillion"). One
/// letter counts only on an amount shaped like money: decimals, thousands,
/// a magnitude or a rate after it ("R2 million", "P45 a kilo"; not "P3",
/// "R2", "N95").
pub(crate) const LETTER_CURRENCIES: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("P", "PHP"),
    ("N", "NGN"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("Rs", "INR"),
    ("Ksh", "KES"),
    ("KSh", "KES"),
    ("Kshs", "KES"),
    // East African copy writes the home shilling "Sh" or "Shs" ("Sh2.4 billion"): the home
    // country decides whose ([`Bare::Shilling`]).
    ("Sh", "KES"),
    ("Shs", "KES"),
    ("TSh", "TZS"),
    ("USh", "UGX"),
    ("Tk", "BDT"),
    ("Php", "PHP"),
    ("GH₵", "GHS"),
];

fn letter_currency(prefix: &str) -> Option<&'static str> {
    LETTER_CURRENCIES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|&(_, c)| c)
}

/// An amount written with currency letters glued to it: "R20" "." "1"
/// "billion" is R20.1 billion; "RM189" "," "800" is RM189,800.
fn letter_amount(t: &[Token], i: usize) -> Option<Number> {
    let tok = t.get(i)?;
    let split = tok.text.find(|c: char| c.is_ascii_digit())?;
    let (prefix, digits) = tok.text.split_at(split);
    let code = letter_currency(prefix)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut text = digits.to_string();
    let mut end = i + 1;
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
    // Thousands: "RM189" "," "800"; "R1" "," "000,000".
    let mut thousands = false;
    while glued(end)
        && t[end].text == ","
        && glued(end + 1)
        && t[end + 1].kind == Kind::Num
        && t[end + 1].text.split(',').all(|g| g.len() == 3)
        && !t[end + 1].text.contains('.')
    {
        text.extend(t[end + 1].text.chars().filter(|c| *c != ','));
        thousands = true;
        end += 2;
    }
    // Decimals: "R20" "." "1"; "R312" "." "50".
    let mut decimal = false;
    if glued(end)
        && t[end].text == "."
        && glued(end + 1)
        && t[end + 1].kind == Kind::Num
        && t[end + 1].text.bytes().all(|b| b.is_ascii_digit())
    {
        text.push('.');
        text.push_str(t[end + 1].text);
        decimal = true;
        end += 2;
    }
    let value = text.parse::<f64>().ok()?;
    let (factor, after) = magnitudes(t, end, true);
    let rate = after == end && super::rate_at(t, end).is_some();
    // "P43 a kilo from P52": the second amount of a pair in the same letters.
    let paired = i >= 1
        && matches!(t[i - 1].lc().as_str(), "from" | "to" | "and" | "or")
        && (0..i - 1).any(|k| {
            t[k].kind == Kind::Word
                && t[k].text.starts_with(prefix)
                && t[k].text[prefix.len()..].starts_with(|c: char| c.is_ascii_digit())
                && letter_amount(t, k).is_some()
        });
    if prefix.len() == 1 && !(thousands || decimal || factor > 1.0 || rate || paired) {
        return None;
    }
    let bare = match prefix {
        "Sh" | "Shs" => Some(Bare::Shilling),
        _ => (code == "INR").then_some(Bare::Rupee),
    };
    Some(Number {
        value: value * factor,
        first: i,
        end: after,
        currency: Some(code),
        words: false,
        bare,
    })
}

pub(super) fn lower<'a>(t: &[Token<'a>], i: usize) -> crate::compiler::tokens::Lower<'a> {
    t.get(i).map(|x| x.lc()).unwrap_or_default()
}

pub(super) fn in_dates(dates: &[DateMatch], i: usize) -> bool {
    dates.iter().any(|d| (d.first..d.end).contains(&i))
}

/// Currency before a number: `$`, `US$`, `A$`, `€`, `¥`, or a code (`USD 5`).
/// Returns (code, index of the first currency token).
pub(super) fn currency_before(t: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let p = i.checked_sub(1)?;
    let tok = &t[p];
    if tok.kind == Kind::Sym
        && tok.text != "%"
        && tok.text != "°"
        && tok.text != "~"
        && tok.text != "+"
        && tok.text != "±"
    {
        // A letter prefix glued to the sign: US$, A$, HK$.
        if let Some(pp) = p.checked_sub(1) {
            let w = &t[pp];
            if w.kind == Kind::Word && !tok.space_before {
                let joined = format!("{}{}", w.text, tok.text);
                if let Some(&(_, code)) = lexicon::CURRENCY_SYMBOLS
                    .iter()
                    .find(|(s, _)| s.eq_ignore_ascii_case(&joined))
                {
                    return Some((code, pp));
                }
            }
        }
        let code = lexicon::CURRENCY_SYMBOLS
            .iter()
            .find(|(s, _)| *s == tok.text)
            .map(|&(_, c)| c)?;
        return Some((code, p));
    }
    // "$US24bn", "$A3.5 million": the dollar sign before the country's letters.
    if tok.kind == Kind::Word
        && !tok.space_before
        && !t[i].space_before
        && p > 0
        && t[p - 1].text == "$"
    {
        let joined = format!("{}$", tok.text);
        if let Some(&(_, code)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == joined) {
            return Some((code, p - 1));
        }
    }
    if tok.kind == Kind::Word
        && tok.text.len() == 3
        && tok.text.chars().all(|c| c.is_ascii_uppercase())
    {
        if let Some(code) = lexicon::CURRENCY_CODES.iter().find(|c| **c == tok.text) {
            return Some((code, p));
        }
    }
    if tok.is("rmb") {
        return Some(("CNY", p));
    }
    // "R2.5 billion": the rand, glued to its number.
    if tok.text == "R" && !t[i].space_before {
        return Some(("ZAR", p));
    }
    // "Rs 12,000 crore", "Rs. 500", "Rp 24 trillion", "RM 1.2 billion"
    if tok.text == "." && p > 0 && !tok.space_before && t[p - 1].text.len() >= 2 {
        if let Some(code) = letter_currency(t[p - 1].text) {
            return Some((code, p - 1));
        }
    }
    if tok.kind == Kind::Word && tok.text.len() >= 2 {
        return letter_currency(tok.text).map(|code| (code, p));
    }
    None
}

/// Magnitude words after a number: "10 billion", "$5bn", "$500m" (glued, with a currency).
pub(super) fn magnitudes(t: &[Token], mut i: usize, currency: bool) -> (f64, usize) {
    let mut factor = 1.0;
    // "$10-billion": a long magnitude word joined by a hyphen.
    if t.get(i).is_some_and(|x| x.text == "-" && !x.space_before) {
        if let Some(f) = t
            .get(i + 1)
            .filter(|x| {
                !x.space_before
                    && matches!(
                        x.lc().as_str(),
                        "thousand" | "million" | "billion" | "trillion"
                    )
            })
            .and_then(|x| lexicon::magnitude(x.text))
        {
            factor = f;
            i += 2;
        }
    }
    while let Some(tok) = t.get(i) {
        if tok.kind != Kind::Word {
            break;
        }
        let l = tok.lc();
        let short = matches!(
            l.as_str(),
            "k" | "m" | "b" | "mn" | "mln" | "bn" | "bln" | "tn" | "trn"
        );
        let Some(f) = lexicon::magnitude(&l) else {
            break;
        };
        // Without a currency, "5m" is five metres, unless a plural noun follows: "1.2m homes".
        let plural = |k: usize| {
            t.get(k).is_some_and(|n| {
                let w = n.lc();
                n.kind == Kind::Word
                    && n.space_before
                    && !n.is_capitalized()
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !matches!(
                        w.as_str(),
                        "below"
                            | "across"
                            | "is"
                            | "was"
                            | "has"
                            | "plus"
                            | "towards"
                            | "upwards"
                            | "downwards"
                    )
            })
        };
        // "1.2m homes", "1.4m mince pies" (a plural after one word that is no dimension or verb).
        let modifier = t.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.space_before
                && !n.is_capitalized()
                && n.text.len() > 2
                && !matches!(
                    n.lc().as_str(),
                    "high"
                        | "long"
                        | "wide"
                        | "deep"
                        | "tall"
                        | "thick"
                        | "above"
                        | "below"
                        | "away"
                        | "from"
                        | "of"
                        | "in"
                        | "and"
                        | "or"
                        | "to"
                        | "for"
                        | "with"
                        | "at"
                        | "on"
                        | "by"
                        | "the"
                        | "a"
                        | "an"
                )
        });
        let counted = plural(i + 1) || modifier && plural(i + 2);
        if short
            && (tok.space_before
                || (!currency
                    && matches!(l.as_str(), "m" | "b" | "k")
                    && !(l == "m" && counted || l == "k" && counted)))
        {
            break;
        }
        factor *= f;
        i += 1;
    }
    (factor, i)
}

/// A number in words: "seven", "twenty-five", "a dozen", "two hundred", "three million".
pub(super) fn word_number(t: &[Token], i: usize) -> Option<(f64, usize)> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    // "a dozen"
    if tok.is("a") && t.get(i + 1).is_some_and(|n| n.is("dozen")) {
        return Some((12.0, i + 2));
    }
    // "a million households", "a billion dollars", "a hundred people": one of them.
    if tok.is("a") && t.get(i + 1).is_some_and(|n| n.is("hundred")) {
        return Some((100.0, i + 2));
    }
    if tok.is("a")
        && t.get(i + 1).is_some_and(|n| {
            matches!(
                n.lc().as_str(),
                "thousand" | "million" | "billion" | "trillion"
            )
        })
    {
        return Some((1.0, i + 1));
    }
    let l = tok.lc();
    // "his fourth Test hundred", "dozen": alone, not a number ("a hundred" is above).
    if matches!(l.as_str(), "hundred" | "dozen") {
        return None;
    }
    let base = if let Some(v) = lexicon::number_word(&l) {
        v
    } else if let Some((a, b)) = l.split_once('-') {
        let (x, y) = (lexicon::number_word(a)?, lexicon::number_word(b)?);
        if x >= 20.0 && x % 10.0 == 0.0 && y < 10.0 {
            x + y
        } else {
            return None;
        }
    } else {
        return None;
    };
    let mut v = base;
    let mut j = i + 1;
    if t.get(j).is_some_and(|n| n.is("hundred")) && base < 100.0 {
        v *= 100.0;
        j += 1;
    } else if t.get(j).is_some_and(|n| n.is("dozen")) && base < 100.0 {
        // "two dozen people"
        v *= 12.0;
        j += 1;
    }
    Some((v, j))
}

/// The currency a sign before an amount leaves to the home country: a bare
/// `$` (not US$ or A$), "Rs" (Indian or Pakistani rupees).
fn bare_sign(t: &[Token], currency: Option<(&'static str, usize)>) -> Option<Bare> {
    let (code, at) = currency?;
    // "$US24bn", "$A3.5 million": the country's letters after the sign say whose dollar.
    let lettered = t
        .get(at + 1)
        .is_some_and(|x| x.kind == Kind::Word && !x.space_before);
    if t[at].text == "$" && !lettered {
        Some(Bare::Dollar)
    } else if code == "INR" && t[at].text.starts_with("Rs") {
        Some(Bare::Rupee)
    } else if matches!(t[at].text, "Sh" | "Shs") {
        // "Shs 500 million": the home country's shilling.
        Some(Bare::Shilling)
    } else {
        None
    }
}

pub(super) fn number_at(t: &[Token], i: usize, dates: &[DateMatch]) -> Option<Number> {
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
                    let l = n.lc();
                    let unit = lexicon::UNITS.iter().any(|(u, _)| {
                        *u == l && (!lexicon::SHORT_UNITS.contains(u) || *u == n.text)
                    });
                    let degrees = matches!(n.text, "C" | "F"); // 41.2C
                    let pence = n.text == "x"
                        || n.text == "p"
                        || n.text.starts_with("p-a-")
                        || n.text.starts_with("p-per-"); // 85p, 390p-a-share
                    let ok = lexicon::magnitude(&l).is_some()
                        || unit
                        || degrees
                        || pence
                        || lexicon::multiplier(&format!("{}{}", tok.text, l)).is_some();
                    if !ok || matches!(l.as_str(), "st" | "nd" | "rd" | "th") {
                        return None;
                    }
                }
                // Times of day and ratios: 10:30, 3:1
                if n.text == ":"
                    && !n.space_before
                    && t.get(i + 2).is_some_and(|x| x.kind == Kind::Num)
                {
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
                // A sign: "+25%", "-3%", "minus 12 degrees".
                if matches!(prev.text, "-" | "−")
                    && !tok.space_before
                    && (p == 0 || t[p].space_before)
                    || prev.is("minus")
                {
                    value = -value;
                }
                // Times of day: "at 3 p.m.", "10am".
                if t.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.lc().as_str(),
                        "p.m."
                            | "a.m."
                            | "pm"
                            | "am"
                            | "p.m"
                            | "a.m"
                            | "o'clock"
                            | "gmt"
                            | "utc"
                            | "bst"
                            | "est"
                            | "et"
                            | "pt"
                            | "cet"
                            | "hkt"
                            | "aedt"
                            | "aest"
                    )
                }) {
                    return None;
                }
            }
            let (factor, end) = magnitudes(t, i + 1, currency.is_some());
            Some(Number {
                value: value * factor,
                first: currency.map_or(i, |c| c.1),
                end,
                currency: currency.map(|c| c.0),
                words: false,
                bare: bare_sign(t, currency),
            })
        }
        Kind::Word => {
            if let Some(n) = letter_amount(t, i) {
                return Some(n);
            }
            let (v, j) = word_number(t, i)?;
            // Capitalized mid-sentence number words belong to names ("Group of
            // Seven"); after a colon, dash or bracket they open a statement
            // ("New Delhi: Thirteen people").
            if tok.is_capitalized()
                && i > 0
                && !t[i - 1]
                    .text
                    .ends_with(['.', '“', '"', ':', '—', '–', '(', '-'])
            {
                return None;
            }
            let (factor, end) = magnitudes(t, j, currency.is_some());
            // "one" only with a magnitude or unit: "one of", "one day" are not counts.
            let l = tok.lc();
            if (l == "one" || l == "a") && v == 1.0 && factor == 1.0 && currency.is_none() {
                let unit_follows = unit_at(t, end, false).is_some();
                if !unit_follows {
                    return None;
                }
            }
            // Plural vague words: "hundreds of", "dozens of".
            if t.get(end).is_some_and(|n| n.is("of"))
                && factor == 1.0
                && matches!(l.as_str(), "dozen" | "hundred")
            {
                return None;
            }
            Some(Number {
                value: v * factor,
                first: currency.map_or(i, |c| c.1),
                end,
                currency: currency.map(|c| c.0),
                words: true,
                bare: bare_sign(t, currency),
            })
        }
        _ => None,
    }
}
