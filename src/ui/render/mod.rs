//! The views as Leptos components: one per view (one file each) and one per
//! part they share (fact card, citation, source sentence, card list, "show
//! all", "view as table", empty state, panel). The widget mounts them in the
//! browser; the compiler renders the same components to HTML (`to_html`,
//! feature `ssr`) for the static fallback, so readers without JavaScript
//! and search engines get what the widget shows, escaped by the framework.
//!
//! A view reads the reader's [`State`] through the memos of [`Cx`]: each
//! part of the state, the counts and the tallies are computed once per
//! change, and lists are keyed (`<For>`), so a keystroke in the search box
//! touches only the cards that come or go. Controls carry their typed
//! [`Action`](crate::ui::state::Action) in `data-a`, read by the panel's one
//! click listener. Links are only ever `http(s):` URLs or `#fact-` anchors.

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
pub use super::state::PanelState;
use super::state::{Action, State};
use crate::bundle::{Body, FactKind, Source, fact_id_str};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

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

    /// The view's place in tab order.
    pub fn index(self) -> usize {
        self as usize
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

    /// The views a bundle shows, in order: the editor's choice (`[box]
    /// views`), else every view.
    pub fn shown(m: &Model) -> Vec<View> {
        let v: Vec<View> = m.b.views.iter().filter_map(|s| View::parse(s)).collect();
        if v.is_empty() { View::ALL.to_vec() } else { v }
    }

    /// How many items each view shows under a filter, in tab order (one
    /// pass over the facts for the counts, one for the tallies).
    pub fn counts(m: &Model, f: &Filter) -> [usize; 6] {
        let c = m.counts(f);
        let t = m.tallies(f);
        let named = |v: &[u32]| v.iter().filter(|&&n| n > 0).count();
        View::ALL.map(|v| match v {
            View::Numbers => c[0] + c[3],
            View::Timeline => c[1],
            View::Quotes => c[2],
            View::Compare => m.disagreements(f).len(),
            View::Entities => named(&t.0),
            View::Sources => named(&t.1),
        })
    }
}

/// Matching facts per entity and per article.
pub type Tallies = Arc<(Vec<u32>, Vec<u32>)>;

/// What every component reads: the bundle, the formats, and the reader's
/// state with what is derived from it, each part in its own memo so that a
/// change re-runs only what reads that part. `Copy`.
#[derive(Clone, Copy)]
pub struct Cx {
    model: StoredValue<Arc<Model>>,
    fmt: StoredValue<Arc<dyn Fmt>, LocalStorage>,
    /// The reader's state; change it with [`Cx::act`].
    pub state: RwSignal<State>,
    /// Items a list shows before "Show all".
    pub limit: usize,
    /// Markup for readers without JavaScript (see [`Cx::is_static`]).
    static_html: bool,
    /// The element shows one view only (no tabs).
    pub fixed: bool,
    /// Which of a page's static fallbacks this is (see [`Cx::id`]).
    scope: usize,
    pub view: Memo<View>,
    pub filter: Memo<Filter>,
    pub expanded: Memo<Vec<usize>>,
    pub show_all: Memo<bool>,
    pub selected: Memo<Option<usize>>,
    pub tables: Memo<Vec<String>>,
    pub zoom: Memo<u8>,
    /// How many items each view shows under the filter, in tab order.
    pub counts: Memo<[usize; 6]>,
    /// Matching facts per entity and per article.
    pub tallies: Memo<Tallies>,
}

impl Cx {
    /// A context over a model, formats and state (create it inside the
    /// reactive owner that renders the views).
    pub fn new(
        model: Arc<Model>,
        fmt: Arc<dyn Fmt>,
        state: RwSignal<State>,
        limit: usize,
        static_html: bool,
        fixed: bool,
    ) -> Cx {
        let model = StoredValue::new(model);
        let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
        let counts = Memo::new(move |_| filter.with(|f| model.with_value(|m| View::counts(m, f))));
        Cx {
            model,
            fmt: StoredValue::new_local(fmt),
            state,
            limit,
            static_html,
            fixed,
            scope: 0,
            view: Memo::new(move |_| state.with(|s| s.view)),
            filter,
            expanded: Memo::new(move |_| state.with(|s| s.panel.expanded.clone())),
            show_all: Memo::new(move |_| state.with(|s| s.panel.show_all)),
            selected: Memo::new(move |_| state.with(|s| s.panel.selected)),
            tables: Memo::new(move |_| state.with(|s| s.panel.tables.clone())),
            zoom: Memo::new(move |_| state.with(|s| s.panel.zoom)),
            counts,
            tallies: Memo::new(move |_| filter.with(|f| model.with_value(|m| m.tallies(f)))),
        }
    }

