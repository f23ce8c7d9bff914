//! Relative dates resolved against the publication date.

use crate::bundle::Precision;
use crate::compiler::extract::dates::{DateExpr, Rel};
use crate::compiler::extract::words::Tense;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

fn month_index(y: i16, m: u8) -> i32 {
    y as i32 * 12 + m as i32 - 1
}

fn from_month_index(i: i32) -> (i16, u8) {
    ((i.div_euclid(12)) as i16, (i.rem_euclid(12) + 1) as u8)
}

fn weekday(n: u8) -> Weekday {
    Weekday::from_monday_zero_offset(n as i8).unwrap_or(Weekday::Monday)
}

/// Resolve a date expression against the publication date (or, without one,
/// the latest year the article names). Returns the ISO prefix, its
/// precision, and the first day it covers.
pub fn resolve_date(
    expr: DateExpr,
    published: Option<Date>,
    context_year: Option<i16>,
    tense: Tense,
) -> Option<(String, Precision, Date)> {
    let day = |d: Date| Some((d.to_string(), Precision::Day, d));
    let month = |y: i16, m: u8| {
        Some((
            format!("{y:04}-{m:02}"),
            Precision::Month,
            Date::new(y, m as i8, 1).ok()?,
        ))
    };
    let year = |y: i16| Some((format!("{y:04}"), Precision::Year, Date::new(y, 1, 1).ok()?));
    match expr {
        DateExpr::Ymd(y, m, d) => day(Date::new(y, m as i8, d as i8).ok()?),
        DateExpr::Ym(y, m) => month(y, m),
        DateExpr::Y(y) => year(y),
        DateExpr::Decade(y) => Some((
            format!("{y:04}s"),
            Precision::Decade,
            Date::new(y, 1, 1).ok()?,
        )),
        DateExpr::MonthDay(m, d) => {
            let Some(p) = published else {
                return Some((
                    format!("--{m:02}-{d:02}"),
                    Precision::MonthDay,
                    Date::new(2000, m as i8, d as i8).ok()?,
                ));
            };
            let cands: Vec<Date> = [p.year() - 1, p.year(), p.year() + 1]
                .iter()
                .filter_map(|&y| Date::new(y, m as i8, d as i8).ok())
                .collect();
            let pick = match tense {
                Tense::Past => cands.iter().rev().find(|&&c| c <= p),
                Tense::Future => cands.iter().find(|&&c| c >= p),
                Tense::Neutral => cands.iter().min_by_key(|&&c| (p - c).get_days().abs()),
            };
            day(*pick?)
        }
        DateExpr::Month(m, rel) => {
            let p = published?;
            let pm = month_index(p.year(), p.month() as u8);
            let same = month_index(p.year(), m);
            let (prev, next) = if same <= pm {
                (same, same + 12)
            } else {
                (same - 12, same)
            };
            let chosen = match rel {
                Rel::Last => {
                    if same < pm {
                        same
                    } else {
                        same - 12
                    }
                }
                Rel::Next => {
                    if same > pm {
                        same
                    } else {
                        same + 12
                    }
                }
                Rel::This => same,
                Rel::Plain => match tense {
                    Tense::Past => prev,
                    Tense::Future => {
                        if same >= pm {
                            same
                        } else {
                            next
                        }
                    }
                    Tense::Neutral => {
                        if pm - prev <= next - pm {
                            prev
                        } else {
                            next
                        }
                    }
                },
            };
            let (y, m) = from_month_index(chosen);
            month(y, m)
        }
        DateExpr::Weekday(w, rel) => {
            let p = published?;
            let wd = weekday(w);
            let back = (p.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset())
                .rem_euclid(7) as i64;
            let ahead = (wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset())
                .rem_euclid(7) as i64;
            let d = match (rel, tense) {
                (Rel::Next, _) => p
                    .checked_add(if ahead == 0 { 7 } else { ahead }.days())
                    .ok()?,
                (Rel::Last, _) => p
                    .checked_sub(if back == 0 { 7 } else { back }.days())
                    .ok()?,
                // "this Friday": the one of the week the article is in (Monday to Sunday).
                (Rel::This, _) => {
                    let monday = p
                        .checked_sub((p.weekday().to_monday_zero_offset() as i64).days())
                        .ok()?;
                    monday
                        .checked_add((wd.to_monday_zero_offset() as i64).days())
                        .ok()?
                }
                (_, Tense::Future) => p.checked_add(ahead.days()).ok()?,
                _ => p.checked_sub(back.days()).ok()?,
            };
            day(d)
        }
        DateExpr::RelDay(n) => day(published?.checked_add((n as i64).days()).ok()?),
        DateExpr::RelMonth(n) => {
            let p = published?;
            let (y, m) = from_month_index(month_index(p.year(), p.month() as u8) + n as i32);
            month(y, m)
        }
        DateExpr::RelMonthDay(n) => {
            let p = published?;
            let (y, m) = from_month_index(month_index(p.year(), p.month() as u8) + n as i32);
            // The same day of that month, or its last day ("a month ago" on 31 March).
            let last = Date::new(y, m as i8, 1).ok()?.days_in_month();
            day(Date::new(y, m as i8, p.day().min(last)).ok()?)
        }
        DateExpr::RelYear(n) => year(published.map(|p| p.year()).or(context_year)? + n as i16),
        DateExpr::MonthOfRelYear(m, n) => {
            month(published.map(|p| p.year()).or(context_year)? + n as i16, m)
        }
        DateExpr::Season(start, rel) => {
            // The season's start and end (as month indexes) in the publication's year.
            let p = published?;
            let pm = month_index(p.year(), p.month() as u8);
            let s = month_index(p.year(), start);
            let (prev, next) = if s + 2 < pm {
                (s, s + 12)
            } else if s > pm {
                (s - 12, s)
            } else {
                (s, s)
            };
            let chosen = match (rel, tense) {
                (Rel::Last, _) | (Rel::Plain, Tense::Past) => {
                    if s + 2 < pm {
                        s
                    } else {
                        s - 12
                    }
                }
                (Rel::Next, _) | (Rel::Plain, Tense::Future) => {
                    if s > pm {
                        s
                    } else {
                        s + 12
                    }
                }
                (Rel::This, _) => s,
                (Rel::Plain, Tense::Neutral) => {
                    if pm - prev <= next - pm {
                        prev
                    } else {
                        next
                    }
                }
            };
            year(from_month_index(chosen).0)
        }
        DateExpr::YearPart(start, len) => {
            let p = published?;
            year(part_year(p, start, len, tense))
        }
        DateExpr::MonthDayOfRelYear(m, d, n) => day(Date::new(
            published.map(|p| p.year()).or(context_year)? + n as i16,
            m as i8,
            d as i8,
        )
        .ok()?),
        DateExpr::DayOfMonth(d) => {
            let p = published?;
            let mut idx = month_index(p.year(), p.month() as u8);
            if tense == Tense::Past && d as i8 > p.day() {
                idx -= 1;
            } else if tense == Tense::Future && (d as i8) < p.day() {
                idx += 1;
            }
            let (y, m) = from_month_index(idx);
            day(Date::new(y, m as i8, d as i8).ok()?)
        }
    }
}

