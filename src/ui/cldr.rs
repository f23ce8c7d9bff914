//! Numbers, money and dates in any of the page's languages without a
//! browser, written as the widget's `Intl` writes them: the static fallback
//! (`factpack render`) uses it, so a reader without JavaScript sees
//! `6.000 km` on a German page and `6,000 km` on an English one.
//!
//! Numbers (separators, grouping, compact forms such as `12,3 Mio.`) come
//! from ICU4X's `icu_decimal` with its compiled CLDR data; money templates,
//! currency symbols and date forms from `locale_data` (generated from the
//! CLDR data of Node.js's ICU by `tests/tools/gen-locale-data.mjs`, and
//! checked there against `Intl`). A language missing from those tables is
//! written as English.

use super::fmt::{Fmt, Plain};
use super::i18n::Lang;
use super::locale_data::{CURRENCY_DIGITS, LOCALES, LocaleData, Own, Part};
use crate::bundle::Precision;
use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_locale_core::Locale;

const HALF_EXPAND: SignedRoundingMode =
    SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand);

/// Formatting in one language, by the CLDR's rules.
pub struct Cldr {
    words: Lang,
    data: &'static LocaleData,
    own: &'static [Own],
    decimal: DecimalFormatter,
    compact: CompactDecimalFormatter,
}

/// The table entry for a BCP 47 tag: the tag itself, else its language,
/// else English. Case and `_` for `-` do not matter.
fn entry(tag: &str) -> &'static (LocaleData, &'static [Own]) {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let find = |t: &str| LOCALES.iter().find(|(d, _)| d.tag.eq_ignore_ascii_case(t));
    let lang = tag.split('-').next().unwrap_or("");
    // "zh-Hant-TW" → "zh-TW": script subtags are not in the table.
    let region = tag
        .split('-')
        .skip(1)
        .find(|p| p.len() == 2)
        .map(|r| format!("{lang}-{r}"));
    find(&tag)
        .or_else(|| region.as_deref().and_then(find))
        .or_else(|| find(lang))
        .or_else(|| find("en"))
        .expect("the table has English")
}

impl Cldr {
    /// Formatting for the language `tag` ("de", "en-GB", "pt-BR", "ja"…).
    pub fn new(tag: &str) -> Cldr {
        let (data, own) = entry(tag);
        let locale: Locale = data.tag.parse().unwrap_or(Locale::UNKNOWN);
        Cldr {
            words: Lang::parse(tag),
            data,
            own,
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled data has every locale"),
            compact: CompactDecimalFormatter::try_new_short((&locale).into(), Default::default())
                .expect("compiled data has every locale"),
        }
    }

