//! The controls in the widget's body are handled by delegation: one click
//! and one keydown listener on the body. Each control carries its typed
//! action in `data-a` (see `ui::state`), applied to the state by the pure
//! `ui::state::apply`. The delegation feature of Leptos stays off: it does
//! not retarget events through the shadow root.
//!
//! Tabs (`role="tab"`) and timeline marks (`data-k`) take arrow keys, Home
//! and End; marks are a roving-tabindex group, and Enter or Space selects.
//! Nodes are not replaced when the state changes, so the focus stays where
//! the reader put it.

use crate::ui::render::View;
use crate::ui::state::{Action, State, apply};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element with a `data-a` action at or above an event's target.
fn control(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-a]")
        .ok()
        .flatten()
}

/// The action of a control.
fn action(c: &web_sys::Element) -> Option<Action> {
    Action::parse(&c.get_attribute("data-a")?)
}

fn act(state: RwSignal<State>, a: Action, fixed: bool) {
    state.update(|s| apply(s, a, fixed));
}

/// A click in the body: carry out the action of the control clicked. A
/// name's or a source's chip shows the facts about it in the key numbers,
/// or, when none is a number, in the first view that has any (`counts`
/// gives each view's count under a filter). When that takes the control
/// away, the focus it had goes to the tab of the view shown, not to the
/// page.
pub fn click(
    state: RwSignal<State>,
    ev: &web_sys::MouseEvent,
    fixed: bool,
    shown: &[View],
    counts: impl Fn(&crate::ui::model::Filter) -> [usize; 6],
) {
    let Some(c) = control(ev.target()) else {
        return;
    };
    let Some(a) = action(&c) else {
        return;
    };
    let focused = c.matches(":focus").unwrap_or(false);
    let chip = matches!(a, Action::Entity(_) | Action::Article(_));
    act(state, a, fixed);
    if chip && !fixed {
        // The chip's view is one the box shows and has facts about the
        // name; else the first of the box's views that has.
        state.update(|s| {
            let n = counts(&s.filter);
            if !shown.contains(&s.view) || n[s.view.index()] == 0 {
                if let Some(&v) = shown.iter().find(|v| n[v.index()] > 0).or(shown.first()) {
                    s.view = v;
                }
            }
        });
    }
    if let (true, Some(body)) = (focused, c.closest(".fp-body").ok().flatten()) {
        request_animation_frame(move || {
            if !c.is_connected() {
                if let Ok(Some(tab)) = body.query_selector("[role=tab][aria-selected=true]") {
                    focus(tab);
                }
            }
        });
    }
}

fn focus(el: web_sys::Element) {
    if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    } else if let Ok(s) = el.dyn_into::<web_sys::SvgElement>() {
        let _ = s.focus();
    }
}

/// Move focus along the timeline's marks (in their order on the chart);
/// the chart makes the mark focused its one tab stop.
fn roving(mark: &web_sys::Element, key: &str) -> bool {
    let Some(svg) = mark.closest("svg").ok().flatten() else {
        return false;
    };
    let Ok(marks) = svg.query_selector_all("[data-k]") else {
        return false;
    };
    let n = marks.length();
    let Some(k) = (0..n).find(|&i| {
        marks
            .item(i)
            .is_some_and(|m| m.is_same_node(Some(mark.as_ref())))
    }) else {
        return false;
    };
    let to = match key {
        "ArrowRight" | "ArrowDown" => (k + 1).min(n.saturating_sub(1)),
        "ArrowLeft" | "ArrowUp" => k.saturating_sub(1),
        "Home" => 0,
        "End" => n.saturating_sub(1),
        _ => return false,
    };
    if let Some(next) = marks
        .item(to)
        .and_then(|m| m.dyn_into::<web_sys::Element>().ok())
    {
        focus(next);
    }
    true
}

/// Handle a key in the body: arrows on tabs and timeline marks, Enter and
/// Space on marks. Returns whether the key was used.
pub fn key(state: RwSignal<State>, ev: &web_sys::KeyboardEvent, fixed: bool) -> bool {
    let Some(c) = control(ev.target()) else {
        return false;
    };
    let key = ev.key();
    if c.has_attribute("data-k") && roving(&c, &key) {
        return true;
    }
    if c.get_attribute("role").as_deref() == Some("tab") {
        // The tabs in their order on the page (the box's views).
        let Some(tabs) = c
            .parent_element()
            .and_then(|l| l.query_selector_all("[role=tab]").ok())
        else {
            return false;
        };
        let n = tabs.length();
        let Some(k) = (0..n).find(|&i| {
            tabs.item(i)
                .is_some_and(|t| t.is_same_node(Some(c.as_ref())))
        }) else {
            return false;
        };
        let to = match key.as_str() {
            "ArrowRight" => (k + 1) % n,
            "ArrowLeft" => (k + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return false,
        };
        let Some(tab) = tabs
            .item(to)
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return false;
        };
        if let Some(a) = action(&tab) {
            act(state, a, fixed);
        }
        // The tabs stay in place: the focus moves to the next one.
        focus(tab);
        return true;
    }
    // Buttons click themselves on Enter and Space; SVG marks do not.
    if (key == "Enter" || key == " ") && c.tag_name() != "BUTTON" {
        if let Some(a) = action(&c) {
            act(state, a, fixed);
            return true;
        }
    }
    false
}
