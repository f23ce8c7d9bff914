//! Date expressions in a sentence: absolute dates at any precision
//! ("2026-02-01", "Feb. 1", "November 2025", "2025", "the 2010s") and
//! relative ones ("Monday", "last month", "in January", "the 7th"), found on
//! tokens. Resolution against the publication date is the resolve stage's
//! job (`resolve::dates`).

use crate::compiler::lexicon;
use crate::compiler::tokens::{Kind, Token};

/// Which occurrence a relative name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rel {
    /// "in January", "Monday": the nearest one the tense allows.
    Plain,
    /// "last November": the previous one.
    Last,
    /// "next March": the following one.
    Next,
    /// "this June": the one in the current year or week.
    This,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DateExpr {
    Ymd(i16, u8, u8),
    Ym(i16, u8),
    Y(i16),
    /// The decade's first year (2010 for "the 2010s").
    Decade(i16),
    /// Month and day without a year.
    MonthDay(u8, u8),
    Month(u8, Rel),
    /// 0 = Monday.
    Weekday(u8, Rel),
    /// -1 yesterday, 0 today, 1 tomorrow.
    RelDay(i8),
    /// Months from the reference month ("last month" = -1).
    RelMonth(i8),
    /// The same day some months away ("a month ago" = -1): a day.
    RelMonthDay(i8),
    /// Years from the reference year ("next year" = 1, "two years ago" = -2).
    RelYear(i8),
    /// "on the 7th": a day of the reference month.
    DayOfMonth(u8),
    /// "in February last year": a month of a year counted from the reference year.
    MonthOfRelYear(u8, i8),
    /// "next spring", "last summer": the month a season starts in (northern
    /// hemisphere: 3, 6, 9, 12), resolved to the year it falls in.
    Season(u8, Rel),
    /// "the fourth quarter", "first-half profit": a part of a year without
    /// its year (first month, length in months), resolved to the year the
    /// tense points to.
    YearPart(u8, u8),
    /// "14 August last year": a day of a year counted from the reference year.
    MonthDayOfRelYear(u8, u8, i8),
}

