//! The controls in the widget's body (markup from `ui::render`) are handled
//! by delegation: one click and one keydown listener. Each control carries
//! its action in `data-a`:
//!
//! | action | meaning |
//! |---|---|
//! | `v<k>` | show view `k` (tab `k`) |
//! | `x<i>` | open or close fact `i`'s sources |
//! | `more` | show all items of the list, or fewer |
//! | `s<i>` | select event `i` on the timeline |
//! | `t<key>` | show chart `key` as a table, or as a chart |
//! | `z+` / `z-` | zoom the timeline in / out |
//! | `e<i>` / `r<i>` | filter by entity / article `i` (again: unfilter) |
//! | `clear` | clear the search and filters |
//!
//! Tabs (`role="tab"`) and timeline marks (`data-k`) take arrow keys, Home
//! and End; marks are a roving-tabindex group, and Enter or Space selects.

use super::state::Ui;
use crate::ui::render::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element with a `data-a` action at or above an event's target.
pub fn control(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-a]")
        .ok()
        .flatten()
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, x: T) {
    match list.iter().position(|y| *y == x) {
        Some(p) => {
            list.remove(p);
        }
        None => list.push(x),
    }
}

/// Carry out an action.
pub fn act(ui: Ui, a: &str, fixed: bool) {
    let num = rest_num(a);
    ui.set(|s| {
        s.focus = Some(a.to_string());
        let p = &mut s.panel;
        match (a, a.get(..1).unwrap_or(""), num) {
            ("clear", ..) => s.filter = Default::default(),
            ("more", ..) => p.show_all = !p.show_all,
            ("z+", ..) => p.zoom = (p.zoom + 1).min(crate::ui::render::timeline::MAX_ZOOM),
            ("z-", ..) => p.zoom = p.zoom.saturating_sub(1),
            (_, "v", Some(k)) if k < View::ALL.len() => s.view = View::ALL[k],
            (_, "x", Some(i)) => toggle(&mut p.expanded, i),
            (_, "s", Some(i)) => p.selected = Some(i),
            (_, "t", _) => toggle(&mut p.tables, a[1..].to_string()),
            (_, "e" | "r", Some(i)) => {
                let slot = if a.starts_with('e') {
                    &mut s.filter.entity
                } else {
                    &mut s.filter.article
                };
                let on = *slot == Some(i as u32);
                *slot = (!on).then_some(i as u32);
                if !on && !fixed {
                    s.view = View::Numbers;
                }
            }
            _ => {}
        }
    });
}

fn rest_num(a: &str) -> Option<usize> {
    a.get(1..)?.parse().ok()
}

/// Move focus along the timeline's marks.
fn roving(mark: &web_sys::Element, key: &str) -> bool {
    let Some(k) = mark
        .get_attribute("data-k")
        .and_then(|k| k.parse::<usize>().ok())
    else {
        return false;
    };
    let Some(svg) = mark.closest("svg").ok().flatten() else {
        return false;
    };
    let n = svg
        .get_attribute("data-n")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    let to = match key {
        "ArrowRight" | "ArrowDown" => (k + 1).min(n.saturating_sub(1)),
        "ArrowLeft" | "ArrowUp" => k.saturating_sub(1),
        "Home" => 0,
        "End" => n.saturating_sub(1),
        _ => return false,
    };
    if let Ok(Some(next)) = svg.query_selector(&format!("[data-k=\"{to}\"]")) {
        let _ = mark.set_attribute("tabindex", "-1");
        let _ = next.set_attribute("tabindex", "0");
        if let Ok(el) = next.dyn_into::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    }
    true
}

/// Focus the control with action `a` inside `root` once the body's new
/// markup is in: in a task queued behind the render (so the focus does not
/// rest on the page until the next frame), and again in the next frame.
pub fn refocus(root: web_sys::Element, a: String) {
    fn focus(root: &web_sys::Element, a: &str) {
        // Where the reader has moved the focus since (Enter, then Tab at
        // once), it stays: only a focus the re-render dropped is put back.
        if let Ok(shadow) = root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
            if let Some(active) = shadow.active_element() {
                let moved = active.is_connected()
                    && root.contains(Some(&active))
                    && active.get_attribute("data-a").as_deref() != Some(a);
                if moved {
                    return;
                }
            }
        }
        let Ok(Some(el)) = root.query_selector(&format!("[data-a=\"{a}\"]")) else {
            return;
        };
        if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        } else if let Ok(s) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = s.focus();
        }
    }
    let (root2, a2) = (root.clone(), a.clone());
    leptos::task::spawn_local(async move { focus(&root2, &a2) });
    request_animation_frame(move || {
        focus(&root, &a);
    });
}

/// Handle a key in the body: arrows on tabs and timeline marks, Enter and
/// Space on marks. Returns whether the key was used.
pub fn key(ui: Ui, ev: &web_sys::KeyboardEvent, fixed: bool) -> bool {
    let Some(c) = control(ev.target()) else {
        return false;
    };
    let key = ev.key();
    if c.has_attribute("data-k") && roving(&c, &key) {
        return true;
    }
    if c.get_attribute("role").as_deref() == Some("tab") {
        let k = c
            .get_attribute("data-a")
            .and_then(|a| a[1..].parse::<usize>().ok())
            .unwrap_or(0);
        let n = View::ALL.len();
        let to = match key.as_str() {
            "ArrowRight" => (k + 1) % n,
            "ArrowLeft" => (k + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return false,
        };
        act(ui, &format!("v{to}"), fixed);
        return true;
    }
    // Buttons click themselves on Enter and Space; SVG marks do not.
    if (key == "Enter" || key == " ") && c.tag_name() != "BUTTON" {
        if let Some(a) = c.get_attribute("data-a") {
            act(ui, &a, fixed);
            return true;
        }
    }
    false
}
