//! The view tabs (each with the number of matching items) and the line
//! naming the active filters. Arrow keys move between tabs (WAI-ARIA tabs
//! pattern; see the widget's panel).

use super::{Cx, View, tf};
use crate::ui::i18n::T;
use crate::ui::state::Action;
use leptos::prelude::*;

/// The tab list, the active view's tab selected. The tabs stay in place
/// when the view or the counts change: only their state and counts do.
///
/// Props: `cx`.
#[component]
pub fn Tabs(cx: Cx) -> impl IntoView {
    let lang = cx.lang();
    let tabs = View::shown(&cx.m())
        .into_iter()
        .map(|v| {
            let on = Memo::new(move |_| cx.view.get() == v);
            let k = v.index();
            view! {
                <button type="button" role="tab" class="fp-tab" id="fp-tab-".to_string() + v.key()
                    aria-controls="fp-panel" aria-selected=move || tf(on.get())
                    tabindex=move || if on.get() { "0" } else { "-1" } data-a=Action::Show(v).key()>
                    {v.label(lang)}<span class="fp-count">{move || cx.counts.with(|c| c[k])}</span>
                </button>
            }
        })
        .collect_view();
    view! { <div class="fp-tabs" role="tablist" aria-label=cx.t(T::Views)>{tabs}</div> }
}

/// "Facts about JOGMEC · Clear filters", when a filter is active. Typing
/// in the search box changes neither memo here unless the line appears or
/// goes, so the line is not built again on every keystroke.
///
/// Props: `cx`.
#[component]
pub fn Filters(cx: Cx) -> impl IntoView {
    let active = Memo::new(move |_| {
        cx.filter
            .with(|f| f.entity.is_some() || f.article.is_some() || !f.query.is_empty())
    });
    let what = Memo::new(move |_| {
        let (entity, article) = cx.filter.with(|f| (f.entity, f.article));
        let m = cx.m();
        let mut parts = Vec::new();
        if let Some(e) = entity {
            parts.push(cx.t(T::FactsAbout).to_string() + " " + &m.b.entities[e as usize].name);
        }
        if let Some(a) = article {
            parts.push(cx.t(T::FactsFrom).to_string() + " " + &m.b.articles[a as usize].title);
        }
        parts.join(" · ")
    });
    move || {
        active.get().then(|| {
            view! {
                <p class="fp-active">{move || what.get()}<button type="button" class="fp-clear" data-a="clear">{cx.t(T::ClearFilters)}</button></p>
            }
        })
    }
}
