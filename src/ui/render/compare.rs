//! Compare: every disagreement as a small bar chart, one bar per source on
//! one axis, so a reader sees at once that one article says 80% and another
//! 70%. "More than" bars end in an open arrow, "about" bars carry a band.
//! Each chart has a text summary and a table alternative.

use super::{Cx, Switch};
use crate::bundle::{Body, Qualifier};
use crate::ui::geometry;
use crate::ui::i18n::T;
use leptos::either::Either;
use leptos::prelude::*;

/// The longest bar's share of its row, in percent: room is left for the
/// arrow of a "more than" and the band of an "about". Each source's name and
/// value stand above its bar as text of the card's size, so the chart fits
/// any width and its words never scale with it.
const BAR_PCT: f64 = 92.0;

/// One bar: a source and its value.
#[derive(Clone)]
pub struct Row {
    source: String,
    title: String,
    value: f64,
    qualifier: Qualifier,
    text: String,
}

fn rows(cx: &Cx, d: usize) -> (Vec<Row>, bool) {
    let m = cx.m();
    let mut rows = Vec::new();
    let mut share = false;
    for &fi in &m.b.disagreements[d].facts {
        let f = &m.b.facts[fi as usize];
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
            let a = &m.b.articles[s.article as usize];
            rows.push(Row {
                source: super::source_line(cx, s.article),
                title: a.title.clone(),
                value: *value,
                qualifier: *qualifier,
                text: cx.value(&f.body),
            });
        }
    }
    (rows, share)
}

/// Props: `cx`.
#[component]
pub fn Compare(cx: Cx) -> impl IntoView {
    let each = move || {
        let m = cx.m();
        cx.filter.with(|f| m.disagreements(f))
    };
    view! { <For each key=|d| *d children=move |d| view! { <Disagreement cx d/> }/> }
}

/// One disagreement: its caption and summary, and its chart or table.
///
/// Props: `cx`; `d`: the disagreement's index.
#[component]
pub fn Disagreement(cx: Cx, d: usize) -> impl IntoView {
    let (rows, share) = rows(&cx, d);
    let about = cx.m().b.disagreements[d].about.clone();
    let summary = about.clone()
        + ": "
        + &rows
            .iter()
            .map(|r| r.text.clone() + " (" + &short(&r.source, 48) + ")")
            .collect::<Vec<_>>()
            .join(" · ");
    let key = "cmp".to_string() + &d.to_string();
    let id = cx.id(&("fp-".to_string() + &key));
    let k = key.clone();
    let table = Memo::new(move |_| cx.as_table(&k));
    let body = {
        let id = id.clone();
        move || {
            if table.get() {
                Either::Left(view! { <Table cx rows=rows.clone() labelled=id.clone()/> })
            } else {
                Either::Right(view! { <Bars rows=rows.clone() share labelled=id.clone()/> })
            }
        }
    };
    view! {
        <figure class="fp-compare">
            <figcaption><h3 class="fp-sub">{about}</h3><p class="fp-summary" id=id>{summary}</p><Switch cx key/></figcaption>
            {body}
        </figure>
    }
}

/// A disagreement as a table: source, value, article.
///
/// Props: `cx`; `rows`; `labelled`: the id of the summary that names it.
#[component]
pub fn Table(cx: Cx, rows: Vec<Row>, labelled: String) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|r| view! { <tr><td>{r.source}</td><td>{r.text}</td><td>{r.title}</td></tr> })
        .collect_view();
    view! {
        <div class="fp-scroll" tabindex="0" role="region" aria-labelledby=labelled>
            <table class="fp-table">
                <thead><tr><th scope="col">{cx.t(T::Source)}</th><th scope="col">{cx.t(T::Value)}</th><th scope="col">{cx.t(T::Article)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
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
    (tenths / 10).to_string() + "." + &(tenths % 10).to_string() + "%"
}

/// The bars: one row per source, its name and value above a bar whose
/// length [`geometry::bars`] gives.
///
/// Props: `rows`; `share`: the values are percentages (the axis ends at
/// 100); `labelled`: the id of the summary that names the chart.
#[component]
pub fn Bars(rows: Vec<Row>, share: bool, labelled: String) -> impl IntoView {
    let (lens, _) = geometry::bars(
        &rows.iter().map(|r| r.value).collect::<Vec<_>>(),
        BAR_PCT,
        if share { 100.0 } else { 0.0 },
    );
    let items = rows
        .into_iter()
        .zip(lens)
        .enumerate()
        .map(|(k, (r, len))| {
            // Tenths of a percent of the row's width, at least a sliver so that zero shows.
            let len = ((len * 10.0).round() as i32).max(5);
            let mark = match r.qualifier {
                // "More than": an open arrow at the bar's end.
                Qualifier::Over => Some(Either::Left(view! {
                    <svg class="fp-bar-end" x=pct(len) y="3" width="10" height="16" overflow="visible">
                        <path class="fp-bar-open" d="M0 0 l8 8 l-8 8"/>
                    </svg>
                })),
                // "About": a band over the bar's last tenth and beyond.
                Qualifier::Approx => Some(Either::Right(view! {
                    <rect class="fp-bar-band" x=pct(len * 9 / 10) y="1" width=pct((len / 5).max(10)) height="20"/>
                })),
                _ => None,
            };
            view! {
                <li class="fp-bar-row">
                    <p class="fp-bar-label">{short(&r.source, 48) + " "}<span class="fp-bar-value">{r.text}</span></p>
                    <svg class="fp-bar-svg" width="100%" height="22" aria-hidden="true" focusable="false">
                        <rect class=if k == 0 { "fp-bar" } else { "fp-bar fp-bar-alt" } x="0" y="3" width=pct(len) height="16" rx="2"/>
                        {mark}
                    </svg>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="fp-chart fp-bars" aria-labelledby=labelled>{items}</ul> }
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
