//! The views as HTML: pure functions from a model, a filter and the panel's
//! state to escaped markup. The widget puts this markup in its panel and
//! handles the buttons in it by delegation (`data-a` actions); the compiler
//! uses the same functions for the static fallback (`factpack render`), so
//! what readers see without JavaScript is what the widget shows.
//!
//! Every text from a bundle passes through [`esc`]; links are only ever
//! `http(s):` URLs or `#fact-` anchors.

pub mod compare;
pub mod entities;
pub mod numbers;
pub mod quotes;
pub mod sources;
pub mod tabs;
pub mod timeline;

use super::fmt::{self, Fmt};
use super::i18n::{Lang, T, t};
use super::model::{Filter, Model};
use crate::bundle::{Body, FactKind, Source, fact_id_str};

/// The size in px of chart text (the citations' size, `.fp-chart svg` in
/// the stylesheet): layouts measure their labels at it.
pub const CHART_TEXT_PX: f64 = 13.0;

/// The widget's views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Numbers,
    Timeline,
    Compare,
    Quotes,
    Entities,
    Sources,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Numbers,
        View::Timeline,
        View::Compare,
        View::Quotes,
        View::Entities,
        View::Sources,
    ];

    /// From the `view` attribute; `all` (or anything else) is `None`.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == s.trim())
    }

    pub fn key(self) -> &'static str {
        match self {
            View::Numbers => "numbers",
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Quotes => "quotes",
            View::Entities => "entities",
            View::Sources => "sources",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                View::Numbers => T::Numbers,
                View::Timeline => T::Timeline,
                View::Compare => T::Compare,
                View::Quotes => T::Quotes,
                View::Entities => T::Entities,
                View::Sources => T::Sources,
            },
        )
    }

    /// Where a fact of a kind is shown.
    pub fn of_kind(k: FactKind) -> View {
        match k {
            FactKind::Quantity | FactKind::Row => View::Numbers,
            FactKind::Event => View::Timeline,
            FactKind::Quote => View::Quotes,
        }
    }

    /// How many items the view shows under a filter.
    pub fn count(self, m: &Model, f: &Filter) -> usize {
        let c = m.counts(f);
        match self {
            View::Numbers => c[0] + c[3],
            View::Timeline => c[1],
            View::Quotes => c[2],
            View::Compare => m.disagreements(f).len(),
            View::Entities => m.tallies(f).0.iter().filter(|&&n| n > 0).count(),
            View::Sources => m.tallies(f).1.iter().filter(|&&n| n > 0).count(),
        }
    }
}

/// What the reader has opened or switched in the panel.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PanelState {
    /// Fact cards showing their sources.
    pub expanded: Vec<usize>,
    /// Lists show every item, not just the first `limit`.
    pub show_all: bool,
    /// The timeline's selected event.
    pub selected: Option<usize>,
    /// Charts shown as tables, by key ("timeline", "cmp0").
    pub tables: Vec<String>,
    /// Timeline zoom: the axis is 2^zoom times its base width.
    pub zoom: u8,
}

/// Everything a view needs to render.
pub struct Ctx<'a> {
    pub m: &'a Model,
    pub f: &'a Filter,
    pub st: &'a PanelState,
    pub fmt: &'a dyn Fmt,
    /// Items a list shows before "Show all".
    pub limit: usize,
    /// Markup for readers without JavaScript: sources always shown, no
    /// buttons, the timeline as a list.
    pub static_html: bool,
}

impl Ctx<'_> {
    pub fn lang(&self) -> Lang {
        self.fmt.lang()
    }
    pub fn t(&self, k: T) -> &'static str {
        t(self.lang(), k)
    }
}

/// Escape text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Bidirectional controls could reorder what readers see around them.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A URL safe to link: only `http:` and `https:`.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://")).then_some(u)
}

