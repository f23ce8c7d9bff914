//! Key numbers: the quantities as cards, then the rows of tables.

use super::{Cards, Cx};
use crate::bundle::{Body, FactKind, fact_id_str};
use crate::ui::i18n::T;
use leptos::prelude::*;

/// Props: `cx`.
#[component]
pub fn Numbers(cx: Cx) -> impl IntoView {
    let list = Memo::new(move |_| {
        let m = cx.m();
        m.salient(cx.list(FactKind::Quantity))
    });
    let rows = Memo::new(move |_| cx.list(FactKind::Row));
    // The card list is drawn again only when it empties or fills: in
    // between, its keyed items follow the filter.
    let any = Memo::new(move |_| !list.with(Vec::is_empty));
    view! {
        {move || any.get().then(|| view! { <Cards cx list class="fp-grid"/> })}
        {move || {
            let rows = rows.get();
            (!rows.is_empty()).then(|| view! { <Tables cx rows/> })
        }}
    }
}

/// The matching table rows, grouped by table, as tables.
///
/// Props: `cx`; `rows`: the row facts, in bundle order.
#[component]
pub fn Tables(cx: Cx, rows: Vec<usize>) -> impl IntoView {
    let m = cx.m();
    let mut tables: Vec<(&str, Vec<usize>)> = Vec::new();
    for i in rows {
        if let Body::Row { table, .. } = &m.b.facts[i].body {
            match tables.iter_mut().find(|t| t.0 == table) {
                Some(t) => t.1.push(i),
                None => tables.push((table, vec![i])),
            }
        }
    }
    let tables = tables
        .into_iter()
        .filter_map(|(_, rows)| {
            let Body::Row { cells, .. } = &m.b.facts[rows[0]].body else {
                return None;
            };
            let label = cells
                .iter()
                .map(|c| c.0.as_str())
                .collect::<Vec<_>>()
                .join(" · ");
            let head = cells
                .iter()
                .map(|(h, _)| view! { <th scope="col">{h.clone()}</th> })
                .collect_view();
            let body = rows
                .iter()
                .filter_map(|&i| {
                    let f = &m.b.facts[i];
                    let Body::Row { cells, .. } = &f.body else {
                        return None;
                    };
                    let tds = cells
                        .iter()
                        .map(|(_, c)| view! { <td>{c.clone()}</td> })
                        .collect_view();
                    Some(view! { <tr id=cx.id(&("fact-".to_string() + &fact_id_str(f.id)))>{tds}</tr> })
                })
                .collect_view();
            Some(view! {
                <div class="fp-scroll" tabindex="0" role="region" aria-label=label>
                    <table class="fp-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
                </div>
            })
        })
        .collect_view();
    view! { <h3 class="fp-sub">{cx.t(T::Tables)}</h3>{tables} }
}
