use super::*;
use crate::bundle::*;
use crate::ui::fmt::Plain;
use crate::ui::state::State;
use std::sync::Arc;

pub(crate) fn sample() -> Model {
    let q = |value: f64, qualifier, measure: &str| Body::Quantity {
        value,
        upper: None,
        unit: Some("%".into()),
        qualifier,
        measure: measure.into(),
        same_as: None,
    };
    let src = |article, sentence, span| {
        vec![Source {
            article,
            sentence,
            span,
        }]
    };
    Model::new(Bundle {
        articles: vec![
            Article {
                id: "a".into(),
                file: "a.txt".into(),
                title: "Alpha <b>report</b>".into(),
                publisher: Some("Daily & Co".into()),
                url: Some("javascript:alert(1)".into()),
                published: Some("2026-02-02".into()),
            },
            Article {
                id: "b".into(),
                file: "b.md".into(),
                title: "Beta".into(),
                publisher: None,
                url: Some("https://example.com/b".into()),
                published: None,
            },
        ],
        entities: vec![
            Entity {
                id: "china".into(),
                name: "China".into(),
                kind: EntityKind::Place,
                aliases: vec![],
                articles: vec![0, 1],
                usual: None,
            },
            Entity {
                id: "dysprosium".into(),
                name: "Dysprosium".into(),
                kind: EntityKind::Element,
                aliases: vec!["Dy".into()],
                articles: vec![0],
                usual: None,
            },
            Entity {
                id: "ito".into(),
                name: "Jun Ito".into(),
                kind: EntityKind::Person,
                aliases: vec![],
                articles: vec![1],
                usual: None,
            },
        ],
        sentences: vec![
            "China controls <script>alert(1)</script> 80% of the market.".into(),
            "China controls about 70% of output.".into(),
            "“We are ready,” Ito said.".into(),
            "Talks began on Monday.".into(),
            "The summit is on March 19.".into(),
        ],
        facts: vec![
            Fact {
                id: 0x11,
                body: q(80.0, Qualifier::Over, "market"),
                sources: src(0, 0, [39, 42]),
                entities: vec![0],
                flags: vec![],
                pinned: false,
                note: None,
                edited: vec![],
            },
            Fact {
                id: 0x22,
                body: q(70.0, Qualifier::Approx, "output"),
                sources: src(1, 1, [21, 24]),
                entities: vec![0, 1],
                flags: vec![Flag {
                    code: "x".into(),
                    reason: "odd <i>value</i>".into(),
                }],
                pinned: false,
                note: None,
                edited: vec![],
            },
            Fact {
                id: 0x33,
                body: Body::Quote {
                    speaker: Some(2),
                    quote: "We are ready".into(),
                },
                sources: src(1, 2, [1, 13]),
                entities: vec![2],
                flags: vec![],
                pinned: false,
                note: None,
                edited: vec![],
            },
            Fact {
                id: 0x44,
                body: Body::Event {
                    date: "2026-02-02".into(),
                    precision: Precision::Day,
                    summary: "Talks began".into(),
                },
                sources: src(0, 3, [15, 21]),
                entities: vec![],
                flags: vec![],
                pinned: false,
                note: None,
                edited: vec![],
            },
            Fact {
                id: 0x55,
                body: Body::Event {
                    date: "--03-19".into(),
                    precision: Precision::MonthDay,
                    summary: "The summit".into(),
                },
                sources: src(1, 4, [17, 25]),
                entities: vec![],
                flags: vec![],
                pinned: false,
                note: None,
                edited: vec![],
            },
        ],
        disagreements: vec![Disagreement {
            about: "China's share".into(),
            facts: vec![0, 1],
        }],
        title: None,
        views: vec![],
    })
}

/// Render a component for a model in a state, as the widget would (or as
/// the static fallback), natively.
fn render_with(
    m: Model,
    st: State,
    limit: usize,
    static_html: bool,
    f: impl FnOnce(Cx) -> AnyView,
) -> String {
    to_html(
        Arc::new(m),
        Arc::new(Plain(Lang::En)),
        st,
        limit,
        static_html,
        f,
    )
}

/// A state with these panel settings and filter.
fn state(view: View, st: &PanelState, f: &Filter) -> State {
    State {
        view,
        filter: f.clone(),
        panel: st.clone(),
    }
}

