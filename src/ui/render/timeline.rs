//! Timeline: the events on an SVG time axis, placed by date at their
//! precision (a day is a point, a month or year a span). Events of the same
//! date share one mark with their count; labels sit in lanes so they never
//! overlap; the axis zooms and scrolls sideways when dense. Marks form a
//! roving-tabindex group (arrow keys move, Enter selects; see the widget's
//! `actions`). A text summary and a table alternative say the same in
//! words; without JavaScript the timeline is a list.
//!
//! The chart is drawn again only when the events or the zoom change; a
//! selection changes the marks' state in place, so the focused mark keeps
//! the focus.

use super::{CHART_TEXT_PX, Cards, Cite, Cx, More, Switch, tf};
use crate::bundle::{Body, FactKind, Precision};
use crate::ui::geometry::{self, TickLabel};
use crate::ui::i18n::T;
use crate::ui::state::{Action, MAX_ZOOM};
use leptos::either::Either;
use leptos::prelude::*;

/// Events of one date.
#[derive(Clone, PartialEq)]
pub struct Group {
    date: String,
    precision: Precision,
    label: String,
    /// Fact indices, in bundle order.
    members: Vec<usize>,
}

/// Matching events grouped by date, in date order (tracks the filter).
fn groups(cx: &Cx) -> Vec<Group> {
    let m = cx.m();
    let mut gs: Vec<Group> = Vec::new();
    for i in cx.list(FactKind::Event) {
        let Body::Event {
            date, precision, ..
        } = &m.b.facts[i].body
        else {
            continue;
        };
        match gs
            .iter_mut()
            .find(|g| g.date == *date && g.precision == *precision)
        {
            Some(g) => g.members.push(i),
            None => gs.push(Group {
                date: date.clone(),
                precision: *precision,
                label: cx.date(date, *precision),
                members: vec![i],
            }),
        }
    }
    let mut order: Vec<usize> = (0..gs.len()).collect();
    crate::ui::sort_by(&mut order, &|a, b| gs[a].date < gs[b].date);
    let mut slots: Vec<Option<Group>> = gs.into_iter().map(Some).collect();
    order.into_iter().filter_map(|k| slots[k].take()).collect()
}

fn summary_of(cx: &Cx, i: usize) -> String {
    match &cx.m().b.facts[i].body {
        Body::Event { summary, .. } => summary.clone(),
        _ => String::new(),
    }
}

fn tick(cx: &Cx, l: TickLabel) -> String {
    let pad = |n: i64, w: usize| {
        let s = n.to_string();
        "0".repeat(w.saturating_sub(s.len())) + &s
    };
    match l {
        TickLabel::Year(y) => cx.date(&pad(y, 4), Precision::Year),
        TickLabel::Month(y, m) => cx.date(&(pad(y, 4) + "-" + &pad(m as i64, 2)), Precision::Month),
    }
}

/// The group opened: the one holding the reader's choice, else the latest
/// dated one (tracks the selection).
fn selected(cx: &Cx, gs: &[Group]) -> Option<usize> {
    cx.selected
        .get()
        .and_then(|s| gs.iter().position(|g| g.members.contains(&s)))
        .or_else(|| latest_news(cx, gs))
        .or_else(|| gs.iter().rposition(|g| g.precision != Precision::MonthDay))
        .or(gs.len().checked_sub(1))
}

/// The newest article's publication date ("" when none is known).
fn newest(cx: &Cx) -> String {
    cx.m()
        .b
        .articles
        .iter()
        .filter_map(|a| a.published.as_deref())
        .max()
        .unwrap_or("")
        .to_string()
}

/// The last dated group up to the newest article's date: the latest news,
/// not the furthest forecast.
fn latest_news(cx: &Cx, gs: &[Group]) -> Option<usize> {
    let newest = newest(cx);
    gs.iter()
        .rposition(|g| g.precision != Precision::MonthDay && g.date <= newest)
}

/// A group's label with its count: "2025 (24)".
fn with_count(g: &Group) -> String {
    if g.members.len() > 1 {
        g.label.clone() + " (" + &g.members.len().to_string() + ")"
    } else {
        g.label.clone()
    }
}

