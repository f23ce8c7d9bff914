//! One fact as a card: what it says, and where it was read.

use crate::bundle::{Body, Bundle};
use leptos::prelude::*;
use std::sync::Arc;

/// Format a number for display: integers without a fraction, others with up to two decimals.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{:.2}", v) }
}

/// A fact card.
///
/// Props:
/// - `bundle`: the bundle the fact belongs to.
/// - `index`: the fact's index in `bundle.facts`.
#[component]
pub fn FactCard(bundle: Arc<Bundle>, index: usize) -> impl IntoView {
    let fact = &bundle.facts[index];
    let headline = match &fact.body {
        Body::Quantity { value, unit, measure, .. } => {
            let unit = unit.as_deref().unwrap_or("");
            (format!("{}{}", number(*value), unit), measure.clone())
        }
        Body::Event { date, summary, .. } => (date.clone(), summary.clone()),
        Body::Quote { quote, .. } => (format!("“{quote}”"), String::new()),
        Body::Row { table, .. } => (table.clone(), String::new()),
    };
    let sources = fact
        .sources
        .iter()
        .map(|s| {
            let sentence = bundle.sentences[s.sentence as usize].clone();
            let title = bundle.articles[s.article as usize].title.clone();
            view! {
                <blockquote class="fp-source">
                    <p>{sentence}</p>
                    <cite>{title}</cite>
                </blockquote>
            }
        })
        .collect_view();
    view! {
        <li class="fp-card">
            <p class="fp-value">{headline.0}</p>
            <p class="fp-measure">{headline.1}</p>
            {sources}
        </li>
    }
}
