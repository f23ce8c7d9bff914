//! Compare: every disagreement as a small bar chart, one bar per source on
//! one axis, so a reader sees at once that one article says 80% and another
//! 70%. "More than" bars end in an open arrow, "about" bars carry a band.
//! Each chart has a text summary and a table alternative.

use super::{Ctx, as_table, esc, switch};
use crate::bundle::{Body, Qualifier};
use crate::ui::fmt;
use crate::ui::geometry;
use crate::ui::i18n::T;

/// The chart is drawn 350 units wide and scales to its container: each
/// source's name stands above its bar, so it also fits a phone.
const BAR_W: f64 = 220.0;
const CHART_W: i32 = 350;
const ROW_H: i32 = 46;

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
                source: a.publisher.clone().unwrap_or_else(|| a.title.clone()),
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

fn chart(rows: &[Row], share: bool, key: &str) -> String {
    let (lens, _) = geometry::bars(
        &rows.iter().map(|r| r.value).collect::<Vec<_>>(),
        BAR_W,
        if share { 100.0 } else { 0.0 },
    );
    let h = rows.len() as i32 * ROW_H + 6;
    let w = CHART_W;
    let mut s = format!(
        "<div class=\"fp-chart fp-fit\"><svg role=\"img\" aria-labelledby=\"fp-{key}\" viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"xMinYMin meet\">"
    );
    for (k, (r, &len)) in rows.iter().zip(&lens).enumerate() {
        let y = 4 + k as i32 * ROW_H;
        let len = len.max(1.0) as i32;
        s += &format!(
            "<text class=\"fp-bar-label\" x=\"8\" y=\"{}\">{}</text>",
            y + 13,
            esc(&short(&r.source, 48))
        );
        s += &format!(
            "<rect class=\"fp-bar{}\" x=\"8\" y=\"{}\" width=\"{len}\" height=\"16\" rx=\"2\"/>",
            if k == 0 { "" } else { " fp-bar-alt" },
            y + 20
        );
        match r.qualifier {
            Qualifier::Over => {
                s += &format!(
                    "<path class=\"fp-bar-open\" d=\"M{} {} l8 8 l-8 8\"/>",
                    8 + len,
                    y + 20
                )
            }
            Qualifier::Approx => {
                s += &format!(
                    "<rect class=\"fp-bar-band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\"/>",
                    8 + len * 9 / 10,
                    y + 18,
                    (len / 5).max(2)
                )
            }
            _ => {}
        }
        s += &format!(
            "<text class=\"fp-bar-value\" x=\"{}\" y=\"{}\">{}</text>",
            8 + len + 14,
            y + 33,
            esc(&r.text)
        );
    }
    s + "</svg></div>"
}