/// `"true"` or `"false"` for ARIA states.
pub fn tf(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// The markup of a view, or its empty state.
pub fn panel(cx: &Ctx, view: View) -> String {
    if view.count(cx.m, cx.f) == 0 {
        let clear = if cx.static_html {
            String::new()
        } else {
            format!(
                "<button type=\"button\" class=\"fp-clear\" data-a=\"clear\">{}</button>",
                cx.t(T::ClearFilters)
            )
        };
        return format!(
            "<div class=\"fp-empty\"><p>{}</p>{clear}</div>",
            cx.t(T::NoMatch)
        );
    }
    match view {
        View::Numbers => numbers::render(cx),
        View::Timeline => timeline::render(cx),
        View::Compare => compare::render(cx),
        View::Quotes => quotes::render(cx),
        View::Entities => entities::render(cx),
        View::Sources => sources::render(cx),
    }
}

/// The widget's body: the active filters, the tabs (unless one view is
/// fixed), and the active view in its panel.
pub fn body(cx: &Ctx, view: View, fixed: bool) -> String {
    let mut s = tabs::filters(cx);
    let (role, label) = if fixed {
        ("region", "fp-title".to_string())
    } else {
        ("tabpanel", format!("fp-tab-{}", view.key()))
    };
    if !fixed {
        s += &tabs::render(cx, view);
    }
    s + &format!(
        "<div class=\"fp-panel\" id=\"fp-panel\" role=\"{role}\" aria-labelledby=\"{label}\">"
    ) + &panel(cx, view)
        + "</div>"
}

/// The first `limit` items unless the list is expanded.
pub fn shown<'a>(cx: &Ctx, all: &'a [usize]) -> &'a [usize] {
    if cx.st.show_all || all.len() <= cx.limit {
        all
    } else {
        &all[..cx.limit]
    }
}

/// "Show all (n)" / "Show fewer" after a list longer than the limit; in
/// static markup, "8 / 40" under a shortened list.
pub fn more(cx: &Ctx, total: usize) -> String {
    if total <= cx.limit || (cx.static_html && cx.st.show_all) {
        return String::new();
    }
    if cx.static_html {
        // A shortened static list says so, with the whole count.
        return format!("<p class=\"fp-more\">{} / {total}</p>", cx.limit);
    }
    let label = if cx.st.show_all {
        cx.t(T::ShowFewer).to_string()
    } else {
        format!("{} ({total})", cx.t(T::ShowAll))
    };
    format!(
        "<button type=\"button\" class=\"fp-more\" data-a=\"more\" aria-expanded=\"{}\">{label}</button>",
        tf(cx.st.show_all)
    )
}

/// What a citation calls an article: its publisher, else its site (the
/// URL's host, without "www."), else its number in the Sources view
/// ("Source 2"). Never its title: an article without a headline is titled by
/// its first sentence, cut, which names no source.
pub fn source_name(cx: &Ctx, article: u32) -> String {
    let a = &cx.m.b.articles[article as usize];
    if let Some(p) = a.publisher.as_deref().filter(|p| !p.trim().is_empty()) {
        return p.trim().to_string();
    }
    if let Some(host) = a.url.as_deref().and_then(safe_url).and_then(host) {
        return host.to_string();
    }
    format!("{} {}", cx.t(T::Source), article + 1)
}

/// The host of an `http(s):` URL, without "www." and port.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let h = rest.split(['/', '?', '#']).next()?;
    let h = h.rsplit_once('@').map_or(h, |x| x.1);
    let h = h.split(':').next()?;
    let h = h.strip_prefix("www.").unwrap_or(h);
    (!h.is_empty()).then_some(h)
}

/// An article's source name and, when known, its date: "Reuters · 12 Feb 2026".
pub fn source_line(cx: &Ctx, article: u32) -> String {
    source_name(cx, article) + &dated(cx, article)
}

