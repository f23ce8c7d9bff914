//! Sources: the articles with title, publisher, date, link, and how many of
//! the matching facts each gave.

use super::{Ctx, esc, safe_url, tf};
use crate::bundle::Precision;
use crate::ui::i18n::T;

pub fn render(cx: &Ctx) -> String {
    let tallies = cx.m.tallies(cx.f);
    let counts = &tallies.1;
    let mut s = String::from("<ol class=\"fp-articles\">");
    for (a, art) in cx.m.b.articles.iter().enumerate() {
        let title = esc(&art.title);
        let title = match art.url.as_deref().and_then(safe_url) {
            Some(u) => format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{title}</a>",
                esc(u)
            ),
            None => title,
        };
        // "Source 2": what a citation calls an article without a publisher or site.
        let meta = [
            Some(format!("{} {}", cx.t(T::Source), a + 1)),
            art.publisher.clone(),
            art.published
                .as_deref()
                .map(|d| cx.fmt.date(d, Precision::Day)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let n = counts[a];
        let label = format!("{n} {}", cx.t(T::Facts));
        let count = if cx.static_html {
            format!("<span class=\"fp-chip\">{label}</span>")
        } else {
            let on = cx.f.article == Some(a as u32);
            format!(
                "<button type=\"button\" class=\"fp-chip{}\" data-a=\"r{a}\" aria-pressed=\"{}\"{}>{label}</button>",
                if on { " fp-on" } else { "" },
                tf(on),
                if n == 0 { " disabled" } else { "" }
            )
        };
        s += &format!(
            "<li class=\"fp-article\"><p class=\"fp-article-title\">{title}</p><p class=\"fp-cite\">{} <span class=\"fp-file\">{}</span></p>{count}</li>",
            esc(&meta),
            esc(&art.file)
        );
    }
    s + "</ol>"
}
