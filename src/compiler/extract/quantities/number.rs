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
    /// The currency is a bare `$`.
    pub bare: bool,
}

pub(super) fn lower(t: &[Token], i: usize) -> String {
    t.get(i).map(|x| x.lower()).unwrap_or_default()
}

pub(super) fn in_dates(dates: &[DateMatch], i: usize) -> bool {
    dates.iter().any(|d| (d.first..d.end).contains(&i))
}

/// Currency before a number: `$`, `US$`, `A$`, `€`, `¥`, or a code (`USD 5`).
/// Returns (code, index of the first currency token).
pub(super) fn currency_before(t: &[Token], i: usize) -> Option<(&'static str, usize)> {
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
    // "R2.5 billion": the rand, glued to its number.
    if tok.text == "R" && !t[i].space_before {
        return Some(("ZAR", p));
    }
    // "Rs 12,000 crore", "Rs. 500"
    if tok.text == "Rs" || tok.text == "." && p > 0 && t[p - 1].text == "Rs" && !tok.space_before {
        return Some(("INR", if tok.text == "." { p - 1 } else { p }));
    }
    None
}

/// Magnitude words after a number: "10 billion", "$5bn", "$500m" (glued, with a currency).
pub(super) fn magnitudes(t: &[Token], mut i: usize, currency: bool) -> (f64, usize) {
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
    if tok.is("a") && t.get(i + 1).is_some_and(|n| matches!(n.lower().as_str(), "thousand" | "million" | "billion" | "trillion")) {
        return Some((1.0, i + 1));
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
                    let l = n.lower();
                    let unit = lexicon::UNITS.iter().any(|(u, _)| *u == l && (!lexicon::SHORT_UNITS.contains(u) || *u == n.text));
                    let degrees = matches!(n.text, "C" | "F"); // 41.2C
                    let pence = n.text == "p"; // 85p
                    let ok = lexicon::magnitude(&l).is_some() || unit || degrees || pence || lexicon::multiplier(&format!("{}{}", tok.text, l)).is_some();
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
                // A sign: "+25%", "-3%", "minus 12 degrees".
                if matches!(prev.text, "-" | "−") && !tok.space_before && (p == 0 || t[p].space_before) || prev.is("minus") {
                    value = -value;
                }
                // Times of day: "at 3 p.m.", "10am".
                if t.get(i + 1).is_some_and(|n| matches!(n.lower().as_str(), "p.m." | "a.m." | "pm" | "am" | "p.m" | "a.m" | "o'clock" | "gmt" | "utc" | "bst" | "est" | "et" | "pt" | "cet" | "hkt" | "aedt" | "aest")) {
                    return None;
                }
            }
            let (factor, end) = magnitudes(t, i + 1, currency.is_some());
            let bare = currency.is_some_and(|c| t[c.1].text == "$");
            Some(Number { value: value * factor, first: currency.map_or(i, |c| c.1), end, currency: currency.map(|c| c.0), words: false, bare })
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
            let bare = currency.is_some_and(|c| t[c.1].text == "$");
            Some(Number { value: v * factor, first: currency.map_or(i, |c| c.1), end, currency: currency.map(|c| c.0), words: true, bare })
        }
        _ => None,
    }
}