impl DateExpr {
    /// Does the expression name its own year (needs no reference date)?
    pub fn is_absolute(self) -> bool {
        matches!(
            self,
            DateExpr::Ymd(..) | DateExpr::Ym(..) | DateExpr::Y(..) | DateExpr::Decade(..)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    pub expr: DateExpr,
    /// Token range, end exclusive.
    pub first: usize,
    pub end: usize,
    /// Character span in the sentence.
    pub span: [u32; 2],
    /// Last year of a year range ("2026–2027").
    pub upper_year: Option<i16>,
    /// A deadline: "until Monday", "by Friday", "adjourned until 27
    /// February" point forward even in a past-tense sentence.
    pub forward: bool,
    /// Counted from an earlier date of the story, not from publication:
    /// "two days later", "the next day", "the following year".
    pub anchored: bool,
    /// Its year is that of the sentence's opening "In 2021," (`year_frame`).
    pub framed: bool,
}

fn word_is(t: Option<&Token>, words: &[&str]) -> bool {
    t.is_some_and(|t| t.kind == Kind::Word && words.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
}

/// A day number (1–31), with an optional ordinal suffix: the day and the index after it.
fn day_at(t: &[Token], i: usize) -> Option<(u8, usize)> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Num || tok.text.len() > 2 {
        return None;
    }
    let d: u8 = tok.text.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut next = i + 1;
    if let Some(s) = t.get(next) {
        if !s.space_before && word_is(Some(s), &["st", "nd", "rd", "th"]) {
            next += 1;
        } else if !s.space_before && s.kind == Kind::Word {
            return None; // "5G", "3D"
        }
    }
    Some((d, next))
}

/// A plausible year written in four digits (1000–2999).
fn year_at(t: &[Token], i: usize) -> Option<(i16, usize)> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Num || tok.text.len() != 4 || !tok.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let y: i16 = tok.text.parse().ok()?;
    (1000..=2999).contains(&y).then_some((y, i + 1))
}

/// A month name (capitalized), with an optional abbreviation period.
fn month_at(t: &[Token], i: usize) -> Option<(u8, usize)> {
    let tok = t.get(i)?;
    if !tok.is_capitalized() {
        return None;
    }
    let m = lexicon::month(tok.text)?;
    let mut next = i + 1;
    let abbr = tok.text.len() <= 4
        && !tok.text.eq_ignore_ascii_case("may")
        && !tok.text.eq_ignore_ascii_case("june")
        && !tok.text.eq_ignore_ascii_case("july");
    if abbr
        && t.get(next)
            .is_some_and(|p| p.text == "." && !p.space_before)
    {
        next += 1;
    }
    Some((m, next))
}

fn skip_comma(t: &[Token], i: usize) -> usize {
    if t.get(i).is_some_and(|p| p.text == ",") {
        i + 1
    } else {
        i
    }
}

fn valid_ymd(y: i16, m: u8, d: u8) -> bool {
    jiff::civil::Date::new(y, m as i8, d as i8).is_ok()
}

fn rel_before(t: &[Token], i: usize) -> Rel {
    if i == 0 {
        return Rel::Plain;
    }
    match t[i - 1].lc().as_str() {
        "last" | "past" | "previous" => Rel::Last,
        "next" | "coming" => Rel::Next,
        "this" => Rel::This,
        _ => Rel::Plain,
    }
}

/// Words after a number that make it a quantity, not a year.
fn quantity_follows(t: &[Token], i: usize) -> bool {
    let Some(n) = t.get(i) else { return false };
    if n.kind == Kind::Sym && n.text == "%" {
        return true;
    }
    if n.kind != Kind::Word {
        return false;
    }
    let l = n.lc();
    lexicon::magnitude(&l).is_some()
        || lexicon::UNITS.iter().any(|(u, _)| {
            *u == l
                && !matches!(
                    l.as_str(),
                    "years" | "year" | "months" | "month" | "days" | "day"
                )
        })
        || lexicon::CURRENCY_WORDS.iter().any(|(w, _)| *w == l)
        || matches!(l.as_str(), "percent" | "pct" | "people" | "times")
}

/// Find the date expressions of a tokenized sentence, left to right, not overlapping.
pub fn find(t: &[Token]) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((expr, end, upper)) = match_at(t, i) {
            // Fold a leading "early/mid/late" into the span.
            // And the "last"/"next"/"this" of "next spring", "last November", "this Friday".
            let rel = matches!(expr, DateExpr::Month(_, r) | DateExpr::Weekday(_, r) | DateExpr::Season(_, r) if r != Rel::Plain);
            let first =
                if i > 0 && (rel || word_is(t.get(i - 1), &["early", "mid", "late", "mid-"])) {
                    i - 1
                } else {
                    i
                };
            let forward = !expr.is_absolute() && forward_before(t, first, expr);
            let anchored = anchored_at(t, i, end);
            out.push(DateMatch {
                expr,
                first,
                end,
                span: [t[first].cstart, t[end - 1].cend],
                upper_year: upper,
                forward,
                anchored,
                framed: false,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    year_frame(t, &mut out);
    out
}

/// "In 2021, frost in April destroyed much of the crop": a year that opens the
/// sentence ("In 2021,") is the year of the months and days after it that name none.
fn year_frame(t: &[Token], out: &mut [DateMatch]) {
    let Some(DateExpr::Y(y)) = out.first().map(|d| d.expr) else {
        return;
    };
    let opener = out[0].first == 1
        && word_is(t.first(), &["in"])
        && t.get(2).is_some_and(|x| x.text == ",")
        && out[0].upper_year.is_none();
    let rest = &out[1..];
    let framed = |e: DateExpr| matches!(e, DateExpr::Month(_, Rel::Plain) | DateExpr::MonthDay(..));
    if !opener || !rest.iter().any(|d| framed(d.expr)) || rest.iter().any(|d| !framed(d.expr)) {
        return;
    }
    for d in out[1..].iter_mut() {
        d.expr = match d.expr {
            DateExpr::Month(m, _) => DateExpr::Ym(y, m),
            DateExpr::MonthDay(m, day) => DateExpr::Ymd(y, m, day),
            e => e,
        };
        d.forward = false;
        d.framed = true;
    }
}

/// Words before a date that make it a deadline, later than the statement.
pub const FORWARD_WORDS: &[&str] = &["until", "till", "by"];

/// Verbs that put something off to a later date ("adjourned to April 20").
const PUT_OFF: &[&str] = &[
    "adjourned",
    "postponed",
    "delayed",
    "deferred",
    "moved",
    "rescheduled",
    "extended",
];

/// Words before a weekday that make it a day to come: "a day of mourning for
/// Friday", "a warning through Thursday" (not "Friday's attack").
const FORWARD_DAY_WORDS: &[&str] = &["for", "through", "thru"];

/// Is the date at `first` a deadline? A forward word right before it, or
/// before a time of day that opens it ("by 5pm on Friday", "until 8 p.m.
/// Thursday"); "for" and "through" only before a plain weekday.
fn forward_before(t: &[Token], first: usize, expr: DateExpr) -> bool {
    let mut k = first;
    // Step back over "on", "at" and a time of day: numbers, "pm", "p.m.", "noon", "midnight".
    while k > 0 && first - k < 6 {
        let x = &t[k - 1];
        let time = x.kind == Kind::Num
            || matches!(x.text, ":" | ".")
            || word_is(
                Some(x),
                &[
                    "on", "at", "pm", "am", "p.m", "a.m", "p.m.", "a.m.", "p", "m", "noon",
                    "midday", "midnight", "GMT", "ET", "local", "time",
                ],
            )
            || x.kind == Kind::Word
                && x.text.len() <= 6
                && x.text.ends_with(['m', 'M'])
                && x.text[..x.text.len() - 2]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                && x.text.len() > 2;
        if !time {
            break;
        }
        k -= 1;
    }
    let word = |k: usize, words: &[&str]| k > 0 && word_is(t.get(k - 1), words);
    let day = matches!(expr, DateExpr::Weekday(_, Rel::Plain))
        && !t[first].text.contains('\'')
        && !t[first].text.contains('’');
    // "set sentencing for June 12", "the vote was scheduled for March 3": "for" after a verb that fixes a date.
    let scheduled = |k: usize| {
        k >= 2
            && word_is(t.get(k - 1), &["for"])
            && (k.saturating_sub(5)..k - 1).any(|j| word_is(t.get(j), SCHEDULE_VERBS))
    };
    // "adjourned to April 20", "postponed to next Tuesday": put off to a later day.
    let put_off =
        |k: usize| k >= 2 && word_is(t.get(k - 1), &["to"]) && word_is(t.get(k - 2), PUT_OFF);
    // "growers could apply for loans from September 14": a modal's action starting from a day.
    let starting = |k: usize| {
        k >= 2
            && word_is(t.get(k - 1), &["from"])
            && (k.saturating_sub(12)..k - 1)
                .rev()
                .take_while(|&j| !matches!(t[j].text, "," | ";" | ":"))
                .any(|j| word_is(t.get(j), &["can", "could", "may", "might", "will", "would"]))
    };
    word(first, FORWARD_WORDS)
        || word(k, FORWARD_WORDS)
        || day && (word(first, FORWARD_DAY_WORDS) || word(k, FORWARD_DAY_WORDS))
        || starting(first)
        || starting(k)
        || scheduled(first)
        || scheduled(k)
        || put_off(first)
        || put_off(k)
}

/// Verbs that fix the date of something to come ("set sentencing for June 12").
const SCHEDULE_VERBS: &[&str] = &[
    "set",
    "scheduled",
    "slated",
    "planned",
    "booked",
    "fixed",
    "adjourned",
    "postponed",
    "delayed",
    "rescheduled",
    "pushed",
    "moved",
    "earmarked",
    "pencilled",
    "penciled",
];

/// Is the date over tokens `i..end` counted from another date of the story?
/// "two days later", "three weeks earlier", "the next day", "the following
/// year", "the day before" (not "the day before yesterday").
fn anchored_at(t: &[Token], i: usize, end: usize) -> bool {
    let last = t[end - 1].lc();
    let offset_word = matches!(&*last, "later" | "earlier" | "before") && end >= i + 3;
    let following = word_is(t.get(i), &["the"])
        && word_is(
            t.get(i + 1),
            &["next", "following", "previous", "preceding"],
        );
    let day_before = word_is(t.get(i), &["the"])
        && word_is(t.get(i + 1), &["day"])
        && matches!(&*last, "before" | "after");
    offset_word || following || day_before
}

/// A rule's result: the expression, the token after it, and the last year of a range.
type Found = Option<(DateExpr, usize, Option<i16>)>;

/// The date rules, tried in this order at each token; the first that matches wins.
pub const RULES: &[(&str, fn(&[Token], usize) -> Found)] = &[
    ("hyphenated", hyphenated),
    ("iso", iso),
    ("numeric", numeric),
    ("weekday", weekday),
    ("month_and_day", full_date),
    ("month", month),
    ("season", season),
    ("year_part", year_part),
    ("year", year),
    ("relative_word", relative_word),
    ("offset", offset),
    ("day_of_month", day_of_month),
];

fn match_at(t: &[Token], i: usize) -> Found {
    RULES.iter().find_map(|(_, rule)| rule(t, i))
}

/// "mid-2029", "early-March": one hyphenated word.
fn hyphenated(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    if tok.kind != Kind::Word {
        return None;
    }
    let l = tok.lc();
    let rest = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|p| l.strip_prefix(p))?;
    if let Some(y) = rest
        .parse::<i16>()
        .ok()
        .filter(|y| rest.len() == 4 && (1800..=2100).contains(y))
    {
        return Some((DateExpr::Y(y), i + 1, None));
    }
    // "mid-May": the one month whose name has three letters.
    let m = lexicon::month(rest).filter(|_| rest.len() > 3 || rest == "may")?;
    if let Some((y, end)) = year_at(t, i + 1) {
        return Some((DateExpr::Ym(y, m), end, None));
    }
    Some((DateExpr::Month(m, rel_before(t, i)), i + 1, None))
}

/// ISO 8601: "2026-02-01".
fn iso(t: &[Token], i: usize) -> Found {
    let (y, _) = year_at(t, i)?;
    let (a, m, b, d) = (t.get(i + 1)?, t.get(i + 2)?, t.get(i + 3)?, t.get(i + 4)?);
    let tight = !a.space_before && !m.space_before && !b.space_before && !d.space_before;
    if tight
        && a.text == "-"
        && b.text == "-"
        && m.kind == Kind::Num
        && d.kind == Kind::Num
        && m.text.len() == 2
        && d.text.len() == 2
    {
        let (mo, da): (u8, u8) = (m.text.parse().ok()?, d.text.parse().ok()?);
        if valid_ymd(y, mo, da) {
            return Some((DateExpr::Ymd(y, mo, da), i + 5, None));
        }
    }
    None
}

/// Numeric dates that cannot be misread: year first ("2018/07/09",
/// "2018.07.09"), or day and month where one of them is over 12
/// ("17/05/2019", "3-14-2021"); "04/03/2026" could be either, and is not a date.
fn numeric(t: &[Token], i: usize) -> Found {
    // "25.03.2026": the tokenizer reads "25.03" as one decimal number.
    if let (Some(a), Some(dot), Some(y)) = (t.get(i), t.get(i + 1), t.get(i + 2)) {
        if a.kind == Kind::Num
            && dot.text == "."
            && !dot.space_before
            && !y.space_before
            && y.text.len() == 4
        {
            if let Some((d, m)) = a
                .text
                .split_once('.')
                .filter(|(d, m)| d.len() <= 2 && m.len() <= 2)
            {
                let (d, m, y): (u8, u8, i16) =
                    (d.parse().ok()?, m.parse().ok()?, y.text.parse().ok()?);
                // Day first, as dotted dates are written; only when it cannot be the month.
                let clear = d > 12 && m <= 12;
                return (clear && (1900..=2100).contains(&y) && valid_ymd(y, m, d)).then_some((
                    DateExpr::Ymd(y, m, d),
                    i + 3,
                    None,
                ));
            }
        }
    }
    let parts: Vec<&Token> = t.get(i..i + 5)?.iter().collect();
    let tight = parts[1..].iter().all(|x| !x.space_before);
    let (s1, s2) = (parts[1].text, parts[3].text);
    if !tight
        || s1 != s2
        || !matches!(s1, "/" | "-" | ".")
        || [0, 2, 4].iter().any(|&k| {
            parts[k].kind != Kind::Num || !parts[k].text.bytes().all(|b| b.is_ascii_digit())
        })
    {
        return None;
    }
    // Not the start of a longer run of numbers ("1/2/3/4").
    if t.get(i + 5)
        .is_some_and(|x| !x.space_before && x.text == s1)
        || i > 0 && !parts[0].space_before && t[i - 1].text == s1
    {
        return None;
    }
    let n = |k: usize| parts[k].text.parse::<u32>().ok();
    let (a, b, c) = (n(0)?, n(2)?, n(4)?);
    let (y, m, d) = if parts[0].text.len() == 4 {
        (a, b, c) // 2018/07/09
    } else if parts[4].text.len() == 4 && s1 != "."
        || parts[4].text.len() == 4 && s1 == "." && a > 12
    {
        match (a > 12, b > 12) {
            (true, false) => (c, b, a), // 17/05/2019
            (false, true) => (c, a, b), // 3-14-2021
            _ => return None,           // 04/03/2026, 13/13/2020
        }
    } else {
        return None;
    };
    let (y, m, d) = (
        i16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    );
    ((1900..=2100).contains(&y) && valid_ymd(y, m, d)).then_some((
        DateExpr::Ymd(y, m, d),
        i + 5,
        None,
    ))
}

/// A weekday, optionally with a full date after it: "Monday", "last
/// Tuesday", "Saturday, 08 November 2025".
fn weekday(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    if !tok.is_capitalized() {
        return None;
    }
    // "Wednesday's bidding": the possessive names the day too.
    let name = tok.text.trim_end_matches("'s").trim_end_matches("’s");
    let w = lexicon::weekday(name)?;
    // "every Friday", "each Monday": a habit, not a day.
    if i > 0 && word_is(t.get(i - 1), &["every", "each"]) {
        return None;
    }
    let mut j = i + 1;
    if t.get(j).is_some_and(|p| p.text == "." && !p.space_before) && tok.text.len() <= 5 {
        j += 1;
    }
    let j = skip_comma(t, j);
    if let Some((DateExpr::Ymd(y, m, d), end, _)) = full_date(t, j) {
        return Some((DateExpr::Ymd(y, m, d), end, None));
    }
    (name.len() > 3).then_some((DateExpr::Weekday(w, rel_before(t, i)), i + 1, None))
}

/// A month with a year ("November 2025"), of a relative year ("February
/// last year"), or alone where it cannot be a verb ("in March", "last May").
fn month(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    let (m, next) = month_at(t, i)?;
    let j = if word_is(t.get(next), &["of"]) {
        next + 1
    } else {
        skip_comma(t, next)
    };
    if let Some((y, end)) = year_at(t, j) {
        if !quantity_follows(t, end) {
            return Some((DateExpr::Ym(y, m), end, None));
        }
    }
    // "February last year", "March next year"
    if tok.text.len() > 3
        && word_is(t.get(next), &["last", "next", "this"])
        && word_is(t.get(next + 1), &["year"])
    {
        let step = match t[next].lc().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return Some((DateExpr::MonthOfRelYear(m, step), next + 2, None));
    }
    // "a December release", "every March": a kind of month, not a date.
    if i > 0 && word_is(t.get(i - 1), &["a", "an", "every", "each"]) {
        return None;
    }
    let rel = rel_before(t, i);
    let prev = if i > 0 {
        t[i - 1].lc()
    } else {
        Default::default()
    };
    // "the three months to March", "the year to June": the end of a period.
    let period_end = prev == "to"
        && i >= 2
        && word_is(
            t.get(i - 2),
            &[
                "months", "weeks", "year", "quarter", "days", "period", "half",
            ],
        );
    let prep = period_end
        || matches!(
            prev.as_str(),
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "last"
                | "next"
                | "this"
                | "early"
                | "late"
                | "mid"
                | "of"
                | "from"
                | "through"
                | "during"
                | "before"
                | "after"
                | "coming"
                | "past"
                | "previous"
                | "into"
                | "throughout"
                | "around"
                | "toward"
                | "towards"
                | "'s"
                | "’s"
        )
        || (i > 0 && (t[i - 1].text.ends_with("'s") || t[i - 1].text.ends_with("’s")));
    let ambiguous = matches!(m, 3 | 5) && (tok.text.len() > 3 || tok.is("may")); // "March", "May" are also verbs
    // "May" is a whole name in three letters.
    let full_name =
        tok.text.len() > 3 || tok.is("may") || t.get(i + 1).is_some_and(|p| p.text == ".");
    (full_name && (prep || !ambiguous)).then_some((DateExpr::Month(m, rel), next, None))
}

/// Seasons: "next spring", "last summer", "in the autumn"; not "prices fall".
fn season(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    let start = match tok.lc().as_ref() {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    };
    let rel = rel_before(t, i);
    let prev = if i > 0 {
        t[i - 1].lc()
    } else {
        Default::default()
    };
    let prev2 = if i > 1 {
        t[i - 2].lc()
    } else {
        Default::default()
    };
    let placed = rel != Rel::Plain
        || prev == "the" && matches!(prev2.as_str(), "in" | "by" | "until" | "over" | "during")
        || prev == "in" && tok.lc() != "fall";
    // "spring 2027" is a year, found by the year rule.
    (placed && year_at(t, i + 1).is_none()).then_some((DateExpr::Season(start, rel), i + 1, None))
}

/// Years ("2025"), ranges of years ("2026–2027", "2017 to 2020",
/// "2017-present") and decades ("the 2010s"); not money, counts or numbers.
fn year(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    let (y, next) = year_at(t, i)?;
    let prev = i.checked_sub(1).map(|p| &t[p]);
    let money = prev.is_some_and(|p| p.kind == Kind::Sym && p.text != "~");
    let glued = prev.is_some_and(|p| !tok.space_before && matches!(p.kind, Kind::Num | Kind::Word));
    let numbered = prev.is_some_and(|p| {
        matches!(
            p.lc().as_str(),
            "no" | "#" | "number" | "route" | "model" | "flight" | "agenda"
        )
    });
    // The end of a numeric date no rule could read ("04/03/2026").
    let numeric_tail = prev.is_some_and(|p| !tok.space_before && matches!(p.text, "/" | "." | "-"))
        && i >= 2
        && t[i - 2].kind == Kind::Num
        && !t[i - 1].space_before;
    if money || glued || numbered || numeric_tail || !(1800..=2100).contains(&y) {
        return None;
    }
    if let Some(s) = t.get(next) {
        if !s.space_before && (s.text == "s" || s.text == "’s" || s.text == "'s") && y % 10 == 0 {
            return Some((DateExpr::Decade(y), next + 1, None));
        }
    }
    if quantity_follows(t, next) {
        return None;
    }
    if let Some(sep) = t.get(next) {
        if matches!(sep.text, "-" | "–" | "—" | "to") {
            if let Some((y2, end)) = year_at(t, next + 1) {
                if y2 > y && y2 - y <= 100 {
                    return Some((DateExpr::Y(y), end, Some(y2)));
                }
            }
            if matches!(sep.text, "-" | "–")
                && word_is(t.get(next + 1), &["present", "now", "today"])
            {
                return Some((DateExpr::Y(y), next + 2, None));
            }
        }
    }
    Some((DateExpr::Y(y), next, None))
}

/// "yesterday", "today", "tomorrow", "the day after tomorrow", "the day
/// before yesterday", "last month", "next year", "earlier this month".
fn relative_word(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    let l = tok.lc();
    match &*l {
        "the"
            if word_is(t.get(i + 1), &["day"])
                && word_is(t.get(i + 2), &["after"])
                && word_is(t.get(i + 3), &["tomorrow"]) =>
        {
            Some((DateExpr::RelDay(2), i + 4, None))
        }
        "the"
            if word_is(t.get(i + 1), &["day"])
                && word_is(t.get(i + 2), &["before"])
                && word_is(t.get(i + 3), &["yesterday"]) =>
        {
            Some((DateExpr::RelDay(-2), i + 4, None))
        }
        // "the next day", "the following year", "the day before": counted from a date of the story.
        "the"
            if word_is(t.get(i + 1), &["next", "following"]) && word_is(t.get(i + 2), &["day"]) =>
        {
            Some((DateExpr::RelDay(1), i + 3, None))
        }
        "the"
            if word_is(t.get(i + 1), &["previous", "preceding"])
                && word_is(t.get(i + 2), &["day"]) =>
        {
            Some((DateExpr::RelDay(-1), i + 3, None))
        }
        "the" if word_is(t.get(i + 1), &["following"]) && word_is(t.get(i + 2), &["year"]) => {
            Some((DateExpr::RelYear(1), i + 3, None))
        }
        "the"
            if word_is(t.get(i + 1), &["previous", "preceding"])
                && word_is(t.get(i + 2), &["year"]) =>
        {
            Some((DateExpr::RelYear(-1), i + 3, None))
        }
        "the"
            if word_is(t.get(i + 1), &["day"])
                && word_is(t.get(i + 2), &["before"])
                && t.get(i + 3).is_none_or(|x| x.kind == Kind::Punct) =>
        {
            Some((DateExpr::RelDay(-1), i + 3, None))
        }
        "yesterday" => Some((DateExpr::RelDay(-1), i + 1, None)),
        "today"
            if !t
                .get(i + 1)
                .is_some_and(|n| n.text.starts_with('\'') || n.text.starts_with('’')) =>
        {
            Some((DateExpr::RelDay(0), i + 1, None))
        }
        "tonight" => Some((DateExpr::RelDay(0), i + 1, None)),
        "tomorrow" => Some((DateExpr::RelDay(1), i + 1, None)),
        // "this morning", "this evening": the day of the story; "last night": the one before it.
        "this" if word_is(t.get(i + 1), &["morning", "afternoon", "evening"]) => {
            Some((DateExpr::RelDay(0), i + 2, None))
        }
        "last" if word_is(t.get(i + 1), &["night"]) => Some((DateExpr::RelDay(-1), i + 2, None)),
        "last" | "next" | "this" | "past" | "coming" | "previous" => {
            let step: i8 = match &*l {
                "last" | "past" | "previous" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            // "earlier this month", "later this year" are this month / year.
            // "last year's record", "this month's vote": the possessive too.
            if word_is(t.get(i + 1), &["month", "month's", "month’s"]) {
                return Some((DateExpr::RelMonth(step), i + 2, None));
            }
            if word_is(t.get(i + 1), &["year", "year's", "year’s"]) {
                return Some((DateExpr::RelYear(step), i + 2, None));
            }
            None
        }
        _ => None,
    }
}

/// Offsets from the reference date: "two years ago", "a month ago", "three
/// weeks ago", "two weeks from now", "in three days", "in two weeks' time".
fn offset(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    // "in three days": the preposition starts the expression; not "fell 20% in two days".
    let (sign_in, at) = if tok.is("in") {
        (true, i + 1)
    } else {
        (false, i)
    };
    if sign_in
        && t[i.saturating_sub(3)..i]
            .iter()
            .any(|x| x.kind == Kind::Num || x.text == "%")
    {
        return None;
    }
    let n = count_at(t, at)?;
    if !(1..=60).contains(&n) {
        return None;
    }
    let unit = t.get(at + 1).map(|x| x.lc()).unwrap_or_default();
    let unit = unit.trim_end_matches(['\'', '’']);
    let after = at + 2;
    // "two days later", "three weeks earlier" end their phrase; "six years before
    // she is eligible" is a span before something, not a date.
    let closes = t.get(after + 1).is_none_or(|x| {
        x.kind == Kind::Punct || word_is(Some(x), &["and", "but", "when", "in", "on", "at", "as"])
    });
    let ago =
        word_is(t.get(after), &["ago"]) || word_is(t.get(after), &["earlier", "before"]) && closes;
    let later = word_is(t.get(after), &["later"]) && closes
        || word_is(t.get(after), &["from"]) && word_is(t.get(after + 1), &["now", "today"]);
    let sign: i32 = if ago && !sign_in {
        -1
    } else if later && !sign_in || sign_in && !ago && !later {
        1
    } else {
        return None;
    };
    let end = if later && word_is(t.get(after), &["from"]) {
        after + 2
    } else if ago || later {
        after + 1
    } else if word_is(t.get(after), &["time"]) {
        after + 1 // "in two weeks' time"
    } else {
        after
    };
    // "in 22 years of policing", "the highest in 10 years": a span, not a date.
    if sign_in
        && (word_is(t.get(end), &["of"])
            || t[i.saturating_sub(4)..i]
                .iter()
                .any(|x| lexicon::is_in(SPAN_CUES, x.text)))
    {
        return None;
    }
    let n = n as i32 * sign;
    let expr = match unit {
        "year" | "years" => DateExpr::RelYear(n as i8),
        "month" | "months" => DateExpr::RelMonthDay(n as i8),
        "week" | "weeks" => DateExpr::RelDay(i8::try_from(n * 7).ok()?),
        "fortnight" | "fortnights" => DateExpr::RelDay(i8::try_from(n * 14).ok()?),
        "day" | "days" => DateExpr::RelDay(i8::try_from(n).ok()?),
        _ => return None,
    };
    Some((expr, end, None))
}

/// Words before "in N years" that make it a span ("the first time in ten
/// years", "the lowest in two years"), not a date N years ahead.
const SPAN_CUES: &[&str] = &[
    "first",
    "time",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "smallest",
    "most",
    "least",
    "fastest",
    "slowest",
    "best",
    "worst",
    "strongest",
    "weakest",
    "deadliest",
    "worst-ever",
    "once",
    "twice",
    "only",
];

/// "on the 7th": a day of the reference month.
fn day_of_month(t: &[Token], i: usize) -> Found {
    if !(word_is(Some(&t[i]), &["the"]) && i > 0 && word_is(t.get(i - 1), &["on"])) {
        return None;
    }
    let (d, next) = day_at(t, i + 1)?;
    let ordinal = next == i + 3;
    let ends = t.get(next).is_none_or(|n| {
        n.kind != Kind::Word
            || word_is(
                Some(n),
                &[
                    "and", "or", "at", "when", "after", "before", "from", "in", "to", "with", "by",
                    "during", "as",
                ],
            )
    });
    // "a birdie putt on the 11th", "a goal on the 70th": a hole, a lap, a minute of a game.
    let game = t
        .iter()
        .any(|x| x.kind == Kind::Word && lexicon::is_in(GAME_WORDS, x.text));
    (ordinal && ends && !game).then_some((DateExpr::DayOfMonth(d), next, None))
}

fn count_at(t: &[Token], i: usize) -> Option<u32> {
    let tok = t.get(i)?;
    match tok.kind {
        Kind::Num => tok.text.parse().ok(),
        Kind::Word if tok.is("a") || tok.is("one") => Some(1),
        Kind::Word => lexicon::number_word(tok.text).map(|v| v as u32),
        _ => None,
    }
}

/// "Feb. 1", "February 1, 2026", "1 February 2026", "08 November 2025", "the 7th of March".
fn full_date(t: &[Token], i: usize) -> Option<(DateExpr, usize, Option<i16>)> {
    // Month first.
    if let Some((m, next)) = month_at(t, i) {
        if let Some((d, after_day)) = day_at(t, next) {
            if quantity_follows(t, after_day)
                || t.get(after_day).is_some_and(|n| {
                    n.text == ":"
                        || n.text == ","
                            && t.get(after_day + 1)
                                .is_some_and(|x| x.kind == Kind::Num && x.text.len() == 3)
                })
            {
                return None;
            }
            let j = skip_comma(t, after_day);
            if let Some((y, end)) = year_at(t, j) {
                if valid_ymd(y, m, d) {
                    return Some((DateExpr::Ymd(y, m, d), end, None));
                }
            }
            if let Some((step, end)) = rel_year_at(t, after_day).filter(|_| valid_ymd(2000, m, d)) {
                return Some((DateExpr::MonthDayOfRelYear(m, d, step), end, None));
            }
            if valid_ymd(2000, m, d) {
                return Some((DateExpr::MonthDay(m, d), after_day, None));
            }
        }
    }
    // Day first.
    if let Some((d, next)) = day_at(t, i) {
        let j = if word_is(t.get(next), &["of"]) {
            next + 1
        } else {
            next
        };
        if let Some((m, after_month)) = month_at(t, j) {
            let k = skip_comma(t, after_month);
            if let Some((y, end)) = year_at(t, k) {
                if valid_ymd(y, m, d) {
                    return Some((DateExpr::Ymd(y, m, d), end, None));
                }
            }
            if let Some((step, end)) = rel_year_at(t, after_month).filter(|_| valid_ymd(2000, m, d))
            {
                return Some((DateExpr::MonthDayOfRelYear(m, d, step), end, None));
            }
            if valid_ymd(2000, m, d) {
                return Some((DateExpr::MonthDay(m, d), after_month, None));
            }
        }
    }
    None
}

/// "last year", "next year", "this year" right after a day and month ("14
/// August last year"): the step from the reference year and the token after.
fn rel_year_at(t: &[Token], i: usize) -> Option<(i8, usize)> {
    let step = match t.get(i)?.lc().as_ref() {
        "last" => -1,
        "next" => 1,
        "this" => 0,
        _ => return None,
    };
    word_is(t.get(i + 1), &["year"]).then_some((step, i + 2))
}

/// Nouns of results that a first or second half of a year reports ("first-half
/// profit"), unlike the halves of a match.
pub const HALF_NOUNS: &[&str] = &[
    "profit",
    "profits",
    "results",
    "earnings",
    "revenue",
    "revenues",
    "sales",
    "loss",
    "losses",
    "output",
    "production",
    "growth",
    "figures",
    "dividend",
    "deliveries",
    "shipments",
    "income",
    "net",
    "operating",
    "underlying",
];

/// Parts of a year: "the fourth quarter", "third-quarter profit", "Q3", "the
/// first half of next year". Without their year they resolve by tense
/// ([`DateExpr::YearPart`]); with one ("the fourth quarter of 2025", "Q3
/// 2025", "of next year") they are that year. A bare "the first half" is a
/// half of a match unless a result noun follows.
fn year_part(t: &[Token], i: usize) -> Found {
    let tok = &t[i];
    let ordinal = |w: &str| -> Option<u8> {
        match w {
            "first" | "1st" => Some(1),
            "second" | "2nd" => Some(2),
            "third" | "3rd" => Some(3),
            "fourth" | "4th" => Some(4),
            _ => None,
        }
    };
    let noun_after = |k: usize| t.get(k).is_some_and(|x| lexicon::is_in(HALF_NOUNS, x.text));
    // (part, months in a part, token after, whether it stands without its year)
    let (n, months, end, bare) = if tok.text.len() == 2
        && tok.text.starts_with('Q')
        && matches!(tok.text.as_bytes()[1], b'1'..=b'4')
    {
        (tok.text.as_bytes()[1] - b'0', 3u8, i + 1, true)
    } else if tok.is("the") {
        let n = ordinal(&t.get(i + 1)?.lc())?;
        let part = t.get(i + 2)?.lc();
        match part.as_ref() {
            // Not "the first quarter of the match".
            "quarter" => (n, 3, i + 3, !word_is(t.get(i + 3), &["of"])),
            // "Revenue rose … in the first half": a half of a year in a sentence of results.
            "half" if n <= 2 => (
                n,
                6,
                i + 3,
                noun_after(i + 3)
                    || t.iter()
                        .any(|x| x.kind == Kind::Word && lexicon::is_in(HALF_NOUNS, x.text)),
            ),
            _ => return None,
        }
    } else {
        let l = tok.lc();
        let (a, b) = l.split_once('-')?;
        let n = ordinal(a)?;
        match b {
            "quarter" => (n, 3, i + 1, true),
            "half" if n <= 2 => (n, 6, i + 1, noun_after(i + 1)),
            _ => return None,
        }
    };
    // "of 2025", "2025", "of next year", "of the year".
    let k = if word_is(t.get(end), &["of"]) {
        end + 1
    } else {
        end
    };
    if let Some((y, after)) = year_at(t, k) {
        return Some((DateExpr::Y(y), after, None));
    }
    if k > end {
        if let Some((step, after)) = rel_year_at(t, k) {
            return Some((DateExpr::RelYear(step), after, None));
        }
        if word_is(t.get(k), &["the"]) && word_is(t.get(k + 1), &["year"]) {
            return Some((
                DateExpr::YearPart((n - 1) * months + 1, months),
                k + 2,
                None,
            ));
        }
    }
    // "scored 14 points in the fourth quarter": a quarter of a game.
    let game = t
        .iter()
        .any(|x| x.kind == Kind::Word && lexicon::is_in(GAME_WORDS, x.text));
    (bare && !game).then_some((DateExpr::YearPart((n - 1) * months + 1, months), end, None))
}

/// Words of a game, whose quarters and halves are no parts of a year.
const GAME_WORDS: &[&str] = &[
    "scored",
    "score",
    "scoring",
    "touchdown",
    "touchdowns",
    "goal",
    "goals",
    "game",
    "match",
    "quarterback",
    "rebounds",
    "overtime",
    "possession",
    "interception",
    "kickoff",
    "half-time",
    "halftime",
    "buzzer",
    "innings",
    "hole",
    "holes",
    "putt",
    "birdie",
    "bogey",
    "eagle",
    "fairway",
    "tee",
    "lap",
    "laps",
    "inning",
    "wicket",
    "minute",
];

/// Whether a dateline's lede names a plain weekday ("on Thursday").
pub fn names_a_weekday(lede: &str) -> bool {
    lede_weekday(lede).is_some()
}

/// The lede's weekday (Monday 0) and whether it points to the day before the
/// dateline's ("said late Monday", "on Monday night", "overnight on Monday").
fn lede_weekday(lede: &str) -> Option<(u8, bool)> {
    let toks = crate::compiler::tokens::tokenize(lede);
    let (w, at) = find(&toks).iter().find_map(|m| match m.expr {
        DateExpr::Weekday(w, Rel::Plain) => Some((w, m.first)),
        _ => None,
    })?;
    let near = |k: usize| word_is(toks.get(k), &["late", "overnight", "night", "evening"]);
    Some((w, (at.saturating_sub(2)..at).any(near) || near(at + 1)))
}

/// Whether a dateline read as `date` is the day its lede's weekday points to
/// (the day itself, or the day before after "late Monday"): "TOKYO, Oct. 9 …
/// said Thursday" in 2025, not in 2026, when Oct. 9 is a Friday and only the
/// day before a Thursday.
pub fn lede_fits(date: jiff::civil::Date, lede: &str) -> bool {
    lede_weekday(lede).is_some_and(|(w, late)| {
        let day = if late {
            date.yesterday().ok()
        } else {
            Some(date)
        };
        day.is_some_and(|d| d.weekday().to_monday_zero_offset() as u8 == w)
    })
}

/// The year of a dateline's month and day ("TOKYO, Oct. 9 (Kyodo) -"), which
/// wire copy leaves out. `years` are the years the story names, each marked
/// when it is ahead of the story (a target, a plan: "by 2030", "will open in
/// 2028"); `lede` is the dateline's paragraph.
///
/// With a weekday in the lede, the year is the one in which the dateline's
/// day (or the day before, for "said late Monday") falls on that weekday,
/// at the least cost ([`dateline_year_cost`]): a year the story names as past
/// or present (or any it names, when none is past) costs nothing, each year after the latest of those costs 2
/// (a story may name only older years: "the record set in 2022"), the year
/// before it 8; a year past the first target is never the story's. Without
/// a weekday, or when no year fits, the latest year named as past, else the
/// latest named.
pub fn dateline_year(month: u8, day: u8, lede: &str, years: &[(i16, bool)]) -> Option<i16> {
    let past = years.iter().filter(|y| !y.1).map(|y| y.0).max();
    let fallback = past.or_else(|| years.iter().map(|y| y.0).max());
    let Some((w, late)) = lede_weekday(lede) else {
        return fallback;
    };
    // Without a year named as past, every year named stands in for one.
    let mut named: Vec<i16> = years
        .iter()
        .filter(|y| !y.1 || past.is_none())
        .map(|y| y.0)
        .collect();
    // Only years ahead of the story ("to reach the target in the first half of 2027"):
    // the year before the first of them may be the story's as well.
    if past.is_none() {
        if let Some(first) = years.iter().filter(|y| y.1).map(|y| y.0).min() {
            named.push(first - 1);
        }
    }
    let anchor = *named.iter().max()?;
    let target = years
        .iter()
        .filter(|y| y.1 && past.is_some())
        .map(|y| y.0)
        .min();
    let hi = target.map_or(anchor + 6, |t| t.min(anchor + 6).max(anchor));
    let weekday = |y: i16, back: i64| -> Option<u8> {
        let d = jiff::civil::Date::new(y, month as i8, day as i8).ok()?;
        let d = d.checked_sub(jiff::Span::new().days(back)).ok()?;
        Some(d.weekday().to_monday_zero_offset() as u8)
    };
    let mut best: Option<(i32, i16)> = None;
    for y in anchor - 1..=hi {
        for back in [0, 1] {
            if weekday(y, back) != Some(w) {
                continue;
            }
            let cost = dateline_year_cost(y, anchor, named.contains(&y), back == 1, late);
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, y));
            }
        }
    }
    best.map(|b| b.1).or(fallback)
}