/// " · 12 Feb 2026" when the article's date is known, else nothing.
fn dated(cx: &Ctx, article: u32) -> String {
    cx.m.b.articles[article as usize]
        .published
        .as_deref()
        .map(|d| format!(" · {}", cx.fmt.date(d, crate::bundle::Precision::Day)))
        .unwrap_or_default()
}

/// Source name and date of an article, linked when its URL is known; its
/// title in the tooltip.
pub fn cite(cx: &Ctx, article: u32) -> String {
    let a = &cx.m.b.articles[article as usize];
    let name = esc(&source_name(cx, article));
    let title = esc(&a.title);
    let name = match a.url.as_deref().and_then(safe_url) {
        Some(u) => format!(
            "<a href=\"{}\" title=\"{title}\" rel=\"noopener noreferrer\" target=\"_blank\">{name}</a>",
            esc(u)
        ),
        None => format!("<span title=\"{title}\">{name}</span>"),
    };
    format!(
        "<cite class=\"fp-citation\">{name}{}</cite>",
        esc(&dated(cx, article))
    )
}

/// A source sentence with the fact's words (its span) marked.
pub fn sentence(cx: &Ctx, s: Source) -> String {
    let text = &cx.m.b.sentences[s.sentence as usize];
    let byte = |c: u32| {
        text.char_indices()
            .nth(c as usize)
            .map_or(text.len(), |(i, _)| i)
    };
    let (a, b) = (byte(s.span[0]), byte(s.span[1]));
    format!(
        "<blockquote class=\"fp-sentence\"><p>{}<mark>{}</mark>{}</p></blockquote>",
        esc(&text[..a]),
        esc(&text[a..b]),
        esc(&text[b..])
    )
}

/// The headline and the line under it for a fact.
pub fn headline(cx: &Ctx, i: usize) -> (String, String) {
    let f = &cx.m.b.facts[i];
    match &f.body {
        Body::Quantity { measure, .. } => (fmt::value(cx.fmt, &f.body), measure.clone()),
        Body::Event {
            date,
            precision,
            summary,
        } => (cx.fmt.date(date, *precision), summary.clone()),
        Body::Quote { quote, speaker } => (
            format!("“{quote}”"),
            speaker
                .map(|s| cx.m.b.entities[s as usize].name.clone())
                .unwrap_or_default(),
        ),
        Body::Row { table, cells } => (
            cells.first().map(|c| c.1.clone()).unwrap_or_default(),
            table.clone(),
        ),
    }
}

/// One fact as a card: what it says, its citation, and (opened) its exact
/// source sentences with the fact's words highlighted.
pub fn card(cx: &Ctx, i: usize) -> String {
    let f = &cx.m.b.facts[i];
    let id = fact_id_str(f.id);
    let (head, sub) = headline(cx, i);
    let open = cx.st.expanded.contains(&i);
    let mut s = format!(
        "<article class=\"fp-card\" id=\"fact-{id}\" tabindex=\"-1\"><p class=\"fp-value\">{}</p><p class=\"fp-measure\">{}</p>",
        esc(&head),
        esc(&sub)
    );
    for fl in &f.flags {
        s += &format!(
            "<p class=\"fp-flag\"><span aria-hidden=\"true\">⚠ </span>{}: {}</p>",
            cx.t(T::Check),
            esc(&fl.reason)
        );
    }
    let more = f.sources.len() - 1;
    s += &format!("<p class=\"fp-cite\">{}", cite(cx, f.sources[0].article));
    if more > 0 {
        s += &format!(" (+{more} {})", cx.t(T::MoreSources));
    }
    s += "</p>";
    let sources = || {
        f.sources
            .iter()
            .map(|src| {
                format!(
                    "<figure class=\"fp-source\">{}<figcaption>{}</figcaption></figure>",
                    sentence(cx, *src),
                    cite(cx, src.article)
                )
            })
            .collect::<String>()
    };
    if cx.static_html {
        // Without JavaScript the sources open in a native disclosure.
        return s + &format!(
            "<details class=\"fp-sources\"><summary>{}</summary>{}</details></article>",
            cx.t(T::Open),
            sources()
        );
    }
    s += &format!(
        "<div class=\"fp-actions\"><button type=\"button\" class=\"fp-toggle\" data-a=\"x{i}\" aria-expanded=\"{}\" aria-controls=\"fp-src-{id}\">{}</button>",
        tf(open),
        cx.t(if open { T::Close } else { T::Open })
    );
    let label = cx.t(T::LinkToFact);
    s += &format!(
        "<a class=\"fp-link\" href=\"#fact-{id}\" title=\"{label}\" aria-label=\"{label}\">#</a></div>"
    );
    if open {
        s += &format!(
            "<div class=\"fp-sources\" id=\"fp-src-{id}\">{}</div>",
            sources()
        );
    }
    s + "</article>"
}

