//! Timeline: the events on an SVG time axis, placed by date at their
//! precision (a day is a point, a month or year a span). Events of the same
//! date share one mark with their count; labels sit in lanes so they never
//! overlap; the axis zooms and scrolls sideways when dense. Marks form a
//! roving-tabindex group (arrow keys move, Enter selects; see the widget's
//! `actions`). A text summary and a table alternative say the same in
//! words; without JavaScript the timeline is a list.

use super::{CHART_TEXT_PX, Ctx, as_table, cards, cite, esc, more, switch, tf};
use crate::bundle::{Body, FactKind, Precision};
use crate::ui::geometry::{self, TickLabel};
use crate::ui::i18n::T;

/// Events of one date.
struct Group {
    date: String,
    precision: Precision,
    label: String,
    /// Fact indices, in bundle order.
    members: Vec<usize>,
}

/// Matching events grouped by date, in date order.
fn groups(cx: &Ctx) -> Vec<Group> {
    let mut gs: Vec<Group> = Vec::new();
    for i in cx.m.list(FactKind::Event, cx.f) {
        let Body::Event {
            date, precision, ..
        } = &cx.m.b.facts[i].body
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
                label: cx.fmt.date(date, *precision),
                members: vec![i],
            }),
        }
    }
    let mut order: Vec<usize> = (0..gs.len()).collect();
    crate::ui::sort_by(&mut order, &|a, b| gs[a].date < gs[b].date);
    let mut slots: Vec<Option<Group>> = gs.into_iter().map(Some).collect();
    order.into_iter().filter_map(|k| slots[k].take()).collect()
}

fn summary_of<'a>(cx: &Ctx<'a>, i: usize) -> &'a str {
    match &cx.m.b.facts[i].body {
        Body::Event { summary, .. } => summary,
        _ => "",
    }
}

fn tick(cx: &Ctx, l: TickLabel) -> String {
    match l {
        TickLabel::Year(y) => cx.fmt.date(&format!("{y:04}"), Precision::Year),
        TickLabel::Month(y, m) => cx.fmt.date(&format!("{y:04}-{m:02}"), Precision::Month),
    }
}

/// The group opened: the one holding the reader's choice, else the latest dated one.
fn selected(cx: &Ctx, gs: &[Group]) -> Option<usize> {
    cx.st
        .selected
        .and_then(|s| gs.iter().position(|g| g.members.contains(&s)))
        .or_else(|| latest_news(cx, gs))
        .or_else(|| gs.iter().rposition(|g| g.precision != Precision::MonthDay))
        .or(gs.len().checked_sub(1))
}

/// The newest article's publication date ("" when none is known).
fn newest<'a>(cx: &Ctx<'a>) -> &'a str {
    cx.m.b
        .articles
        .iter()
        .filter_map(|a| a.published.as_deref())
        .max()
        .unwrap_or("")
}

/// The last dated group up to the newest article's date: the latest news,
/// not the furthest forecast.
fn latest_news(cx: &Ctx, gs: &[Group]) -> Option<usize> {
    let newest = newest(cx);
    gs.iter()
        .rposition(|g| g.precision != Precision::MonthDay && g.date.as_str() <= newest)
}

/// A group's label with its count: "2025 (24)".
fn with_count(g: &Group) -> String {
    if g.members.len() > 1 {
        format!("{} ({})", g.label, g.members.len())
    } else {
        g.label.clone()
    }
}

pub fn render(cx: &Ctx) -> String {
    let gs = groups(cx);
    let n: usize = gs.iter().map(|g| g.members.len()).sum();
    let dated: Vec<&Group> = gs
        .iter()
        .filter(|g| g.precision != Precision::MonthDay)
        .collect();
    let mut summary = format!("{n} {}", cx.t(T::Events));
    if let (Some(a), Some(b)) = (dated.first(), dated.last()) {
        summary += &format!(": {} – {}", a.label, b.label);
    }
    let mut s = format!(
        "<div class=\"fp-chart-head\"><p class=\"fp-summary\" id=\"fp-tl-sum\">{}</p>",
        esc(&summary)
    );
    let table = as_table(cx, "timeline");
    if !cx.static_html && !table {
        s += &format!(
            "<span class=\"fp-zoom\"><button type=\"button\" class=\"fp-switch\" data-a=\"z-\" aria-label=\"{0}\" title=\"{0}\"{2}>−</button><button type=\"button\" class=\"fp-switch\" data-a=\"z+\" aria-label=\"{1}\" title=\"{1}\"{3}>+</button></span>",
            cx.t(T::ZoomOut),
            cx.t(T::ZoomIn),
            if cx.st.zoom == 0 { " disabled" } else { "" },
            if cx.st.zoom >= MAX_ZOOM {
                " disabled"
            } else {
                ""
            }
        );
    }
    s += &switch(cx, "timeline");
    s += "</div>";
    if cx.static_html {
        // A list in date order, then the dates without a year, each event
        // with its source.
        let (mut dated, mut yearless) = (Vec::new(), Vec::new());
        for g in &gs {
            let list = if g.precision == Precision::MonthDay {
                &mut yearless
            } else {
                &mut dated
            };
            list.extend(g.members.iter().map(|&i| (g, i)));
        }
        let keep = if cx.st.show_all { n } else { cx.limit.min(n) };
        // The window of events up to the newest article's date: the latest
        // news, not the furthest forecasts.
        let newest = newest(cx);
        let past = dated
            .iter()
            .take_while(|(g, _)| g.date.as_str() <= newest)
            .count();
        let start = past
            .saturating_sub(keep)
            .min(dated.len().saturating_sub(keep));
        let end = (start + keep).min(dated.len());
        let keep_yearless = keep - (end - start);
        let li = |&(g, i): &(&Group, usize)| {
            let src = cx.m.b.facts[i]
                .sources
                .first()
                .map(|s| format!(" <small>{}</small>", cite(cx, s.article)))
                .unwrap_or_default();
            format!(
                "<li><time datetime=\"{}\">{}</time> {}{src}</li>",
                esc(&g.date),
                esc(&g.label),
                esc(summary_of(cx, i))
            )
        };
        s += "<ol class=\"fp-events\">";
        s += &dated[start..end].iter().map(li).collect::<String>();
        s += "</ol>";
        if keep_yearless > 0 {
            s += &format!(
                "<h3 class=\"fp-sub\">{}</h3><ul class=\"fp-plain\">",
                cx.t(T::NoYear)
            );
            s += &yearless[..keep_yearless.min(yearless.len())]
                .iter()
                .map(li)
                .collect::<String>();
            s += "</ul>";
        }
        return s + &more(cx, n);
    }
    let sel = selected(cx, &gs);
    if table {
        s += &self::table(cx, &gs);
    } else {
        s += &chart(cx, &gs, sel);
        let yearless: Vec<(usize, &Group)> = gs
            .iter()
            .enumerate()
            .filter(|(_, g)| g.precision == Precision::MonthDay)
            .collect();
        if !yearless.is_empty() {
            s += &format!(
                "<h3 class=\"fp-sub\">{}</h3><ul class=\"fp-plain\">",
                cx.t(T::NoYear)
            );
            for (_, g) in yearless {
                for &i in &g.members {
                    s += &format!(
                        "<li><button type=\"button\" class=\"fp-event\" data-a=\"s{i}\"><strong>{}</strong> {}</button></li>",
                        esc(&g.label),
                        esc(summary_of(cx, i))
                    );
                }
            }
            s += "</ul>";
        }
    }
    if let Some(k) = sel {
        let g = &gs[k];
        s += &format!(
            "<section class=\"fp-selected\" aria-label=\"{}\"><h3 class=\"fp-sub\">{}</h3>{}</section>",
            esc(&g.label),
            esc(&with_count(g)),
            cards(cx, &g.members, "fp-grid")
        );
    }
    s
}

