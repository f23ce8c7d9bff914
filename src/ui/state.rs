//! What the reader has chosen, and the actions that change it: a typed
//! [`Action`] applied by the pure [`apply`], so every control's effect is
//! tested natively. The widget keeps a [`State`] in one signal and reads
//! each part through its own memo (`render::Cx`), so a change touches only
//! the views that read the part that changed.
//!
//! Controls carry their action in a `data-a` attribute ([`Action::key`]),
//! read back by [`Action::parse`] in the panel's one click listener:
//!
//! | `data-a` | action |
//! |---|---|
//! | `v<k>` | show view `k` (tab `k`) |
//! | `x<i>` | open or close fact `i`'s sources |
//! | `more` | show all items of the list, or fewer |
//! | `s<i>` | select event `i` on the timeline |
//! | `t<key>` | show chart `key` as a table, or as a chart |
//! | `z+` / `z-` | zoom the timeline in / out |
//! | `e<i>` / `r<i>` | filter by entity / article `i` (again: unfilter) |
//! | `clear` | clear the search and filters |

use super::model::Filter;
use super::render::View;

/// Zoom steps: the timeline's axis is at most 2^5 = 32 times its base width.
pub const MAX_ZOOM: u8 = 5;

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

/// Everything the reader has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub view: View,
    pub filter: Filter,
    pub panel: PanelState,
}

impl Default for State {
    fn default() -> Self {
        State {
            view: View::Numbers,
            filter: Filter::default(),
            panel: PanelState::default(),
        }
    }
}

/// What a control does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show a view.
    Show(View),
    /// Open or close a fact's sources.
    Toggle(usize),
    /// Show every item of the lists, or the first few again.
    More,
    /// Select an event on the timeline.
    Select(usize),
    /// Show a chart as a table, or as a chart again.
    Table(String),
    ZoomIn,
    ZoomOut,
    /// Filter by an entity (again: unfilter).
    Entity(u32),
    /// Filter by an article (again: unfilter).
    Article(u32),
    /// Clear the search and the filters.
    Clear,
}

impl Action {
    /// The action a control's `data-a` names.
    pub fn parse(a: &str) -> Option<Action> {
        let num = || a.get(1..)?.parse::<usize>().ok();
        Some(match a {
            "clear" => Action::Clear,
            "more" => Action::More,
            "z+" => Action::ZoomIn,
            "z-" => Action::ZoomOut,
            _ => match a.get(..1)? {
                "v" => Action::Show(*View::ALL.get(num()?)?),
                "x" => Action::Toggle(num()?),
                "s" => Action::Select(num()?),
                "t" if a.len() > 1 => Action::Table(a[1..].to_string()),
                "e" => Action::Entity(u32::try_from(num()?).ok()?),
                "r" => Action::Article(u32::try_from(num()?).ok()?),
                _ => return None,
            },
        })
    }

    /// The `data-a` of a control doing this.
    pub fn key(&self) -> String {
        let n = |c: &str, i: usize| c.to_string() + &i.to_string();
        match self {
            Action::Show(v) => n("v", v.index()),
            Action::Toggle(i) => n("x", *i),
            Action::More => "more".into(),
            Action::Select(i) => n("s", *i),
            Action::Table(k) => "t".to_string() + k,
            Action::ZoomIn => "z+".into(),
            Action::ZoomOut => "z-".into(),
            Action::Entity(e) => n("e", *e as usize),
            Action::Article(a) => n("r", *a as usize),
            Action::Clear => "clear".into(),
        }
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, x: T) {
    match list.iter().position(|y| *y == x) {
        Some(p) => {
            list.remove(p);
        }
        None => list.push(x),
    }
}

/// Carry out an action. `fixed`: the element shows one view only, so a
/// filter does not switch to the numbers.
pub fn apply(s: &mut State, a: Action, fixed: bool) {
    let p = &mut s.panel;
    match a {
        Action::Show(v) => s.view = v,
        Action::Toggle(i) => toggle(&mut p.expanded, i),
        Action::More => p.show_all = !p.show_all,
        Action::Select(i) => p.selected = Some(i),
        Action::Table(k) => toggle(&mut p.tables, k),
        Action::ZoomIn => p.zoom = (p.zoom + 1).min(MAX_ZOOM),
        Action::ZoomOut => p.zoom = p.zoom.saturating_sub(1),
        Action::Clear => s.filter = Filter::default(),
        Action::Entity(i) | Action::Article(i) => {
            let slot = if matches!(a, Action::Entity(_)) {
                &mut s.filter.entity
            } else {
                &mut s.filter.article
            };
            let on = *slot == Some(i);
            *slot = (!on).then_some(i);
            if !on && !fixed {
                s.view = View::Numbers;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_through_data_a() {
        let all = [
            Action::Show(View::Quotes),
            Action::Toggle(12),
            Action::More,
            Action::Select(0),
            Action::Table("cmp3".into()),
            Action::ZoomIn,
            Action::ZoomOut,
            Action::Entity(4),
            Action::Article(1),
            Action::Clear,
        ];
        for a in all {
            assert_eq!(Action::parse(&a.key()), Some(a.clone()), "{}", a.key());
        }
        for bad in ["", "v", "v6", "v-1", "x", "xa", "t", "q1", "e99999999999"] {
            assert_eq!(Action::parse(bad), None, "{bad:?}");
        }
    }

    /// Each action applied to a state: (action, fixed, what changed).
    #[test]
    fn apply_table() {
        type Check = fn(&State) -> bool;
        let cases: [(&[Action], bool, Check); 10] = [
            (&[Action::Show(View::Sources)], false, |s| {
                s.view == View::Sources
            }),
            (&[Action::Toggle(3), Action::Toggle(5)], false, |s| {
                s.panel.expanded == [3, 5]
            }),
            (&[Action::Toggle(3), Action::Toggle(3)], false, |s| {
                s.panel.expanded.is_empty()
            }),
            (&[Action::More], false, |s| s.panel.show_all),
            (&[Action::Select(7)], false, |s| s.panel.selected == Some(7)),
            (
                &[Action::ZoomIn, Action::ZoomIn, Action::ZoomOut],
                false,
                |s| s.panel.zoom == 1,
            ),
            (&[Action::ZoomOut], false, |s| s.panel.zoom == 0),
            (
                &[Action::Show(View::Entities), Action::Entity(2)],
                false,
                |s| s.filter.entity == Some(2) && s.view == View::Numbers,
            ),
            (
                &[Action::Show(View::Entities), Action::Entity(2)],
                true,
                |s| s.filter.entity == Some(2) && s.view == View::Entities,
            ),
            (
                &[
                    Action::Article(1),
                    Action::Article(1),
                    Action::Entity(0),
                    Action::Clear,
                ],
                false,
                |s| s.filter == Filter::default(),
            ),
        ];
        for (k, (actions, fixed, check)) in cases.into_iter().enumerate() {
            let mut s = State::default();
            for a in actions {
                apply(&mut s, a.clone(), fixed);
            }
            assert!(check(&s), "case {k}: {actions:?} gave {s:?}");
        }
        let mut s = State::default();
        for _ in 0..20 {
            apply(&mut s, Action::ZoomIn, false);
        }
        assert_eq!(s.panel.zoom, MAX_ZOOM);
        apply(&mut s, Action::Table("timeline".into()), false);
        apply(&mut s, Action::Table("cmp0".into()), false);
        apply(&mut s, Action::Table("timeline".into()), false);
        assert_eq!(s.panel.tables, ["cmp0"]);
    }
}
