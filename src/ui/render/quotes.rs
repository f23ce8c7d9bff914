//! Quotes: the words, the speaker and the article.

use super::{Cards, Cx};
use crate::bundle::FactKind;
use leptos::prelude::*;

/// Props: `cx`.
#[component]
pub fn Quotes(cx: Cx) -> impl IntoView {
    let list = Memo::new(move |_| cx.list(FactKind::Quote));
    view! { <Cards cx list class="fp-grid fp-quotes"/> }
}
