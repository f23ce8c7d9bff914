//! Compare: every disagreement as a small bar chart, one bar per source on
//! one axis, so a reader sees at once that one article says 80% and another
//! 70%. "More than" bars end in an open arrow, "about" bars carry a band.
//! Each chart has a text summary and a table alternative.

use super::{Ctx, as_table, esc, switch};
use crate::bundle::{Body, Qualifier};
use crate::ui::fmt;
use crate::ui::geometry;
use crate::ui::i18n::T;

/// The longest bar's share of its row, in percent: room is left for the
/// arrow of a "more than" and the band of an "about". Each source's name and
/// value stand above its bar as text of the card's size, so the chart fits
/// any width and its words never scale with it.
const BAR_PCT: f64 = 92.0;

/// One bar: a source and its value.
struct Row {
    source: String,
    title: String,
    value: f64,
    qualifier: Qualifier,
    text: String,
}

fn rows(cx: &Ctx, d: usize) -> (Vec<Row>, bool) {
    let mut rows = Vec::new();
    let mut share = false;
    for &fi in &cx.m.b.disagreements[d].facts {
        let f = &cx.m.b.facts[fi as usize];
        let Body::Quantity {
            value,
            qualifier,
            unit,
            ..
        } = &f.body
        else {
            continue;
        };
        share |= unit.as_deref() == Some("%");
        let mut seen = Vec::new();
        for s in &f.sources {
            if seen.contains(&s.article) {
                continue;
            }
            seen.push(s.article);
            let a = &cx.m.b.articles[s.article as usize];
            rows.push(Row {
                source: super::source_line(cx, s.article),
                title: a.title.clone(),
                value: *value,
                qualifier: *qualifier,
                text: fmt::value(cx.fmt, &f.body),
            });
        }
    }
    (rows, share)
}

pub fn render(cx: &Ctx) -> String {
    let mut s = String::new();
    for d in cx.m.disagreements(cx.f) {
        let (rows, share) = rows(cx, d);
        let about = esc(&cx.m.b.disagreements[d].about);
        let summary = rows
            .iter()
            .map(|r| format!("{} ({})", r.text, short(&r.source, 48)))
            .collect::<Vec<_>>()
            .join(" · ");
        let key = format!("cmp{d}");
        s += &format!(
            "<figure class=\"fp-compare\"><figcaption><h3 class=\"fp-sub\">{about}</h3><p class=\"fp-summary\" id=\"fp-{key}\">{about}: {}</p>{}</figcaption>",
            esc(&summary),
            switch(cx, &key)
        );
        if as_table(cx, &key) {
            s += &format!(
                "<div class=\"fp-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"fp-{key}\"><table class=\"fp-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                cx.t(T::Source),
                cx.t(T::Value),
                cx.t(T::Article)
            );
            for r in &rows {
                s += &format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&r.source),
                    esc(&r.text),
                    esc(&r.title)
                );
            }
            s += "</tbody></table></div>";
        } else {
            s += &chart(&rows, share, &key);
        }
        s += "</figure>";
    }
    s
}

/// At most `n` characters, with an ellipsis when cut.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        s.chars()
            .take(n - 1)
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…"
    } else {
        s.to_string()
    }
}

/// Tenths of a percent as an SVG length ("73.6%"), in integer arithmetic:
/// formatting a float would bring the float printer into the wasm (5 KB).
fn pct(tenths: i32) -> String {
    format!("{}.{}%", tenths / 10, tenths % 10)
}

fn chart(rows: &[Row], share: bool, key: &str) -> String {
    let (lens, _) = geometry::bars(
        &rows.iter().map(|r| r.value).collect::<Vec<_>>(),
        BAR_PCT,
        if share { 100.0 } else { 0.0 },
    );
    let mut s = format!("<ul class=\"fp-chart fp-bars\" aria-labelledby=\"fp-{key}\">");
    for (k, (r, &len)) in rows.iter().zip(&lens).enumerate() {
        // Tenths of a percent of the row's width, at least a sliver so that zero shows.
        let len = ((len * 10.0).round() as i32).max(5);
        let mark = match r.qualifier {
            // "More than": an open arrow at the bar's end.
            Qualifier::Over => format!(
                "<svg class=\"fp-bar-end\" x=\"{}\" y=\"3\" width=\"10\" height=\"16\" overflow=\"visible\"><path class=\"fp-bar-open\" d=\"M0 0 l8 8 l-8 8\"/></svg>",
                pct(len)
            ),
            // "About": a band over the bar's last tenth and beyond.
            Qualifier::Approx => format!(
                "<rect class=\"fp-bar-band\" x=\"{}\" y=\"1\" width=\"{}\" height=\"20\"/>",
                pct(len * 9 / 10),
                pct((len / 5).max(10))
            ),
            _ => String::new(),
        };
        s += &format!(
            "<li class=\"fp-bar-row\"><p class=\"fp-bar-label\">{} <span class=\"fp-bar-value\">{}</span></p><svg class=\"fp-bar-svg\" width=\"100%\" height=\"22\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"fp-bar{}\" x=\"0\" y=\"3\" width=\"{}\" height=\"16\" rx=\"2\"/>{mark}</svg></li>",
            esc(&short(&r.source, 48)),
            esc(&r.text),
            if k == 0 { "" } else { " fp-bar-alt" },
            pct(len),
        );
    }
    s + "</ul>"
}

#[cfg(test)]
mod tests {
    #[test]
    fn percentages_in_tenths() {
        for (t, want) in [(736, "73.6%"), (5, "0.5%"), (920, "92.0%"), (0, "0.0%")] {
            assert_eq!(super::pct(t), want);
        }
    }
}