/// Zoom steps: the axis is at most 2^5 = 32 times its base width.
pub const MAX_ZOOM: u8 = 5;

fn chart(cx: &Ctx, gs: &[Group], sel: Option<usize>) -> String {
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
        660.0 * (1u32 << cx.st.zoom.min(MAX_ZOOM)) as f64,
        30.0,
    );
    let (w, h, axis) = (lay.width as i32, lay.height as i32, lay.axis_y as i32);
    let n = lay.marks.iter().flatten().count();
    let mut s = format!(
        "<div class=\"fp-scroll fp-chart\"><svg role=\"group\" aria-labelledby=\"fp-tl-sum\" data-n=\"{n}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><line class=\"fp-axis\" x1=\"0\" x2=\"{w}\" y1=\"{axis}\" y2=\"{axis}\"/>"
    );
    for &(x, l) in &lay.ticks {
        let x = x as i32;
        s += &format!(
            "<line class=\"fp-tickline\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"/><text class=\"fp-tick\" x=\"{}\" y=\"{}\">{}</text>",
            axis - 6,
            h - 4,
            x + 3,
            axis - 10,
            esc(&tick(cx, l))
        );
    }
    let focus = placed
        .iter()
        .position(|&k| Some(k) == sel)
        .unwrap_or(placed.len().saturating_sub(1));
    for (j, &k) in placed.iter().enumerate() {
        let Some((x, mw, lane)) = lay.marks[j] else {
            continue;
        };
        let g = &gs[k];
        let y = (lay.axis_y + 16.0 + lane as f64 * lay.lane_height) as i32;
        let on = sel == Some(k);
        let (xi, wi) = (x as i32, mw as i32);
        let lx = (x + geometry::label_offset(mw)) as i32;
        let shape = if mw >= 6.0 {
            format!(
                "<rect class=\"fp-span\" x=\"{xi}\" y=\"{}\" width=\"{wi}\" height=\"10\" rx=\"3\"/>",
                y - 5
            )
        } else {
            format!(
                "<circle class=\"fp-dot\" cx=\"{}\" cy=\"{y}\" r=\"5\"/>",
                xi + wi / 2
            )
        };
        let label = with_count(g);
        s += &format!(
            "<g class=\"fp-mark{}\" role=\"button\" data-a=\"s{}\" data-k=\"{j}\" tabindex=\"{}\" aria-pressed=\"{}\" aria-label=\"{}: {}\">{shape}<text class=\"fp-mark-label\" x=\"{lx}\" y=\"{}\">{}</text></g>",
            if on { " fp-on" } else { "" },
            g.members[0],
            if j == focus { 0 } else { -1 },
            tf(on),
            esc(&label),
            esc(summary_of(cx, g.members[0])),
            y + 4,
            esc(&label)
        );
    }
    s + "</svg></div>"
}

fn table(cx: &Ctx, gs: &[Group]) -> String {
    let mut s = format!(
        "<div class=\"fp-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"fp-tl-sum\"><table class=\"fp-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        cx.t(T::Date),
        cx.t(T::Event),
        cx.t(T::Source)
    );
    for g in gs {
        for &i in &g.members {
            s += &format!(
                "<tr><td><button type=\"button\" class=\"fp-event\" data-a=\"s{i}\">{}</button></td><td>{}</td><td>{}</td></tr>",
                esc(&g.label),
                esc(summary_of(cx, i)),
                esc(&super::source_line(cx, cx.m.b.facts[i].sources[0].article))
            );
        }
    }
    s + "</tbody></table></div>"
}