/// The year of a part of a year (a quarter, a half: its first month and
/// length) that a statement at `p` means: in the past, the latest one that has
/// begun ("shrank in the fourth quarter", said in March: last year's); in the
/// future, the first one not yet over; else the one holding `p`, or the
/// nearest.
fn part_year(p: Date, start: u8, len: u8, tense: Tense) -> i16 {
    let pm = month_index(p.year(), p.month() as u8);
    let s = month_index(p.year(), start);
    let e = s + len as i32 - 1;
    let chosen = match tense {
        Tense::Past => {
            if s <= pm {
                s
            } else {
                s - 12
            }
        }
        Tense::Future => {
            if e >= pm {
                s
            } else {
                s + 12
            }
        }
        Tense::Neutral => {
            let gap = |a: i32| {
                if pm < a {
                    a - pm
                } else if pm > a + len as i32 - 1 {
                    pm - (a + len as i32 - 1)
                } else {
                    0
                }
            };
            [s, s - 12, s + 12]
                .into_iter()
                .min_by_key(|&a| gap(a))
                .unwrap_or(s)
        }
    };
    from_month_index(chosen).0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    fn r(expr: DateExpr, p: &str, tense: Tense) -> Option<String> {
        resolve_date(expr, d(p), None, tense).map(|x| x.0)
    }

    #[test]
    fn relative_dates_against_publication() {
        use DateExpr::*;
        // 2026-02-02 is a Monday.
        assert_eq!(
            r(Weekday(0, Rel::Plain), "2026-02-02", Tense::Past).as_deref(),
            Some("2026-02-02")
        );
        assert_eq!(
            r(Weekday(4, Rel::Plain), "2026-02-02", Tense::Past).as_deref(),
            Some("2026-01-30")
        );
        assert_eq!(
            r(Weekday(4, Rel::Plain), "2026-02-02", Tense::Future).as_deref(),
            Some("2026-02-06")
        );
        assert_eq!(
            r(RelMonth(-1), "2026-02-02", Tense::Past).as_deref(),
            Some("2026-01")
        );
        assert_eq!(
            r(Month(11, Rel::Plain), "2026-02-02", Tense::Past).as_deref(),
            Some("2025-11")
        );
        assert_eq!(
            r(Month(1, Rel::Plain), "2025-11-08", Tense::Future).as_deref(),
            Some("2026-01")
        );
        assert_eq!(
            r(Month(11, Rel::Last), "2026-11-20", Tense::Neutral).as_deref(),
            Some("2025-11")
        );
        assert_eq!(
            r(MonthDay(1, 17), "2026-02-02", Tense::Past).as_deref(),
            Some("2026-01-17")
        );
        assert_eq!(
            r(MonthDay(3, 19), "2026-02-02", Tense::Future).as_deref(),
            Some("2026-03-19")
        );
        assert_eq!(
            r(DayOfMonth(7), "2026-02-02", Tense::Past).as_deref(),
            Some("2026-01-07")
        );
        assert_eq!(
            r(RelYear(-1), "2026-02-02", Tense::Past).as_deref(),
            Some("2025")
        );
        assert_eq!(
            r(RelDay(-1), "2026-03-01", Tense::Past).as_deref(),
            Some("2026-02-28")
        );
        assert_eq!(
            r(MonthOfRelYear(2, -1), "2026-03-12", Tense::Past).as_deref(),
            Some("2025-02")
        );
        assert_eq!(
            r(MonthOfRelYear(9, 1), "2026-03-12", Tense::Future).as_deref(),
            Some("2027-09")
        );
        assert_eq!(
            r(Season(3, Rel::Next), "2026-01-15", Tense::Future).as_deref(),
            Some("2026")
        );
        assert_eq!(
            r(Season(3, Rel::Next), "2026-10-02", Tense::Future).as_deref(),
            Some("2027")
        );
        assert_eq!(
            r(Season(6, Rel::Last), "2026-03-01", Tense::Past).as_deref(),
            Some("2025")
        );
        assert_eq!(
            r(Season(6, Rel::Plain), "2026-10-01", Tense::Past).as_deref(),
            Some("2026")
        );
        assert_eq!(
            r(Season(12, Rel::This), "2026-10-01", Tense::Future).as_deref(),
            Some("2026")
        );
        // 2026-03-04 is a Wednesday: "this Friday" is in its week, "next Sunday" after it.
        assert_eq!(
            r(Weekday(4, Rel::This), "2026-03-04", Tense::Neutral).as_deref(),
            Some("2026-03-06")
        );
        assert_eq!(
            r(Weekday(0, Rel::This), "2026-03-04", Tense::Past).as_deref(),
            Some("2026-03-02")
        );
        assert_eq!(
            r(Weekday(6, Rel::Next), "2026-03-04", Tense::Future).as_deref(),
            Some("2026-03-08")
        );
        assert_eq!(
            r(RelMonthDay(-1), "2026-03-31", Tense::Past).as_deref(),
            Some("2026-02-28")
        );
        assert_eq!(
            r(RelMonthDay(-1), "2026-03-04", Tense::Past).as_deref(),
            Some("2026-02-04")
        );
        assert_eq!(
            r(RelDay(14), "2026-03-04", Tense::Future).as_deref(),
            Some("2026-03-18")
        );
        assert_eq!(
            r(MonthDayOfRelYear(8, 14, -1), "2026-01-20", Tense::Past).as_deref(),
            Some("2025-08-14")
        );
    }

    /// Weekdays: by tense, and with none, the one before.
    #[test]
    fn weekdays_by_tense() {
        use DateExpr::*;
        // 2025-12-21 is a Sunday.
        let cases: &[(Rel, Tense, &str)] = &[
            (Rel::Plain, Tense::Past, "2025-12-18"),
            (Rel::Plain, Tense::Future, "2025-12-25"),
            (Rel::Plain, Tense::Neutral, "2025-12-18"),
            (Rel::Last, Tense::Neutral, "2025-12-18"),
            (Rel::Next, Tense::Past, "2025-12-25"),
        ];
        for (rel, tense, want) in cases {
            assert_eq!(
                r(Weekday(3, *rel), "2025-12-21", *tense).as_deref(),
                Some(*want),
                "{rel:?} {tense:?}"
            );
        }
    }

    /// Parts of a year without their year: (first month, months, publication, tense, year).
    #[test]
    fn parts_of_a_year() {
        let cases: &[(u8, u8, &str, Tense, &str)] = &[
            (10, 3, "2026-03-18", Tense::Past, "2025"),
            (7, 3, "2026-01-14", Tense::Past, "2025"),
            (1, 3, "2026-04-20", Tense::Past, "2026"),
            (10, 3, "2026-03-18", Tense::Future, "2026"),
            (1, 3, "2026-11-02", Tense::Future, "2027"),
            (1, 6, "2026-11-02", Tense::Future, "2027"),
            (7, 6, "2026-11-02", Tense::Neutral, "2026"),
            (10, 3, "2026-01-10", Tense::Neutral, "2025"),
        ];
        for (start, len, p, tense, want) in cases {
            assert_eq!(
                r(DateExpr::YearPart(*start, *len), p, *tense).as_deref(),
                Some(*want),
                "{start}+{len} at {p} {tense:?}"
            );
        }
    }

    #[test]
    fn without_publication_date() {
        use DateExpr::*;
        assert_eq!(
            resolve_date(MonthDay(3, 19), None, Some(2025), Tense::Future).map(|x| (x.0, x.1)),
            Some(("--03-19".into(), Precision::MonthDay))
        );
        assert_eq!(
            resolve_date(RelYear(-1), None, Some(2025), Tense::Past)
                .map(|x| x.0)
                .as_deref(),
            Some("2024")
        );
        assert_eq!(
            resolve_date(Weekday(0, Rel::Plain), None, Some(2025), Tense::Past),
            None
        );
        assert_eq!(
            resolve_date(Decade(2010), None, None, Tense::Past).map(|x| (x.0, x.1)),
            Some(("2010s".into(), Precision::Decade))
        );
    }
}
