//! The root component: loads the bundle named by `src` and shows its facts.

use super::card::FactCard;
use super::load::fetch_bundle;
use crate::bundle::Bundle;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the widget is showing.
#[derive(Clone)]
enum State {
    Loading,
    Failed(String),
    Ready(Arc<Bundle>),
}

/// The whole widget.
///
/// Props:
/// - `src`: URL of the bundle to show; a new value loads and shows that bundle.
#[component]
pub fn App(src: ArcRwSignal<String>) -> impl IntoView {
    let state = RwSignal::new(State::Loading);
    // Only the latest request may set the state: a slow earlier response must
    // not overwrite a later one.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let url = src.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        state.set(State::Loading);
        spawn_local(async move {
            let next = match fetch_bundle(&url).await {
                Ok(b) => State::Ready(Arc::new(b)),
                Err(e) => State::Failed(e),
            };
            if generation.try_get_value() == Some(mine) {
                state.try_set(next);
            }
        });
    });
    view! {
        <section class="fp" aria-label="Facts">
            {move || match state.get() {
                State::Loading => view! { <p class="fp-status" role="status">"Loading facts…"</p> }.into_any(),
                State::Failed(msg) => view! { <p class="fp-status fp-error" role="alert">{msg}</p> }.into_any(),
                State::Ready(b) => {
                    let cards = (0..b.facts.len())
                        .map(|i| view! { <FactCard bundle=b.clone() index=i/> })
                        .collect_view();
                    view! { <ul class="fp-cards">{cards}</ul> }.into_any()
                }
            }}
        </section>
    }
}
