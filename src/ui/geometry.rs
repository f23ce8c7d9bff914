//! Chart geometry as pure functions (in the manner of leptos-chartistry's
//! `projection.rs`): scales, ticks, date placement and label layout. No DOM
//! here, so all of it is unit-tested natively.

use crate::bundle::Precision;

/// A linear map from a domain to a range (pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn new((d0, d1): (f64, f64), (r0, r1): (f64, f64)) -> Self {
        Linear { d0, d1, r0, r1 }
    }

    /// Map a domain value into the range; a degenerate domain maps to the middle.
    pub fn map(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// A "nice" step (1, 2 or 5 × 10^k) giving about `count` ticks over `span`.
pub fn nice_step(span: f64, count: usize) -> f64 {
    if span <= 0.0 || !span.is_finite() || count == 0 {
        return 1.0;
    }
    let raw = span / count as f64;
    // The power of ten at or below `raw` (no `powf`/`log10`: smaller wasm).
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    while mag > raw {
        mag /= 10.0;
    }
    let norm = raw / mag;
    let nice = if norm < 1.5 {
        1.0
    } else if norm < 3.5 {
        2.0
    } else if norm < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// Ticks covering `[min, max]` at a nice step, starting at zero or below `min`.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    let step = nice_step(hi - lo, count.max(1));
    let start = (lo / step).floor() * step;
    let mut out = Vec::new();
    let mut v = start;
    while v <= hi + step * 1e-9 && out.len() < 1000 {
        out.push((v / step).round() * step);
        v += step;
    }
    if out.last().is_some_and(|&l| l < hi) {
        out.push(start + step * out.len() as f64);
    }
    out
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn num(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The time an event's date covers, as days `[start, end)`: a day is one
/// day, a month its days, a year or decade all of them. Month-day dates
/// (no year) cannot be placed: `None`.
pub fn date_span(date: &str, precision: Precision) -> Option<(f64, f64)> {
    let y = num(date.get(..4)?)?;
    let (start, end) = match precision {
        Precision::Day => {
            let (m, d) = (num(date.get(5..7)?)? as u32, num(date.get(8..10)?)? as u32);
            let s = days_from_civil(y, m, d);
            (s, s + 1)
        }
        Precision::Month => {
            let m = num(date.get(5..7)?)? as u32;
            let s = days_from_civil(y, m, 1);
            let e = if m == 12 {
                days_from_civil(y + 1, 1, 1)
            } else {
                days_from_civil(y, m + 1, 1)
            };
            (s, e)
        }
        Precision::Year => (days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1)),
        Precision::Decade => (days_from_civil(y, 1, 1), days_from_civil(y + 10, 1, 1)),
        Precision::MonthDay => return None,
    };
    Some((start as f64, end as f64))
}

/// Ticks of a time axis over days `[start, end)`: (day, label) at decades,
/// years or months, whichever gives at most `max` ticks.
pub fn time_ticks(start: f64, end: f64, max: usize) -> Vec<(f64, TickLabel)> {
    let (y0, ..) = civil_from_days(start.floor() as i64);
    let (y1, ..) = civil_from_days(end.ceil() as i64 - 1);
    let years = (y1 - y0 + 1).max(1);
    let mut out = Vec::new();
    if years as usize > max {
        let step = nice_step(years as f64, max.max(1)).max(1.0) as i64;
        let mut y = y0.div_euclid(step) * step;
        while y <= y1 {
            let d = days_from_civil(y, 1, 1) as f64;
            if d >= start {
                out.push((d, TickLabel::Year(y)));
            }
            y += step;
        }
    } else if (years * 12) as usize > max && years >= 2 {
        for y in y0..=y1 + 1 {
            let d = days_from_civil(y, 1, 1) as f64;
            if d >= start && d <= end {
                out.push((d, TickLabel::Year(y)));
            }
        }
    } else {
        let (_, m0, _) = civil_from_days(start.floor() as i64);
        let (_, m1, _) = civil_from_days(end.ceil() as i64 - 1);
        let first = y0 * 12 + m0 as i64 - 1;
        let last = y1 * 12 + m1 as i64; // the month after the last one
        let step = ((last - first) as usize).div_ceil(max.max(1)).max(1) as i64;
        let mut k = first;
        while k <= last {
            let (y, m) = (k.div_euclid(12), (k.rem_euclid(12) + 1) as u32);
            let d = days_from_civil(y, m, 1) as f64;
            if d >= start && d <= end {
                out.push((d, TickLabel::Month(y, m)));
            }
            k += step;
        }
    }
    out
}

/// What a time tick shows; the widget formats it for the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickLabel {
    Year(i64),
    Month(i64, u32),
}

/// Assign labels to lanes so that no two labels in a lane overlap: each
/// label covers `[x, x + width)`; labels are taken by increasing `x`, each
/// into the first lane where it fits (with `gap` between neighbours).
/// Returns each label's lane, in the input order.
pub fn lanes(items: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    super::sort_by(&mut order, &|a, b| {
        items[a].0 < items[b].0 || (items[a].0 == items[b].0 && a < b)
    });
    let mut ends: Vec<f64> = Vec::new();
    let mut out = vec![0; items.len()];
    for i in order {
        let (x, w) = items[i];
        let lane = match ends.iter().position(|&e| e + gap <= x) {
            Some(l) => l,
            None => {
                ends.push(f64::NEG_INFINITY);
                ends.len() - 1
            }
        };
        ends[lane] = x + w;
        out[i] = lane;
    }
    out
}

/// Rough width in pixels of a label in the widget's font at `size` px:
/// enough to keep labels apart without measuring text in the DOM.
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                if c.is_ascii_uppercase() { 0.66 } else { 0.56 }
            } else {
                1.0
            }
        })
        .sum::<f64>()
        * size
}