/// One view of the sample, in its panel.
fn html(view: View, st: &PanelState, f: &Filter, static_html: bool) -> String {
    let all = PanelState {
        show_all: true,
        ..st.clone()
    };
    let st = if static_html { &all } else { st };
    render_with(sample(), state(view, st, f), 8, static_html, move |cx| {
        view! { <Panel cx view/> }.into_any()
    })
}

/// The static page of a model.
fn page(
    m: Model,
    st: &PanelState,
    limit: usize,
    view: Option<View>,
    json_ld: bool,
    scope: usize,
) -> String {
    let state = state(View::Numbers, st, &Filter::default());
    static_page(
        Arc::new(m),
        Arc::new(Plain(Lang::En)),
        state,
        limit,
        view,
        json_ld,
        scope,
    )
}

#[test]
fn text_is_escaped_and_links_safe() {
    assert_eq!(safe_url("javascript:alert(1)"), None);
    assert_eq!(safe_url(" https://x.y "), Some("https://x.y"));
    let st = PanelState {
        expanded: vec![0, 1],
        ..Default::default()
    };
    let h = html(View::Numbers, &st, &Filter::default(), false);
    assert!(
        !h.contains("<script>") && h.contains("&lt;script&gt;"),
        "{h}"
    );
    assert!(!h.contains("<b>report"));
    assert!(
        !h.contains("javascript:"),
        "a javascript: URL is never linked"
    );
    assert!(h.contains("href=\"https://example.com/b\""));
    assert!(!h.contains("<i>value"));
    // Bidirectional controls are gone from every text before any view reads it.
    let mut m = sample();
    m.b.articles[1].title = "Be\u{202e}ta".into();
    m.b.sentences[1] = "China \u{2066}controls about 70% of output.".into();
    let m = Model::new(m.b);
    assert_eq!(m.b.articles[1].title, "Beta");
    let mut b = sample().b;
    b.articles[1].url = Some("https://exa\u{202e}mple.com/b".into());
    let m2 = Model::new(b);
    assert_eq!(
        m2.b.articles[1].url.as_deref(),
        Some("https://example.com/b")
    );
    assert_eq!(
        m.b.sentences[1].chars().count(),
        "China \u{2066}controls about 70% of output."
            .chars()
            .count(),
        "a sentence keeps its length, so spans still fit"
    );
    assert!(!m.b.sentences[1].contains('\u{2066}'));
}

#[test]
fn cards_open_to_their_highlighted_sentence() {
    let closed = html(
        View::Numbers,
        &PanelState::default(),
        &Filter::default(),
        false,
    );
    assert!(
        closed.contains("id=\"fact-0000000000000011\"")
            && closed.contains("aria-expanded=\"false\"")
    );
    assert!(!closed.contains("<mark>"));
    let open = html(
        View::Numbers,
        &PanelState {
            expanded: vec![1],
            ..Default::default()
        },
        &Filter::default(),
        false,
    );
    assert!(open.contains("<mark>70%</mark>"), "{open}");
    // A sentence that starts with the fact's words starts with its mark (no
    // stray space where nothing comes before).
    let s = render_with(sample(), State::default(), 8, false, |cx| {
        let source = Source {
            article: 0,
            sentence: 3,
            span: [0, 5],
        };
        view! { <Sentence cx source/> }.into_any()
    });
    assert!(
        s.replace("<!>", "")
            .contains("<p><mark>Talks</mark> began on Monday.</p>"),
        "{s}"
    );
    assert!(open.contains("more than 80%") && open.contains("≈ 70%"));
    assert!(open.contains("fp-flag"));
}