    /// The model (cheap: an `Arc`).
    pub fn m(&self) -> Arc<Model> {
        self.model.get_value()
    }

    /// The facts of a kind that match the filter (tracks the filter).
    pub fn list(&self, kind: FactKind) -> Vec<usize> {
        let m = self.m();
        self.filter.with(|f| m.list(kind, f))
    }

    pub fn lang(&self) -> Lang {
        self.fmt.with_value(|f| f.lang())
    }

    pub fn t(&self, k: T) -> &'static str {
        t(self.lang(), k)
    }

    /// A date at its precision, in the reader's language.
    pub fn date(&self, d: &str, p: crate::bundle::Precision) -> String {
        self.fmt.with_value(|f| f.date(d, p))
    }

    /// A quantity's value with its unit and qualifier.
    pub fn value(&self, body: &Body) -> String {
        self.fmt.with_value(|f| fmt::value(&**f, body))
    }

    /// Markup for readers without JavaScript: sources in a native
    /// disclosure, no buttons, the timeline as a list. Only the static
    /// renderer (feature `ssr`) draws it, so the widget's wasm leaves that
    /// markup out.
    pub fn is_static(&self) -> bool {
        cfg!(feature = "ssr") && self.static_html
    }

    /// The same context for the `scope`-th static fallback of a page.
    pub fn scoped(self, scope: usize) -> Cx {
        Cx { scope, ..self }
    }

    /// An element id that is unique in the page: as it is in the first
    /// static fallback of a page (where `#fact-…` links lead) and in the
    /// widget (whose ids are inside its shadow root), with a prefix in the
    /// page's later fallbacks ("fp2-fact-3fa9c2d1").
    pub fn id(&self, name: &str) -> String {
        if self.scope == 0 {
            name.to_string()
        } else {
            "fp".to_string() + &(self.scope + 1).to_string() + "-" + name
        }
    }

    /// Is the chart `key` shown as a table? (Always, without JavaScript.)
    pub fn as_table(&self, key: &str) -> bool {
        self.is_static() || self.tables.with(|t| t.iter().any(|k| k == key))
    }
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