/// Props: `cx`.
#[component]
pub fn Timeline(cx: Cx) -> impl IntoView {
    let gs = Memo::new(move |_| groups(&cx));
    let summary = move || {
        gs.with(|gs| {
            let n: usize = gs.iter().map(|g| g.members.len()).sum();
            let dated: Vec<&Group> = gs
                .iter()
                .filter(|g| g.precision != Precision::MonthDay)
                .collect();
            let mut s = n.to_string() + " " + cx.t(T::Events);
            if let (Some(a), Some(b)) = (dated.first(), dated.last()) {
                s += &(": ".to_string() + &a.label + " – " + &b.label);
            }
            s
        })
    };
    let table = Memo::new(move |_| cx.as_table("timeline"));
    let zoom = move || {
        (!cx.is_static() && !table.get()).then(|| {
            let (out, inn) = (cx.t(T::ZoomOut), cx.t(T::ZoomIn));
            view! {
                <span class="fp-zoom">
                    <button type="button" class="fp-switch" data-a="z-" aria-label=out title=out disabled=move || cx.zoom.get() == 0>"−"</button>
                    <button type="button" class="fp-switch" data-a="z+" aria-label=inn title=inn disabled=move || { cx.zoom.get() >= MAX_ZOOM }>"+"</button>
                </span>
            }
        })
    };
    let head = view! {
        <div class="fp-chart-head">
            <p class="fp-summary" id=cx.id("fp-tl-sum")>{summary}</p>
            {zoom}
            <Switch cx key="timeline".to_string()/>
        </div>
    };
    if cx.is_static() {
        return Either::Left(view! { {head}<StaticList cx gs=gs.get_untracked()/> });
    }
    let sel = Memo::new(move |_| gs.with(|gs| selected(&cx, gs)));
    let body = move || {
        if table.get() {
            Either::Left(view! { <Table cx gs/> })
        } else {
            Either::Right(view! { <Chart cx gs sel/><Yearless cx gs/> })
        }
    };
    // The opened group itself (not its index, which another filter can give
    // to another group): drawn again only when it changes.
    let group = Memo::new(move |_| sel.get().and_then(|k| gs.with(|gs| gs.get(k).cloned())));
    let chosen = move || {
        group.get().map(|g| {
            view! {
                <section class="fp-selected" aria-label=g.label.clone()>
                    <h3 class="fp-sub">{with_count(&g)}</h3>
                    <Cards cx list=Signal::stored(g.members) class="fp-grid"/>
                </section>
            }
        })
    };
    Either::Right(view! { {head}{body}{chosen} })
}

/// Without JavaScript: a list in date order, then the dates without a
/// year, each event with its source; the window of events up to the newest
/// article's date (the latest news, not the furthest forecasts).
///
/// Props: `cx`; `gs`: the groups.
#[component]
pub fn StaticList(cx: Cx, gs: Vec<Group>) -> impl IntoView {
    let n: usize = gs.iter().map(|g| g.members.len()).sum();
    let (mut dated, mut yearless) = (Vec::new(), Vec::new());
    for g in &gs {
        let list = if g.precision == Precision::MonthDay {
            &mut yearless
        } else {
            &mut dated
        };
        list.extend(g.members.iter().map(|&i| (g, i)));
    }
    let keep = if cx.show_all.get_untracked() {
        n
    } else {
        cx.limit.min(n)
    };
    let newest = newest(&cx);
    let past = dated.iter().take_while(|(g, _)| g.date <= newest).count();
    let start = past
        .saturating_sub(keep)
        .min(dated.len().saturating_sub(keep));
    let end = (start + keep).min(dated.len());
    let keep_yearless = keep - (end - start);
    let m = cx.m();
    let li = |&(g, i): &(&Group, usize)| {
        let src = m.b.facts[i]
            .sources
            .first()
            .map(|s| view! { " "<small><Cite cx article=s.article/></small> });
        view! {
            <li><time datetime=g.date.clone()>{g.label.clone()}</time>" "{summary_of(&cx, i)}{src}</li>
        }
    };
    let first = dated[start..end].iter().map(li).collect_view();
    let rest = (keep_yearless > 0).then(|| {
        let items = yearless[..keep_yearless.min(yearless.len())]
            .iter()
            .map(li)
            .collect_view();
        view! { <h3 class="fp-sub">{cx.t(T::NoYear)}</h3><ul class="fp-plain">{items}</ul> }
    });
    view! { <ol class="fp-events">{first}</ol>{rest}<More cx total=Signal::stored(n)/> }
}

/// The dates without a year, under the chart, as buttons that select them.
///
/// Props: `cx`; `gs`: the groups.
#[component]
pub fn Yearless(cx: Cx, gs: Memo<Vec<Group>>) -> impl IntoView {
    move || {
        gs.with(|gs| {
            let items: Vec<_> = gs
                .iter()
                .filter(|g| g.precision == Precision::MonthDay)
                .flat_map(|g| {
                    g.members.iter().map(move |&i| {
                        view! {
                            <li><button type="button" class="fp-event" data-a=Action::Select(i).key()>
                                <strong>{g.label.clone()}</strong>" "{summary_of(&cx, i)}
                            </button></li>
                        }
                    })
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! { <h3 class="fp-sub">{cx.t(T::NoYear)}</h3><ul class="fp-plain">{items.collect_view()}</ul> }
            })
        })
    }
}

