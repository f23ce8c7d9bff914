//! The view tabs (each with the number of matching items) and the line
//! naming the active filters. Arrow keys move between tabs (WAI-ARIA tabs
//! pattern; see the widget's panel).

use super::{Ctx, View, esc, tf};
use crate::ui::i18n::T;

/// The tab list, the active view's tab selected.
pub fn render(cx: &Ctx, active: View) -> String {
    let mut s = format!(
        "<div class=\"fp-tabs\" role=\"tablist\" aria-label=\"{}\">",
        cx.t(T::Views)
    );
    for (k, v) in View::ALL.into_iter().enumerate() {
        let on = v == active;
        s += &format!(
            "<button type=\"button\" role=\"tab\" class=\"fp-tab\" id=\"fp-tab-{}\" aria-controls=\"fp-panel\" aria-selected=\"{}\" tabindex=\"{}\" data-a=\"v{k}\">{}<span class=\"fp-count\">{}</span></button>",
            v.key(),
            tf(on),
            if on { 0 } else { -1 },
            v.label(cx.lang()),
            v.count(cx.m, cx.f)
        );
    }
    s + "</div>"
}

/// "Facts about JOGMEC · Clear filters", when a filter is active.
pub fn filters(cx: &Ctx) -> String {
    let mut parts = Vec::new();
    if let Some(e) = cx.f.entity {
        parts.push(format!(
            "{} {}",
            cx.t(T::FactsAbout),
            esc(&cx.m.b.entities[e as usize].name)
        ));
    }
    if let Some(a) = cx.f.article {
        parts.push(format!(
            "{} {}",
            cx.t(T::FactsFrom),
            esc(&cx.m.b.articles[a as usize].title)
        ));
    }
    if parts.is_empty() && cx.f.query.is_empty() {
        return String::new();
    }
    format!(
        "<p class=\"fp-active\">{}<button type=\"button\" class=\"fp-clear\" data-a=\"clear\">{}</button></p>",
        parts.join(" · "),
        cx.t(T::ClearFilters)
    )
}