/// What a citation calls an article: its publisher, else its site (the
/// URL's host, without "www."), else its number in the Sources view
/// ("Source 2"). Never its title: an article without a headline is titled by
/// its first sentence, cut, which names no source.
pub fn source_name(cx: &Cx, article: u32) -> String {
    let m = cx.m();
    let a = &m.b.articles[article as usize];
    if let Some(p) = a.publisher.as_deref().filter(|p| !p.trim().is_empty()) {
        return p.trim().to_string();
    }
    if let Some(host) = a.url.as_deref().and_then(safe_url).and_then(host) {
        return host.to_string();
    }
    cx.t(T::Source).to_string() + " " + &(article + 1).to_string()
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
pub fn source_line(cx: &Cx, article: u32) -> String {
    source_name(cx, article) + &dated(cx, article).unwrap_or_default()
}

/// " · 12 Feb 2026" when the article's date is known.
fn dated(cx: &Cx, article: u32) -> Option<String> {
    cx.m().b.articles[article as usize]
        .published
        .as_deref()
        .map(|d| " · ".to_string() + &cx.date(d, crate::bundle::Precision::Day))
}

/// Source name and date of an article, linked when its URL is known; its
/// title in the tooltip.
///
/// Props: `cx`; `article`: the article's index.
#[component]
pub fn Cite(cx: Cx, article: u32) -> impl IntoView {
    let m = cx.m();
    let a = &m.b.articles[article as usize];
    let name = source_name(&cx, article);
    let title = a.title.clone();
    let name = match a.url.as_deref().and_then(safe_url) {
        Some(u) => Either::Left(view! {
            <a href=u.to_string() title=title rel="noopener noreferrer" target="_blank">{name}</a>
        }),
        None => Either::Right(view! { <span title=title>{name}</span> }),
    };
    view! { <cite class="fp-citation">{name}{dated(&cx, article)}</cite> }
}

/// A source sentence with the fact's words (its span) marked.
///
/// Props: `cx`; `source`: the sentence and span.
#[component]
pub fn Sentence(cx: Cx, source: Source) -> impl IntoView {
    let m = cx.m();
    let text = &m.b.sentences[source.sentence as usize];
    let byte = |c: u32| {
        text.char_indices()
            .nth(c as usize)
            .map_or(text.len(), |(i, _)| i)
    };
    let (a, b) = (
        byte(source.span[0]),
        byte(source.span[1].max(source.span[0])),
    );
    // Empty parts are left out (the renderer would write a space for them).
    let part = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let (before, mark, after) = (part(&text[..a]), text[a..b].to_string(), part(&text[b..]));
    view! {
        <blockquote class="fp-sentence"><p>{before}<mark>{mark}</mark>{after}</p></blockquote>
    }
}

/// The headline and the line under it for a fact.
pub fn headline(cx: &Cx, i: usize) -> (String, String) {
    let m = cx.m();
    headline_of(cx, &m.b.facts[i].body)
}

/// The headline and the line under it for what a fact says.
pub fn headline_of(cx: &Cx, body: &Body) -> (String, String) {
    let m = cx.m();
    match body {
        Body::Quantity { measure, .. } => (cx.value(body), measure.clone()),
        Body::Event {
            date,
            precision,
            summary,
        } => (cx.date(date, *precision), summary.clone()),
        Body::Quote { quote, speaker } => (
            "“".to_string() + quote + "”",
            speaker
                .map(|s| m.b.entities[s as usize].name.clone())
                .unwrap_or_default(),
        ),
        Body::Row { table, cells } => (
            cells.first().map(|c| c.1.clone()).unwrap_or_default(),
            table.clone(),
        ),
    }
}

/// One fact as a card: what it says, its citation, and (opened) its exact
/// source sentences with the fact's words highlighted. Opening changes the
/// card in place: its button keeps the focus.
///
/// Props: `cx`; `i`: the fact's index.
#[component]
pub fn Card(cx: Cx, i: usize) -> impl IntoView {
    let m = cx.m();
    let f = &m.b.facts[i];
    let id = fact_id_str(f.id);
    let (head, sub) = headline(&cx, i);
    let flags = f
        .flags
        .iter()
        .map(|fl| {
            let text = cx.t(T::Check).to_string() + ": " + &fl.reason;
            view! { <p class="fp-flag"><span aria-hidden="true">"⚠ "</span>{text}</p> }
        })
        .collect_view();
    let more = f.sources.len() - 1;
    let more = (more > 0)
        .then(|| " (+".to_string() + &more.to_string() + " " + cx.t(T::MoreSources) + ")");
    let srcs = f.sources.clone();
    let sources = move || {
        srcs.iter()
            .map(|&s| {
                view! {
                    <figure class="fp-source"><Sentence cx source=s/><figcaption><Cite cx article=s.article/></figcaption></figure>
                }
            })
            .collect_view()
    };
    let first = f.sources[0].article;
    let anchor = "fact-".to_string() + &id;
    let key = f.pinned.then(|| {
        view! { <p class="fp-key"><span aria-hidden="true">"★ "</span>{cx.t(T::KeyFact)}</p> }
    });
    let note = f.note.clone().map(|n| {
        view! { <p class="fp-note"><span class="fp-vh">{cx.t(T::Note).to_string() + ": "}</span>{n}</p> }
    });
    // An edited fact says so; what it said before is one click away.
    let edited = f.original().map(|o| {
        let (h, sub) = headline_of(&cx, &o);
        let was = cx.t(T::Originally).to_string()
            + ": "
            + &h
            + &(if sub.is_empty() {
                String::new()
            } else {
                " · ".to_string() + &sub
            });
        view! {
            <details class="fp-edited"><summary>{cx.t(T::Edited)}</summary><p>{was}</p></details>
        }
    });
    let rest = if cx.is_static() {
        // Without JavaScript the sources open in a native disclosure.
        Either::Left(view! {
            <details class="fp-sources"><summary>{cx.t(T::Open)}</summary>{sources()}</details>
        })
    } else {
        let open = Memo::new(move |_| cx.expanded.with(|e| e.contains(&i)));
        let label = cx.t(T::LinkToFact);
        let list = "fp-src-".to_string() + &id;
        let list2 = list.clone();
        Either::Right(view! {
            <div class="fp-actions">
                <button type="button" class="fp-toggle" data-a=Action::Toggle(i).key()
                    aria-expanded=move || tf(open.get()) aria-controls=list>
                    {move || cx.t(if open.get() { T::Close } else { T::Open })}
                </button>
                <a class="fp-link" href="#".to_string() + &anchor title=label aria-label=label>"#"</a>
            </div>
            {move || open.get().then(|| {
                let sources = sources.clone();
                view! { <div class="fp-sources" id=list2.clone()>{sources()}</div> }
            })}
        })
    };
    view! {
        <article class=if f.pinned { "fp-card fp-pinned" } else { "fp-card" } id=cx.id(&anchor) tabindex="-1">
            {key}
            <p class="fp-value">{head}</p>
            <p class="fp-measure">{(!sub.is_empty()).then_some(sub)}</p>
            {flags}
            {note}
            {edited}
            <p class="fp-cite"><Cite cx article=first/>{more}</p>
            {rest}
        </article>
    }
}

/// The first `limit` items of a list unless the lists are expanded (tracks
/// "show all").
pub fn shown(cx: &Cx, all: Vec<usize>) -> Vec<usize> {
    if all.len() <= cx.limit || cx.show_all.get() {
        all
    } else {
        all[..cx.limit].to_vec()
    }
}

/// "Show all (n)" / "Show fewer" after a list longer than the limit; in
/// static markup, "8 / 40" under a shortened list.
///
/// Props: `cx`; `total`: the list's length.
#[component]
pub fn More(cx: Cx, #[prop(into)] total: Signal<usize>) -> impl IntoView {
    move || {
        let total = total.get();
        if total <= cx.limit || (cx.is_static() && cx.show_all.get()) {
            return None;
        }
        Some(if cx.is_static() {
            // A shortened static list says so, with the whole count.
            Either::Left(view! {
                <p class="fp-more">{cx.limit.to_string() + " / " + &total.to_string()}</p>
            })
        } else {
            let all = cx.show_all;
            Either::Right(view! {
                <button type="button" class="fp-more" data-a="more" aria-expanded=move || tf(all.get())>
                    {move || if all.get() {
                        cx.t(T::ShowFewer).to_string()
                    } else {
                        cx.t(T::ShowAll).to_string() + " (" + &total.to_string() + ")"
                    }}
                </button>
            })
        })
    }
}

/// A list of cards, keyed by fact: a change of filter adds and removes
/// cards, and leaves the others as they are.
///
/// Props: `cx`; `list`: the facts, in order; `class`: the list's class.
#[component]
pub fn Cards(cx: Cx, #[prop(into)] list: Signal<Vec<usize>>, class: &'static str) -> impl IntoView {
    view! {
        <ul class=class>
            <For each=move || shown(&cx, list.get()) key=|i| *i children=move |i| view! { <li><Card cx i/></li> }/>
        </ul>
        <More cx total=Signal::derive(move || list.with(Vec::len))/>
    }
}

/// A "View as table" / "View as chart" switch for the chart `key`; nothing
/// without JavaScript.
///
/// Props: `cx`; `key`: the chart's key ("timeline", "cmp0").
#[component]
pub fn Switch(cx: Cx, key: String) -> impl IntoView {
    (!cx.is_static()).then(|| {
        let k = key.clone();
        let on = Memo::new(move |_| cx.tables.with(|t| t.contains(&k)));
        view! {
            <button type="button" class="fp-switch" data-a=Action::Table(key).key() aria-pressed=move || tf(on.get())>
                {move || cx.t(if on.get() { T::AsChart } else { T::AsTable })}
            </button>
        }
    })
}

/// A view with nothing to show: says so, with a button to clear the filters.
///
/// Props: `cx`.
#[component]
pub fn Empty(cx: Cx) -> impl IntoView {
    view! {
        <div class="fp-empty">
            <p>{cx.t(T::NoMatch)}</p>
            {(!cx.is_static()).then(|| view! {
                <button type="button" class="fp-clear" data-a="clear">{cx.t(T::ClearFilters)}</button>
            })}
        </div>
    }
}

/// One view, or its empty state (rebuilt only when the view turns empty or
/// not: inside, its lists follow the filter item by item).
///
/// Props: `cx`; `view`: which view.
#[component]
pub fn Panel(cx: Cx, view: View) -> impl IntoView {
    let k = view.index();
    let empty = Memo::new(move |_| cx.counts.with(|c| c[k] == 0));
    move || {
        if empty.get() {
            return view! { <Empty cx/> }.into_any();
        }
        match view {
            View::Numbers => view! { <numbers::Numbers cx/> }.into_any(),
            View::Timeline => view! { <timeline::Timeline cx/> }.into_any(),
            View::Compare => view! { <compare::Compare cx/> }.into_any(),
            View::Quotes => view! { <quotes::Quotes cx/> }.into_any(),
            View::Entities => view! { <entities::Entities cx/> }.into_any(),
            View::Sources => view! { <sources::Sources cx/> }.into_any(),
        }
    }
}

/// The widget's body: the active filters, the tabs (unless one view is
/// fixed), and the active view in its panel.
///
/// Props: `cx`.
#[component]
pub fn Body(cx: Cx) -> impl IntoView {
    let view = cx.view;
    let labelled = move || {
        if cx.fixed {
            "fp-title".to_string()
        } else {
            "fp-tab-".to_string() + view.get().key()
        }
    };
    view! {
        <tabs::Filters cx/>
        {(!cx.fixed).then(|| view! { <tabs::Tabs cx/> })}
        <div class="fp-panel" id="fp-panel" role=if cx.fixed { "region" } else { "tabpanel" } aria-labelledby=labelled>
            {move || {
                let v = view.get();
                view! { <Panel cx view=v/> }
            }}
        </div>
    }
}

/// The static fallback's page: every view (or one) under its own heading,
/// readable without JavaScript, for the light DOM of `<fact-pack>` and for
/// search engines.
///
/// Every view, as the widget shows them: the title and counts, a row of
/// tabs (links to the views' headings), and one view at a time, the first
/// until a tab is followed (`static.css` shows the view whose heading is the
/// `:target` or holds it, as a `#fact-…` link's card; a browser without
/// `:has` shows them all, and so does print). Every view's markup is in the
/// page, for search engines and for readers who print it.
///
/// Props: `cx` (static); `view`: one view, or every view; `json_ld`: add
/// schema.org metadata about the sources.
#[component]
pub fn StaticPage(cx: Cx, view: Option<View>, json_ld: bool) -> impl IntoView {
    let m = cx.m();
    let counts = cx.counts.get_untracked();
    // One view asked for is shown whether the editor listed it or not.
    let order = match view {
        Some(v) => vec![v],
        None => View::shown(&m),
    };
    let views: Vec<(View, usize)> = order
        .into_iter()
        .map(|v| (v, counts[v.index()]))
        .filter(|&(_, n)| n > 0)
        .collect();
    let lang = cx.lang();
    let head = (view.is_none() && views.len() > 1).then(|| {
        let stats = m.b.facts.len().to_string()
            + " "
            + cx.t(T::Facts)
            + " · "
            + &m.b.articles.len().to_string()
            + " "
            + &cx.t(T::Sources).to_lowercase();
        let tabs = views
            .iter()
            .map(|&(v, n)| {
                view! {
                    <a href="#".to_string() + &cx.id(&("fp-static-".to_string() + v.key())) data-view=v.key()>{v.label(lang).to_string() + " "}<span class="fp-count">{n}</span></a>
                }
            })
            .collect_view();
        view! {
            <div class="fp-static-head"><p class="fp-static-title">{title(&cx)}</p><p class="fp-stats">{stats}</p></div>
            <nav class="fp-static-tabs" aria-label=cx.t(T::Views)>{tabs}</nav>
        }
    });
    let sections = views
        .into_iter()
        .map(|(v, _)| {
            let id = cx.id(&("fp-static-".to_string() + v.key()));
            let labelled = id.clone();
            view! {
                <section class="fp-static-view" aria-labelledby=labelled data-view=v.key()>
                    <h2 id=id>{v.label(lang)}</h2>
                    <Panel cx view=v/>
                </section>
            }
        })
        .collect_view();
    let ld = json_ld
        .then(|| view! { <script type="application/ld+json" inner_html=jsonld(&m)></script> });
    view! { <div class="fp-static" lang=lang.tag()>{head}{sections}{ld}</div> }
}

/// The box's title: the editor's, else "Fact box" in the reader's language.
pub fn title(cx: &Cx) -> String {
    cx.m()
        .b
        .title
        .clone()
        .unwrap_or_else(|| cx.t(T::Title).to_string())
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

/// schema.org metadata about the articles the facts come from: JSON, not
/// markup (every string through [`json_str`]).
fn jsonld(m: &Model) -> String {
    let items: Vec<String> =
        m.b.articles
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
        "{{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"name\":\"Sources\",\"numberOfItems\":{},\"itemListElement\":[{}]}}",
        items.len(),
        items.join(",")
    )
}

/// Run `f` natively (feature `ssr`) with a [`Cx`] over a model in a state,
/// inside a fresh reactive owner, disposed afterwards.
#[cfg(feature = "ssr")]
pub fn with_cx<R>(
    model: Arc<Model>,
    fmt: Arc<dyn Fmt>,
    state: State,
    limit: usize,
    static_html: bool,
    f: impl FnOnce(Cx) -> R,
) -> R {
    let owner = Owner::new();
    let r = owner.with(|| {
        let cx = Cx::new(model, fmt, RwSignal::new(state), limit, static_html, false);
        f(cx)
    });
    owner.unset();
    r
}

/// Render views natively to HTML (feature `ssr`): `f` builds the view with
/// a static [`Cx`] (see [`with_cx`]).
#[cfg(feature = "ssr")]
pub fn to_html<V: IntoView + 'static>(
    model: Arc<Model>,
    fmt: Arc<dyn Fmt>,
    state: State,
    limit: usize,
    static_html: bool,
    f: impl FnOnce(Cx) -> V,
) -> String {
    with_cx(model, fmt, state, limit, static_html, |cx| {
        f(cx).into_view().to_html()
    })
}

