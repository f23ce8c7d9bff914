//! The loaded widget: header, search box, and a body with the active
//! filters, the tabs (or the one view the `view` attribute names) and the
//! active view. The body is markup from `ui::render`, its controls handled
//! by delegation (`actions`). Applies the `filter`, `lang` and `limit`
//! attributes live, and opens the fact a `#fact-<id>` link names.

use super::Attrs;
use super::actions::{self, refocus};
use super::intl::IntlFmt;
use super::state::Ui;
use crate::bundle::{FactKind, fact_id_str};
use crate::ui::i18n::{Lang, T, t};
use crate::ui::model::{Model, parse_fact_id};
use crate::ui::render::{self, Ctx, View};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Bring the fact `id` into view inside `root` and give it focus.
fn reveal(root: web_sys::Element, id: u32) {
    let sel = format!("#fact-{}", fact_id_str(id));
    // Twice a frame: after the body has rendered the fact.
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
    let ui = Ui::new(model);
    let body = NodeRef::<leptos::html::Div>::new();
    let (view_a, lang_a, limit_a, filter_a) = (
        attrs.view.clone(),
        attrs.lang.clone(),
        attrs.limit.clone(),
        attrs.filter.clone(),
    );
    let fixed = move || View::parse(&view_a.get());
    let lang = move || Lang::parse(&lang_a.get());
    let limit = move || {
        limit_a
            .get()
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or(8)
    };
    // The `view` and `filter` attributes, now and when they change.
    let fixed2 = fixed.clone();
    Effect::new(move |_| {
        let fixed = fixed2();
        let (f, kind) = ui.m().parse_filter(&filter_a.get());
        ui.set(|s| {
            s.filter = f;
            if let Some(v) = fixed.or(kind.map(View::of_kind)) {
                s.view = v;
            }
        });
    });
    // Deep links: "#fact-3fa9c2d1" opens that fact, now and on every hash change.
    let fixed3 = fixed.clone();
    let follow = move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(id) = parse_fact_id(&hash) else {
            return;
        };
        let m = ui.m();
        let Some(i) = m.fact_by_id(id) else { return };
        let kind = m.b.facts[i].kind();
        let view = View::of_kind(kind);
        if untrack(&fixed3).is_some_and(|v| v != view) {
            return;
        }
        ui.set(|s| {
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
        let now = ui.state.with(|s| (s.view, s.panel.selected, s.panel.zoom));
        if prev != Some(now) && now.0 == View::Timeline {
            if let Some(root) = body.get_untracked() {
                let root: web_sys::Element = root.into();
                request_animation_frame(move || scroll_to_selected(&root));
            }
        }
        now
    });
    // After a re-render the control that was used is new: focus it again.
    Effect::new(move |_| {
        if let (Some(a), Some(root)) = (ui.state.with(|s| s.focus.clone()), body.get_untracked()) {
            refocus(root.into(), a);
        }
    });

    let (fixed4, lang2, tag) = (fixed.clone(), lang.clone(), attrs.lang.clone());
    let html = move || {
        let m = ui.m();
        let fmt = IntlFmt(lang2(), tag.get());
        let fixed = fixed4().is_some();
        let limit = limit();
        ui.state.with(|s| {
            let cx = Ctx {
                m: &m,
                f: &s.filter,
                st: &s.panel,
                fmt: &fmt,
                limit,
                static_html: false,
            };
            render::body(&cx, s.view, fixed)
        })
    };
    let lang3 = lang.clone();
    let total = move || {
        format!(
            "{} {}",
            ui.state
                .with(|s| ui.m().counts(&s.filter).iter().sum::<usize>()),
            t(lang3(), T::Facts)
        )
    };
    let m = ui.m();
    let lang4 = lang.clone();
    let stats = move || {
        format!(
            "{} {} · {} {}",
            m.b.facts.len(),
            t(lang4(), T::Facts),
            m.b.articles.len(),
            t(lang4(), T::Sources).to_lowercase()
        )
    };
    let (lang5, lang6, lang7, lang8) = (lang.clone(), lang.clone(), lang.clone(), lang.clone());
    let fixed5 = fixed.clone();
    let fixed6 = fixed.clone();
    view! {
        <div class="fp-inner" lang=move || lang5().tag()>
            <header class="fp-head">
                <h2 class="fp-title" id="fp-title">{move || fixed5().map_or(t(lang6(), T::Title), |v| v.label(lang6()))}</h2>
                <p class="fp-stats">{stats}</p>
            </header>
            <div class="fp-tools" role="search">
                <input class="fp-search" type="search" aria-label=move || t(lang7(), T::Search) placeholder=move || t(lang8(), T::Search)
                    prop:value=move || ui.state.with(|s| s.filter.query.clone())
                    on:input=move |ev| { let q = event_target_value(&ev); ui.set(|s| { s.filter.query = q; s.focus = None; }) }/>
                <p class="fp-total" aria-live="polite">{total}</p>
            </div>
            <div class="fp-body" node_ref=body inner_html=html
                on:click=move |ev| {
                    if let Some(a) = actions::control(ev.target()).and_then(|c| c.get_attribute("data-a")) {
                        actions::act(ui, &a, untrack(&fixed6).is_some());
                    }
                }
                on:keydown={
                    let fixed = fixed.clone();
                    move |ev: web_sys::KeyboardEvent| {
                        if actions::key(ui, &ev, untrack(&fixed).is_some()) {
                            ev.prevent_default();
                        }
                    }
                }>
            </div>
        </div>
    }
}
