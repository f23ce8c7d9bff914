//! Key numbers: the quantities as cards, then the rows of tables.

use super::{Ctx, cards, esc};
use crate::bundle::{Body, FactKind, fact_id_str};
use crate::ui::i18n::T;

pub fn render(cx: &Ctx) -> String {
    let list = cx.m.salient(cx.m.list(FactKind::Quantity, cx.f));
    let s = if list.is_empty() {
        String::new()
    } else {
        cards(cx, &list, "fp-grid")
    };
    s + &rows(cx)
}

/// The matching table rows, grouped by table, as tables.
fn rows(cx: &Ctx) -> String {
    let rows = cx.m.list(FactKind::Row, cx.f);
    if rows.is_empty() {
        return String::new();
    }
    let mut tables: Vec<(&str, Vec<usize>)> = Vec::new();
    for i in rows {
        if let Body::Row { table, .. } = &cx.m.b.facts[i].body {
            match tables.iter_mut().find(|t| t.0 == table) {
                Some(t) => t.1.push(i),
                None => tables.push((table, vec![i])),
            }
        }
    }
    let mut s = format!("<h3 class=\"fp-sub\">{}</h3>", cx.t(T::Tables));
    for (_, rows) in tables {
        let Body::Row { cells, .. } = &cx.m.b.facts[rows[0]].body else {
            continue;
        };
        s += "<div class=\"fp-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"";
        s += &esc(&cells
            .iter()
            .map(|c| c.0.as_str())
            .collect::<Vec<_>>()
            .join(" · "));
        s += "\"><table class=\"fp-table\"><thead><tr>";
        for (h, _) in cells {
            s += &format!("<th scope=\"col\">{}</th>", esc(h));
        }
        s += "</tr></thead><tbody>";
        for &i in &rows {
            let f = &cx.m.b.facts[i];
            let Body::Row { cells, .. } = &f.body else {
                continue;
            };
            s += &format!("<tr id=\"fact-{}\">", fact_id_str(f.id));
            for (_, c) in cells {
                s += &format!("<td>{}</td>", esc(c));
            }
            s += "</tr>";
        }
        s += "</tbody></table></div>";
    }
    s
}
