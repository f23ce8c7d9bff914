use super::*;
use crate::bundle::*;
use crate::ui::fmt::Plain;

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
            },
        ],
        disagreements: vec![Disagreement {
            about: "China's share".into(),
            facts: vec![0, 1],
        }],
    })
}

fn html(view: View, st: &PanelState, f: &Filter, static_html: bool) -> String {
    let m = sample();
    let fmt = Plain(Lang::En);
    let all = PanelState {
        show_all: true,
        ..st.clone()
    };
    let cx = Ctx {
        m: &m,
        f,
        st: if static_html { &all } else { st },
        fmt: &fmt,
        limit: 8,
        static_html,
    };
    panel(&cx, view)
}

#[test]
fn escaping_and_safe_links() {
    assert_eq!(
        esc("<a href=\"x\">'&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
    assert_eq!(esc("a\u{202e}b"), "ab");
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
}

#[test]
fn cards_open_to_their_highlighted_sentence() {
    let closed = html(
        View::Numbers,
        &PanelState::default(),
        &Filter::default(),
        false,
    );
    assert!(closed.contains("id=\"fact-00000011\"") && closed.contains("aria-expanded=\"false\""));
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
    let c = html(View::Compare, &st, &all, false);
    assert!(
        c.contains("<svg")
            && c.contains("China&#39;s share")
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
    let m = sample();
    let fmt = Plain(Lang::En);
    let f = Filter::default();
    let st = PanelState::default();
    let cx = Ctx {
        m: &m,
        f: &f,
        st: &st,
        fmt: &fmt,
        limit: 1,
        static_html: false,
    };
    let h = panel(&cx, View::Numbers);
    assert_eq!(h.matches("class=\"fp-card\"").count(), 1);
    assert!(h.contains("Show all (2)"));
    let st = PanelState {
        show_all: true,
        ..Default::default()
    };
    let cx = Ctx { st: &st, ..cx };
    assert_eq!(
        panel(&cx, View::Numbers)
            .matches("class=\"fp-card\"")
            .count(),
        2
    );
}

#[test]
fn static_page_has_every_view_and_safe_json_ld() {
    let m = sample();
    let fmt = Plain(Lang::En);
    let st = PanelState {
        show_all: true,
        ..Default::default()
    };
    let f = Filter::default();
    let cx = Ctx {
        m: &m,
        f: &f,
        st: &st,
        fmt: &fmt,
        limit: 8,
        static_html: true,
    };
    let page = static_page(&cx, None, true);
    for v in [
        "numbers", "timeline", "compare", "quotes", "entities", "sources",
    ] {
        assert!(page.contains(&format!("id=\"fp-static-{v}\"")), "{v}");
        // A tab links to each view's heading, with its count.
        assert!(
            page.contains(&format!("<a href=\"#fp-static-{v}\" data-view=\"{v}\">")),
            "{v}"
        );
    }
    assert!(page.contains("<p class=\"fp-static-title\">Fact box</p>"));
    let (tabs_at, first_view) = (
        page.find("fp-static-tabs").unwrap(),
        page.find("<section").unwrap(),
    );
    assert!(tabs_at < first_view, "the tabs come before the views");
    assert!(
        page.contains("Quotes <span class=\"fp-count\">1</span>"),
        "{page}"
    );
    assert!(page.contains("application/ld+json") && page.contains("\"@type\":\"NewsArticle\""));
    // A title with markup cannot end the JSON-LD script.
    assert!(!page.contains("<b>report</b>") && page.contains("\\u003cb\\u003ereport"));
    assert!(!page.contains("javascript:"));
    let one = static_page(&cx, Some(View::Quotes), false);
    assert!(
        one.contains("fp-static-quotes")
            && !one.contains("fp-static-numbers")
            && !one.contains("fp-static-tabs")
            && !one.contains("ld+json")
    );
}

#[test]
fn timeline_opens_the_latest_news_not_the_furthest_forecast() {
    let mut m = sample();
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
    };
    m = Model::new(Bundle {
        facts: m.b.facts.iter().cloned().chain([forecast]).collect(),
        ..m.b.clone()
    });
    let fmt = Plain(Lang::En);
    let (st, f) = (PanelState::default(), Filter::default());
    let cx = Ctx {
        m: &m,
        f: &f,
        st: &st,
        fmt: &fmt,
        limit: 8,
        static_html: false,
    };
    let t = panel(&cx, View::Timeline);
    assert!(
        t.contains("<section class=\"fp-selected\" aria-label=\"Feb 2, 2026\">"),
        "{t}"
    );
    // In static HTML, a limit of one keeps that event too.
    let st = PanelState {
        show_all: false,
        ..Default::default()
    };
    let cx = Ctx {
        st: &st,
        limit: 1,
        static_html: true,
        ..cx
    };
    let t = panel(&cx, View::Timeline);
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
    let fmt = Plain(Lang::En);
    let (f, st) = (Filter::default(), PanelState::default());
    let cx = Ctx {
        m: &m,
        f: &f,
        st: &st,
        fmt: &fmt,
        limit: 8,
        static_html: false,
    };
    let cases: &[(u32, &str)] = &[
        (0, "Daily & Co · Feb 2, 2026"),
        (1, "example.com"),
        (2, "Source 3 · Mar 1, 2026"),
    ];
    for &(a, want) in cases {
        assert_eq!(source_line(&cx, a), want, "article {a}");
    }
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
    let c = cite(&cx, 2);
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
    let fmt = Plain(Lang::En);
    let (f, st) = (Filter::default(), PanelState::default());
    for static_html in [false, true] {
        let cx = Ctx {
            m: &m,
            f: &f,
            st: &st,
            fmt: &fmt,
            limit: 8,
            static_html,
        };
        let html = entities::render(&cx);
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
