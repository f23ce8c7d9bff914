//! Names: people, organizations, places and other names as filter chips
//! with the number of matching facts; chemical elements on the periodic
//! strip of the rare earths (Sc, Y, La–Lu).

use super::{Ctx, esc, tf};
use crate::bundle::EntityKind;
use crate::ui::i18n::{self, T};

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
fn chip_label(cx: &Ctx, e: usize) -> String {
    let ent = &cx.m.b.entities[e];
    let name = esc(&ent.name);
    match ent.usual.and_then(|u| ent.aliases.get(u as usize)) {
        Some(u) => format!(
            "<abbr title=\"{name}\">{}</abbr><span class=\"fp-vh\"> ({name})</span>",
            esc(u)
        ),
        None => name,
    }
}

fn chip(cx: &Ctx, e: usize, count: u32) -> String {
    let shown = chip_label(cx, e);
    if cx.static_html {
        return format!(
            "<li><span class=\"fp-chip\">{shown} <span class=\"fp-count\">{count}</span></span></li>"
        );
    }
    let on = cx.f.entity == Some(e as u32);
    format!(
        "<li><button type=\"button\" class=\"fp-chip{}\" data-a=\"e{e}\" aria-pressed=\"{}\">{shown}<span class=\"fp-count\">{count}</span></button></li>",
        if on { " fp-on" } else { "" },
        tf(on)
    )
}

pub fn render(cx: &Ctx) -> String {
    let tallies = cx.m.tallies(cx.f);
    let tally = &tallies.0;
    let lang = cx.lang();
    let mut s = format!(
        "<section class=\"fp-group\" aria-label=\"{0}\"><h3 class=\"fp-sub\">{0}</h3><ul class=\"fp-periodic\">",
        cx.t(T::RareEarths)
    );
    for (sym, z, name) in RARE_EARTHS {
        let e = cx.m.b.entities.iter().position(|x| {
            x.kind == EntityKind::Element
                && (x.name.eq_ignore_ascii_case(name) || x.aliases.iter().any(|a| a == sym))
        });
        let count = e.map_or(0, |e| tally[e]);
        let on = e.is_some_and(|e| cx.f.entity == Some(e as u32));
        // Named in the articles (highlighted), with facts to show (pressable).
        let class = if on {
            "fp-el fp-on"
        } else if e.is_some() {
            "fp-el fp-named"
        } else {
            "fp-el"
        };
        // The name is read out after the visible number and symbol.
        let inner = format!(
            "<span class=\"fp-z\">{z}</span> <span class=\"fp-sym\">{sym}</span><span class=\"fp-vh\"> {name}: {count}</span>"
        );
        s += &match (cx.static_html, e) {
            (false, Some(e)) if count > 0 => format!(
                "<li><button type=\"button\" class=\"{class}\" data-a=\"e{e}\" aria-pressed=\"{}\" title=\"{name}\">{inner}</button></li>",
                tf(on)
            ),
            _ => format!("<li><span class=\"{class}\" title=\"{name}\">{inner}</span></li>"),
        };
    }
    s += "</ul>";
    let elements = cx.m.entities_of(EntityKind::Element, &tally);
    if !elements.is_empty() {
        s += "<ul class=\"fp-chips\">";
        for e in elements {
            s += &chip(cx, e, tally[e]);
        }
        s += "</ul>";
    }
    s += "</section>";
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ] {
        let ents = cx.m.entities_of(kind, &tally);
        if ents.is_empty() {
            continue;
        }
        let h = i18n::kind_heading(lang, kind);
        s += &format!(
            "<section class=\"fp-group\" aria-label=\"{h}\"><h3 class=\"fp-sub\">{h}</h3><ul class=\"fp-chips\">"
        );
        for e in ents {
            s += &chip(cx, e, tally[e]);
        }
        s += "</ul></section>";
    }
    s
}