/// The cost of reading a dateline in year `y` when the latest year the story
/// names as past is `anchor`: nothing for a year named, 2 a year after the
/// anchor, 8 for the year before it; 1 more when the day is not the one the
/// lede's wording points to (the dateline's own day, or the day before after "late").
fn dateline_year_cost(y: i16, anchor: i16, named: bool, day_before: bool, late: bool) -> i32 {
    let year = if named {
        0
    } else if y > anchor {
        2 * (y - anchor) as i32
    } else {
        8
    };
    year + i32::from(day_before != late)
}

/// The first complete calendar date (year, month, day) in a text, e.g. a
/// front-matter value or a byline.
pub fn first_full_date(text: &str) -> Option<jiff::civil::Date> {
    let toks = crate::compiler::tokens::tokenize(text);
    find(&toks).into_iter().find_map(|m| match m.expr {
        DateExpr::Ymd(y, mo, d) => jiff::civil::Date::new(y, mo as i8, d as i8).ok(),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::tokens::tokenize;

    fn exprs(s: &str) -> Vec<DateExpr> {
        find(&tokenize(s)).into_iter().map(|m| m.expr).collect()
    }

    /// Deadlines: (sentence, date word, forward?).
    #[test]
    fn forward_dates() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "It would call off the strike by 5pm on Friday",
                "Friday",
                true,
            ),
            (
                "a red flag warning through 8 p.m. Thursday",
                "Thursday",
                true,
            ),
            ("a day of state mourning for Friday", "Friday", true),
            ("The court adjourned until Monday", "Monday", true),
            ("He was arrested for Friday's attack", "Friday's", false),
            ("Sales rose through March", "March", false),
            ("The union met on Friday", "Friday", false),
            (
                "U.S. District Judge Harold Benning set sentencing for June 12.",
                "12",
                true,
            ),
            ("The vote was scheduled for March 3.", "3", true),
            ("She was jailed for three years in May.", "May", false),
            ("The hearing was adjourned to April 20", "20", true),
            ("The vote was postponed to Thursday", "Thursday", true),
            ("The hearing was adjourned on Monday", "Monday", false),
            (
                "He said growers could apply for emergency loans and deferrals of social charges from September 14.",
                "14",
                true,
            ),
            ("Customers can order the phone from Friday", "Friday", true),
            ("Sales have risen 5% from March", "March", false),
        ];
        for (s, w, want) in cases {
            let t = tokenize(s);
            let d = find(&t)
                .into_iter()
                .find(|d| t[d.end - 1].text == *w)
                .unwrap_or_else(|| panic!("{s}"));
            assert_eq!(d.forward, *want, "{s}");
        }
        let t = tokenize("a birdie putt on the 11th and a bogey");
        assert!(find(&t).is_empty());
        assert_eq!(
            exprs("customers who tried to call this morning"),
            vec![DateExpr::RelDay(0)]
        );
        assert_eq!(
            exprs("rain since mid-May"),
            vec![DateExpr::Month(5, Rel::Plain)]
        );
        assert_eq!(
            exprs("If the rains continue into March"),
            vec![DateExpr::Month(3, Rel::Plain)]
        );
        assert_eq!(
            exprs("Revenue rose 63 per cent in the first half, while"),
            vec![DateExpr::YearPart(1, 6)]
        );
        // A year opening the sentence frames the months and days after it.
        assert_eq!(
            exprs("In 2021, frost in April destroyed much of the crop."),
            vec![DateExpr::Y(2021), DateExpr::Ym(2021, 4)]
        );
        assert_eq!(
            exprs("In 2019, the plant closed on March 3 and reopened in May."),
            vec![
                DateExpr::Y(2019),
                DateExpr::Ymd(2019, 3, 3),
                DateExpr::Ym(2019, 5)
            ]
        );
        // Not when the sentence names another year, or the year is inside it.
        assert_eq!(
            exprs("In 2021, frost in April 2022 hit."),
            vec![DateExpr::Y(2021), DateExpr::Ym(2022, 4)]
        );
        assert_eq!(
            exprs("Prices rose in 2021 and fell in April."),
            vec![DateExpr::Y(2021), DateExpr::Month(4, Rel::Plain)]
        );
    }

    /// Dateline years: (month, day, lede, years named with whether each is ahead, year).
    #[test]
    fn dateline_years() {
        let cases: &[(u8, u8, &str, &[(i16, bool)], Option<i16>)] = &[
            // 9 October is a Thursday in 2025: the weekday of the lede beats the latest year.
            (
                10,
                9,
                "Honda said Thursday it will recall",
                &[(2025, false), (2026, true)],
                Some(2025),
            ),
            // 8 October 2025 is a Wednesday; 2032 is only a plan.
            (
                10,
                8,
                "ESA said on Wednesday",
                &[(2025, false), (2026, false), (2032, true)],
                Some(2025),
            ),
            // 7 April 2026 is a Tuesday: "late Monday" is the day before.
            (
                4,
                7,
                "The ministry said late Monday",
                &[(2024, false), (2026, false)],
                Some(2026),
            ),
            // No weekday in the lede: the latest year named.
            (
                5,
                19,
                "The King arrived in Tokyo",
                &[(1975, false), (2026, false)],
                Some(2026),
            ),
            (5, 19, "The King arrived on Tuesday", &[], None),
            // The story names only years before and after its own: 4 March 2026 is a Wednesday.
            (
                3,
                4,
                "Operators said on Wednesday",
                &[(2025, false), (2019, false), (2030, true)],
                Some(2026),
            ),
            // Only older years (1987 and 2021 fit the weekday too, but far or before them).
            (
                4,
                26,
                "Kiptanui broke the course record on Sunday",
                &[(1986, false), (2022, false)],
                Some(2026),
            ),
            // A target year that fits the weekday is never the story's (8 March 2037 is a Sunday).
            (
                3,
                8,
                "Piastri won on Sunday",
                &[(2025, false), (2037, true)],
                Some(2026),
            ),
            // Only next year's plan: the year before it, late on the day before.
            (
                11,
                12,
                "The lower house approved the budget for 2027 late on Wednesday",
                &[(2027, true)],
                Some(2026),
            ),
            (
                11,
                12,
                "The lower house approved the budget for 2027 late on Wednesday",
                &[(2027, false)],
                Some(2026),
            ),
            // Only a year ahead: the year before it may be the story's (30 April 2026 is a
            // Thursday; 2027's 30 April is a Friday, the day after a Thursday).
            (
                4,
                30,
                "Colombia's central bank cut its benchmark interest rate on Thursday",
                &[(2027, true)],
                Some(2026),
            ),
            // Only years ahead: one of them may still be the story's (16 February 2026 is a Monday).
            (
                2,
                16,
                "The vessel returned to port on Monday",
                &[(2023, true), (2026, true), (2027, true)],
                Some(2026),
            ),
        ];
        for (m, d, lede, years, want) in cases {
            assert_eq!(dateline_year(*m, *d, lede, years), *want, "{lede}");
        }
    }

    /// One table per rule: the phrase and what the rule alone reads there
    /// (at the first token), or `None`.
    #[test]
    fn each_rule() {
        use DateExpr::*;
        let cases: &[(&str, &str, Option<DateExpr>)] = &[
            ("hyphenated", "mid-2029", Some(Y(2029))),
            ("hyphenated", "early-March 2027", Some(Ym(2027, 3))),
            ("iso", "2026-02-01", Some(Ymd(2026, 2, 1))),
            ("iso", "2026-02-30", None),
            ("numeric", "17/05/2019", Some(Ymd(2019, 5, 17))),
            ("numeric", "2018/07/09", Some(Ymd(2018, 7, 9))),
            ("numeric", "3-14-2021", Some(Ymd(2021, 3, 14))),
            ("numeric", "25.03.2026", Some(Ymd(2026, 3, 25))),
            ("numeric", "04/03/2026", None),
            ("numeric", "3/4/5", None),
            ("weekday", "Monday", Some(Weekday(0, Rel::Plain))),
            (
                "weekday",
                "Saturday, 08 November 2025",
                Some(Ymd(2025, 11, 8)),
            ),
            ("month_and_day", "Feb. 1, 2026", Some(Ymd(2026, 2, 1))),
            ("month_and_day", "19 March", Some(MonthDay(3, 19))),
            ("month", "November 2025", Some(Ym(2025, 11))),
            ("month", "February last year", Some(MonthOfRelYear(2, -1))),
            ("season", "spring 2027", None),
            ("year", "2025", Some(Y(2025))),
            ("year", "1990s", Some(Decade(1990))),
            ("relative_word", "the day after tomorrow", Some(RelDay(2))),
            (
                "relative_word",
                "the day before yesterday",
                Some(RelDay(-2)),
            ),
            ("relative_word", "yesterday", Some(RelDay(-1))),
            ("relative_word", "next year", Some(RelYear(1))),
            ("offset", "two years ago", Some(RelYear(-2))),
            ("offset", "a month ago", Some(RelMonthDay(-1))),
            ("offset", "three weeks ago", Some(RelDay(-21))),
            ("offset", "two weeks from now", Some(RelDay(14))),
            ("offset", "in three days", Some(RelDay(3))),
            ("offset", "in two weeks' time", Some(RelDay(14))),
            ("offset", "five days later", Some(RelDay(5))),
            ("offset", "six years before she is eligible", None),
            ("offset", "two days later, it", Some(RelDay(2))),
            ("offset", "in the days", None),
            ("offset", "in 22 years of policing", None),
            ("offset", "in ten years' time", Some(RelYear(10))),
            ("weekday", "Wednesday's", Some(Weekday(2, Rel::Plain))),
            ("month", "May", None),
            ("relative_word", "the next day", Some(RelDay(1))),
            ("relative_word", "the following year", Some(RelYear(1))),
            ("relative_word", "the day before.", Some(RelDay(-1))),
            (
                "month_and_day",
                "14 August last year",
                Some(MonthDayOfRelYear(8, 14, -1)),
            ),
            ("year_part", "the fourth quarter", Some(YearPart(10, 3))),
            ("year_part", "the fourth quarter of 2025", Some(Y(2025))),
            (
                "year_part",
                "the second quarter of next year",
                Some(RelYear(1)),
            ),
            (
                "year_part",
                "the first half of the year",
                Some(YearPart(1, 6)),
            ),
            ("year_part", "third-quarter profit", Some(YearPart(7, 3))),
            ("year_part", "first-half profit", Some(YearPart(1, 6))),
            ("year_part", "Q3 2025", Some(Y(2025))),
            ("year_part", "Q4", Some(YearPart(10, 3))),
            ("year_part", "the first half", None),
            ("year_part", "first-half goal", None),
            ("year_part", "the first quarter of the match", None),
        ];
        for (rule, text, want) in cases {
            let f = RULES
                .iter()
                .find(|r| r.0 == *rule)
                .expect("a rule of that name")
                .1;
            let t = tokenize(text);
            assert_eq!(f(&t, 0).map(|x| x.0), *want, "{rule}: {text}");
        }
        // Offsets after an amount are spans, not dates: "fell 20% in two days".
        assert!(exprs("Shares fell 20% in two days.").is_empty());
        // "this", "next", "last" belong to the weekday.
        assert_eq!(exprs("The vote is this Friday."), [Weekday(4, Rel::This)]);
    }

    /// Dates in context: the phrase and every expression found in it.
    #[test]
    fn dates_in_context() {
        use DateExpr::*;
        let cases: &[(&str, &[DateExpr])] = &[
            ("It rose 0.3 per cent in May.", &[Month(5, Rel::Plain)]),
            ("Prices may rise. Theresa May spoke.", &[]),
            (
                "a net profit for the three months to March",
                &[Month(3, Rel::Plain)],
            ),
            ("They plan to march in the streets.", &[]),
            ("the previous record for a December release", &[]),
            ("Sign up for the newsletter every Friday.", &[]),
            (
                "closed at $118,889 in Wednesday's bidding",
                &[Weekday(2, Rel::Plain)],
            ),
            ("beating last year's 56,640", &[RelYear(-1)]),
            ("the first time in 10 years", &[]),
            (
                "the economy shrank in the fourth quarter",
                &[YearPart(10, 3)],
            ),
            ("the team led after the first half", &[]),
            ("he faced a third straight quarter of losses", &[]),
            ("The Chiefs scored 14 points in the fourth quarter.", &[]),
            (
                "attacked on the evening of 14 August last year",
                &[MonthDayOfRelYear(8, 14, -1)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(exprs(text), *want, "{text}");
        }
    }

    /// Which dates are deadlines and which count from the story.
    #[test]
    fn forward_and_anchored() {
        let cases: &[(&str, bool, bool)] = &[
            ("Classes were suspended until Monday.", true, false),
            ("He asked for a report by Friday.", true, false),
            ("It opened on Monday.", false, false),
            ("It filed for bankruptcy two days later.", false, true),
            ("It was sold three weeks earlier.", false, true),
            ("It reopened the next day.", false, true),
            ("It closed two days ago.", false, false),
            ("by 2030", false, false),
        ];
        for (text, forward, anchored) in cases {
            let m = find(&tokenize(text));
            assert_eq!(m.len(), 1, "{text}");
            assert_eq!(
                (m[0].forward, m[0].anchored),
                (*forward, *anchored),
                "{text}"
            );
        }
    }

    #[test]
    fn seasons() {
        assert_eq!(
            exprs("Work starts next spring."),
            [DateExpr::Season(3, Rel::Next)]
        );
        let t = tokenize("Work starts next spring.");
        assert_eq!(find(&t)[0].first, 2, "the span takes in \"next\"");
        assert_eq!(
            exprs("Prices rose in the autumn."),
            [DateExpr::Season(9, Rel::Plain)]
        );
        assert!(exprs("Prices fall in spring 2027.").contains(&DateExpr::Y(2027)));
        assert!(exprs("Prices may fall again.").is_empty());
    }

    #[test]
    fn mid_year() {
        assert_eq!(
            exprs("It will power homes from mid-2029."),
            [DateExpr::Y(2029)]
        );
        assert_eq!(exprs("Work starts in late 2027."), [DateExpr::Y(2027)]);
        assert_eq!(
            exprs("Talks resume in mid-March 2027."),
            [DateExpr::Ym(2027, 3)]
        );
    }

    #[test]
    fn month_of_a_relative_year() {
        assert_eq!(
            exprs("The agency sued in February last year."),
            [DateExpr::MonthOfRelYear(2, -1)]
        );
        assert_eq!(
            exprs("It opens in October next year."),
            [DateExpr::MonthOfRelYear(10, 1)]
        );
        // Not when the year words belong to something else.
        assert_eq!(
            exprs("It rained in June, and last year too."),
            [DateExpr::Month(6, Rel::Plain), DateExpr::RelYear(-1)]
        );
    }

    #[test]
    fn absolute_dates() {
        use DateExpr::*;
        assert_eq!(
            exprs("date 2026-02-02 and Saturday, 08 November 2025"),
            [Ymd(2026, 2, 2), Ymd(2025, 11, 8)]
        );
        assert_eq!(
            exprs("on Feb. 1, 2026, then February 3 and 4 March 2024"),
            [Ymd(2026, 2, 1), MonthDay(2, 3), Ymd(2024, 3, 4)]
        );
        assert_eq!(
            exprs("In November 2025 and in 2024, the 2010s"),
            [Ym(2025, 11), Y(2024), Decade(2010)]
        );
        assert_eq!(exprs("by 2026–2027 and 2017-Present"), [Y(2026), Y(2017)]);
        let m = find(&tokenize("set for 2026–2027 operations"));
        assert_eq!(m[0].upper_year, Some(2027));
    }

    #[test]
    fn relative_dates() {
        use DateExpr::*;
        assert_eq!(
            exprs("Japan said Monday it departed last month"),
            [Weekday(0, Rel::Plain), RelMonth(-1)]
        );
        assert_eq!(
            exprs("a test in January and a visit last November"),
            [Month(1, Rel::Plain), Month(11, Rel::Last)]
        );
        assert_eq!(
            exprs("next year, two years ago, yesterday"),
            [RelYear(1), RelYear(-2), RelDay(-1)]
        );
        assert_eq!(exprs("It arrived on the 7th."), [DayOfMonth(7)]);
        assert_eq!(exprs("her scheduled March 19 meeting"), [MonthDay(3, 19)]);
        assert_eq!(exprs("Trump's October visit"), [Month(10, Rel::Plain)]);
        assert_eq!(
            exprs("sold out a fortnight ago, due in a fortnight"),
            [RelDay(-14), RelDay(14)]
        );
    }

    #[test]
    fn not_dates() {
        assert!(exprs("It cost $2025 and 2030 tonnes, 2,025 people, 5G, 1999 percent").is_empty());
        assert!(exprs("They may march on. We march 5 miles.").is_empty());
        assert!(exprs("on the 7th floor").is_empty());
        assert_eq!(
            exprs("recovered on the 7th from a depth"),
            [DateExpr::DayOfMonth(7)]
        );
        assert!(exprs("Today's news").is_empty());
    }

    #[test]
    fn spans_cover_qualifiers() {
        let s = "In early 2025, it grew.";
        let m = find(&tokenize(s));
        assert_eq!(m[0].span, [3, 13]);
        assert_eq!(
            first_full_date("Published Saturday, 08 November 2025 | News"),
            jiff::civil::Date::new(2025, 11, 8).ok()
        );
    }
}