#[test]
fn every_view_renders_and_filters_apply() {
    let st = PanelState::default();
    let all = Filter::default();
    let t = html(View::Timeline, &st, &all, false);
    assert!(
        t.contains("<svg") && t.contains("data-k=\"0\"") && t.contains("Feb 2, 2026"),
        "{t}"
    );
    assert!(
        t.contains("Mar 19") && t.contains("fp-selected"),
        "yearless dates are listed and an event is opened"
    );
    assert!(
        t.contains("title=\"Zoom in\" class=\"fp-switch\">+</button>")
            && t.contains("title=\"Zoom out\" disabled class=\"fp-switch\">−</button>"),
        "the zoom buttons say + and −, zoom out disabled at the start: {t}"
    );
    let c = html(View::Compare, &st, &all, false);
    assert!(
        c.contains("<svg")
            && c.contains("China's share")
            && c.contains("fp-bar-open")
            && c.contains("fp-bar-band")
    );
    // Each bar's source and value are text of the card's size, above a bar
    // whose length is its share of the row (80 and 70 of a 100% axis, the
    // longest bar 92% of the row).
    assert!(
        c.contains(
            "<p class=\"fp-bar-label\">Daily &amp; Co · Feb 2, 2026 <span class=\"fp-bar-value\">"
        ) && c.contains("<p class=\"fp-bar-label\">example.com <span"),
        "{c}"
    );
    assert!(
        c.contains("width=\"73.6%\"") && c.contains("width=\"64.4%\""),
        "{c}"
    );
    let table = html(
        View::Compare,
        &PanelState {
            tables: vec!["cmp0".into()],
            ..Default::default()
        },
        &all,
        false,
    );
    assert!(table.contains("<table") && !table.contains("<svg"));
    assert!(html(View::Quotes, &st, &all, false).contains("Jun Ito"));
    let e = html(View::Entities, &st, &all, false);
    assert!(
        e.contains("data-a=\"e1\"") && e.contains("fp-el fp-named") && e.contains(">Dy<"),
        "{e}"
    );
    let s = html(View::Sources, &st, &all, false);
    assert!(s.contains("Daily &amp; Co") && s.contains("data-a=\"r0\""));
    let none = html(
        View::Numbers,
        &st,
        &Filter {
            query: "zzz".into(),
            ..Default::default()
        },
        false,
    );
    assert!(none.contains("fp-empty") && none.contains("data-a=\"clear\""));
}

#[test]
fn static_markup_has_no_buttons_and_lists_the_timeline() {
    let st = PanelState::default();
    let f = Filter::default();
    for v in View::ALL {
        let h = html(v, &st, &f, true);
        assert!(!h.contains("<button"), "{v:?}: {h}");
    }
    let t = html(View::Timeline, &st, &f, true);
    assert!(t.contains("<ol class=\"fp-events\">") && t.contains("<time datetime=\"2026-02-02\">"));
    assert!(
        html(View::Numbers, &st, &f, true).contains("<mark>"),
        "sources are shown without JavaScript"
    );
}

#[test]
fn long_lists_show_more_on_request() {
    let numbers = |show_all| {
        let st = PanelState {
            show_all,
            ..Default::default()
        };
        render_with(
            sample(),
            state(View::Numbers, &st, &Filter::default()),
            1,
            false,
            |cx| view! { <Panel cx view=View::Numbers/> }.into_any(),
        )
    };
    let h = numbers(false);
    assert_eq!(h.matches("class=\"fp-card\"").count(), 1);
    assert!(h.contains("Show all (2)"), "{h}");
    assert_eq!(numbers(true).matches("class=\"fp-card\"").count(), 2);
}

#[test]
fn static_page_has_every_view_and_safe_json_ld() {
    let st = PanelState {
        show_all: true,
        ..Default::default()
    };
    let page = |view, json_ld| super::tests::page(sample(), &st, 8, view, json_ld, 0);
    let all = page(None, true);
    for v in [
        "numbers", "timeline", "compare", "quotes", "entities", "sources",
    ] {
        assert!(all.contains(&format!("id=\"fp-static-{v}\"")), "{v}");
        // A tab links to each view's heading, with its count.
        assert!(
            all.contains(&format!("<a href=\"#fp-static-{v}\" data-view=\"{v}\">")),
            "{v}"
        );
    }
    assert!(all.contains("<p class=\"fp-static-title\">Fact box</p>"));
    let (tabs_at, first_view) = (
        all.find("fp-static-tabs").unwrap(),
        all.find("<section").unwrap(),
    );
    assert!(tabs_at < first_view, "the tabs come before the views");
    assert!(
        all.contains("Quotes <span class=\"fp-count\">1</span>"),
        "{all}"
    );
    assert!(all.contains("application/ld+json") && all.contains("\"@type\":\"NewsArticle\""));
    // A title with markup cannot end the JSON-LD script.
    assert!(!all.contains("<b>report</b>") && all.contains("\\u003cb\\u003ereport"));
    assert!(!all.contains("javascript:"));
    // A page's second fallback has ids of its own: none repeats the first's.
    let second = super::tests::page(sample(), &st, 8, None, false, 1);
    let ids = |h: &str| -> Vec<String> {
        h.split(" id=\"")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
            .collect()
    };
    let (a, b) = (ids(&all), ids(&second));
    assert!(
        a.contains(&"fact-0000000000000011".to_string()) && a.contains(&"fp-tl-sum".to_string())
    );
    assert!(
        !b.is_empty() && b.iter().all(|id| id.starts_with("fp2-") && !a.contains(id)),
        "{b:?}"
    );
    assert!(second.contains("href=\"#fp2-fp-static-timeline\""));
    assert!(
        second.contains("aria-labelledby=\"fp2-fp-cmp0\""),
        "{second}"
    );
    let one = page(Some(View::Quotes), false);
    assert!(
        one.contains("fp-static-quotes")
            && !one.contains("fp-static-numbers")
            && !one.contains("fp-static-tabs")
            && !one.contains("ld+json")
    );
}