/// The static fallback of a bundle (`factpack render`): [`StaticPage`] as
/// HTML; `scope`: which fallback of its page it is (0 for the first; see
/// [`Cx::id`]).
#[cfg(feature = "ssr")]
pub fn static_page(
    model: Arc<Model>,
    fmt: Arc<dyn Fmt>,
    state: State,
    limit: usize,
    view: Option<View>,
    json_ld: bool,
    scope: usize,
) -> String {
    to_html(model, fmt, state, limit, true, move |cx| {
        let cx = cx.scoped(scope);
        view! { <StaticPage cx view json_ld/> }
    })
}

/// Render every view of a bundle in every state a reader can reach (each
/// card open, each chart as a table, zoomed in, each event selected,
/// filtered by each entity and article), as the widget and as the static
/// fallback, in both languages. Used by the fuzzer and the robustness tests:
/// a bundle that passed validation must never make a view panic.
#[cfg(feature = "ssr")]
#[doc(hidden)]
pub fn exercise(b: crate::bundle::Bundle) -> usize {
    let m = Arc::new(Model::new(b));
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
        let fmt: Arc<dyn Fmt> = Arc::new(fmt::Plain(lang));
        for f in &filters {
            for st in &states {
                for static_html in [false, true] {
                    for v in View::ALL {
                        let state = State {
                            view: v,
                            filter: f.clone(),
                            panel: st.clone(),
                        };
                        bytes += to_html(m.clone(), fmt.clone(), state, 3, static_html, |cx| {
                            view! { <Body cx/> }
                        })
                        .len();
                    }
                    let state = State {
                        filter: f.clone(),
                        panel: st.clone(),
                        ..Default::default()
                    };
                    bytes += static_page(m.clone(), fmt.clone(), state, 3, None, true, 1).len();
                }
            }
        }
    }
    bytes
}

#[cfg(test)]
pub(crate) mod tests;