    /// The table's tag in use ("de" for "de-LI").
    pub fn tag(&self) -> &'static str {
        self.data.tag
    }

    /// `v` with at most two decimals and at least `min`.
    fn plain(&self, v: f64, min: i16) -> String {
        let Ok(mut d) = Decimal::try_from_f64(v, FloatPrecision::RoundTrip) else {
            return Plain(Lang::En).number(v);
        };
        d.round_with_mode(-2, HALF_EXPAND);
        d.absolute.trim_end();
        if min > 0 {
            d.absolute.pad_end(-min);
        }
        self.decimal.format(&d).to_string()
    }

    /// `v` in compact form with at most one decimal ("12.3M", "1230万").
    fn compact(&self, v: f64) -> String {
        let Ok(d) = Decimal::try_from_f64(v, FloatPrecision::RoundTrip) else {
            return Plain(Lang::En).number(v);
        };
        let f = &self.compact;
        let mut magnitude = d.absolute.nonzero_magnitude_start();
        loop {
            let exp = f.compact_exponent_for_magnitude(magnitude);
            let mut s = d.clone();
            s.multiply_pow10(-(exp as i16));
            s.round_with_mode(-1, HALF_EXPAND);
            s.absolute.trim_end();
            // Rounding up may reach the next form (999.95M is 1B).
            let reached = s.absolute.nonzero_magnitude_start() + exp as i16;
            if reached > magnitude && f.compact_exponent_for_magnitude(reached) != exp {
                magnitude = reached;
                continue;
            }
            return f
                .format_with_exponent(&s, exp)
                .map(|w| w.to_string())
                .unwrap_or_else(|_| Plain(Lang::En).number(v));
        }
    }

    /// Money writes group and decimal marks its own way in some languages.
    fn money_marks(&self, n: String) -> String {
        let Some([pg, pd, mg, md]) = self.data.money_separators else {
            return n;
        };
        let chars: Vec<char> = n.chars().collect();
        let mut out = String::with_capacity(n.len());
        let mut i = 0;
        while i < chars.len() {
            let between = i > 0 && chars[i - 1].is_ascii_digit();
            let rest: String = chars[i..].iter().collect();
            let after = |sep: &str| {
                rest.strip_prefix(sep)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            };
            if between && after(pg) {
                out.push_str(mg);
                i += pg.chars().count();
            } else if between && after(pd) {
                out.push_str(md);
                i += pd.chars().count();
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        out
    }
}

impl Fmt for Cldr {
    fn lang(&self) -> Lang {
        self.words
    }

    fn number(&self, v: f64) -> String {
        if v.abs() >= 1e6 {
            self.compact(v)
        } else {
            self.plain(v, 0)
        }
    }

    fn money(&self, v: f64, code: &str) -> String {
        let compact = v.abs() >= 1e6;
        let digits = CURRENCY_DIGITS
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .map_or(2, |i| CURRENCY_DIGITS[i].1)
            .min(2);
        let n = self.money_marks(if compact {
            self.compact(v)
        } else {
            self.plain(v, digits as i16)
        });
        let form = usize::from(compact);
        let symbol = self
            .data
            .symbols
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .map_or(code, |i| self.data.symbols[i].1);
        let template = match self.own.iter().find(|o| o.0 == code) {
            Some(o) => o.1[form],
            // A symbol that is the code's letters is spaced as a word ("CHF 5").
            None if symbol == code => self.data.money_code[form],
            None => self.data.money_symbol[form],
        };
        template.replacen('¤', symbol, 1).replacen('#', &n, 1)
    }

    fn date(&self, date: &str, precision: Precision) -> String {
        let num = |a: usize, b: usize| date.get(a..b).and_then(|s| s.parse::<i32>().ok());
        let (form, y, m, d) = match precision {
            Precision::Day => (0, num(0, 4), num(5, 7), num(8, 10)),
            Precision::Month => (1, num(0, 4), num(5, 7), Some(1)),
            Precision::MonthDay => (2, Some(2000), num(2, 4), num(5, 7)),
            Precision::Year | Precision::Decade => return Plain(self.words).date(date, precision),
        };
        let (Some(y), Some(m @ 1..=12), Some(d)) = (y, m, d) else {
            return Plain(self.words).date(date, precision);
        };
        let mut out = String::new();
        for part in self.data.dates[form] {
            match part {
                Part::Year => out.push_str(&(y + self.data.year_offset).to_string()),
                Part::Month => out.push_str(self.data.months[form][m as usize - 1]),
                Part::Day => out.push_str(&d.to_string()),
                Part::Day2 => out.push_str(&format!("{d:02}")),
                Part::Lit(s) => out.push_str(s),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Chromium 156's `Intl` printed for these (the research run that
    /// chose this design, and `tests/browser` in three engines), for the
    /// options the widget passes.
    #[test]
    fn as_the_browser_writes_them() {
        let cases: &[(&str, &str, &str)] = &[
            ("en", "6000", "6,000"),
            ("en", "1234.5", "1,234.5"),
            ("en", "12300000", "12.3M"),
            ("en-GB", "4500000000", "4.5bn"),
            ("de", "6000", "6.000"),
            ("de", "1234.5", "1.234,5"),
            ("de", "12300000", "12,3\u{a0}Mio."),
            ("de-CH", "6000", "6'000"),
            ("fr", "6000", "6\u{202f}000"),
            ("es", "6000", "6000"),
            ("ja", "12300000", "1230万"),
            ("pt-BR", "4500000000", "4,5\u{a0}bi"),
        ];
        for (tag, v, want) in cases {
            assert_eq!(
                Cldr::new(tag).number(v.parse().unwrap()),
                *want,
                "{tag} {v}"
            );
        }
        let money: &[(&str, &str, f64, &str)] = &[
            ("en", "USD", 4.5e6, "$4.5M"),
            ("en", "USD", 85.5, "$85.50"),
            ("en", "JPY", 85.5, "¥85.5"),
            ("en", "CHF", 85.5, "CHF\u{a0}85.50"),
            ("en-GB", "USD", 85.5, "US$85.50"),
            ("de", "EUR", 85.5, "85,50\u{a0}€"),
            ("de", "USD", 4.5e6, "4,5\u{a0}Mio.\u{a0}$"),
            ("de", "AUD", 85.5, "85,50\u{a0}AU$"),
            ("fr", "USD", 85.5, "85,50\u{a0}$US"),
            ("ja", "JPY", 4.5e6, "￥450万"),
        ];
        for (tag, code, v, want) in money {
            assert_eq!(Cldr::new(tag).money(*v, code), *want, "{tag} {code} {v}");
        }
        let dates: &[(&str, &str, Precision, &str)] = &[
            ("en", "2026-02-01", Precision::Day, "Feb 1, 2026"),
            ("en-GB", "2026-02-01", Precision::Day, "1 Feb 2026"),
            ("de", "2026-02-01", Precision::Day, "1. Feb. 2026"),
            ("de", "--03-19", Precision::MonthDay, "19. März"),
            ("fr", "2026-01", Precision::Month, "janv. 2026"),
            ("ja", "2026-02-01", Precision::Day, "2026年2月1日"),
            ("ru", "2026-02-01", Precision::Day, "1 февр. 2026 г."),
            ("pt-BR", "2026-02-01", Precision::Day, "1 de fev. de 2026"),
        ];
        for (tag, d, p, want) in dates {
            assert_eq!(Cldr::new(tag).date(d, *p), *want, "{tag} {d}");
        }
    }

    #[test]
    fn languages_fall_back_to_their_family_then_english() {
        assert_eq!(Cldr::new("de-LI").tag(), "de");
        assert_eq!(Cldr::new("pt_BR").tag(), "pt-BR");
        assert_eq!(Cldr::new("zh-Hant-TW").tag(), "zh-TW");
        assert_eq!(Cldr::new("xx").tag(), "en");
        assert_eq!(Cldr::new("").tag(), "en");
        assert_eq!(Cldr::new("ja-JP").lang(), Lang::Ja);
        // English words for a German page; German numbers.
        assert_eq!(Cldr::new("de").lang(), Lang::En);
    }

    #[test]
    fn english_matches_the_plain_formatter() {
        let (c, p) = (Cldr::new("en"), Plain(Lang::En));
        for v in [5569.0, 45.9, 0.45, 1e10, 4.23e8, 999.5] {
            assert_eq!(c.number(v), p.number(v), "{v}");
        }
        assert_eq!(c.money(1e10, "JPY"), p.money(1e10, "JPY"));
        assert_eq!(
            c.date("2026-02-01", Precision::Day),
            p.date("2026-02-01", Precision::Day)
        );
    }
}