/// The static fallback: every view (or one) under its own heading, readable
/// without JavaScript, for the light DOM of `<fact-pack>` and for search
/// engines. `json_ld` adds schema.org metadata about the sources.
///
/// Every view, as the widget shows them: the title and counts, a row of
/// tabs (links to the views' headings), and one view at a time, the first
/// until a tab is followed (`static.css` shows the view whose heading is the
/// `:target` or holds it, as a `#fact-…` link's card; a browser without
/// `:has` shows them all, and so does print). Every view's markup is in the
/// page, for search engines and for readers who print it.
pub fn static_page(cx: &Ctx, view: Option<View>, json_ld: bool) -> String {
    let mut s = format!("<div class=\"fp-static\" lang=\"{}\">", cx.lang().tag());
    let views: Vec<(View, usize)> = View::ALL
        .into_iter()
        .filter(|v| view.is_none_or(|x| x == *v))
        .map(|v| (v, v.count(cx.m, cx.f)))
        .filter(|&(_, n)| n > 0)
        .collect();
    if view.is_none() && views.len() > 1 {
        s += &format!(
            "<div class=\"fp-static-head\"><p class=\"fp-static-title\">{}</p><p class=\"fp-stats\">{} {} · {} {}</p></div><nav class=\"fp-static-tabs\" aria-label=\"{}\">",
            cx.t(T::Title),
            cx.m.b.facts.len(),
            cx.t(T::Facts),
            cx.m.b.articles.len(),
            cx.t(T::Sources).to_lowercase(),
            cx.t(T::Views)
        );
        for &(v, n) in &views {
            s += &format!(
                "<a href=\"#fp-static-{0}\" data-view=\"{0}\">{1} <span class=\"fp-count\">{n}</span></a>",
                v.key(),
                v.label(cx.lang())
            );
        }
        s += "</nav>";
    }
    for (v, _) in views {
        s += &format!(
            "<section class=\"fp-static-view\" aria-labelledby=\"fp-static-{0}\" data-view=\"{0}\"><h2 id=\"fp-static-{0}\">{1}</h2>{2}</section>",
            v.key(),
            v.label(cx.lang()),
            panel(cx, v)
        );
    }
    if json_ld {
        s += &jsonld(cx);
    }
    s + "</div>"
}

/// JSON text: quoted and escaped, with `<` escaped so it cannot close a script.
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            '<' => out += "\\u003c",
            '>' => out += "\\u003e",
            '&' => out += "\\u0026",
            c if (c as u32) < 0x20 || matches!(c, '\u{2028}' | '\u{2029}') => {
                out += &format!("\\u{:04x}", c as u32)
            }
            c => out.push(c),
        }
    }
    out + "\""
}