#[test]
fn timeline_opens_the_latest_news_not_the_furthest_forecast() {
    let m = sample();
    let forecast = Fact {
        id: 0x66,
        body: Body::Event {
            date: "2030".into(),
            precision: Precision::Year,
            summary: "Output doubles".into(),
        },
        sources: vec![Source {
            article: 0,
            sentence: 3,
            span: [0, 5],
        }],
        entities: vec![],
        flags: vec![],
        pinned: false,
        note: None,
        edited: vec![],
    };
    let b = Bundle {
        facts: m.b.facts.iter().cloned().chain([forecast]).collect(),
        ..m.b.clone()
    };
    let timeline = |limit, static_html| {
        render_with(
            Model::new(b.clone()),
            state(View::Timeline, &PanelState::default(), &Filter::default()),
            limit,
            static_html,
            |cx| view! { <Panel cx view=View::Timeline/> }.into_any(),
        )
    };
    let t = timeline(8, false);
    assert!(
        t.contains("<section aria-label=\"Feb 2, 2026\" class=\"fp-selected\">"),
        "{t}"
    );
    // In static HTML, a limit of one keeps that event too.
    let t = timeline(1, true);
    assert!(
        t.contains("Talks began") && !t.contains("Output doubles") && t.contains("1 / 3"),
        "{t}"
    );
}

/// A citation names the publisher, else the site, else the article's number
/// in the Sources view, with the date when known; never a title.
#[test]
fn citations_name_the_source_never_a_title() {
    let mut m = sample();
    m.b.articles.push(Article {
        id: "c".into(),
        file: "c.txt".into(),
        title: "In a strategic pivot amid growing global concerns over supply…".into(),
        publisher: None,
        url: None,
        published: Some("2026-03-01".into()),
    });
    let cases: &[(u32, &str)] = &[
        (0, "Daily & Co · Feb 2, 2026"),
        (1, "example.com"),
        (2, "Source 3 · Mar 1, 2026"),
    ];
    let m = Model::new(m.b);
    let plain = Arc::new(Plain(Lang::En));
    with_cx(
        Arc::new(Model::new(m.b.clone())),
        plain,
        State::default(),
        8,
        false,
        |cx| {
            for &(a, want) in cases {
                assert_eq!(source_line(&cx, a), want, "article {a}");
            }
        },
    );
    let hosts: &[(&str, Option<&str>)] = &[
        ("https://www.reuters.com/world/x", Some("reuters.com")),
        (
            "http://user@news.example.org:8080/a?b",
            Some("news.example.org"),
        ),
        ("https://", None),
    ];
    for &(url, want) in hosts {
        assert_eq!(host(url), want, "{url}");
    }
    let c = render_with(m, State::default(), 8, false, |cx| {
        view! { <Cite cx article=2/> }.into_any()
    });
    assert!(
        c.contains(">Source 3</span> · Mar 1, 2026") && !c.contains(">In a strategic"),
        "{c}"
    );
}

