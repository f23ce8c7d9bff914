//! Numbers, money and dates in the reader's language through the
//! browser's `Intl` (no formatting tables in the wasm).

use crate::bundle::Precision;
use crate::ui::fmt::Fmt;
use crate::ui::i18n::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// [`Fmt`] through `Intl.NumberFormat` and `Intl.DateTimeFormat`: words in
/// `0`, numbers and dates in the language tag `1` (the element's `lang`,
/// else its nearest ancestor's, else the browser's; validated by the shim).
pub struct IntlFmt(pub Lang, pub String);

fn options(pairs: &[(&str, &str)], digits: Option<f64>) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    if let Some(d) = digits {
        let _ = Reflect::set(
            &o,
            &JsValue::from_str("maximumFractionDigits"),
            &JsValue::from_f64(d),
        );
    }
    o
}

fn locales(tag: &str) -> Array {
    Array::of1(&JsValue::from_str(tag))
}

fn number_format(tag: &str, pairs: &[(&str, &str)], v: f64) -> String {
    let big = v.abs() >= 1e6;
    let o = options(pairs, Some(if big { 1.0 } else { 2.0 }));
    if big {
        // Compact, with no forced decimals (engines differ when it is unset).
        let _ = Reflect::set(
            &o,
            &JsValue::from_str("notation"),
            &JsValue::from_str("compact"),
        );
        let _ = Reflect::set(
            &o,
            &JsValue::from_str("minimumFractionDigits"),
            &JsValue::from_f64(0.0),
        );
    }
    let f = Intl::NumberFormat::new(&locales(tag), &o).format();
    f.call1(&JsValue::NULL, &JsValue::from_f64(v))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

impl Fmt for IntlFmt {
    fn lang(&self) -> Lang {
        self.0
    }

    fn number(&self, v: f64) -> String {
        number_format(&self.1, &[], v)
    }

    fn money(&self, v: f64, code: &str) -> String {
        number_format(&self.1, &[("style", "currency"), ("currency", code)], v)
    }

    fn date(&self, date: &str, precision: Precision) -> String {
        let num = |a: usize, b: usize| {
            date.get(a..b)
                .and_then(|s| s.parse::<u32>().ok())
                .unwrap_or(1) as f64
        };
        let (y, m, d, pairs): (f64, f64, f64, &[(&str, &str)]) = match precision {
            Precision::Day => (
                num(0, 4),
                num(5, 7),
                num(8, 10),
                &[("year", "numeric"), ("month", "short"), ("day", "numeric")],
            ),
            Precision::Month => (
                num(0, 4),
                num(5, 7),
                1.0,
                &[("year", "numeric"), ("month", "short")],
            ),
            Precision::MonthDay => (
                2000.0,
                num(2, 4),
                num(5, 7),
                &[("month", "short"), ("day", "numeric")],
            ),
            Precision::Year => return crate::ui::fmt::Plain(self.0).date(date, precision),
            Precision::Decade => return crate::ui::fmt::Plain(self.0).date(date, precision),
        };
        let ms = js_sys::Date::utc(y, m - 1.0) + (d - 1.0) * 86_400_000.0;
        let mut p = pairs.to_vec();
        p.push(("timeZone", "UTC"));
        let f = Intl::DateTimeFormat::new(&locales(&self.1), &options(&p, None)).format();
        f.call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(ms)))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }
}
