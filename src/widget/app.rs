//! The root component: loads the bundle named by `src` and shows it, or a
//! message when it cannot be loaded or read.

use super::Attrs;
use super::explorer::Explorer;
use super::load::fetch_bundle;
use crate::ui::i18n::{Lang, T, t};
use crate::ui::model::Model;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the widget is showing.
#[derive(Clone)]
enum State {
    Loading,
    Failed(String),
    Ready(Arc<Model>),
}

/// A request for the bundle the shim began before the wasm was ready: the
/// URL it asked for and the `Promise` of its `Response`.
pub struct Started(pub String, pub js_sys::Promise);

/// The whole widget.
///
/// Props:
/// - `attrs`: the element's attributes (`src`, `view`, `filter`, `lang`,
///   `limit`); a new `src` loads and shows that bundle.
/// - `started`: the shim's request for the first `src`, if it made one;
///   used once, for that URL only.
#[component]
pub fn App(attrs: Attrs, started: Option<Started>) -> impl IntoView {
    let state = RwSignal::new(State::Loading);
    let started = StoredValue::new_local(started);
    // Only the latest request may set the state: a slow earlier response must
    // not overwrite a later one.
    let generation = StoredValue::new(0u32);
    let src = attrs.src.clone();
    Effect::new(move |_| {
        let url = src.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        state.set(State::Loading);
        let begun = started
            .try_update_value(Option::take)
            .flatten()
            .and_then(|Started(u, p)| (u == url).then_some(p));
        spawn_local(async move {
            let next = match fetch_bundle(&url, begun).await {
                Ok(b) => State::Ready(Arc::new(Model::new(b))),
                Err(e) => State::Failed(e),
            };
            if generation.try_get_value() == Some(mine) {
                state.try_set(next);
            }
        });
    });
    let lang = attrs.lang.clone();
    view! {
        <section class="fp" aria-label=move || t(Lang::parse(&lang.get()), T::Title)>
            {move || {
                let lang = Lang::parse(&attrs.lang.get());
                match state.get() {
                    State::Loading => view! { <p class="fp-status" role="status">{t(lang, T::Loading)}</p> }.into_any(),
                    State::Failed(msg) => view! { <p class="fp-status fp-error" role="alert">{format!("{}: {msg}", t(lang, T::FailedPrefix))}</p> }.into_any(),
                    State::Ready(m) => view! { <Explorer model=m attrs=attrs.clone()/> }.into_any(),
                }
            }}
        </section>
    }
}
