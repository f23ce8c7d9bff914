//! Formatting of numbers, money and dates. The widget formats through the
//! browser's `Intl` (see `widget::intl`); [`Plain`] formats without a
//! browser, for the static HTML the compiler renders and for tests.

use super::i18n::{self, Lang};
use crate::bundle::{Body, Precision, Qualifier};

/// How numbers, money and dates are written.
pub trait Fmt {
    fn lang(&self) -> Lang;
    /// "5,569", "45.9"; millions and more in compact form ("10B").
    fn number(&self, v: f64) -> String;
    /// "¥10B", "US$423M".
    fn money(&self, v: f64, code: &str) -> String;
    /// A date at its precision: "Feb 1, 2026", "Jan 2026", "2025", "2010s", "Mar 19".
    fn date(&self, date: &str, precision: Precision) -> String;
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Formatting without `Intl`.
pub struct Plain(pub Lang);

/// Digits with thousands separators and at most `frac` decimals.
pub fn grouped(v: f64, frac: usize) -> String {
    let s = format!("{:.*}", frac, v.abs());
    let (int, dec) = s.split_once('.').unwrap_or((&s, ""));
    let dec = dec.trim_end_matches('0');
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !dec.is_empty() {
        out.push('.');
        out.push_str(dec);
    }
    out
}

fn compact(v: f64) -> String {
    let a = v.abs();
    let (d, suffix) = if a >= 1e12 {
        (1e12, "T")
    } else if a >= 1e9 {
        (1e9, "B")
    } else if a >= 1e6 {
        (1e6, "M")
    } else {
        return grouped(v, 2);
    };
    grouped(v / d, 1) + suffix
}

impl Fmt for Plain {
    fn lang(&self) -> Lang {
        self.0
    }
    fn number(&self, v: f64) -> String {
        compact(v)
    }
    fn money(&self, v: f64, code: &str) -> String {
        let sym = match code {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "CNY" => "CN¥",
            "AUD" => "A$",
            "CAD" => "CA$",
            "KRW" => "₩",
            "INR" => "₹",
            _ => return format!("{code} {}", compact(v)),
        };
        format!("{sym}{}", compact(v))
    }
    fn date(&self, date: &str, precision: Precision) -> String {
        let part = |a: usize, b: usize| date.get(a..b).and_then(|s| s.parse::<usize>().ok());
        let month = |m: Option<usize>| {
            m.and_then(|m| MONTHS.get(m.wrapping_sub(1)))
                .copied()
                .unwrap_or("?")
        };
        let ja = self.0 == Lang::Ja;
        match precision {
            Precision::Day if ja => format!(
                "{}年{}月{}日",
                date.get(..4).unwrap_or(""),
                part(5, 7).unwrap_or(0),
                part(8, 10).unwrap_or(0)
            ),
            Precision::Day => format!(
                "{} {}, {}",
                month(part(5, 7)),
                part(8, 10).unwrap_or(0),
                date.get(..4).unwrap_or("")
            ),
            Precision::Month if ja => format!(
                "{}年{}月",
                date.get(..4).unwrap_or(""),
                part(5, 7).unwrap_or(0)
            ),
            Precision::Month => format!("{} {}", month(part(5, 7)), date.get(..4).unwrap_or("")),
            Precision::MonthDay if ja => {
                format!("{}月{}日", part(2, 4).unwrap_or(0), part(5, 7).unwrap_or(0))
            }
            Precision::MonthDay => format!("{} {}", month(part(2, 4)), part(5, 7).unwrap_or(0)),
            Precision::Year if ja => format!("{date}年"),
            Precision::Decade if ja => format!("{}年代", date.trim_end_matches('s')),
            Precision::Year | Precision::Decade => date.to_string(),
        }
    }
}

fn amount(f: &dyn Fmt, v: f64, unit: Option<&str>) -> String {
    match unit {
        Some(u) => match i18n::currency(u) {
            Some((code, per)) => {
                let m = f.money(v, code);
                match per {
                    Some(p) => m + "/" + p,
                    None => m,
                }
            }
            None => {
                let sym = i18n::unit_symbol(u).unwrap_or(u);
                let n = f.number(v);
                if sym == "%" || sym == "×" {
                    n + sym
                } else {
                    n + " " + sym
                }
            }
        },
        None => f.number(v),
    }
}

/// A quantity as a reader sees it: "≈ 70%", "more than 80%", "5,000–6,000 m", "¥10B".
pub fn value(f: &dyn Fmt, body: &Body) -> String {
    let Body::Quantity {
        value,
        upper,
        unit,
        qualifier,
        ..
    } = body
    else {
        return String::new();
    };
    let unit = unit.as_deref();
    let core = match (qualifier, upper) {
        (Qualifier::Range, Some(u)) => {
            // "5,000–6,000 m": a unit once, after the range; money on both ends.
            let money = unit.is_some_and(|u| i18n::currency(u).is_some());
            let lo = if money {
                amount(f, *value, unit)
            } else {
                f.number(*value)
            };
            lo + "–" + &amount(f, *u, unit)
        }
        _ => amount(f, *value, unit),
    };
    let (before, after) = i18n::qualifier_words(f.lang(), *qualifier);
    format!("{before}{core}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers() {
        assert_eq!(grouped(5569.0, 2), "5,569");
        assert_eq!(grouped(45.9, 2), "45.9");
        assert_eq!(grouped(-1234567.0, 0), "-1,234,567");
        assert_eq!(compact(1e10), "10B");
        assert_eq!(compact(4.23e8), "423M");
        assert_eq!(Plain(Lang::En).money(1e10, "JPY"), "¥10B");
        assert_eq!(Plain(Lang::En).money(5.0, "CHF"), "CHF 5");
    }

    #[test]
    fn plain_dates() {
        let en = Plain(Lang::En);
        assert_eq!(en.date("2026-02-01", Precision::Day), "Feb 1, 2026");
        assert_eq!(en.date("2026-01", Precision::Month), "Jan 2026");
        assert_eq!(en.date("--03-19", Precision::MonthDay), "Mar 19");
        assert_eq!(Plain(Lang::Ja).date("2010s", Precision::Decade), "2010年代");
        assert_eq!(
            Plain(Lang::Ja).date("2026-02-01", Precision::Day),
            "2026年2月1日"
        );
    }

    #[test]
    fn quantities() {
        let en = Plain(Lang::En);
        let q = |value, upper, unit: &str, qualifier| Body::Quantity {
            value,
            upper,
            unit: Some(unit.into()),
            qualifier,
            measure: String::new(),
            same_as: None,
        };
        assert_eq!(value(&en, &q(70.0, None, "%", Qualifier::Approx)), "≈ 70%");
        assert_eq!(
            value(&en, &q(80.0, None, "%", Qualifier::Over)),
            "more than 80%"
        );
        assert_eq!(
            value(&en, &q(5000.0, Some(6000.0), "m", Qualifier::Range)),
            "5,000–6,000 m"
        );
        assert_eq!(
            value(&en, &q(110.0, None, "USD/kg", Qualifier::Exact)),
            "$110/kg"
        );
        assert_eq!(
            value(&en, &q(429000.0, None, "km2", Qualifier::Exact)),
            "429,000 km²"
        );
        assert_eq!(
            value(&Plain(Lang::Ja), &q(80.0, None, "%", Qualifier::Over)),
            "80%超"
        );
    }
}