/// Layout of a timeline: each placeable event's mark (x, width) and lane,
/// the axis ticks and the total size.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLayout {
    pub width: f64,
    pub height: f64,
    /// For each input event: `Some((x, mark width, lane))`, or `None` when it cannot be placed.
    pub marks: Vec<Option<(f64, f64, usize)>>,
    pub ticks: Vec<(f64, TickLabel)>,
    pub axis_y: f64,
    pub lane_height: f64,
}

pub const TIMELINE_PAD: f64 = 16.0;
pub const LANE_HEIGHT: f64 = 26.0;

/// Where a mark's label starts, from the mark's left edge: after a span's
/// first 40 px (long spans carry their label inside), or after a dot.
pub fn label_offset(mark_width: f64) -> f64 {
    if mark_width >= 6.0 {
        mark_width.min(40.0) + 5.0
    } else {
        mark_width / 2.0 + 9.0
    }
}

/// Place events (date spans in days, label widths in px) on a time axis at
/// least `min_width` wide, widening it when events are dense so that marks
/// stay at least `min_gap` apart on average.
pub fn timeline(
    spans: &[Option<(f64, f64)>],
    labels: &[f64],
    min_width: f64,
    min_gap: f64,
) -> TimelineLayout {
    let placed: Vec<(f64, f64)> = spans.iter().flatten().copied().collect();
    let (lo, hi) = placed
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &(s, e)| {
            (a.min(s), b.max(e))
        });
    let (lo, hi) = if placed.is_empty() {
        (0.0, 1.0)
    } else {
        (lo, hi)
    };
    // Room on the right for the last label, so no label is cut off.
    let overhang = labels.iter().copied().fold(0.0, f64::max);
    let width = min_width.max(placed.len() as f64 * min_gap + 2.0 * TIMELINE_PAD) + overhang;
    let scale = Linear::new((lo, hi), (TIMELINE_PAD, width - TIMELINE_PAD - overhang));
    let mut boxes = Vec::new();
    let mut idx = Vec::new();
    let mut xs = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if let Some((a, b)) = s {
            let x = scale.map(*a);
            let w = (scale.map(*b) - x).max(0.0);
            xs.push((x, w));
            let label = labels.get(i).copied().unwrap_or(40.0);
            // The mark and its label, whichever reaches further.
            boxes.push((x, (label_offset(w) + label).max(w) + 4.0));
            idx.push(i);
        }
    }
    let lane_of = lanes(&boxes, 4.0);
    let mut marks = vec![None; spans.len()];
    for (k, &i) in idx.iter().enumerate() {
        marks[i] = Some((xs[k].0, xs[k].1, lane_of[k]));
    }
    let lanes_used = lane_of.iter().max().map_or(1, |m| m + 1);
    let axis_y = 28.0;
    let height = axis_y + 12.0 + lanes_used as f64 * LANE_HEIGHT;
    let ticks = time_ticks(
        lo,
        hi,
        ((width - 2.0 * TIMELINE_PAD) / 90.0).max(2.0) as usize,
    )
    .into_iter()
    .map(|(d, l)| (scale.map(d), l))
    .collect();
    TimelineLayout {
        width,
        height,
        marks,
        ticks,
        axis_y,
        lane_height: LANE_HEIGHT,
    }
}

