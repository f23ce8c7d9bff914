//! Sources: the articles with title, publisher, date, link, and how many of
//! the matching facts each gave.

use super::{Cx, safe_url, tf};
use crate::bundle::Precision;
use crate::ui::i18n::T;
use crate::ui::state::Action;
use leptos::either::Either;
use leptos::prelude::*;

/// Props: `cx`.
#[component]
pub fn Sources(cx: Cx) -> impl IntoView {
    let m = cx.m();
    let items = m
        .b
        .articles
        .iter()
        .enumerate()
        .map(|(a, art)| {
            let title = match art.url.as_deref().and_then(safe_url) {
                Some(u) => Either::Left(view! {
                    <a href=u.to_string() rel="noopener noreferrer" target="_blank">{art.title.clone()}</a>
                }),
                None => Either::Right(art.title.clone()),
            };
            // "Source 2": what a citation calls an article without a publisher or site.
            let meta = [
                Some(cx.t(T::Source).to_string() + " " + &(a + 1).to_string()),
                art.publisher.clone(),
                art.published.as_deref().map(|d| cx.date(d, Precision::Day)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let n = move || cx.tallies.with(|t| t.1[a]);
            let label = move || n().to_string() + " " + cx.t(T::Facts);
            let count = if cx.is_static() {
                Either::Left(view! { <span class="fp-chip">{label}</span> })
            } else {
                let on = Memo::new(move |_| cx.filter.with(|f| f.article == Some(a as u32)));
                Either::Right(view! {
                    <button type="button" class=move || if on.get() { "fp-chip fp-on" } else { "fp-chip" }
                        data-a=Action::Article(a as u32).key() aria-pressed=move || tf(on.get())
                        disabled=move || n() == 0>{label}</button>
                })
            };
            view! {
                <li class="fp-article">
                    <p class="fp-article-title">{title}</p>
                    <p class="fp-cite">{meta + " "}<span class="fp-file">{art.file.clone()}</span></p>
                    {count}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="fp-articles">{items}</ol> }
}