/// A name's chip shows the form the articles use most, the full name as its
/// expansion and in the accessible name; without one, the name.
#[test]
fn name_chips_show_the_usual_form() {
    let mut m = sample();
    m.b.entities[0].aliases = vec!["PRC".into()];
    m.b.entities[0].usual = Some(0);
    for static_html in [false, true] {
        let html = render_with(
            Model::new(m.b.clone()),
            State::default(),
            8,
            static_html,
            |cx| view! { <entities::Entities cx/> }.into_any(),
        );
        // The expansion follows for screen readers: the accessible name is "PRC (China) 2".
        assert!(
            html.contains("<abbr title=\"China\">PRC</abbr><span class=\"fp-vh\"> (China)</span>"),
            "{html}"
        );
        assert!(!html.contains(">China<"), "{html}");
        assert!(
            html.contains(">Jun Ito<") || html.contains("Jun Ito "),
            "{html}"
        );
    }
}

/// An editor's marks on a card: a pinned fact comes first in its view with
/// a "Key fact" mark, a note is shown, and an edited fact says so, with what
/// it said before one click away (a native disclosure, with or without
/// JavaScript). The box's title and views are the editor's.
#[test]
fn editors_marks_pins_notes_edits_title_and_views() {
    let mut b = sample().b;
    // The second quantity (70%, "output") pinned, noted and corrected from 65% "output share".
    b.facts[1].pinned = true;
    b.facts[1].note = Some("Checked <b>twice</b>".into());
    b.facts[1].edited = vec![
        Edit {
            field: "value".into(),
            before: Prior::Number(65.0),
        },
        Edit {
            field: "measure".into(),
            before: Prior::Text("output share".into()),
        },
    ];
    b.title = Some("China's grip".into());
    b.views = vec!["quotes".into(), "numbers".into()];
    let m = Model::new(b.clone());
    assert_eq!(m.list(FactKind::Quantity, &Filter::default()), [1, 0]);
    assert_eq!(m.salient(vec![0, 1]), [1, 0]);
    assert_eq!(View::shown(&m), [View::Quotes, View::Numbers]);
    for static_html in [false, true] {
        let h = render_with(
            Model::new(b.clone()),
            state(View::Numbers, &PanelState::default(), &Filter::default()),
            8,
            static_html,
            |cx| view! { <Panel cx view=View::Numbers/> }.into_any(),
        );
        let first = h.find("fact-0000000000000022").expect("pinned card");
        assert!(
            first < h.find("fact-0000000000000011").unwrap(),
            "pinned first"
        );
        let card = &h[first..h[first..].find("</article>").unwrap() + first];
        assert!(card.contains("fp-card fp-pinned"), "{card}");
        assert!(card.contains("Key fact"), "{card}");
        assert!(
            card.contains("Editor's note: </span>Checked &lt;b&gt;twice&lt;/b&gt;"),
            "{card}"
        );
        assert!(
            card.contains("<details class=\"fp-edited\"><summary>Edited</summary><p>Originally: ≈ 65% · output share</p></details>"),
            "{card}"
        );
        let other = &h[h.find("fact-0000000000000011").unwrap()..];
        let other = &other[..other.find("</article>").unwrap()];
        assert!(
            !other.contains("Key fact") && !other.contains("fp-edited"),
            "{other}"
        );
    }
    // The static page: the editor's title, the editor's views in their order, no others.
    let p = page(
        Model::new(b.clone()),
        &PanelState::default(),
        8,
        None,
        false,
        0,
    );
    assert!(
        p.contains("<p class=\"fp-static-title\">China&#x27;s grip</p>")
            || p.contains("<p class=\"fp-static-title\">China's grip</p>"),
        "{p}"
    );
    let (q, n) = (
        p.find("id=\"fp-static-quotes\"").unwrap(),
        p.find("id=\"fp-static-numbers\"").unwrap(),
    );
    assert!(q < n, "quotes before numbers");
    assert!(
        !p.contains("fp-static-timeline") && !p.contains("fp-static-sources"),
        "{p}"
    );
    // The widget's tabs: the same views in the same order.
    let tabs = render_with(
        Model::new(b),
        state(View::Quotes, &PanelState::default(), &Filter::default()),
        8,
        false,
        |cx| view! { <tabs::Tabs cx/> }.into_any(),
    );
    let ids: Vec<&str> = tabs
        .split("id=\"fp-tab-")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(ids, ["quotes", "numbers"]);
}