/// schema.org metadata: the articles the facts come from.
fn jsonld(cx: &Ctx) -> String {
    let items: Vec<String> =
        cx.m.b
            .articles
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let mut fields = vec![format!(
                    "\"@type\":\"NewsArticle\",\"headline\":{}",
                    json_str(&a.title)
                )];
                if let Some(d) = &a.published {
                    fields.push(format!("\"datePublished\":{}", json_str(d)));
                }
                if let Some(u) = a.url.as_deref().and_then(safe_url) {
                    fields.push(format!("\"url\":{}", json_str(u)));
                }
                if let Some(p) = &a.publisher {
                    fields.push(format!(
                        "\"publisher\":{{\"@type\":\"Organization\",\"name\":{}}}",
                        json_str(p)
                    ));
                }
                format!(
                    "{{\"@type\":\"ListItem\",\"position\":{},\"item\":{{{}}}}}",
                    k + 1,
                    fields.join(",")
                )
            })
            .collect();
    format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"name\":\"Sources\",\"numberOfItems\":{},\"itemListElement\":[{}]}}</script>",
        items.len(),
        items.join(",")
    )
}

/// A list of cards.
pub fn cards(cx: &Ctx, list: &[usize], class: &str) -> String {
    let mut s = format!("<ul class=\"{class}\">");
    for &i in shown(cx, list) {
        s += "<li>";
        s += &card(cx, i);
        s += "</li>";
    }
    s + "</ul>" + &more(cx, list.len())
}

/// A "View as table" / "View as chart" switch for the chart `key`.
pub fn switch(cx: &Ctx, key: &str) -> String {
    if cx.static_html {
        return String::new();
    }
    let on = cx.st.tables.iter().any(|k| k == key);
    format!(
        "<button type=\"button\" class=\"fp-switch\" data-a=\"t{key}\" aria-pressed=\"{}\">{}</button>",
        tf(on),
        cx.t(if on { T::AsChart } else { T::AsTable })
    )
}

/// Is the chart `key` shown as a table?
pub fn as_table(cx: &Ctx, key: &str) -> bool {
    cx.static_html || cx.st.tables.iter().any(|k| k == key)
}

/// Render every view of a bundle in every state a reader can reach (each
/// card open, each chart as a table, zoomed in, each event selected,
/// filtered by each entity and article), as the widget and as the static
/// fallback, in both languages. Used by the fuzzer and the robustness tests:
/// a bundle that passed validation must never make a view panic.
#[cfg(feature = "compiler")]
#[doc(hidden)]
pub fn exercise(b: crate::bundle::Bundle) -> usize {
    let m = Model::new(b);
    let n = m.b.facts.len();
    let mut filters = vec![
        Filter::default(),
        m.parse_filter("kind:quote").0,
        m.parse_filter("the 1").0,
    ];
    filters.extend((0..m.b.entities.len().min(4)).map(|e| Filter {
        entity: Some(e as u32),
        ..Default::default()
    }));
    filters.extend((0..m.b.articles.len().min(3)).map(|a| Filter {
        article: Some(a as u32),
        ..Default::default()
    }));
    let tables: Vec<String> = std::iter::once("timeline".to_string())
        .chain((0..m.b.disagreements.len()).map(|k| format!("cmp{k}")))
        .collect();
    let states = [
        PanelState::default(),
        PanelState {
            expanded: (0..n).collect(),
            show_all: true,
            selected: n.checked_sub(1),
            tables,
            zoom: 9,
        },
        PanelState {
            selected: Some(0),
            zoom: 2,
            ..Default::default()
        },
    ];
    let mut bytes = 0;
    for lang in [Lang::En, Lang::Ja] {
        let fmt = fmt::Plain(lang);
        for f in &filters {
            for st in &states {
                for static_html in [false, true] {
                    let cx = Ctx {
                        m: &m,
                        f,
                        st,
                        fmt: &fmt,
                        limit: 3,
                        static_html,
                    };
                    for v in View::ALL {
                        bytes += body(&cx, v, false).len();
                    }
                    bytes += static_page(&cx, None, true).len();
                }
            }
        }
    }
    bytes
}

#[cfg(test)]
pub(crate) mod tests;