/// The chart: axis, ticks and one mark per dated group, laid out by
/// [`geometry::timeline`]; drawn again when the events or the zoom change.
///
/// Props: `cx`; `gs`: the groups; `sel`: the selected group.
#[component]
pub fn Chart(cx: Cx, gs: Memo<Vec<Group>>, sel: Memo<Option<usize>>) -> impl IntoView {
    move || {
        let zoom = cx.zoom.get();
        gs.with(|gs| {
            let placed: Vec<usize> = (0..gs.len())
                .filter(|&k| gs[k].precision != Precision::MonthDay)
                .collect();
            let spans: Vec<Option<(f64, f64)>> = placed
                .iter()
                .map(|&k| geometry::date_span(&gs[k].date, gs[k].precision))
                .collect();
            let labels: Vec<f64> = placed
                .iter()
                .map(|&k| geometry::text_width(&with_count(&gs[k]), CHART_TEXT_PX) + 10.0)
                .collect();
            let lay = geometry::timeline(
                &spans,
                &labels,
                660.0 * (1u32 << zoom.min(MAX_ZOOM)) as f64,
                30.0,
            );
            let (w, h, axis) = (lay.width as i32, lay.height as i32, lay.axis_y as i32);
            let ticks = lay
                .ticks
                .iter()
                .map(|&(x, l)| {
                    let x = x as i32;
                    view! {
                        <line class="fp-tickline" x1=x x2=x y1=axis - 6 y2=h - 4/>
                        <text class="fp-tick" x=x + 3 y=axis - 10>{tick(&cx, l)}</text>
                    }
                })
                .collect_view();
            let placed2 = placed.clone();
            // The mark that takes the focus from outside (the group's one tab stop):
            // the last one focused, else the selected one, else the last.
            let home = Memo::new(move |_| {
                let s = sel.get();
                placed2
                    .iter()
                    .position(|&k| Some(k) == s)
                    .unwrap_or(placed2.len().saturating_sub(1))
            });
            let rove = RwSignal::new(None::<usize>);
            let focus = move || rove.get().unwrap_or_else(|| home.get());
            // The widget's key handler moves the focus between marks; the mark
            // focused becomes the tab stop here, so there is only ever one.
            let focused = move |ev: leptos::ev::FocusEvent| {
                let k = event_target::<leptos::web_sys::Element>(&ev)
                    .get_attribute("data-k")
                    .and_then(|k| k.parse::<usize>().ok());
                if k.is_some() {
                    rove.set(k);
                }
            };
            let marks = placed
                .iter()
                .enumerate()
                .filter_map(|(j, &k)| {
                    let (x, mw, lane) = lay.marks[j]?;
                    let g = &gs[k];
                    let y = (lay.axis_y + 16.0 + lane as f64 * lay.lane_height) as i32;
                    let on = move || sel.get() == Some(k);
                    let (xi, wi) = (x as i32, mw as i32);
                    let lx = (x + geometry::label_offset(mw)) as i32;
                    let shape = if mw >= 6.0 {
                        Either::Left(view! { <rect class="fp-span" x=xi y=y - 5 width=wi height="10" rx="3"/> })
                    } else {
                        Either::Right(view! { <circle class="fp-dot" cx=xi + wi / 2 cy=y r="5"/> })
                    };
                    let label = with_count(g);
                    let aria = label.clone() + ": " + &summary_of(&cx, g.members[0]);
                    Some(view! {
                        <g class=move || if on() { "fp-mark fp-on" } else { "fp-mark" } role="button"
                            data-a=Action::Select(g.members[0]).key() data-k=j
                            tabindex=move || if focus() == j { "0" } else { "-1" }
                            aria-pressed=move || tf(on()) aria-label=aria>
                            {shape}<text class="fp-mark-label" x=lx y=y + 4>{label}</text>
                        </g>
                    })
                })
                .collect_view();
            view! {
                <div class="fp-scroll fp-chart">
                    <svg role="group" aria-labelledby=cx.id("fp-tl-sum") width=w height=h on:focusin=focused
                        viewBox="0 0 ".to_string() + &w.to_string() + " " + &h.to_string()>
                        <line class="fp-axis" x1="0" x2=w y1=axis y2=axis/>
                        {ticks}{marks}
                    </svg>
                </div>
            }
        })
    }
}

/// The timeline as a table: date, event, source.
///
/// Props: `cx`; `gs`: the groups.
#[component]
pub fn Table(cx: Cx, gs: Memo<Vec<Group>>) -> impl IntoView {
    let rows = move || {
        let m = cx.m();
        gs.with(|gs| {
            gs.iter()
                .flat_map(|g| {
                    let m = m.clone();
                    g.members.iter().map(move |&i| {
                        view! {
                            <tr>
                                <td><button type="button" class="fp-event" data-a=Action::Select(i).key()>{g.label.clone()}</button></td>
                                <td>{summary_of(&cx, i)}</td>
                                <td>{super::source_line(&cx, m.b.facts[i].sources[0].article)}</td>
                            </tr>
                        }
                    })
                })
                .collect_view()
        })
    };
    view! {
        <div class="fp-scroll" tabindex="0" role="region" aria-labelledby=cx.id("fp-tl-sum")>
            <table class="fp-table">
                <thead><tr><th scope="col">{cx.t(T::Date)}</th><th scope="col">{cx.t(T::Event)}</th><th scope="col">{cx.t(T::Source)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
