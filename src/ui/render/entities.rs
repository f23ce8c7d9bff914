//! Names: people, organizations, places and other names as filter chips
//! with the number of matching facts; chemical elements on the periodic
//! strip of the rare earths (Sc, Y, La–Lu).

use super::{Cx, tf};
use crate::bundle::EntityKind;
use crate::ui::i18n::{self, T};
use crate::ui::state::Action;
use leptos::either::Either;
use leptos::prelude::*;

/// Symbol, atomic number and English name of the 17 rare earths.
pub const RARE_EARTHS: [(&str, u8, &str); 17] = [
    ("Sc", 21, "scandium"),
    ("Y", 39, "yttrium"),
    ("La", 57, "lanthanum"),
    ("Ce", 58, "cerium"),
    ("Pr", 59, "praseodymium"),
    ("Nd", 60, "neodymium"),
    ("Pm", 61, "promethium"),
    ("Sm", 62, "samarium"),
    ("Eu", 63, "europium"),
    ("Gd", 64, "gadolinium"),
    ("Tb", 65, "terbium"),
    ("Dy", 66, "dysprosium"),
    ("Ho", 67, "holmium"),
    ("Er", 68, "erbium"),
    ("Tm", 69, "thulium"),
    ("Yb", 70, "ytterbium"),
    ("Lu", 71, "lutetium"),
];

/// A name as its chip shows it: the form the articles use most ("JOGMEC"),
/// with its full name as the `<abbr>`'s expansion and, for screen readers,
/// after it (so the chip's accessible name is "JOGMEC (Japan Organization
/// for …) 2"); else the name.
///
/// Props: `cx`; `e`: the entity's index.
#[component]
pub fn ChipLabel(cx: Cx, e: usize) -> impl IntoView {
    let m = cx.m();
    let ent = &m.b.entities[e];
    let name = ent.name.clone();
    match ent.usual.and_then(|u| ent.aliases.get(u as usize)) {
        Some(u) => Either::Left(view! {
            <abbr title=name.clone()>{u.clone()}</abbr><span class="fp-vh">{" (".to_string() + &name + ")"}</span>
        }),
        None => Either::Right(name),
    }
}

/// A name's chip: a filter button with its count (a plain label without
/// JavaScript).
///
/// Props: `cx`; `e`: the entity's index.
#[component]
pub fn Chip(cx: Cx, e: usize) -> impl IntoView {
    let count = move || cx.tallies.with(|t| t.0[e]);
    if cx.is_static() {
        return Either::Left(view! {
            <li><span class="fp-chip"><ChipLabel cx e/>" "<span class="fp-count">{count}</span></span></li>
        });
    }
    let on = Memo::new(move |_| cx.filter.with(|f| f.entity == Some(e as u32)));
    Either::Right(view! {
        <li><button type="button" class=move || if on.get() { "fp-chip fp-on" } else { "fp-chip" }
            data-a=Action::Entity(e as u32).key() aria-pressed=move || tf(on.get())>
            <ChipLabel cx e/><span class="fp-count">{count}</span>
        </button></li>
    })
}

/// The chips of the names of a kind with matching facts, most mentioned
/// first, keyed by name.
///
/// Props: `cx`; `kind`.
#[component]
pub fn Chips(cx: Cx, kind: EntityKind) -> impl IntoView {
    let each = move || cx.tallies.with(|t| cx.m().entities_of(kind, &t.0));
    view! {
        <ul class="fp-chips"><For each key=|e| *e children=move |e| view! { <Chip cx e/> }/></ul>
    }
}

/// The periodic strip of the rare earths: those the articles name are
/// highlighted, those with matching facts are filter buttons.
///
/// Props: `cx`.
#[component]
pub fn Periodic(cx: Cx) -> impl IntoView {
    let m = cx.m();
    let cells = RARE_EARTHS
        .into_iter()
        .map(|(sym, z, name)| {
            let e = m.b.entities.iter().position(|x| {
                x.kind == EntityKind::Element
                    && (x.name.eq_ignore_ascii_case(name) || x.aliases.iter().any(|a| a == sym))
            });
            let count = move || e.map_or(0, |e| cx.tallies.with(|t| t.0[e]));
            let on = move || e.is_some_and(|e| cx.filter.with(|f| f.entity == Some(e as u32)));
            // Named in the articles (highlighted), with facts to show (pressable).
            let class = move || {
                if on() {
                    "fp-el fp-on"
                } else if e.is_some() {
                    "fp-el fp-named"
                } else {
                    "fp-el"
                }
            };
            // The name is read out after the visible number and symbol.
            let inner = move || {
                view! {
                    <span class="fp-z">{z}</span>" "<span class="fp-sym">{sym}</span>
                    <span class="fp-vh">{" ".to_string() + name + ": "}{count}</span>
                }
            };
            // A button while it has facts to show: drawn again only when that
            // changes, so a pressed cell keeps the focus as the counts change.
            let press = Memo::new(move |_| e.is_some() && !cx.is_static() && count() > 0);
            move || match e {
                Some(e) if press.get() => Either::Left(view! {
                    <li><button type="button" class=class data-a=Action::Entity(e as u32).key()
                        aria-pressed=move || tf(on()) title=name>{inner()}</button></li>
                }),
                _ => {
                    Either::Right(view! { <li><span class=class title=name>{inner()}</span></li> })
                }
            }
        })
        .collect_view();
    view! { <ul class="fp-periodic">{cells}</ul> }
}

/// Props: `cx`.
#[component]
pub fn Entities(cx: Cx) -> impl IntoView {
    let lang = cx.lang();
    let any = move |kind| {
        Memo::new(move |_| {
            cx.tallies
                .with(|t| !cx.m().entities_of(kind, &t.0).is_empty())
        })
    };
    let elements = any(EntityKind::Element);
    let groups = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ]
    .into_iter()
    .map(|kind| {
        let shown = any(kind);
        let h = i18n::kind_heading(lang, kind);
        move || {
            shown.get().then(|| {
                view! {
                    <section class="fp-group" aria-label=h><h3 class="fp-sub">{h}</h3><Chips cx kind/></section>
                }
            })
        }
    })
    .collect_view();
    view! {
        <section class="fp-group" aria-label=cx.t(T::RareEarths)>
            <h3 class="fp-sub">{cx.t(T::RareEarths)}</h3>
            <Periodic cx/>
            {move || elements.get().then(|| view! { <Chips cx kind=EntityKind::Element/> })}
        </section>
        {groups}
    }
}