/// Bars of a comparison chart: for each value, its bar's length in pixels
/// within `width`, on a scale from zero to the largest value (at least
/// `floor`, so a share is drawn against 100%).
pub fn bars(values: &[f64], width: f64, floor: f64) -> (Vec<f64>, f64) {
    let max = values.iter().copied().fold(floor, f64::max);
    let top = nice_ticks(0.0, max, 4)
        .last()
        .copied()
        .unwrap_or(max)
        .max(max);
    let s = Linear::new((0.0, top), (0.0, width));
    (values.iter().map(|&v| s.map(v.max(0.0))).collect(), top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_scale() {
        let s = Linear::new((0.0, 10.0), (100.0, 200.0));
        assert_eq!(s.map(0.0), 100.0);
        assert_eq!(s.map(5.0), 150.0);
        assert_eq!(Linear::new((3.0, 3.0), (0.0, 10.0)).map(3.0), 5.0);
    }

    #[test]
    fn nice_ticks_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 80.0, 4), [0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(0.0, 7.0, 4), [0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(nice_step(0.0, 5), 1.0);
        let t = nice_ticks(3.0, 1234.0, 5);
        assert!(t[0] <= 3.0 && *t.last().unwrap() >= 1234.0);
    }

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in [-1_000_000i64, -1, 0, 59, 11_016, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn dates_span_their_precision() {
        let day = date_span("2026-02-01", Precision::Day).unwrap();
        assert_eq!(day.1 - day.0, 1.0);
        let month = date_span("2026-02", Precision::Month).unwrap();
        assert_eq!(month.1 - month.0, 28.0);
        assert_eq!(
            date_span("2024-02", Precision::Month).map(|m| m.1 - m.0),
            Some(29.0)
        );
        let year = date_span("2025", Precision::Year).unwrap();
        assert_eq!(year.1 - year.0, 365.0);
        let decade = date_span("2010s", Precision::Decade).unwrap();
        assert_eq!(decade.0, days_from_civil(2010, 1, 1) as f64);
        assert_eq!(decade.1, days_from_civil(2020, 1, 1) as f64);
        assert_eq!(date_span("--03-19", Precision::MonthDay), None);
        assert_eq!(date_span("20x6", Precision::Year), None);
        assert_eq!(date_span("2026-1", Precision::Day), None);
    }

    #[test]
    fn time_ticks_pick_a_readable_unit() {
        let s = days_from_civil(2010, 1, 1) as f64;
        let e = days_from_civil(2031, 1, 1) as f64;
        let t = time_ticks(s, e, 6);
        assert!(t.len() <= 7 && t.len() >= 3, "{t:?}");
        assert!(t.iter().all(|(_, l)| matches!(l, TickLabel::Year(_))));
        let s = days_from_civil(2026, 1, 1) as f64;
        let e = days_from_civil(2026, 3, 1) as f64;
        let t = time_ticks(s, e, 6);
        assert_eq!(
            t.iter().map(|x| x.1).collect::<Vec<_>>(),
            [
                TickLabel::Month(2026, 1),
                TickLabel::Month(2026, 2),
                TickLabel::Month(2026, 3)
            ]
        );
    }

    #[test]
    fn lanes_never_overlap() {
        let items = [
            (0.0, 50.0),
            (10.0, 50.0),
            (60.0, 20.0),
            (20.0, 10.0),
            (100.0, 30.0),
        ];
        let l = lanes(&items, 4.0);
        for a in 0..items.len() {
            for b in a + 1..items.len() {
                if l[a] == l[b] {
                    let (x1, w1) = items[a];
                    let (x2, w2) = items[b];
                    assert!(
                        x1 + w1 + 4.0 <= x2 || x2 + w2 + 4.0 <= x1,
                        "{a} and {b} overlap in lane {}",
                        l[a]
                    );
                }
            }
        }
        assert_eq!(l[0], 0);
        assert_eq!(l[2], 0);
        assert_eq!(l[4], 0);
    }

    #[test]
    fn timeline_places_every_dated_event_and_widens_when_dense() {
        let spans: Vec<Option<(f64, f64)>> = vec![
            date_span("2026-02-01", Precision::Day),
            None,
            date_span("2025", Precision::Year),
            date_span("2010s", Precision::Decade),
        ];
        let t = timeline(&spans, &[40.0, 40.0, 30.0, 40.0], 600.0, 30.0);
        assert!(t.marks[1].is_none());
        // Every mark and its label lie inside the chart.
        for (k, m) in t.marks.iter().enumerate() {
            if let Some((x, w, _)) = m {
                assert!(
                    *x >= TIMELINE_PAD && x + w.max([40.0, 40.0, 30.0, 40.0][k]) <= t.width,
                    "{k}: {m:?} in {}",
                    t.width
                );
            }
        }
        // The 2010s come first and span the widest.
        let (x_dec, w_dec, _) = t.marks[3].unwrap();
        assert!(x_dec < t.marks[2].unwrap().0 && w_dec > t.marks[2].unwrap().1);
        let many: Vec<Option<(f64, f64)>> =
            (0..100).map(|d| Some((d as f64, d as f64 + 1.0))).collect();
        assert!(timeline(&many, &vec![40.0; 100], 600.0, 30.0).width >= 3000.0);
    }

    #[test]
    fn timeline_labels_never_overlap_the_next_mark_in_their_lane() {
        // Years (spans of ~16 px at this width) next to days: the label of a span starts after it.
        let dates = [
            "1990s",
            "2019",
            "2020",
            "2021",
            "2022",
            "2023",
            "2024-11-03",
            "2025-09-01",
            "2024",
            "2029",
            "2030s",
        ];
        let precision = |d: &str| match d.len() {
            4 => Precision::Year,
            5 => Precision::Decade,
            _ => Precision::Day,
        };
        let spans: Vec<Option<(f64, f64)>> =
            dates.iter().map(|d| date_span(d, precision(d))).collect();
        let labels: Vec<f64> = dates.iter().map(|d| text_width(d, 12.0) + 10.0).collect();
        let t = timeline(&spans, &labels, 660.0, 30.0);
        let extent = |k: usize| {
            let (x, w, lane) = t.marks[k].unwrap();
            (lane, x, x + (label_offset(w) + labels[k]).max(w))
        };
        for a in 0..dates.len() {
            for b in 0..dates.len() {
                let ((la, xa, ea), (lb, xb, _)) = (extent(a), extent(b));
                if a != b && la == lb && xa <= xb {
                    assert!(
                        ea <= xb,
                        "{} (to {ea}) runs into {} (at {xb}) in lane {la}",
                        dates[a],
                        dates[b]
                    );
                }
            }
        }
    }

    #[test]
    fn bars_scale_to_the_largest_value() {
        let (b, top) = bars(&[80.0, 70.0], 200.0, 100.0);
        assert_eq!(top, 100.0);
        assert_eq!(b, [160.0, 140.0]);
        let (b, top) = bars(&[5000.0, 6000.0], 100.0, 0.0);
        assert!(top >= 6000.0 && b[1] <= 100.0 && b[0] < b[1]);
    }

    #[test]
    fn text_width_grows_with_text() {
        assert!(text_width("2026", 12.0) < text_width("January 2026", 12.0));
        assert!(text_width("年表", 12.0) >= 24.0);
    }
}
