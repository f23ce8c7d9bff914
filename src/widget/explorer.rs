//! The loaded widget: header, search box, and a body with the active
//! filters, the tabs (or the one view the `view` attribute names) and the
//! active view, all Leptos components (`ui::render`). The body's controls
//! are handled by one click and one keydown listener (`actions`), which
//! apply typed actions to the state. Applies the `filter`, `lang` and
//! `limit` attributes live, and opens the fact a `#fact-<id>` link names.

use super::Attrs;
use super::actions;
use super::intl::IntlFmt;
use crate::bundle::{FactKind, fact_id_str};
use crate::ui::i18n::{Lang, T, t};
use crate::ui::model::{Model, parse_fact_link};
use crate::ui::render::{Body, Cx, View};
use crate::ui::state::State;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Bring the fact `id` into view inside `root` and give it focus.
fn reveal(root: web_sys::Element, id: u64) {
    let sel = "#fact-".to_string() + &fact_id_str(id);
    // Twice a frame: after the body has drawn the fact.
    request_animation_frame(move || {
        request_animation_frame(move || {
            if let Ok(Some(el)) = root.query_selector(&sel) {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        })
    });
}

/// Scroll a wide chart sideways so its selected mark is in view.
fn scroll_to_selected(root: &web_sys::Element) {
    let (Ok(Some(chart)), Ok(Some(mark))) = (
        root.query_selector(".fp-chart"),
        root.query_selector(".fp-mark.fp-on"),
    ) else {
        return;
    };
    let (c, m) = (
        chart.get_bounding_client_rect(),
        mark.get_bounding_client_rect(),
    );
    let target =
        chart.scroll_left() as f64 + (m.left() - c.left()) - c.width() / 2.0 + m.width() / 2.0;
    chart.set_scroll_left(target.max(0.0) as i32);
}

/// Props:
/// - `model`: the loaded bundle.
/// - `attrs`: the element's attributes, live.
#[component]
pub fn Explorer(model: Arc<Model>, attrs: Attrs) -> impl IntoView {
    // The editor's views, in order; the first that has facts opens.
    let shown = View::shown(&model);
    let start = {
        let n = View::counts(&model, &Default::default());
        shown
            .iter()
            .copied()
            .find(|v| n[v.index()] > 0)
            .unwrap_or(shown[0])
    };
    let state = RwSignal::new(State {
        view: start,
        ..Default::default()
    });
    let box_title = model.b.title.clone();
    let body = NodeRef::<leptos::html::Div>::new();
    let tag = attrs.lang.clone();
    let Attrs {
        view: view_a,
        lang: lang_a,
        limit: limit_a,
        filter: filter_a,
        ..
    } = attrs;
    let fixed = Memo::new(move |_| View::parse(&view_a.get()));
    let lang = Memo::new(move |_| Lang::parse(&lang_a.get()));
    let limit = Memo::new(move |_| {
        limit_a
            .get()
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or(8)
    });
    // The `view` and `filter` attributes, now and when they change.
    let m = model.clone();
    let shown_kinds = shown.clone();
    Effect::new(move |_| {
        let fixed = fixed.get();
        let (f, kind) = m.parse_filter(&filter_a.get());
        state.update(|s| {
            s.filter = f;
            // A kind filter opens its view when the box shows it.
            if let Some(v) = fixed.or(kind.map(View::of_kind).filter(|v| shown_kinds.contains(v))) {
                s.view = v;
            }
        });
    });
    // Deep links: "#fact-3fa9c2d1e07b4a55" opens that fact (in a view the
    // box shows), now and on every hash change.
    let m = model.clone();
    let shown_links = shown.clone();
    let follow = move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(id) = parse_fact_link(&hash) else {
            return;
        };
        let Some(i) = m.fact_by_id(id) else { return };
        let kind = m.b.facts[i].kind();
        let view = View::of_kind(kind);
        if fixed
            .get_untracked()
            .map_or(!shown_links.contains(&view), |v| v != view)
        {
            return;
        }
        state.update(|s| {
            s.filter = Default::default();
            s.view = view;
            s.panel.show_all = true;
            if kind == FactKind::Event {
                s.panel.selected = Some(i);
            }
            if !s.panel.expanded.contains(&i) {
                s.panel.expanded.push(i);
            }
        });
        if let Some(el) = body.get_untracked() {
            reveal(el.into(), id);
        }
    };
    let follow2 = follow.clone();
    Effect::new(move |_| follow2());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| follow());
    on_cleanup(move || listener.remove());
    // Show the timeline's selected mark when the view, selection or zoom changes.
    Effect::new(move |prev: Option<(View, Option<usize>, u8)>| {
        let now = state.with(|s| (s.view, s.panel.selected, s.panel.zoom));
        if prev != Some(now) && now.0 == View::Timeline {
            if let Some(root) = body.get_untracked() {
                let root: web_sys::Element = root.into();
                request_animation_frame(move || scroll_to_selected(&root));
            }
        }
        now
    });

    let query = Memo::new(move |_| state.with(|s| s.filter.query.clone()));
    let m = model.clone();
    let total = Memo::new(move |_| state.with(|s| m.counts(&s.filter).iter().sum::<usize>()));
    let stats = {
        let (facts, sources) = (model.b.facts.len(), model.b.articles.len());
        move || {
            let l = lang.get();
            facts.to_string()
                + " "
                + t(l, T::Facts)
                + " · "
                + &sources.to_string()
                + " "
                + &t(l, T::Sources).to_lowercase()
        }
    };
    let counting = model.clone();
    // The views, drawn again only when the language, the limit or the fixed
    // view changes; inside, they follow the state part by part.
    let views = move || {
        let fmt = Arc::new(IntlFmt(lang.get(), tag.get()));
        let cx = Cx::new(
            model.clone(),
            fmt,
            state,
            limit.get(),
            false,
            fixed.get().is_some(),
        );
        view! { <Body cx/> }
    };
    view! {
        <div class="fp-inner" lang=move || lang.get().tag()>
            <header class="fp-head">
                <h2 class="fp-title" id="fp-title">{move || match fixed.get() {
                    Some(v) => v.label(lang.get()).to_string(),
                    None => box_title.clone().unwrap_or_else(|| t(lang.get(), T::Title).to_string()),
                }}</h2>
                <p class="fp-stats">{stats}</p>
            </header>
            <div class="fp-tools" role="search">
                <input class="fp-search" type="search" aria-label=move || t(lang.get(), T::Search) placeholder=move || t(lang.get(), T::Search)
                    prop:value=move || query.get()
                    on:input=move |ev| { let q = event_target_value(&ev); state.update(|s| s.filter.query = q) }/>
                <p class="fp-total" aria-live="polite">{move || total.get().to_string() + " " + t(lang.get(), T::Facts)}</p>
            </div>
            <div class="fp-body" node_ref=body
                on:click=move |ev| actions::click(state, &ev, fixed.get_untracked().is_some(), &shown, |f| View::counts(&counting, f))
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if actions::key(state, &ev, fixed.get_untracked().is_some()) {
                        ev.prevent_default();
                    }
                }>
                {views}
            </div>
        </div>
    }
}
