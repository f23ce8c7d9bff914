//! Quotes: the words, the speaker and the article.

use super::{Ctx, cards};
use crate::bundle::FactKind;

pub fn render(cx: &Ctx) -> String {
    cards(cx, &cx.m.list(FactKind::Quote, cx.f), "fp-grid fp-quotes")
}
